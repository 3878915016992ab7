import type { Electorate, RulePack } from './rule-pack.js';
import { CN_VILLAGE } from './cn-village.js';

export type ResidentsElectorate = 'all-residents' | 'household-representatives' | 'residents-representatives';

export const RESIDENTS_ELECTORATES: Record<ResidentsElectorate, Electorate> = {
  'all-residents': {
    kind: 'all-residents',
    name: { zh: '有选举权的居民', en: 'residents with the right to vote' },
  },
  'household-representatives': {
    kind: 'household-representatives',
    name: { zh: '户代表', en: 'household representatives' },
  },
  'residents-representatives': {
    kind: 'residents-representatives',
    name: { zh: '居民代表', en: "residents' representatives" },
  },
};

/** How a residents' pack id names its electorate: `cn-residents`, `cn-residents:households` … */
export const RESIDENTS_ID_SUFFIX: Record<ResidentsElectorate, string> = {
  'all-residents': '',
  'household-representatives': ':households',
  'residents-representatives': ':representatives',
};

/**
 * 居民委员会选举. The national law names the three possible electorates but fixes no thresholds; the
 * pack uses the majority rules of the village law, as provincial residents' committee rules commonly do.
 */
export function cnResidentsPack(electorate: ResidentsElectorate): RulePack {
  return {
    ...CN_VILLAGE,
    id: `cn-residents${RESIDENTS_ID_SUFFIX[electorate]}@2018`,
    family: `cn-residents${RESIDENTS_ID_SUFFIX[electorate]}`,
    version: {
      label: '2018',
      statute: {
        zh: '《中华人民共和国城市居民委员会组织法》（2018年12月29日修正）',
        en: "Organic Law of Urban Residents' Committees (as amended 29 December 2018)",
      },
      from: '2018-12-29',
    },
    name: {
      zh: `居民委员会选举（选举人：${RESIDENTS_ELECTORATES[electorate].name.zh}）`,
      en: `Residents' committee election (electorate: ${RESIDENTS_ELECTORATES[electorate].name.en})`,
    },
    sources: [
      {
        zh: '《中华人民共和国城市居民委员会组织法》（2018年修正）第八条：居民委员会主任、副主任和委员，由本居住地区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由每个居民小组选举代表二至三人选举产生。',
        en: "Organic Law of Urban Residents' Committees (2018), art. 8: the committee is elected by all residents with the right to vote, or by one representative per household, or, as residents wish, by two or three representatives elected by each residents' group.",
      },
      {
        zh: '同法未规定投票人数及当选票数；本规则包沿用《村民委员会组织法》第十五条的过半数规则、另行选举三分之一规则，与各地居民委员会选举规定的通行做法一致，使用前请对照当地规定。',
        en: "That law sets no quorum or winning threshold; this pack applies the majority and one-third runoff rules of art. 15 of the village law, as local residents' committee rules commonly do. Check them against the local rules before relying on it.",
      },
    ],
    electorate: RESIDENTS_ELECTORATES[electorate],
    defaultMinWomen: 1,
    notes: [
      {
        zh: '居民委员会成员中妇女名额：各地规定多为“应当有妇女成员”，默认至少1名。',
        en: 'Women members: local rules commonly require women on the committee; the default is at least one.',
      },
    ],
  };
}
