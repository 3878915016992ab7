/**
 * Batch-comparison audit of box-level hand counts: each sampled box's hand count is compared with its
 * recounted tally sheet. The risk is MACRO's (P. B. Stark, "Efficient post-election audits of multiple
 * contests: 2009 California tests", 2009) for one contest, with the definitions of Arlo's
 * server/audit_math/macro.py so that its published values can be compared; the code is written here.
 *
 * For each winner w and loser l with reported margin V_wl (votes), a box p with reported votes v and
 * ballots b can overstate the margin by at most u_p = max_wl ((v_w − v_l) + b) / V_wl; U = Σ_p u_p.
 * A sampled box's taint is its largest weighted overstatement e_p (0 when the error favours the loser's
 * side less than reported) over u_p, and the risk is Π (1 − 1/U) / (1 − taint) over the draws.
 * Everything is exact rationals; the stop decision is risk ≤ α by cross-multiplication.
 */
import type { AuditContest } from './plurality-contest.js';
import { splitWinners, winnerLoserPairs } from './plurality-contest.js';
import { add, compare, div, mul, ONE, ratio, sub, toNumber, ZERO, type Ratio } from './ratio.js';

/** A box's reported (recounted) figures in the contest. */
export interface ReportedBox {
  /** Votes per choice in the contest; absent: the box does not hold the contest. */
  readonly votes?: ReadonlyMap<string, number>;
  /** Ballots cast in the box (its `returned`). */
  readonly ballots: number;
}

/** One draw of the sample: the box drawn and what the hand count found in it. */
export interface BoxDraw {
  readonly box: string;
  readonly handCount: ReadonlyMap<string, number>;
}

const INFINITE = 'infinite' as const;
type Bound = Ratio | typeof INFINITE;

const votesOf = (counts: ReadonlyMap<string, number> | undefined, id: string) => counts?.get(id) ?? 0;

/** Arlo's unauditable ballots: contest votes the boxes do not account for, per vote a ballot allows. */
export function unauditableBallots(contest: AuditContest, boxes: ReadonlyMap<string, ReportedBox>): number {
  let fromBoxes = 0;
  for (const box of boxes.values())
    for (const id of contest.votes.keys()) fromBoxes += votesOf(box.votes, id);
  const reported = [...contest.votes.values()].reduce((s, v) => s + v, 0);
  return Math.ceil((reported - fromBoxes) / contest.seats);
}

function pairMargin(contest: AuditContest, winner: string, loser: string, unauditable: number): number {
  return votesOf(contest.votes, winner) - votesOf(contest.votes, loser) - unauditable;
}

/** u_p: the most this box could overstate any pair's margin, relative to that margin. */
export function maxRelativeOverstatement(
  contest: AuditContest,
  box: ReportedBox,
  unauditable: number,
): Bound {
  if (!box.votes) return ZERO;
  let most: Ratio = ZERO;
  for (const { winner, loser } of winnerLoserPairs(splitWinners(contest))) {
    const margin = pairMargin(contest, winner.id, loser.id, unauditable);
    if (margin <= 0) return INFINITE;
    const bound = ratio(votesOf(box.votes, winner.id) - votesOf(box.votes, loser.id) + box.ballots, margin);
    if (compare(bound, most) > 0) most = bound;
  }
  return most;
}

/** U: the sum of the boxes' u_p, the most the whole reported result could be overstated. */
export function totalOverstatementBound(
  contest: AuditContest,
  boxes: ReadonlyMap<string, ReportedBox>,
): Bound {
  const unauditable = unauditableBallots(contest, boxes);
  let total: Ratio = ZERO;
  for (const box of boxes.values()) {
    const bound = maxRelativeOverstatement(contest, box, unauditable);
    if (bound === INFINITE) return INFINITE;
    total = add(total, bound);
  }
  return total;
}

/** e_p: the weighted overstatement of the pair with the largest, or 0 when that one understates. */
function weightedOverstatement(
  contest: AuditContest,
  box: ReportedBox,
  draw: BoxDraw,
  unauditable: number,
): Bound {
  let largest: { weighted: Bound; counted: number } | undefined;
  for (const { winner, loser } of winnerLoserPairs(splitWinners(contest))) {
    const reportedMargin = votesOf(box.votes, winner.id) - votesOf(box.votes, loser.id);
    const foundMargin = votesOf(draw.handCount, winner.id) - votesOf(draw.handCount, loser.id);
    const error = reportedMargin - foundMargin;
    if (error === 0) continue;
    const margin = pairMargin(contest, winner.id, loser.id, unauditable);
    const weighted: Bound = margin > 0 ? ratio(error, margin) : INFINITE;
    const larger =
      !largest ||
      (weighted === INFINITE
        ? largest.weighted !== INFINITE
        : largest.weighted !== INFINITE && compare(weighted, largest.weighted) > 0);
    if (larger) largest = { weighted, counted: error };
  }
  if (!largest || largest.counted <= 0) return ZERO;
  return largest.weighted;
}

/** Every box was drawn: a full hand count (Arlo: as many sampled batches as batches). */
function coversEveryBox(boxes: ReadonlyMap<string, ReportedBox>, draws: readonly BoxDraw[]): boolean {
  const drawn = new Set(draws.map((d) => d.box));
  return boxes.size > 0 && [...boxes.keys()].every((box) => drawn.has(box));
}

export interface DrawTaint {
  readonly box: string;
  /** e_p / u_p: 0 for a box whose hand count matches (or errs towards the loser), 1 at worst. */
  readonly taint: number;
}

export interface BatchRisk {
  /** The risk as a float, for reading (capped at 1). */
  readonly risk: number;
  /** Exactly decided: risk ≤ α. */
  readonly confirmed: boolean;
  readonly fullHandCount: boolean;
  readonly taints: readonly DrawTaint[];
  /** The exact risk, or null where it is unbounded (a taint of 1, or a margin of 0). */
  readonly exactRisk: Ratio | null;
}

/** Arlo's macro.compute_risk for one contest: draws in ticket order, a box drawn twice counted twice. */
export function batchComparisonRisk(
  contest: AuditContest,
  boxes: ReadonlyMap<string, ReportedBox>,
  draws: readonly BoxDraw[],
  alpha: Ratio,
): BatchRisk {
  if (coversEveryBox(boxes, draws))
    return { risk: 0, confirmed: true, fullHandCount: true, taints: [], exactRisk: ZERO };
  const unbounded = (taints: DrawTaint[]): BatchRisk => ({
    risk: 1,
    confirmed: false,
    fullHandCount: false,
    taints,
    exactRisk: null,
  });
  const U = totalOverstatementBound(contest, boxes);
  if (U === INFINITE || U.num === 0n) return unbounded([]);
  const unauditable = unauditableBallots(contest, boxes);
  const step = sub(ONE, div(ONE, U));
  let risk: Ratio = ONE;
  const taints: DrawTaint[] = [];
  for (const draw of draws) {
    const box = boxes.get(draw.box);
    if (!box?.votes) continue;
    const e = weightedOverstatement(contest, box, draw, unauditable);
    const u = maxRelativeOverstatement(contest, box, unauditable);
    if (e === INFINITE || u === INFINITE) return unbounded(taints);
    const taint = u.num === 0n ? ZERO : div(e, u);
    taints.push({ box: draw.box, taint: toNumber(taint) });
    if (compare(taint, ONE) >= 0) return unbounded(taints);
    risk = mul(risk, div(step, sub(ONE, taint)));
  }
  return {
    risk: Math.min(1, toNumber(risk)),
    confirmed: compare(risk, alpha) <= 0,
    fullHandCount: false,
    taints,
    exactRisk: risk,
  };
}

export type BatchSampleSize =
  { readonly ok: true; readonly size: number } | { readonly ok: false; readonly reason: 'all-counted' };

/**
 * Arlo's macro.get_sample_sizes: the boxes still to draw if no further box differs, plus one to allow
 * for a small discrepancy; every box when the margin is 0; 0 when the risk limit is already met.
 * Floats here: a planning estimate, rounded up.
 */
export function batchComparisonSampleSize(
  contest: AuditContest,
  boxes: ReadonlyMap<string, ReportedBox>,
  draws: readonly BoxDraw[],
  alpha: Ratio,
): BatchSampleSize {
  if (coversEveryBox(boxes, draws)) return { ok: false, reason: 'all-counted' };
  const U = totalOverstatementBound(contest, boxes);
  if (U === INFINITE) return { ok: true, size: boxes.size };
  const current = batchComparisonRisk(contest, boxes, draws, alpha);
  if (current.confirmed) return { ok: true, size: 0 };
  const step = 1 - 1 / toNumber(U);
  const needed = (Math.log(toNumber(alpha)) - Math.log(current.risk)) / Math.log(step);
  return { ok: true, size: Math.min(Math.ceil(needed) + 1, boxes.size) };
}
