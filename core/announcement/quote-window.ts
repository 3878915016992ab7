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
    start = pastLeadingMarks(text, start, span[0]);
  }
  if (cutAfter) while (end > span[1] && joined(text, end)) end -= 1;
  const balanced = withPairedBrackets(text, from, to, span, start, end);
  const inner = text.slice(balanced.start, balanced.end).trim();
  return (cutBefore || balanced.cutBefore ? '…' : '') + inner + (cutAfter || balanced.cutAfter ? '…' : '');
}

/**
 * The span [start, end) of a figure's own words with no half of a bracket pair in it, the words at
 * [keep[0], keep[1]) (the declaring word) always kept: a closing bracket that nothing in the span opens
 * moves the start past it when it stands before those words (`）当选为主任`), and ends the span when after
 * (`当选） 陆明 331票` → `当选`); an opening bracket the span never closes ends it there when after those
 * words. One pass over the span.
 */
export function pairedSpan(
  text: string,
  start: number,
  end: number,
  keep: readonly [number, number],
): [number, number] {
  let from = start;
  let to = end;
  const open: number[] = [];
  for (let at = start; at < end; at++) {
    const char = text[at]!;
    if (OPENING.test(char)) open.push(at);
    else if (CLOSING.test(char)) {
      if (open.length > 0) open.pop();
      else if (at < keep[0]) from = at + 1;
      else {
        to = at;
        break;
      }
    }
  }
  const unclosed = open.find((at) => at < to);
  if (unclosed !== undefined && unclosed >= keep[1]) to = unclosed;
  return [from, Math.max(from, to)];
}

const OPENING = /[（(]/u;
const CLOSING = /[）)]/u;
const LINE_BREAK_CHAR = /[\n\r\u2028\u2029]/u;
/** How far a quote reaches past its window for the other half of a bracket it holds half of. */
const PAIR_REACH = 8;

/**
 * The window [start, end) with no half of a bracket pair at its edges: a bracket whose other half the
 * window cut off is brought in with it when that half lies within PAIR_REACH characters on the same
 * line, and otherwise left out, the window cut inward past it (never into the figure's own span), so
 * that a quote never shows a stray （ or ）. Each quote costs at most its window and PAIR_REACH either side.
 */
function withPairedBrackets(
  text: string,
  from: number,
  to: number,
  span: readonly [number, number],
  start: number,
  end: number,
): { start: number; end: number; cutBefore: boolean; cutAfter: boolean } {
  let cutBefore = false;
  let cutAfter = false;
  // Closing brackets before the figure that nothing in the window opens: the last such one.
  let depth = 0;
  let strayClose = -1;
  for (let at = start; at < span[0]; at++) {
    const char = text[at]!;
    if (OPENING.test(char)) depth++;
    else if (CLOSING.test(char)) {
      if (depth > 0) depth--;
      else strayClose = at;
    }
  }
  if (strayClose >= 0) {
    const opened = pairBefore(text, from, start);
    if (opened >= 0) start = opened;
    else {
      start = pastLeadingMarks(text, strayClose + 1, span[0]);
      cutBefore = true;
    }
  }
  // Brackets opened before the figure and not closed before it, to be closed after it.
  let open = 0;
  let firstOpen = -1;
  for (let at = start; at < span[0]; at++) {
    const char = text[at]!;
    if (OPENING.test(char)) {
      if (open === 0) firstOpen = at;
      open++;
    } else if (CLOSING.test(char) && open > 0) open--;
  }
  // After the figure: closings of those, then brackets of its own.
  let after = 0;
  let strayOpenAfter = -1;
  for (let at = span[1]; at < end; at++) {
    const char = text[at]!;
    if (OPENING.test(char)) {
      if (after === 0) strayOpenAfter = at;
      after++;
    } else if (CLOSING.test(char)) {
      if (after > 0) {
        after--;
        if (after === 0) strayOpenAfter = -1;
      } else if (open > 0) open--;
      else {
        // A closing bracket after the figure that nothing in the window opens: its opening is cut off
        // before; the quote ends before it.
        const opened = pairBefore(text, from, start);
        if (opened >= 0) start = opened;
        else {
          end = at;
          cutAfter = true;
          break;
        }
      }
    }
  }
  if (after > 0 && strayOpenAfter >= 0) {
    const closed = pairAfter(text, to, end);
    if (closed >= 0) end = closed;
    else {
      end = strayOpenAfter;
      cutAfter = true;
    }
  }
  if (open > 0 && firstOpen >= 0) {
    const closed = pairAfter(text, to, end);
    if (closed >= 0) end = closed;
    else {
      start = pastLeadingMarks(text, firstOpen + 1, span[0]);
      cutBefore = true;
    }
  }
  return { start, end, cutBefore, cutAfter };
}

/** Where a bracket opens within PAIR_REACH characters before `start` on its line, not before `from`; -1 if none. */
function pairBefore(text: string, from: number, start: number): number {
  for (let at = start - 1; at >= Math.max(from, start - PAIR_REACH); at--) {
    const char = text[at]!;
    if (LINE_BREAK_CHAR.test(char) || CLOSING.test(char)) return -1;
    if (OPENING.test(char)) return at;
  }
  return -1;
}

/** The end just past a closing bracket within PAIR_REACH characters after `end` on its line, before `to`; -1 if none. */
function pairAfter(text: string, to: number, end: number): number {
  for (let at = end; at < Math.min(to, end + PAIR_REACH); at++) {
    const char = text[at]!;
    if (LINE_BREAK_CHAR.test(char) || OPENING.test(char)) return -1;
    if (CLOSING.test(char)) return at + 1;
  }
  return -1;
}

/** Spaces and the marks that join a clause to the one before it, left off where a quote is cut. */
const LEADING_SKIP = /[\s,;:，；：、。.)）]/u;

/** The first offset from `at` (not past `limit`, the figure's start) that is no space or mark (LEADING_SKIP). */
function pastLeadingMarks(text: string, at: number, limit: number): number {
  let start = at;
  while (start < limit && LEADING_SKIP.test(text[start]!)) start += 1;
  return start;
}

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
