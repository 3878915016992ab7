/** A line of a text and where it starts in it. */
export interface TextLine {
  readonly text: string;
  readonly start: number;
}

/** The lines of a text (split at \n), each with the offset it starts at. */
export function linesOf(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}
