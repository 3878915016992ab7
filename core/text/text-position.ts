/** A place in a text as people count it: 1-based line and 1-based column in characters (code points). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds line and column of offsets into one text quickly (a reader asks for every cell). A line ends at
 * `\n`, `\r\n` or a lone `\r` (old Mac spreadsheets still write those). Offsets are UTF-16 indexes, as
 * JavaScript strings and `JSON.parse` count them; columns count characters, so a CJK name or an emoji
 * is one column.
 */
export interface LineIndex {
  positionAt(offset: number): TextPosition;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) starts.push(i + 1);
    else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  // Readers ask in order (the cells of a row, left to right): the last answer is kept, and a later offset
  // on the same line counts on from it, so a row of a million cells costs one pass, not one per cell.
  let last = { offset: 0, line: 1, column: 1 };
  return {
    positionAt(offset) {
      const at = Math.max(0, Math.min(offset, text.length));
      const nextLineStart = starts[last.line] ?? Infinity;
      if (at >= last.offset && at < nextLineStart) {
        last = { offset: at, line: last.line, column: last.column + countCodePoints(text, last.offset, at) };
        return { line: last.line, column: last.column };
      }
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= at) low = middle;
        else high = middle - 1;
      }
      const lineStart = starts[low] ?? 0;
      last = { offset: at, line: low + 1, column: countCodePoints(text, lineStart, at) + 1 };
      return { line: last.line, column: last.column };
    },
  };
}

/** Line and column of one offset; for many offsets into the same text, build a `lineIndex` once. */
export function positionAt(text: string, offset: number): TextPosition {
  return lineIndex(text).positionAt(offset);
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++; // a low surrogate belongs to the character before it
  }
  return count;
}
