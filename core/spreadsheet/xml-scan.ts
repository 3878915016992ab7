/**
 * A small, linear-time XML scanner for the parts of an .xlsx workbook (SpreadsheetML). It walks the
 * text once, calling back on each element opened and closed and on each run of text, with the five
 * predefined entities and character references decoded. Namespace prefixes are dropped from element and
 * attribute names (`x:row` is `row`), as some writers prefix every element. A DOCTYPE is refused: no
 * workbook has one, and refusing it leaves no room for entity expansion.
 */
export interface XmlHandler {
  open(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Returns an error message (in English, for the caller to wrap) or undefined when the text scanned. */
export function scanXml(xml: string, handler: XmlHandler): string | undefined {
  let at = 0;
  const length = xml.length;
  // The elements open, innermost last: a part cut short (its last rows and closing tags lost) would
  // otherwise read as a shorter sheet, and a count as silently lower.
  const open: string[] = [];
  while (at < length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handler.text(decodeEntities(xml.slice(at)));
      break;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return 'unterminated processing instruction';
      at = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return 'unterminated comment';
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return 'unterminated CDATA section';
      handler.text(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      return 'a DOCTYPE or declaration is not accepted';
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) return 'unterminated tag';
      const body = xml.slice(lt + 1, end);
      at = end + 1;
      if (body.startsWith('/')) {
        const name = localName(body.slice(1).trim());
        const expected = open.pop();
        if (expected !== name)
          return expected === undefined
            ? `</${name}> closes no element`
            : `</${name}> where </${expected}> was due`;
        handler.close(name);
      } else {
        const selfClosing = body.endsWith('/');
        const inner = selfClosing ? body.slice(0, -1) : body;
        const parsed = parseTag(inner);
        if (typeof parsed === 'string') return parsed;
        handler.open(parsed.name, parsed.attributes, selfClosing);
        if (selfClosing) handler.close(parsed.name);
        else open.push(parsed.name);
      }
    }
  }
  if (open.length > 0) return `the part ends inside <${open.at(-1)}>: it is cut short`;
  return undefined;
}

/** The `>` closing a tag, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let at = from; at < xml.length; at++) {
    const char = xml.charAt(at);
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at;
  }
  return -1;
}

function parseTag(body: string): { name: string; attributes: Map<string, string> } | string {
  let at = 0;
  while (at < body.length && !isSpace(body.charAt(at))) at++;
  const name = localName(body.slice(0, at));
  if (name === '') return 'an element without a name';
  const attributes = new Map<string, string>();
  while (at < body.length) {
    while (at < body.length && isSpace(body.charAt(at))) at++;
    if (at >= body.length) break;
    const eq = body.indexOf('=', at);
    if (eq < 0) return `a malformed attribute in <${name}>`;
    const key = localName(body.slice(at, eq).trim());
    let open = eq + 1;
    while (open < body.length && isSpace(body.charAt(open))) open++;
    const quote = body.charAt(open);
    if (quote !== '"' && quote !== "'") return `an unquoted attribute in <${name}>`;
    const close = body.indexOf(quote, open + 1);
    if (close < 0) return `an unterminated attribute in <${name}>`;
    attributes.set(key, decodeEntities(body.slice(open + 1, close)));
    at = close + 1;
  }
  return { name, attributes };
}

const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\n' || char === '\r';

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let at = 0;
  while (at < text.length) {
    const amp = text.indexOf('&', at);
    if (amp < 0) break;
    const semi = text.indexOf(';', amp + 1);
    // Entity names are short; a lone '&' is kept as it stands.
    if (semi < 0 || semi - amp > 12) {
      out += text.slice(at, amp + 1);
      at = amp + 1;
      continue;
    }
    out += text.slice(at, amp);
    const entity = text.slice(amp + 1, semi);
    let decoded: string | undefined = NAMED[entity];
    if (decoded === undefined && entity.startsWith('#')) {
      const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
    }
    out += decoded ?? `&${entity};`;
    at = semi + 1;
  }
  return out + text.slice(at);
}
