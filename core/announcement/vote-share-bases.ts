import type { AnnouncedFigure, PercentFigure, UnreadFigure } from './announced-figures.js';

/**
 * A candidate's share written after the votes with no base named (`王林812票（62.1%）`, `812 votes, or
 * 62.1%`) is of the ballots cast or of the valid ballots: notices give it of either. When the text states
 * both (valid ballots, and the voters or the ballots returned), the share is read as of the ballots cast
 * and the arithmetic check judges it only if both readings give one verdict (as it does a 得票率 beside
 * valid ballots: `ambiguous-base` otherwise, with both fractions). When either is missing, the reading
 * that is missing could be the one meant: the share stays unread (`ambiguous-base`).
 */
export function withVoteSharesOfEither(
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[],
  shares: readonly PercentFigure[],
): { figures: AnnouncedFigure[]; unread: UnreadFigure[] } {
  if (shares.length === 0 || !statesBothBases(figures)) return { figures: [...figures], unread: [...unread] };
  const at = (figure: AnnouncedFigure) => figure.origin.span?.[1] ?? 0;
  const ends = new Set(shares.map(at));
  return {
    figures: [...figures, ...shares].sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0)),
    unread: unread.filter((number) => !ends.has(number.span[1])),
  };
}

/** Valid ballots and the ballots cast (or returned) of the whole election, each stated once. */
function statesBothBases(figures: readonly AnnouncedFigure[]): boolean {
  const stated = (meaning: string) =>
    figures.filter(
      (figure) =>
        figure.kind === 'count' && figure.meaning === meaning && figure.contest === null && !figure.scope,
    ).length;
  const valid = stated('valid');
  const cast = stated('cast') || stated('returned');
  return valid === 1 && cast === 1;
}
