import type { Bilingual, RulePack, ThresholdBase } from '../../../core/index.js';

/** What a threshold's base is called under `pack`: its electorate, ballots cast or valid ballots. */
export function baseName(pack: RulePack, base: ThresholdBase): Bilingual {
  if (base === 'registered') return pack.electorate.name;
  return base === 'cast'
    ? { zh: '参加投票人数', en: 'ballots cast' }
    : { zh: '有效票数', en: 'valid ballots' };
}
