import type { Contest } from '../model/election.js';
import type { RulePack } from '../rules/rule-pack.js';
import { meetsThreshold } from '../rules/threshold.js';
import type { BoxSheet } from '../model/tally.js';
import type { BallotTotals } from './ballot-totals.js';
import { returnedSurpluses, type ReturnedLimit, type ReturnedSurplus } from './returned-surplus.js';
import type { UncertainBallots } from '../model/uncertain-ballots.js';
import { quorumOutcome, undecidedReturned, type UndecidedValidity } from './uncertain-outcomes.js';
import { pushAll } from '../model/long-lists.js';

export type VoidReason =
  | { readonly kind: 'quorum'; readonly cast: number; readonly registered: number }
  | ({ readonly kind: 'returned-exceeds'; readonly limit: ReturnedLimit } & ReturnedSurplus)
  | { readonly kind: 'not-competitive'; readonly contests: readonly Contest[] };

export interface ElectionValidity {
  /** False also when the electorate is unknown: the quorum cannot then be shown to be met. */
  readonly quorumMet: boolean;
  readonly electionValid: boolean;
  readonly voidReasons: readonly VoidReason[];
  /**
   * Rules that ballots with differing records could turn either way: none of them voids the election,
   * and while the election is not void for another reason its validity, and so every winner, is left
   * undecided.
   */
  readonly undecided: readonly UndecidedValidity[];
}

/**
 * Whether the rules void the whole election. More returned than issued (or, where the pack says so,
 * than voters signed in) voids it when it happens in any box, not only in the total: surplus ballots
 * in one box are not offset by unreturned ballots of another. An unknown electorate, or voters not
 * stated, do not void the election (nothing shows the rule broken). A contest without candidates
 * (自荐直选, 海选) is not a breach of 差额.
 */
export function electionValidity(
  pack: RulePack,
  registered: number | null,
  totals: BallotTotals,
  sheets: readonly BoxSheet[],
  contests: readonly Contest[] = [],
  uncertain?: UncertainBallots,
): ElectionValidity {
  const voidReasons: VoidReason[] = [];
  const undecided: UndecidedValidity[] = [];
  const extra = uncertain ? uncertain.records - uncertain.ballots : 0;
  let quorumMet = true;
  if (pack.quorum) {
    if (registered === null) quorumMet = false;
    else if (!meetsThreshold(totals.cast, registered, pack.quorum)) {
      quorumMet = false;
      if (quorumOutcome(pack, totals.cast, registered, extra) === 'undecided')
        undecided.push({ kind: 'quorum', cast: totals.cast, registered, extra });
      else voidReasons.push({ kind: 'quorum', cast: totals.cast, registered });
    }
  }
  // By box id, so that the reasons read the same whatever order the boxes come in.
  const byBox = [...sheets].sort((a, b) => (a.box < b.box ? -1 : a.box > b.box ? 1 : 0));
  const limits: ReturnedLimit[] = [
    ...(pack.voidWhenReturnedExceedsIssued ? (['issued'] as const) : []),
    ...(pack.voidWhenReturnedExceedsVoters ? (['voters'] as const) : []),
  ];
  for (const limit of limits) {
    for (const surplus of returnedSurpluses(byBox, totals, limit))
      voidReasons.push({ kind: 'returned-exceeds', limit, ...surplus });
    if (uncertain && uncertain.ballots > 0)
      pushAll(undecided, undecidedReturned(byBox, totals, limit, uncertain));
  }
  if (pack.competitive && pack.voidWhenNotCompetitive) {
    const breaches = contests.filter((contest) => isNotCompetitive(contest, pack.minCandidateMargin));
    if (breaches.length > 0) voidReasons.push({ kind: 'not-competitive', contests: breaches });
  }
  return { quorumMet, electionValid: voidReasons.length === 0, voidReasons, undecided };
}

/** 差额 is broken: candidates listed, but fewer of them than `candidatesNeeded` asks. */
export function isNotCompetitive(contest: Contest, margin?: RulePack['minCandidateMargin']): boolean {
  return contest.candidates.length > 0 && contest.candidates.length < candidatesNeeded(contest.seats, margin);
}

/**
 * The fewest candidates 差额 allows for `seats`: one more than the seats, or, where the text sets a
 * share of the seats, the seats plus that share rounded up (whole numbers, no rounding error).
 */
export function candidatesNeeded(seats: number, margin?: RulePack['minCandidateMargin']): number {
  if (!margin) return seats + 1;
  const share = (BigInt(seats) * BigInt(margin.num) + BigInt(margin.den) - 1n) / BigInt(margin.den);
  return seats + Math.max(1, Number(share));
}
