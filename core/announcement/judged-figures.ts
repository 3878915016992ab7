import type { Bilingual } from '../model/finding.js';
import type { TextSpan } from './announced-figures.js';
import type { BaseOutcome } from './every-base.js';

/**
 * The work shown for an announcement checked against itself: every figure that was judged, right ones
 * included, with its counts, base and the rule applied ("74 of 184 = 40.2173…%, stated 40.2%: right"),
 * and every stated figure that was not judged, with why. Reports list both, so that a reader sees what
 * was checked and found right, not only what was found wrong.
 */

/** Which rule judged a figure. */
export type CheckRule =
  | 'share' // a percentage against its stated part and base (the percentage rule)
  | 'share-of-whole' // a percentage whose part is not stated, against every whole number of its stated base
  | 'share-of-every-base' // a percentage whose base is one of a few counts left open, wrong of every one (every-base.ts)
  | 'sum-of-every-reading' // valid + invalid against the ballots returned, wrong whichever count is the invalid ballots
  | 'ballots' // valid + invalid = returned, returned ≤ issued, cast = returned, cast ≤ registered
  | 'votes-within-ballots' // a candidate's votes ≤ the valid ballots; a post's votes together ≤ its seats × them
  | 'winners-within-seats' // the winners declared for the members' post ≤ its stated seats
  | 'part-within-total' // a part of a summary ≤ its total
  | 'halves' // men + women = total, re-elected + newly elected = total
  | 'posts' // 主任 + 副主任 + 委员 = the committee
  | 'partition' // men + women of the voters, the ways of voting, villages + communities = their total
  | 'stated-twice' // the same figure stated twice, with the same value
  | 'calculation' // a calculation written out (315+294+17=626) against its stated result
  | 'age-change' // a change in the average age against the two ages stated (43.2岁, 上届46.8岁: 3.6岁)
  | 'point-change' // a change in percentage points against the two rates stated (22.4%, 上届19.1%: 3.3)
  | 'quorum' // under a rule pack: the stated turnout against the quorum
  | 'meeting-quorum' // under a rule pack: a meeting's attendance against its quorum (由户代表组成的村民会议, 村民代表会议)
  | 'winner-threshold' // under a rule pack: a winner's stated votes against the round's threshold
  | 'women-members' // under a rule pack: the women among winners whose sexes the notice writes, all seats filled
  | 'competitive'; // under a rule pack: the candidates stated right after the seats, more than them (差额)

export interface JudgedFigure {
  readonly rule: CheckRule;
  readonly right: boolean;
  /** The figure as written (a span of text), or its JSON path. */
  readonly text: string;
  readonly span?: TextSpan;
  /** The sum or share worked out, for people: "74 of 184 = 40.2173…%, stated 40.2%: right". */
  readonly work: Bilingual;
  /**
   * Present for `share-of-every-base` and `sum-of-every-reading`: every base (or count of the invalid
   * ballots) the figure was judged against, a stated one with `from` = `to`, an unstated one between bounds
   * (`to` null: no upper bound).
   */
  readonly bases?: readonly JudgedBase[];
}

/** One reading a figure was judged against (`JudgedFigure.bases`). */
export interface JudgedBase {
  readonly name: Bilingual;
  readonly from: number;
  readonly to: number | null;
}

/** Why a stated figure the reader did read was not judged. */
export type UnjudgedReason =
  | 'counts-not-stated' // a share whose part or base the text gives no count for (参选率71.1% alone)
  | 'zero-base' // a share of a base of 0
  | 'ambiguous-base' // a candidate's 得票率 right of the ballots cast and wrong of the valid ones, or the reverse
  | 'not-compared' // two mentions not provably of one quantity (comparable-mentions.ts): no sum is checked
  | 'nothing-to-check'; // read, but no other figure the notice states checks it (unchecked-figures.ts)

export interface UnjudgedFigure {
  readonly text: string;
  readonly span?: TextSpan;
  readonly reason: UnjudgedReason;
  readonly work: Bilingual;
  /** A share of a base the text leaves open, right of some: each base and whether it makes it right (every-base.ts). */
  readonly bases?: readonly BaseOutcome[];
}

/** Where a stated figure stands: its span of text, or its JSON path. */
export interface FigureWhere {
  readonly text: string;
  readonly span?: TextSpan;
}

export interface ArithmeticWork {
  readonly judged: readonly JudgedFigure[];
  readonly unjudged: readonly UnjudgedFigure[];
  /** The stated figures that entered a check as a term (a total, a base): shown in its work. */
  readonly terms?: readonly FigureWhere[];
}
