import type { InputError } from '../model/result.js';
import { lineIndex } from '../text/text-position.js';
import { childPath } from './json-path.js';

export interface DuplicateKey {
  readonly key: string;
  /** JSON path of the repeated member. */
  readonly path: string;
  /** Offset of the repeated key's opening quote in the text. */
  readonly offset: number;
}

type Frame =
  | { readonly object: true; readonly path: string; readonly keys: Set<string>; key: string }
  | { readonly object: false; readonly path: string; index: number };

/**
 * Keys that repeat within one object of a valid JSON text. `JSON.parse` silently keeps the last value of
 * a repeated key, so `{"wang-lin": 600, "wang-lin": 6}` would quietly lose 600 votes; this finds such
 * keys, with their place. It only scans: the text must already have parsed.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const valuePath = (): string => {
    const top = stack.at(-1);
    if (!top) return '$';
    return top.object ? childPath(top.path, top.key) : childPath(top.path, top.index);
  };
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === '"') {
      const end = stringEnd(text, at);
      const top = stack.at(-1);
      if (top?.object && nextNonSpace(text, end) === ':') {
        const key = JSON.parse(text.slice(at, end)) as string;
        if (top.keys.has(key)) found.push({ key, path: childPath(top.path, key), offset: at });
        top.keys.add(key);
        top.key = key;
      }
      at = end;
      continue;
    }
    if (char === '{') stack.push({ object: true, path: valuePath(), keys: new Set(), key: '' });
    else if (char === '[') stack.push({ object: false, path: valuePath(), index: 0 });
    else if (char === '}' || char === ']') stack.pop();
    else if (char === ',') {
      const top = stack.at(-1);
      if (top && !top.object) top.index++;
    }
    at++;
  }
  return found;
}

/** The offset just after the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length && text.charAt(at) !== '"') at += text.charAt(at) === '\\' ? 2 : 1;
  return at + 1;
}

function nextNonSpace(text: string, from: number): string {
  let at = from;
  while (' \t\n\r'.includes(text.charAt(at)) && at < text.length) at++;
  return text.charAt(at);
}

/**
 * A key given twice in one object, as an InputError with its path and place: JSON.parse would keep the
 * last value and drop the first unseen. Every JSON input reader refuses them.
 */
export function repeatedKeyErrors(file: string, text: string): InputError[] {
  const found = duplicateKeys(text);
  if (found.length === 0) return [];
  const index = lineIndex(text);
  return found.map(({ key, path, offset }) => ({
    file,
    path,
    ...index.positionAt(offset),
    message: {
      zh: `键“${key}”在同一对象中重复，前面的值会被忽略`,
      en: `key “${key}” repeats in the same object: the earlier value would be ignored`,
    },
  }));
}
