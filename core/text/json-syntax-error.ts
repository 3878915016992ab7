/**
 * The offset of the first JSON syntax error in `text`, or null when it is valid JSON. Used only after
 * `JSON.parse` has failed, because engines word their errors differently and V8 leaves the position
 * out of some ("Unexpected token '}', ... is not valid JSON"). This checks syntax only; it builds nothing.
 */
export function jsonSyntaxErrorOffset(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxAt(at);
  };
  const skipSpace = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const expect = (word: string): void => {
    for (const char of word) {
      if (text.charAt(at) !== char) fail();
      at++;
    }
  };
  const digits = (): void => {
    if (!isDigit(text.charAt(at))) fail();
    while (isDigit(text.charAt(at))) at++;
  };
  const string = (): void => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail();
      const code = text.charCodeAt(at);
      if (code === 0x22) break;
      if (code < 0x20) fail();
      if (code === 0x5c) {
        at++;
        const escape = text.charAt(at);
        if (escape === 'u') {
          for (let i = 0; i < 4; i++) {
            at++;
            if (!/^[0-9a-fA-F]$/.test(text.charAt(at))) fail();
          }
        } else if (escape === '' || !'"\\/bfnrt'.includes(escape)) fail();
      }
      at++;
    }
    at++;
  };
  const number = (): void => {
    if (text.charAt(at) === '-') at++;
    if (text.charAt(at) === '0') at++;
    else digits();
    if (text.charAt(at) === '.') {
      at++;
      digits();
    }
    if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
      at++;
      if (text.charAt(at) === '+' || text.charAt(at) === '-') at++;
      digits();
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(at);
    if (char === '{') members('}', true);
    else if (char === '[') members(']', false);
    else if (char === '"') string();
    else if (char === '-' || isDigit(char)) number();
    else if (char === 't') expect('true');
    else if (char === 'f') expect('false');
    else if (char === 'n') expect('null');
    else fail();
    skipSpace();
  };
  const members = (close: string, keyed: boolean): void => {
    at++;
    skipSpace();
    if (text.charAt(at) === close) {
      at++;
      return;
    }
    for (;;) {
      if (keyed) {
        skipSpace();
        if (text.charAt(at) !== '"') fail();
        string();
        skipSpace();
        if (text.charAt(at) !== ':') fail();
        at++;
      }
      value();
      const next = text.charAt(at);
      if (next !== close && next !== ',') fail();
      at++;
      if (next === close) return;
    }
  };
  try {
    value();
    if (at < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof SyntaxAt) return Math.min(error.offset, text.length);
    if (error instanceof RangeError) return null; // nested too deeply to check here
    throw error;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

const isDigit = (char: string): boolean => char >= '0' && char <= '9';
