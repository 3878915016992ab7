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
  const cutBefore = start > from && !lineStarts;
  const cutAfter = end < to && !lineEnds;
  // A cut never falls inside a word or a number: it moves towards the figure, to the nearest place
  // between two words (English) or two characters that are not of one number (Chinese). Moving inward
  // keeps each quote within its window, whatever the text.
  if (cutBefore) {
    while (start < span[0] && joined(text, start)) start += 1;
    while (start < span[0] && LEADING_SKIP.test(text[start]!)) start += 1;
  }
  if (cutAfter) while (end > span[1] && joined(text, end)) end -= 1;
  const inner = text.slice(start, end).trim();
  return (cutBefore ? '…' : '') + inner + (cutAfter ? '…' : '');
}

/** Spaces and the marks that join a clause to the one before it, left off where a quote is cut. */
const LEADING_SKIP = /[\s,;:，；：、。.)）]/u;

/** A letter or digit of a word or number (Chinese characters stand each on their own). */
const WORD_CHAR = /[\p{L}\p{N}'’_-]/u;
const HAN = /\p{Script=Han}/u;
/** The digits and Chinese numerals of a number, and what a number is written with inside it. */
const NUMBER_CHAR = /[\p{Nd}〇零一二两三四五六七八九十百千万亿]/u;
const NUMBER_INSIDE = /[.,，．:：]/u;
const NUMBER_AFTER = /[%％‰]/u;

/** Whether the place between text[at - 1] and text[at] is inside one word or one number. */
function joined(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (before === undefined || after === undefined) return false;
  const number = (char: string | undefined) => char !== undefined && NUMBER_CHAR.test(char);
  if (number(before) && (number(after) || NUMBER_AFTER.test(after))) return true;
  // 1,234 and 63.5: the mark between two digits is of the number.
  if (NUMBER_INSIDE.test(before) && number(after) && number(text[at - 2])) return true;
  if (number(before) && NUMBER_INSIDE.test(after) && number(text[at + 1])) return true;
  const word = (char: string) => WORD_CHAR.test(char) && !HAN.test(char);
  return word(before) && word(after);
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
