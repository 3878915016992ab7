import { SpansReaching } from './text-places.js';

/**
 * Scans that a regular expression would do in time quadratic in a long run of the same characters,
 * done here in one pass with exactly the regular expression's result. A search restarts at every
 * position of a run that fails to match: `(的|为|数)+$` tries a run of 100 KB of 的 from each of its
 * characters, and `^[^\S\n]*X` under the m flag tries a run of carriage returns from each (each is a
 * line start). docs/performance.md lists them with their times.
 */

/**
 * Where the run of `words` that ends `text` starts: the index at which `(w₁|w₂|…)+$` matches, or
 * `text.length` when the text ends in none of them. Read from the end, each position once: the
 * shortest-first and longest-first choices of words are both followed, as the regular expression's
 * backtracking follows them.
 */
export function trailingWordsStart(text: string, words: readonly string[]): number {
  const longest = Math.max(...words.map((word) => word.length));
  const reached = new Set<number>([text.length]);
  let start = text.length;
  // Positions not reached since `start`: past the longest word, nothing before them can reach the end.
  let gap = 0;
  for (let at = text.length - 1; at >= 0 && gap < longest; at--) {
    if (words.some((word) => reached.has(at + word.length) && text.startsWith(word, at))) {
      reached.add(at);
      start = at;
      gap = 0;
    } else gap++;
  }
  return start;
}

/** A match of `^[^\S\n]*BODY` (m flag) found by linesOpening: where the line starts, its whole text and BODY's match. */
export interface LineOpening {
  readonly index: number;
  readonly text: string;
  readonly body: RegExpExecArray;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const SPACE_NOT_NEWLINE = /[^\S\n]/;

/**
 * The matches that `text.matchAll(/^[^\S\n]*BODY/gm)` finds, in order, where `body` is BODY with the
 * flags m and y, and BODY cannot start with a space. Every line start in one run of spaces (after a \r,
 * \u2028 or \u2029 each position of the run is one) reaches BODY at the run's end, so BODY is tried
 * there once, where the regular expression tries it from each line start again.
 */
export function linesOpening(text: string, body: RegExp): LineOpening[] {
  const found: LineOpening[] = [];
  const nextLineStart = (from: number): number => {
    LINE_BREAK.lastIndex = from;
    return LINE_BREAK.exec(text) ? LINE_BREAK.lastIndex : -1;
  };
  let from = 0;
  while (from <= text.length) {
    const previous = text[from - 1];
    const start =
      from === 0 || (previous !== undefined && /[\n\r\u2028\u2029]/.test(previous))
        ? from
        : nextLineStart(from);
    if (start < 0) break;
    let bodyStart = start;
    while (bodyStart < text.length && SPACE_NOT_NEWLINE.test(text[bodyStart] ?? '')) bodyStart++;
    body.lastIndex = bodyStart;
    const match = body.exec(text);
    if (match) {
      found.push({ index: start, text: text.slice(start, body.lastIndex), body: match });
      from = Math.max(body.lastIndex, start + 1);
      continue;
    }
    // The line starts after `start` up to `bodyStart` reach the same place: the next one after it.
    const next = nextLineStart(bodyStart);
    if (next < 0) break;
    from = next;
  }
  return found;
}

/**
 * `text.replace(/[（(][^）)]*[）)]/g, '')`: each bracket, from an opening one to the first closing one
 * after it, taken out. An opening bracket that nothing closes ends the search (nothing after it is
 * closed either), where the regular expression tries every opening bracket after it to the end again.
 */
export function withoutBracketed(text: string): string {
  let kept = '';
  let from = 0;
  const open = /[（(]/g;
  const close = /[）)]/g;
  for (;;) {
    open.lastIndex = from;
    const opened = open.exec(text);
    if (!opened) break;
    close.lastIndex = opened.index + 1;
    const closed = close.exec(text);
    if (!closed) break;
    kept += text.slice(from, opened.index);
    from = closed.index + 1;
  }
  return kept + text.slice(from);
}

/**
 * Whether a span overlaps any of the given spans, answered by halving over them (SpansReaching): reading
 * and judging stay linear when a text holds as many spans as figures to ask about (a calculation or a
 * candidates' margin in every sentence), where a pass over every span for each figure would be quadratic.
 */
export function spanOverlaps(
  spans: readonly (readonly [number, number])[],
): (span: readonly [number, number]) => boolean {
  const reaching = new SpansReaching(spans);
  // Offsets are whole numbers: a span overlaps [from, to) when it starts before `to` and ends after `from`.
  return ([from, to]) => reaching.some(to - 1, from + 1);
}
