import type { UncertainBallots } from '../model/uncertain-ballots.js';
import type { BoxSheet } from '../model/tally.js';
import type { ContestResult } from '../model/report.js';
import type { RulePack } from '../rules/rule-pack.js';
import { meetsThreshold } from '../rules/threshold.js';
import type { BallotTotals } from './ballot-totals.js';
import type { ContestDecision } from './evaluate-contest.js';
import type { ReturnedLimit } from './returned-surplus.js';
import type { ThresholdBases } from './round-threshold.js';

/**
 * How far the counts may be from the ballots, given ballots whose repeated records differ, each counted
 * as its first record gives it (core/model/uncertain-ballots.ts). Each such ballot may take one vote
 * away from a name (its first record was wrong), and each of its records may give a name one (the
 * right record, or another ballot keyed with a wrong number); the records past the first may be other
 * ballots, returned but not counted.
 */
export interface CountSlack {
  /** A name's votes (and the valid ballots) may be this many fewer than counted. */
  readonly down: number;
  /** A name's votes (and the valid ballots) may be this many more. */
  readonly up: number;
  /** Ballots returned may be this many more (never fewer: each uncertain ballot was returned). */
  readonly extraBallots: number;
}

export function countSlack(uncertain: UncertainBallots): CountSlack {
  return {
    down: uncertain.ballots,
    up: uncertain.records,
    extraBallots: uncertain.records - uncertain.ballots,
  };
}

/** An outcome of the election's validity that the uncertain ballots could turn either way. */
export type UndecidedValidity =
  | { readonly kind: 'quorum'; readonly cast: number; readonly registered: number; readonly extra: number }
  | {
      readonly kind: 'returned';
      readonly limit: ReturnedLimit;
      /** null: the total. */
      readonly box: string | null;
      readonly returned: number;
      readonly allowed: number;
      readonly extra: number;
    };

/**
 * Whether the quorum is met when `cast` ballots were counted and up to `extra` more may have been
 * returned: true or false when every possible count agrees, 'undecided' otherwise. Turnout only grows
 * with the ballots, so the two ends decide it.
 */
export function quorumOutcome(
  pack: RulePack,
  cast: number,
  registered: number,
  extra: number,
): boolean | 'undecided' {
  if (!pack.quorum) return true;
  if (meetsThreshold(cast, registered, pack.quorum)) return true;
  return extra > 0 && meetsThreshold(cast + extra, registered, pack.quorum) ? 'undecided' : false;
}

/**
 * Boxes (and the total) whose ballots returned are within their limit as counted, but not with the
 * records that may be other ballots: more returned than allowed can then be neither found nor ruled out.
 */
export function undecidedReturned(
  sheets: readonly BoxSheet[],
  totals: BallotTotals,
  limit: ReturnedLimit,
  uncertain: UncertainBallots,
): UndecidedValidity[] {
  const undecided: UndecidedValidity[] = [];
  for (const sheet of sheets) {
    const allowed = sheet[limit];
    const box = uncertain.boxes.get(sheet.box);
    if (!box || sheet.returned === undefined || allowed === undefined) continue;
    const extra = box.records - box.ballots;
    if (sheet.returned <= allowed && sheet.returned + extra > allowed)
      undecided.push({ kind: 'returned', limit, box: sheet.box, returned: sheet.returned, allowed, extra });
  }
  const allowed = totals[limit];
  const extra = uncertain.records - uncertain.ballots;
  if (allowed !== null && totals.cast <= allowed && totals.cast + extra > allowed)
    undecided.push({ kind: 'returned', limit, box: null, returned: totals.cast, allowed, extra });
  return undecided;
}

/**
 * Whether some content of the uncertain ballots would elect others than the count does (or fill a seat
 * it leaves open, or break a tie), under the same rules: every name's votes anywhere from `down` fewer
 * to `up` more, the threshold's base anywhere in its range, and a name not yet counted at all given up
 * to `up` votes. Exact: whole numbers compared, thresholds by cross-multiplication. It errs only
 * towards "could": a contest it keeps is kept for every content the records allow.
 */
export function winnersCouldChange(
  decision: ContestDecision,
  slack: CountSlack,
  bases: ThresholdBases,
): boolean {
  if (slack.up === 0) return false;
  if (decision.tie) return true;
  const { threshold } = decision;
  const range = threshold ? baseRange(threshold.base, bases, slack) : null;
  // A threshold measured against a figure nobody states elects no one, whatever the ballots say.
  if (threshold && !range) return false;
  const surely = (votes: number): boolean =>
    votes > 0 && (threshold === null || meetsThreshold(votes, range!.high, threshold));
  const possibly = (votes: number): boolean =>
    votes > 0 && (threshold === null || meetsThreshold(votes, range!.low, threshold));
  const elected = new Set(decision.result.elected);
  let weakest = Infinity;
  for (const standing of decision.standings.ranked) {
    if (!elected.has(standing.id)) continue;
    const least = standing.votes - slack.down;
    if (!surely(least)) return true;
    weakest = Math.min(weakest, least);
  }
  const full = elected.size >= decision.contest.seats;
  const others = decision.standings.ranked
    .filter((standing) => !elected.has(standing.id))
    .map((s) => s.votes);
  for (const votes of [...others, 0]) {
    const most = votes + slack.up;
    if (!possibly(most)) continue;
    if (!full || most >= weakest) return true;
  }
  return false;
}

function baseRange(
  base: keyof ThresholdBases,
  bases: ThresholdBases,
  slack: CountSlack,
): { low: number; high: number } | null {
  const value = bases[base];
  if (value === null) return null;
  if (base === 'cast') return { low: value, high: value + slack.extraBallots };
  if (base === 'valid') return { low: Math.max(0, value - slack.down), high: value + slack.up };
  return { low: value, high: value };
}

/** A contest whose winners are not declared: no one shown elected, every seat shown open, and why. */
export function withheldResult(result: ContestResult): ContestResult {
  return {
    ...result,
    candidates: result.candidates.map((candidate) => ({ ...candidate, elected: false })),
    elected: [],
    unfilledSeats: result.seats,
    undecided: true,
  };
}
