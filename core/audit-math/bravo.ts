/**
 * BRAVO ballot-polling audit of a plurality contest (Lindeman, Stark and Yates, "BRAVO: Ballot-polling
 * Risk-limiting Audits to Verify Outcomes", EVT/WOTE 2012), one winner-loser pair at a time, with the
 * sample-size estimates Arlo uses (Mark Lindeman's analytic approximation). The functions follow the
 * definitions of Arlo's server/audit_math/bravo.py so that their published test values can be compared;
 * the code is written here.
 *
 * Stop decision: exact. A pair is confirmed when T = (2w/(w+l))^a · (2l/(w+l))^b >= 1/α, with w, l the
 * reported votes and a, b the sampled votes of the winner and the loser. That is decided in logarithms
 * when far from the limit, and by bigint cross-multiplication when within 1e-9 of it.
 * Sample sizes and probabilities: floats (they are estimates for planning a round, not decisions).
 */
import { maxOf, minOf } from '../model/long-lists.js';
import type { AuditContest, ChoiceVotes } from './plurality-contest.js';
import { splitWinners, winnerLoserPairs } from './plurality-contest.js';
import { add, ceilDiv, compare, floatRatio, ratio, type Ratio } from './ratio.js';
import { binomialQuantileOf, standardNormalCdf, standardNormalQuantile } from './statistics.js';

/** Sampled votes per choice, summed over the rounds so far. */
export type SampleTally = ReadonlyMap<string, number>;

export interface PairRisk {
  readonly winner: string;
  /** The loser, or '' when the contest has no loser (nothing to test: risk 1). */
  readonly loser: string;
  /** min(1, 1/T): the risk that the reported winner did not beat this loser, given the sample. */
  readonly risk: number;
  readonly confirmed: boolean;
}

export interface BravoRisk {
  readonly pairs: readonly PairRisk[];
  /** Every pair within the risk limit: the outcome is confirmed and the audit may stop. */
  readonly confirmed: boolean;
  /** The sample holds as many votes as ballots were cast: a full hand count, risk 0. */
  readonly fullHandCount: boolean;
}

const sampled = (sample: SampleTally, id: string): number => sample.get(id) ?? 0;

/** ln T of one pair: the log of BRAVO's likelihood ratio. -Infinity when a factor is 0. */
function logTestStatistic(winner: ChoiceVotes, loser: ChoiceVotes, a: number, b: number): number {
  const total = winner.votes + loser.votes;
  const up = a === 0 ? 0 : a * Math.log((2 * winner.votes) / total);
  const down = b === 0 ? 0 : b * Math.log((2 * loser.votes) / total);
  return up + down;
}

/** T >= 1/α, decided exactly by (2w)^a (2l)^b α_num >= (w+l)^(a+b) α_den. */
function reachesLimitExactly(
  winner: ChoiceVotes,
  loser: ChoiceVotes,
  a: number,
  b: number,
  alpha: Ratio,
): boolean {
  const w = BigInt(winner.votes);
  const l = BigInt(loser.votes);
  const left = (2n * w) ** BigInt(a) * (2n * l) ** BigInt(b) * alpha.num;
  const right = (w + l) ** BigInt(a + b) * alpha.den;
  return left >= right;
}

function pairRisk(winner: ChoiceVotes, loser: ChoiceVotes, sample: SampleTally, alpha: Ratio): PairRisk {
  const a = sampled(sample, winner.id);
  const b = sampled(sample, loser.id);
  // A loser reported with 0 votes found in the sample makes T = 0: no evidence, risk 1 (as Arlo).
  if (winner.votes + loser.votes === 0 || (loser.votes === 0 && b > 0) || (winner.votes === 0 && a > 0))
    return { winner: winner.id, loser: loser.id, risk: 1, confirmed: false };
  const logT = logTestStatistic(winner, loser, a, b);
  const logLimit = Math.log(Number(alpha.den) / Number(alpha.num));
  const close = Math.abs(logT - logLimit) <= 1e-9 * Math.max(1, Math.abs(logLimit));
  const confirmed = close ? reachesLimitExactly(winner, loser, a, b, alpha) : logT > logLimit;
  return { winner: winner.id, loser: loser.id, risk: Math.min(1, Math.exp(-logT)), confirmed };
}

/**
 * Arlo's `compute_risk`: each pair's risk and whether every pair is within the risk limit α. Arlo takes
 * a sample holding as many votes as ballots for a full hand count; given the distinct ballots examined,
 * that is decided on them instead (a ballot of a several-seat contest holds several votes).
 */
export function bravoRisk(
  contest: AuditContest,
  sample: SampleTally,
  alpha: Ratio,
  distinctBallots?: number,
): BravoRisk {
  const split = splitWinners(contest);
  const pairs = winnerLoserPairs(split);
  const drawn = distinctBallots ?? [...sample.values()].reduce((sum, votes) => sum + votes, 0);
  if (drawn >= contest.ballots && contest.ballots > 0) {
    const all =
      pairs.length > 0 ? pairs : split.winners.map((winner) => ({ winner, loser: { id: '', votes: 0 } }));
    return {
      pairs: all.map(({ winner, loser }) => ({
        winner: winner.id,
        loser: loser.id,
        risk: 0,
        confirmed: true,
      })),
      confirmed: true,
      fullHandCount: true,
    };
  }
  if (pairs.length === 0)
    return {
      pairs: split.winners.map((w) => ({ winner: w.id, loser: '', risk: 1, confirmed: false })),
      confirmed: false,
      fullHandCount: false,
    };
  const risks = pairs.map(({ winner, loser }) => pairRisk(winner, loser, sample, alpha));
  return { pairs: risks, confirmed: risks.every((pair) => pair.confirmed), fullHandCount: false };
}

/** Why no sample size can be given. */
export type NoEstimate = 'tied' | 'no-loser' | 'already-confirmed';

export interface AverageSampleNumber {
  readonly size: number;
  /** The chance that a round of this size completes the audit; only for one-seat contests. */
  readonly probability: number | null;
}

interface PairShares {
  readonly pw: number;
  readonly pl: number;
  readonly sampleW: number;
  readonly sampleL: number;
}

function sharesOf(
  contest: AuditContest,
  winner: ChoiceVotes,
  loser: ChoiceVotes,
  sample: SampleTally,
): PairShares {
  return {
    pw: winner.votes / contest.ballots,
    pl: loser.votes / contest.ballots,
    sampleW: sampled(sample, winner.id),
    sampleL: sampled(sample, loser.id),
  };
}

export function isTied(contest: AuditContest): boolean {
  const { winners, losers } = splitWinners(contest);
  if (losers.length === 0 || winners.length === 0) return false;
  return minOf(winners.map((w) => w.votes)) === maxOf(losers.map((l) => l.votes));
}

/**
 * Arlo's `get_expected_sample_size`: Wald's approximation of the average sample number (ASN) of
 * further ballots that BRAVO needs when the reported shares are right, the largest over all pairs.
 */
export function bravoAverageSampleNumber(
  contest: AuditContest,
  sample: SampleTally,
  alpha: number,
): AverageSampleNumber | NoEstimate {
  if (isTied(contest)) return 'tied';
  const pairs = winnerLoserPairs(splitWinners(contest));
  if (pairs.length === 0) return 'no-loser';
  let size = 0;
  let attaining: PairShares | undefined;
  for (const { winner, loser } of pairs) {
    const shares = sharesOf(contest, winner, loser, sample);
    if (shares.pl === 0) continue; // a loser with no votes: s_w = 1 and ln(0); nothing to estimate
    const logT = logTestStatistic(winner, loser, shares.sampleW, shares.sampleL);
    const sw = shares.pw / (shares.pw + shares.pl);
    const zw = Math.log(2 * sw);
    const zl = Math.log(2 - 2 * sw);
    const candidate = Math.ceil((Math.log(1 / alpha) - logT + zw / 2) / (shares.pw * zw + shares.pl * zl));
    if (candidate > size) {
      size = candidate;
      attaining = shares;
    }
  }
  if (size === 0) return 'already-confirmed';
  const probability =
    attaining && contest.seats === 1
      ? bravoCompletionProbability(
          alpha,
          attaining.pw,
          attaining.pl,
          attaining.sampleW,
          attaining.sampleL,
          size,
        )
      : null;
  return { size, probability };
}

/** BRAVO's per-ballot log steps for a pair with shares pw, pr, and what the sample so far leaves to do. */
function pairSteps(alpha: number, pw: number, pr: number, sampleW: number, sampleR: number) {
  const pwr = pw + pr;
  const pw2 = pw / pwr;
  const pr2 = 1 - pw2;
  const plus = Math.log(pw2 / 0.5);
  const minus = Math.log(pr2 / 0.5);
  const threshold = Math.log(1 / alpha) - (sampleW * plus + sampleR * minus);
  return { pwr, pw2, pr2, plus, minus, threshold };
}

/**
 * Arlo's `expected_prob` (after Mark Lindeman): the normal approximation of the chance that a round
 * of `asn` ballots completes the audit, rounded to two decimals as Arlo shows it.
 */
export function bravoCompletionProbability(
  alpha: number,
  pw: number,
  pr: number,
  sampleW: number,
  sampleR: number,
  asn: number,
): number {
  const { pwr, pw2, pr2, plus, minus, threshold } = pairSteps(alpha, pw, pr, sampleW, sampleR);
  if (threshold <= 0) return 0;
  const n = asn * pwr;
  const needed = (threshold - minus * n) / (plus - minus);
  const z = (needed - n * pw2) / Math.sqrt(n * pw2 * pr2);
  return Math.round(standardNormalCdf(-z) * 100) / 100;
}

/**
 * Arlo's `bravo_sample_sizes` (Mark Lindeman's analytic method): the round size that completes the
 * audit with probability `completion` if the reported shares are right. A normal approximation
 * gives a first size; the exact binomial quantile then raises it until it is enough; the result is
 * scaled up for ballots that vote for neither of the pair.
 */
export function bravoRoundSize(
  alpha: number,
  pw: number,
  pr: number,
  sampleW: number,
  sampleR: number,
  completion: number,
  totalBallots: number,
): number {
  const { pw2, pr2, plus, minus, threshold } = pairSteps(alpha, pw, pr, sampleW, sampleR);
  if (threshold <= 0) return 0;
  const z = -standardNormalQuantile(completion);
  const d = pw2 * pr2;
  const f = threshold / (plus - minus);
  const g = minus / (plus - minus) + pw2;
  const qa = g ** 2;
  const qb = -(z ** 2 * d + 2 * f * g);
  const qc = f ** 2;
  const radical = Math.sqrt(Math.max(0, qb ** 2 - 4 * qa * qc));
  let size = Math.floor((completion > 0.5 ? -qb + radical : -qb - radical) / (2 * qa));
  let statistic = 0;
  while (Number.isNaN(statistic) || (statistic < threshold && size < totalBallots)) {
    const successes = binomialQuantileOf(1 - completion, size, pw2);
    statistic = successes * plus + (size - successes) * minus;
    if (Number.isNaN(statistic) || statistic < threshold) size += 1;
  }
  // Scaled up for ballots voting for neither, exactly on the given shares: Arlo divides in 28-digit
  // decimals, and a float quotient can fall on the integer below where the exact one lies just above.
  const exactShare = add(floatRatio(pw), floatRatio(pr));
  return Number(ceilDiv(BigInt(size) * exactShare.den, exactShare.num));
}

export type SampleSizeOption =
  | { readonly kind: 'all-ballots'; readonly size: number }
  | { readonly kind: 'asn'; readonly size: number; readonly probability: number | null }
  | { readonly kind: 'quantile'; readonly size: number; readonly probability: number };

export type BravoSampleSizes =
  | { readonly ok: true; readonly options: readonly SampleSizeOption[] }
  | { readonly ok: false; readonly reason: NoEstimate | 'all-audited' };

/** The chances of completing in one round for which Arlo offers a round size. */
export const COMPLETION_CHANCES = [0.7, 0.8, 0.9] as const;

/**
 * Arlo's `get_sample_size`: the options for the next round's size (the ASN and the sizes that finish
 * with 70, 80 and 90 % chance), or all ballots where BRAVO cannot do better (a tie, a risk limit of
 * 0, or a large election whose 90 % size is a quarter of its ballots).
 */
export function bravoSampleSizes(
  contest: AuditContest,
  sample: SampleTally,
  riskLimitPercent: number,
  alreadySampled = 0,
): BravoSampleSizes {
  const alpha = riskLimitPercent / 100;
  const allBallots: SampleSizeOption = { kind: 'all-ballots', size: contest.ballots };
  if (alpha === 0) return { ok: true, options: [allBallots] };
  if (alreadySampled >= contest.ballots && alreadySampled > 0) return { ok: false, reason: 'all-audited' };
  const split = splitWinners(contest);
  if (split.losers.length === 0) return { ok: false, reason: 'no-loser' };
  if (isTied(contest)) return { ok: true, options: [allBallots] };
  if (maxOf(split.losers.map((l) => l.votes)) === 0)
    return { ok: true, options: [{ kind: 'asn', size: 1, probability: 1 }] };
  const asn = bravoAverageSampleNumber(contest, sample, alpha);
  if (typeof asn === 'string') return { ok: false, reason: asn };
  const options: SampleSizeOption[] = [{ kind: 'asn', ...asn }];
  if (contest.seats !== 1) return { ok: true, options };
  for (const chance of COMPLETION_CHANCES) {
    let size = 0;
    for (const { winner, loser } of winnerLoserPairs(split)) {
      const shares = sharesOf(contest, winner, loser, sample);
      if (shares.pl === 0) continue;
      const needed = bravoRoundSize(
        alpha,
        shares.pw,
        shares.pl,
        shares.sampleW,
        shares.sampleL,
        chance,
        contest.ballots,
      );
      size = Math.max(size, needed);
    }
    if (size !== 0) options.push({ kind: 'quantile', size, probability: chance });
  }
  const ninety = options.find((o) => o.kind === 'quantile' && o.probability === 0.9);
  if (contest.ballots > 100_000 && ninety && ninety.size >= contest.ballots * 0.25)
    return { ok: true, options: [allBallots] };
  return { ok: true, options };
}

/** The risk limit as an exact ratio, from a percentage such as 10 or 5. */
export const riskLimitRatio = (percent: number): Ratio => ratio(Math.round(percent * 1000), 100_000);

/** Whether an exact risk is within the limit (used by tests and the batch audit alike). */
export const withinLimit = (risk: Ratio, alpha: Ratio): boolean => compare(risk, alpha) <= 0;
