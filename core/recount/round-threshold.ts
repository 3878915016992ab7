import type { Round } from '../model/election.js';
import type { RulePack, Threshold, ThresholdBase } from '../rules/rule-pack.js';

/** The figures a threshold may be measured against. */
export type ThresholdBases = { readonly [B in ThresholdBase]: number | null };

/** The threshold a candidate must meet in this round: the first-round rule, or the runoff rule. */
export function roundThreshold(pack: RulePack, round: Round): Threshold | null {
  return round === 'runoff' ? pack.runoff : pack.firstRound;
}
