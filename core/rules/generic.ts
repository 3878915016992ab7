import type { RulePack } from './rule-pack.js';

/** Generic packs for elections outside the committee laws: no quorum, no women quota, no 差额 rule. */

export const PLURALITY: RulePack = {
  id: 'plurality',
  family: 'plurality',
  name: { zh: '相对多数', en: 'Plurality' },
  sources: [
    { zh: '通用规则：得票多者当选，无最低票数。', en: 'Generic rule: the most votes win; no minimum.' },
  ],
  overvote: 'void-contest',
  electorate: { kind: 'voters', name: { zh: '登记选民', en: 'registered voters' } },
  quorum: null,
  voidWhenReturnedExceedsIssued: true,
  firstRound: null,
  unfilledSeats: 'vacant',
  runoff: null,
  ties: 'leave-open',
  defaultMinWomen: 0,
  competitive: false,
};

export const MAJORITY: RulePack = {
  ...PLURALITY,
  id: 'majority',
  family: 'majority',
  name: { zh: '绝对多数', en: 'Majority' },
  sources: [
    {
      zh: '通用规则：须获得有效选票过半数方可当选；未当选的名额以决选补足，决选得票多者当选。',
      en: 'Generic rule: a candidate needs more than half of the valid ballots; seats left open go to a runoff won by the most votes.',
    },
  ],
  firstRound: { num: 1, den: 2, strict: true, base: 'valid' },
  unfilledSeats: 'runoff',
  runoff: null,
};
