/**
 * Text from input files (an election's name, a write-in, a quoted cell, a file name) reaches the
 * terminal: an escape sequence in it could recolour, move the cursor, rewrite what was printed above
 * or set the window title, and invisible characters (zero-width spaces, bidi overrides) could make one
 * name look like another. Every such character is written as a `\uXXXX` escape instead: readable, and
 * inside JSON output still a valid escape of the same character, so a JSON reader sees the same data.
 */
/** Code point ranges written escaped: C0 and C1 controls (but tab and line feed), DEL, and the invisible. */
const UNSAFE_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad], // soft hyphen
  [0x61c, 0x61c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x2028, 0x202e], // line and paragraph separators, bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space
  [0xfff9, 0xfffb], // interlinear annotation
];

const isUnsafe = (code: number) => UNSAFE_RANGES.some(([low, high]) => code >= low && code <= high);

export function terminalSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x20 && code < 0x7f) continue;
    if (!isUnsafe(code)) continue;
    out += text.slice(from, at) + `\\u${code.toString(16).padStart(4, '0')}`;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
