import { digitsValue } from './parse-number.js';
import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';

/**
 * A yes-or-no vote's counts stated as parts of the valid ballots the sentence opens with: `Of the 2,852
 * valid ballots, 2,701 were in favour, 87 against and 64 abstentions.` A valid ballot marks the one
 * candidate (or the one measure) once at most, for, against or abstaining, so the three are no more than
 * the valid ballots (family `candidate-choices`, as 赞成716票，反对82票，弃权36票 in chair-ballot-parts.ts).
 * Not exactly them: a ballot may name someone else written in, which the sentence need not say.
 *
 * Only the plainest shape: the sentence opens with `Of the N valid ballots,` (or votes, ballot papers, up to
 * six words after them: `cast for the director`), the whole read as a count; then nothing but the votes for (`N were in favour`, `N
 * were for`, `N voted for`, closed by a comma or `and`, never `for Wang`), against and, last, the
 * abstentions, parted by commas and a last `and`, to the sentence's end. Anything else and nothing is
 * summed; the counts stay listed unread.
 */

const SP = String.raw`[^\S\n]+`;
const INT = String.raw`(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,]\d|\.\d)`;
/** The sentence's opening whole: `Of the 2,852 valid ballots,`, its number captured. */
const OPENING = new RegExp(
  String.raw`(?:^|[.;!?\n][^\S\n]*)(?:[Oo]f|[Aa]mong)${SP}(?:the|all)${SP}(${INT})${SP}valid${SP}(?:ballots|votes|ballot${SP}papers)(?:${SP}[A-Za-z'’-]+){0,6}?,${SP}`,
  'g',
);
/**
 * `2,701 ballots were in favour`; never `8,103 votes were in favour` of valid ballots, which may be the votes
 * of several candidates on each ballot.
 */
const NOUN = String.raw`(?:ballots${SP})?(?:(?:were|was|voted)${SP})?`;
/** The three in their order, each its number captured; the abstentions may be left out. */
const KINDS: readonly (readonly [string, RegExp])[] = [
  ['for', new RegExp(String.raw`(${INT})${SP}${NOUN}(?:for|in${SP}favou?r)(?=[^\S\n]*,|${SP}and\b)`, 'y')],
  ['against', new RegExp(String.raw`(${INT})${SP}${NOUN}against\b`, 'y')],
  ['abstaining', new RegExp(String.raw`(${INT})${SP}${NOUN}(?:abstentions?|abstained|abstaining)\b`, 'y')],
];
/** What may part one count from the next: a comma, `and`, or both. */
const BETWEEN = new RegExp(String.raw`(?:,${SP}and${SP}|,${SP}|${SP}and${SP})`, 'y');
/** The list's end: the sentence's. */
const END = /[^\S\n]*(?:[.;!?\n]|$)/y;
/** A notice states a few such votes, one for each candidate: past these, nothing is summed. */
const MAX_VOTES = 12;

export function englishChoicesOfValid(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  if (!/\bagainst\b/i.test(folded) || !/\bvalid\b/i.test(folded)) return [];
  const found: StatedPartition[] = [];
  let countsAt: Map<number, AnnouncedFigure> | null = null;
  for (const opening of folded.matchAll(OPENING)) {
    if (found.length === MAX_VOTES) break;
    const number = opening[1] ?? '';
    const numberAt = opening.index + opening[0].indexOf(number);
    const parts = choicesAt(folded, original, opening.index + opening[0].length);
    if (parts === null) continue;
    countsAt ??= new Map(
      figures.flatMap((figure) =>
        figure.kind === 'count' && figure.origin.span ? [[figure.origin.span[0], figure] as const] : [],
      ),
    );
    const total = countsAt.get(numberAt);
    if (!total || total.kind !== 'count' || total.value !== digitsValue(number)) continue;
    found.push({ family: 'candidate-choices', total, parts, complete: false });
  }
  return found;
}

/** For, against and perhaps abstaining from `at` to the sentence's end, or null for anything else. */
function choicesAt(folded: string, original: string, at: number): PartitionPart[] | null {
  const parts: PartitionPart[] = [];
  let from = at;
  for (const [kind, pattern] of KINDS) {
    if (parts.length > 0) {
      BETWEEN.lastIndex = from;
      if (!BETWEEN.test(folded)) return null;
      from = BETWEEN.lastIndex;
    }
    pattern.lastIndex = from;
    const match = pattern.exec(folded);
    if (!match?.[1]) return null;
    const span: [number, number] = [from, from + match[0].length];
    parts.push({ kind, value: digitsValue(match[1]), span, text: original.slice(...span) });
    from = span[1];
    END.lastIndex = from;
    if (parts.length >= 2 && END.test(folded)) return parts;
  }
  return null;
}
