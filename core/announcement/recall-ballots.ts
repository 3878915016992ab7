import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';

/**
 * The ballots of a recall vote (罢免: recall-vote.ts) stated one by one: 赞成罢免1012票，反对402票，弃权35票，
 * 无效票9张. Every ballot returned is a yes, a no, an abstention or an invalid ballot, so where all four
 * are stated, each once, they make the ballots returned (收回选票), stated once. Anything less plain
 * (two people recalled, each with their own yes and no; 弃权和无效票共27张, unread; ballots returned
 * stated twice, or set in another time or round) sums nothing.
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

export function recallBallotPartition(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  recallVote: string | undefined,
): StatedPartition | null {
  if (recallVote === undefined) return null;
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
