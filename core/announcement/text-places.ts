import type { NumberToken } from './scan-numbers.js';
import type { Clause, Sentence } from './segment-text.js';

/**
 * Where an offset of the text stands, found by halving: the sentences of a text, the clauses of a
 * sentence and the numbers of a text are each in text order and do not overlap, so the one that holds
 * an offset is found without a pass over all of them. A pass for each figure, place or line is
 * quadratic in a long text (5,000 places each with its counts, 10,000 lines of votes).
 */

/** The index of the first of `starts`-ordered items whose start is above `at` (items before it start at or below). */
export function firstStartingAfter<T>(items: readonly T[], at: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle]!) <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index of the span that holds `at` (start ≤ at < end) among spans in text order that do not
 * overlap, or -1: what `spans.findIndex((one) => one.start <= at && at < one.end)` gives.
 */
export function indexHolding(
  spans: readonly { readonly start: number; readonly end: number }[],
  at: number,
): number {
  const index = firstStartingAfter(spans, at, (one) => one.start) - 1;
  const span = spans[index];
  return span && span.start <= at && at < span.end ? index : -1;
}

/** The sentence that holds `at`, and the index of its clause that holds it (-1 for none). */
export function sentenceAndClauseAt(
  sentences: readonly Sentence[],
  at: number,
): { readonly sentence: Sentence | undefined; readonly clause: number } {
  const sentence = sentences[indexHolding(sentences, at)];
  return { sentence, clause: sentence ? indexHolding(sentence.clauses, at) : -1 };
}

/** The first of numbers in text order whose digits start at or after `from`: what `find` gives. */
export function firstTokenFrom(tokens: readonly NumberToken[], from: number): NumberToken | undefined {
  return tokens[firstStartingAfter(tokens, from - 1, (token) => token.span[0])];
}

/** The numbers in text order whose digits start at or after `from`: what `filter` gives, found by halving. */
export function tokensFrom(tokens: readonly NumberToken[], from: number): NumberToken[] {
  return tokens.slice(firstStartingAfter(tokens, from - 1, (token) => token.span[0]));
}

/** Whether any of numbers in text order starts after `at`: the last of them does. */
export function anyTokenAfter(tokens: readonly NumberToken[], at: number): boolean {
  return (tokens.at(-1)?.span[0] ?? -Infinity) > at;
}

/**
 * The numbers whose digits start at `from` up to but not including `end`, of numbers in text order:
 * what `tokens.filter((token) => token.span[0] >= from && token.span[0] < end)` gives.
 */
export function tokensStartingIn(tokens: readonly NumberToken[], from: number, end: number): NumberToken[] {
  const found: NumberToken[] = [];
  for (
    let index = firstStartingAfter(tokens, from - 1, (token) => token.span[0]);
    index < tokens.length;
    index++
  ) {
    const token = tokens[index]!;
    if (token.span[0] >= end) break;
    found.push(token);
  }
  return found;
}

/**
 * Spans asked, many times over, whether one of them starts at or before an offset and ends at or after
 * another: whether one holds a number, or overlaps a share. Sorted once by start, with the furthest end
 * reached by each prefix, each question is answered by halving.
 */
export class SpansReaching {
  private readonly starts: number[] = [];
  /** The greatest end among the spans up to each index. */
  private readonly furthest: number[] = [];

  constructor(spans: Iterable<readonly [number, number]>) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    let furthest = -Infinity;
    for (const [start, end] of sorted) {
      furthest = Math.max(furthest, end);
      this.starts.push(start);
      this.furthest.push(furthest);
    }
  }

  /** Whether a span starts at or before `startAtMost` and ends at or after `endAtLeast`. */
  some(startAtMost: number, endAtLeast: number): boolean {
    const count = firstStartingAfter(this.starts, startAtMost, (start) => start);
    return count > 0 && this.furthest[count - 1]! >= endAtLeast;
  }
}

/** The line breaks of the last text asked of lineStartAt, in order: a text is read many times over. */
let breaksOf: { readonly text: string; readonly breaks: readonly number[] } | undefined;

/**
 * Where the line that holds `at` starts: `text.lastIndexOf('\n', at) + 1`, found by halving over the
 * text's line breaks (gathered once per text) rather than by a search back to the previous break, which
 * on one long line of many shares reads the line again for each.
 */
export function lineStartAt(text: string, at: number): number {
  if (breaksOf?.text !== text) {
    const breaks: number[] = [];
    for (let found = text.indexOf('\n'); found >= 0; found = text.indexOf('\n', found + 1))
      breaks.push(found);
    breaksOf = { text, breaks };
  }
  const { breaks } = breaksOf;
  // lastIndexOf takes a negative position as 0, and one past the end as the end.
  const from = Math.max(0, at);
  const index = firstStartingAfter(breaks, from, (position) => position) - 1;
  return index >= 0 ? breaks[index]! + 1 : 0;
}

/**
 * A clause cut after each count that 、 follows (其中连任815名、新任497名): the items of an enumeration, each
 * a part with its own words, as if a comma parted them. A 、 anywhere else (男、女分别为…) cuts nothing.
 */
export function* enumerated(folded: string, clause: Clause): Generator<Clause> {
  let start = clause.start;
  let tokens: NumberToken[] = [];
  for (const token of clause.tokens) {
    tokens.push(token);
    if (/^[^\S\n]*、/.test(folded.slice(token.end, Math.min(clause.end, token.end + 8)))) {
      const cut = folded.indexOf('、', token.end);
      yield { start, end: cut, tokens, colons: clause.colons.filter((at) => start <= at && at < cut) };
      start = cut + 1;
      tokens = [];
    }
  }
  yield { start, end: clause.end, tokens, colons: clause.colons.filter((at) => start <= at) };
}
