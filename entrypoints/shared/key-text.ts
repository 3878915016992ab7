/** A piece of an instruction: words, or a key to press, shown as a key (`<kbd>`). */
export type KeyPart = { readonly text: string } | { readonly key: string };

/** A key in an instruction's words, written `[[.]]`: at most 12 characters, none of them `]`. */
const KEY = /\[\[([^\]]{1,12})\]\]/u;

/**
 * An instruction's words split into words and keys, so that a key as small as `.` is drawn as a key
 * and not lost in the sentence: `按 [[.]] 键` → 按 ·.· 键.
 */
export function keyParts(text: string): KeyPart[] {
  const pieces = text.split(new RegExp(KEY.source, 'gu'));
  const parts: KeyPart[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 1) parts.push({ key: piece });
    else if (piece !== '') parts.push({ text: piece });
  });
  return parts;
}

/** The words a reader sees, keys as plain characters (for a title or a screen reader's label). */
export const keyPlainText = (text: string): string =>
  keyParts(text)
    .map((part) => ('key' in part ? part.key : part.text))
    .join('');
