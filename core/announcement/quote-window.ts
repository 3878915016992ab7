/**
 * How much of the text around a figure a report quotes: a bounded window, never the whole sentence, so
 * that a text of thousands of numbers in one sentence gives output in proportion to its length.
 */
export const QUOTE_REACH = 24;

/** The text around `span`, at most QUOTE_REACH characters either side within [from, to), with … where cut. */
export function quoteWindow(text: string, from: number, to: number, span: readonly [number, number]): string {
  const start = Math.max(from, span[0] - QUOTE_REACH);
  const end = Math.min(to, span[1] + QUOTE_REACH);
  const inner = text.slice(start, end).trim();
  return (start > from ? '…' : '') + inner + (end < to ? '…' : '');
}
