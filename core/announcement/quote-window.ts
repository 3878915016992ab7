/**
 * How much of the text around a figure a report quotes: a bounded window, never the whole sentence, so
 * that a text of thousands of numbers in one sentence gives output in proportion to its length. The
 * window keeps to the figure's own line: a notice's title or the line before never runs into the quote
 * of its first figure (a clause with no stop at the end of its line may span lines).
 */
export const QUOTE_REACH = 24;

/** The text around `span`, at most QUOTE_REACH characters either side within [from, to) and within its line, with … where cut. */
export function quoteWindow(text: string, from: number, to: number, span: readonly [number, number]): string {
  let start = Math.max(from, span[0] - QUOTE_REACH);
  let end = Math.min(to, span[1] + QUOTE_REACH);
  // Searched only within the window, so each quote costs at most QUOTE_REACH either side.
  const lineBefore = lastLineBreak(text.slice(start, span[0]));
  const lineStarts = lineBefore >= 0;
  if (lineStarts) start += lineBefore + 1;
  const lineAfter = firstLineBreak(text.slice(span[1], end));
  const lineEnds = lineAfter >= 0;
  if (lineEnds) end = span[1] + lineAfter;
  const inner = text.slice(start, end).trim();
  return (start > from && !lineStarts ? '…' : '') + inner + (end < to && !lineEnds ? '…' : '');
}

function lastLineBreak(stretch: string): number {
  return Math.max(stretch.lastIndexOf('\n'), stretch.lastIndexOf('\r'));
}

function firstLineBreak(stretch: string): number {
  const newline = stretch.indexOf('\n');
  const carriage = stretch.indexOf('\r');
  if (newline < 0) return carriage;
  return carriage < 0 ? newline : Math.min(newline, carriage);
}
