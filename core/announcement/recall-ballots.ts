import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';

/**
 * The ballots of a recall vote (罢免: recall-vote.ts) stated one by one: 赞成罢免1012票，反对402票，弃权35票，
 * 无效票9张. Every ballot returned is a yes, a no, an abstention or an invalid ballot, so where all four
 * are stated, each once, they make the ballots returned (收回选票), stated once. Anything less plain
 * (two people recalled, each with their own yes and no; 弃权和无效票共27张, unread; ballots returned
 * stated twice, or set in another time or round) sums nothing.
 *
 * In English (Of the 1,620 villagers who voted, 1,102 were for the recall, 480 against and 38 ballots
 * were invalid) the same, with the voters who voted as the total where no ballots returned are stated.
 * Where the text says nothing of abstentions, the three kinds stated come to no more than the total
 * (an abstention or a blank ballot may be left unsaid); abstentions named but not read sum nothing.
 */
const KINDS: readonly (readonly [string, RegExp])[] = [
  [
    'yes',
    /(?<![不反])(?:赞成|同意)(?:罢免)?(?:的)?(?:票|选票)?(?:数)?(?:有|为|共)?[\s：:]*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:张|票)/g,
  ],
  [
    'no',
    /(?:反对|不同意|不赞成)(?:罢免)?(?:的)?(?:票|选票)?(?:数)?(?:有|为|共)?[\s：:]*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:张|票)/g,
  ],
  ['abstain', /弃权(?:的)?(?:票|选票)?(?:数)?(?:有|为|共)?[\s：:]*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:张|票)/g],
  ['invalid', /(?:无效|废)(?:选)?票(?:数)?(?:有|为|共)?[\s：:]*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:张|票)/g],
];

// A number starts where no digit, comma or point is before it: one try per run of digits.
const EN_NUMBER = '(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d,]\\d|\\.\\d)';
const EN_KINDS: readonly (readonly [string, RegExp])[] = [
  [
    'yes',
    new RegExp(
      `${EN_NUMBER} (?:(?:votes|ballots|villagers|voters) )?(?:were |was |voted )?(?:for|in favou?r of) (?:the )?(?:recall|removal|recalling|removing)\\b`,
      'gi',
    ),
  ],
  [
    'no',
    new RegExp(`${EN_NUMBER} (?:(?:votes|ballots|villagers|voters) )?(?:were |was |voted )?against\\b`, 'gi'),
  ],
  ['abstain', new RegExp(`${EN_NUMBER} (?:(?:villagers|voters) )?(?:abstained|abstentions?)\\b`, 'gi')],
  [
    'invalid',
    new RegExp(
      `${EN_NUMBER} (?:(?:votes|ballots|ballot papers) )?(?:were |was )?(?:invalid|void|spoiled|spoilt)\\b`,
      'gi',
    ),
  ],
];
const EN_ABSTAIN_WORDS = /\babstain|\babstention|\bblank\b/i;

export function recallBallotPartition(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  recallVote: string | undefined,
): StatedPartition | null {
  if (recallVote === undefined) return null;
  return chineseRecallBallots(folded, original, figures) ?? englishRecallBallots(folded, original, figures);
}

function chineseRecallBallots(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition | null {
  const returned = figures.filter((figure) => figure.kind === 'count' && figure.meaning === 'returned');
  const total = returned[0];
  if (returned.length !== 1 || !total || total.kind !== 'count' || total.contest !== null || total.scope)
    return null;
  // Of another time or round (上届选举收回选票1500张): not the recall's ballots.
  if (total.setting) return null;
  const parts: PartitionPart[] = [];
  for (const [kind, pattern] of KINDS) {
    const found = [...folded.matchAll(pattern)];
    const match = found[0];
    if (found.length !== 1 || !match?.[1]) return null;
    const value = BigInt(match[1].replace(/,/g, ''));
    const span: [number, number] = [match.index, match.index + match[0].length];
    parts.push({ kind, value, span, text: original.slice(...span) });
  }
  return { family: 'recall-ballots', total, parts, complete: true };
}

/**
 * The one total of an English recall: the ballots returned, or where none is stated the voters who
 * voted. A part's own words (688 voted in favour of recalling the chair) are no total.
 */
function englishTotal(
  figures: readonly AnnouncedFigure[],
  parts: readonly PartitionPart[],
): AnnouncedFigure | null {
  const inPart = (figure: AnnouncedFigure) => {
    const span = figure.origin.span;
    return span !== undefined && parts.some((part) => span[0] < part.span[1] && part.span[0] < span[1]);
  };
  for (const meaning of ['returned', 'cast'] as const) {
    const stated = figures.filter(
      (figure) => figure.kind === 'count' && figure.meaning === meaning && !inPart(figure),
    );
    if (stated.length === 0) continue;
    const total = stated[0];
    if (stated.length !== 1 || !total || total.kind !== 'count' || total.contest !== null || total.scope)
      return null;
    return total.setting ? null : total;
  }
  return null;
}

function englishRecallBallots(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition | null {
  const parts: PartitionPart[] = [];
  let complete = true;
  for (const [kind, pattern] of EN_KINDS) {
    const found = [...folded.matchAll(pattern)];
    const match = found[0];
    if (found.length === 0 && kind === 'abstain' && !EN_ABSTAIN_WORDS.test(folded)) {
      complete = false;
      continue;
    }
    if (found.length !== 1 || !match?.[1]) return null;
    const value = BigInt(match[1].replace(/,/g, ''));
    const span: [number, number] = [match.index, match.index + match[0].length];
    parts.push({ kind, value, span, text: original.slice(...span) });
  }
  const total = englishTotal(figures, parts);
  if (!total || total.kind !== 'count') return null;
  return { family: 'recall-ballots', total, parts, complete };
}
