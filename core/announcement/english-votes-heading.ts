import type { TextSpan } from './announced-figures.js';

/**
 * English candidates' votes listed without the word `votes` beside each number, under a heading that says
 * what the numbers are: a line `Votes received`, `Votes obtained by each candidate:`, `Vote count:` over
 * lines `Chan Tai-man 734`, or the same words opening the line (`Votes received: Chan 1,234, Lee 987`).
 * Under such a heading a bare number right after a name is that person's votes. A heading that does not
 * say votes (`Results`, `Result:`, `Election results`) may head votes, seats, ages or anything else: a
 * bare number after a name under it stays unread (`bare-after-name`).
 *
 * A heading line holds nothing but its words (and a colon); its block is the lines after it up to a blank
 * line or the next line that holds no digit (another heading). Found in one pass over the lines.
 */

const S = String.raw`[^\S\n]+`;
/** Words that say the numbers after them are candidates' votes. */
const VOTES_WORDS = String.raw`(?:(?:number${S}of${S})?votes?(?:${S}(?:received|obtained|won|polled|gained|secured))?(?:${S}(?:by|for|of|per)${S}(?:(?:each|the|all)${S})?candidates?)?|vote${S}(?:count|tally|tallies|totals?)|(?:candidates?['’]?|each${S}candidate['’]s)${S}votes|(?:results?|count)${S}(?:in${S}votes|\(votes\))|votes${S}cast${S}for${S}(?:each${S}|the${S})?candidates?)`;
/** Words of a heading that does not say what its numbers are. */
const RESULTS_WORDS = String.raw`(?:(?:the${S})?(?:(?:election|final|official|full|vote|voting|poll)${S})?results?|outcome)`;

const VOTES_LINE = new RegExp(String.raw`^(?:${VOTES_WORDS})[^\S\n]*[:：]?$`, 'i');
const RESULTS_LINE = new RegExp(String.raw`^(?:${RESULTS_WORDS})[^\S\n]*[:：]?$`, 'i');
/** The same words opening a line, then a colon and the list on that line. */
const VOTES_LEAD = new RegExp(String.raw`^[^\S\n]*(?:${VOTES_WORDS})[^\S\n]*[:：]`, 'i');
const RESULTS_LEAD = new RegExp(String.raw`^[^\S\n]*(?:${RESULTS_WORDS})[^\S\n]*[:：]`, 'i');

/**
 * A line that opens with a label and a colon, then no number (`Ages: Chan 52`): a heading of other
 * numbers, which ends the block, unless the label is a post (`Chair: Chan Tai-man 734`).
 */
const OTHER_LABEL =
  /^[^\S\n]*(?!(?:chair(?:man|person|woman)?|vice[- ]chair(?:man|person|woman)?|(?:committee[^\S\n])?members?|(?:village|resident|indigenous[^\S\n]inhabitant)[^\S\n]representatives?)[^\S\n]*[:：])[A-Za-z][A-Za-z'’ -]{0,30}[:：][^\S\n]*[^\d\s]/i;

export type HeadingKind = 'votes' | 'results';

export interface HeadedSpan {
  readonly span: TextSpan;
  readonly kind: HeadingKind;
}

/** Lines longer than this are no heading (a heading is a few words), so the tests stay short. */
const HEADING_LENGTH = 60;

/** The stretches of text under an English votes or results heading, in order. */
export function englishHeadedSpans(folded: string): readonly HeadedSpan[] {
  if (!/\b(?:votes?|results?|outcome|count)\b/i.test(folded)) return [];
  const spans: HeadedSpan[] = [];
  let open: { kind: HeadingKind; from: number } | null = null;
  const close = (at: number) => {
    if (open && at > open.from) spans.push({ span: [open.from, at], kind: open.kind });
    open = null;
  };
  let start = 0;
  while (start <= folded.length) {
    const newline = folded.indexOf('\n', start);
    const end = newline < 0 ? folded.length : newline;
    const line = folded.slice(start, Math.min(end, start + HEADING_LENGTH + 1));
    const short = end - start <= HEADING_LENGTH;
    const trimmed = short ? line.trim() : '';
    const heading = short
      ? VOTES_LINE.test(trimmed)
        ? 'votes'
        : RESULTS_LINE.test(trimmed)
          ? 'results'
          : null
      : null;
    if (heading) {
      close(start);
      open = { kind: heading, from: end };
    } else if (
      open &&
      ((trimmed === '' && short) || !/\d/.test(folded.slice(start, end)) || OTHER_LABEL.test(line))
    ) {
      close(start);
    } else if (!open) {
      const lead = VOTES_LEAD.exec(line) ?? null;
      const kind: HeadingKind | null = lead ? 'votes' : RESULTS_LEAD.test(line) ? 'results' : null;
      if (kind) {
        const colon = start + (lead?.[0].length ?? RESULTS_LEAD.exec(line)?.[0].length ?? 0);
        spans.push({ span: [colon, end], kind });
      }
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  close(folded.length);
  return spans;
}

/** The kind of heading over `at`, or null: a search in the spans, in order. */
export function headingAt(spans: readonly HeadedSpan[], at: number): HeadingKind | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const one = spans[middle]!;
    if (at < one.span[0]) high = middle - 1;
    else if (at >= one.span[1]) low = middle + 1;
    else return one.kind;
  }
  return null;
}

/** A label that is a person's name alone, one to four capitalised words (`Chan Tai-man`, `, Lee`). */
const NAME_ALONE = /^[\s,;:·]*[A-Z][A-Za-z'’-]*(?:[^\S\n][A-Z][A-Za-z'’-]*){0,3}(?:[^\S\n]*[,:])?[^\S\n]*$/;

/**
 * Whether a number's label is a name alone (NAME_ALONE), after the heading words that open its line
 * (`Votes received: Chan`): the words before the last colon are the heading's.
 */
export function nameAlone(label: string): boolean {
  const name = label.replace(/[:：][^\S\n]*$/, '');
  return NAME_ALONE.test(name.slice(Math.max(name.lastIndexOf(':'), name.lastIndexOf('：')) + 1));
}
