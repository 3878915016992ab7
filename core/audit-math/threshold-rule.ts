import type { Election } from '../model/election.js';
import type { Bilingual } from '../model/finding.js';
import { choosePack, RULE_PACKS } from '../rules/index.js';
import { ratio } from './ratio.js';
import type { SupermajorityRule } from './supermajority.js';

/**
 * The share of the ballots a winner needs in this election's round under its rule pack (the first
 * round's threshold, or the runoff's), when ballot polling can test it; else why not.
 */
export function thresholdRuleOf(
  election: Election,
  today: string,
):
  | { readonly ok: true; readonly rule: SupermajorityRule }
  | { readonly ok: false; readonly reason: Bilingual } {
  const choice = choosePack(RULE_PACKS, {
    rules: election.rules,
    ...(election.date ? { date: election.date } : {}),
    today,
  });
  if (!choice.ok) return { ok: false, reason: choice.message };
  const threshold = election.round === 'runoff' ? choice.pack.runoff : choice.pack.firstRound;
  if (!threshold || threshold.base === 'registered')
    return {
      ok: false,
      reason: {
        zh: `规则 ${choice.pack.id} 在本轮没有按投票数计的得票门槛，无法做得票门槛的审计`,
        en: `rules ${choice.pack.id} set no share of the ballots for this round: nothing for a threshold audit to test`,
      },
    };
  return { ok: true, rule: { share: ratio(threshold.num, threshold.den), base: threshold.base } };
}
