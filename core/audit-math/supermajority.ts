/**
 * The super-majority assertion of SHANGRLA (P. B. Stark, "Sets of Half-Average Nulls Generate
 * Risk-Limiting Audits: SHANGRLA", Voting '20, section 2.3; pbstark/SHANGRLA
 * Assertion.make_supermajority_assertion) applied to the law's thresholds: "more than half of the
 * ballots cast" (村民委员会组织法 art. 34, the first round) and "at least a third of the ballots cast"
 * (另行选举). A winner with a share f of the base is confirmed when the mean of the assorter over the
 * ballots is above 1/2.
 *
 * The assorter gives each ballot: a vote for the winner → 1/(2f); a vote counted in the base for
 * anyone else (or an abstention) → 0; a ballot outside the base → 1/2 (neutral). Against ballots
 * cast (`cast`), every ballot is in the base; against valid ballots (`valid`, SHANGRLA's own
 * definition), a void ballot is neutral.
 */
import {
  alphaConfirmedAt,
  alphaHistory,
  alphaPlannedSampleSize,
  defaultEta,
  type AlphaSettings,
} from './alpha-mart.js';
import { ratio, toNumber, type Ratio } from './ratio.js';

/** What a sampled ballot shows, as the assertion for one winner sees it. */
export type SampledBallot = 'winner' | 'other' | 'void';

export interface SupermajorityRule {
  /** The share f the winner needs, as a fraction (1/2, 1/3, 2/3…). */
  readonly share: Ratio;
  /** What the share is of: all ballots cast, or valid ballots only. */
  readonly base: 'cast' | 'valid';
}

/** The assorter's upper bound u = 1/(2f). */
export const assorterBound = (rule: SupermajorityRule): Ratio => ratio(rule.share.den, 2n * rule.share.num);

export function assort(ballot: SampledBallot, rule: SupermajorityRule): Ratio {
  if (ballot === 'winner') return assorterBound(rule);
  if (ballot === 'void' && rule.base === 'valid') return ratio(1n, 2n);
  return ratio(0n);
}

const HALF = ratio(1n, 2n);

export function alphaSettingsFor(rule: SupermajorityRule, ballotsCast: number): AlphaSettings {
  const u = assorterBound(rule);
  return { N: ballotsCast, u, t: HALF, eta: defaultEta(HALF, u) };
}

export interface SupermajorityRisk {
  /** The ALPHA p-value of the sample (its smallest value over the draws, valid for draws in random order). */
  readonly risk: number;
  /** The p-value after each draw. */
  readonly history: readonly number[];
  /** Exactly decided: some prefix of the draws brought the risk to α or below. */
  readonly confirmed: boolean;
  /** The draw at which it did, 1-based, or null. */
  readonly confirmedAtDraw: number | null;
}

/** The risk that the winner did not reach the share, from the sampled ballots in their draw order. */
export function supermajorityRisk(
  draws: readonly SampledBallot[],
  rule: SupermajorityRule,
  ballotsCast: number,
  alpha: Ratio,
): SupermajorityRisk {
  const settings = alphaSettingsFor(rule, ballotsCast);
  const values = draws.map((ballot) => assort(ballot, rule));
  const { p, history } = alphaHistory(values.map(toNumber), settings);
  const at = draws.length === 0 ? null : alphaConfirmedAt(values, settings, alpha);
  return { risk: draws.length === 0 ? 1 : p, history, confirmed: at !== null, confirmedAtDraw: at };
}

/** The reported composition of the ballots as the assertion sees it. */
export interface ReportedBallots {
  readonly forWinner: number;
  readonly voidBallots: number;
  readonly cast: number;
}

/** The assorter mean over the reported ballots, and its margin 2·mean − 1 (positive when the winner passes). */
export function reportedMargin(reported: ReportedBallots, rule: SupermajorityRule): number {
  const u = toNumber(assorterBound(rule));
  const neutral = rule.base === 'valid' ? reported.voidBallots * 0.5 : 0;
  const mean = (reported.forWinner * u + neutral) / reported.cast;
  return 2 * mean - 1;
}

/**
 * Planning: the ballots ALPHA needs to confirm the winner if the reported figures are right (evenly
 * interleaved reported composition; see alphaPlannedSampleSize). Null when the reported margin is not
 * positive: the reported figures themselves do not pass the threshold.
 */
export function supermajoritySampleSize(
  reported: ReportedBallots,
  rule: SupermajorityRule,
  alpha: number,
): number | null {
  if (reportedMargin(reported, rule) <= 0) return null;
  const u = toNumber(assorterBound(rule));
  const voidCount = rule.base === 'valid' ? reported.voidBallots : 0;
  const counts = [
    { value: u, count: reported.forWinner },
    { value: 0.5, count: voidCount },
    { value: 0, count: reported.cast - reported.forWinner - voidCount },
  ].filter((c) => c.count > 0);
  return alphaPlannedSampleSize(counts, alphaSettingsFor(rule, reported.cast), alpha);
}
