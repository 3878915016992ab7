import type { Bilingual } from '../model/finding.js';
import type { Electorate, PackVersion, RulePack } from './rule-pack.js';
import { CN_VILLAGE_2018 } from './cn-village.js';

export const RESIDENTS_ELECTORATES = [
  'all-residents',
  'household-representatives',
  'residents-representatives',
] as const;
export type ResidentsElectorate = (typeof RESIDENTS_ELECTORATES)[number];

const ELECTORATES: Record<ResidentsElectorate, Electorate> = {
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

/** How a residents' pack family names its electorate: `cn-residents`, `cn-residents:households` … */
export const RESIDENTS_ID_SUFFIX: Record<ResidentsElectorate, string> = {
  'all-residents': '',
  'household-representatives': ':households',
  'residents-representatives': ':representatives',
};

/** The versions of the residents' committee law this project encodes. */
export type ResidentsText = '2018' | '2025';

const VERSIONS: Record<ResidentsText, PackVersion> = {
  '2018': {
    label: '2018',
    statute: {
      zh: '《中华人民共和国城市居民委员会组织法》（2018年12月29日修正）',
      en: "Organic Law of Urban Residents' Committees (as amended 29 December 2018)",
    },
    from: '2018-12-29',
    until: '2025-12-31',
  },
  '2025': {
    label: '2025',
    statute: {
      zh: '《中华人民共和国城市居民委员会组织法》（2025年10月28日修订，2026年1月1日起施行）',
      en: "Organic Law of Urban Residents' Committees (revised 28 October 2025, in force 1 January 2026)",
    },
    from: '2026-01-01',
    caveat: {
      zh: '2025年修订的本法有专章规定居民委员会的选举（第三章），可能对每种选举方式规定了各自的投票人数要求和当选票数；该章未能在此逐条核对，本版本仍按2018年版本的做法适用村民委员会组织法的过半数和三分之一规则，使用前请对照正式文本',
      en: "the 2025 revision of this law has a chapter of its own on elections (chapter 3), which may set a turnout rule and winning threshold for each way of electing; that chapter could not be checked here, so this version still applies, as the 2018 version did, the village law's majority and one-third rules: check against the official text before relying on it",
    },
  },
};

const SOURCES: Record<ResidentsText, readonly Bilingual[]> = {
  '2018': [
    {
      zh: '《中华人民共和国城市居民委员会组织法》（2018年修正）第八条第一款：“居民委员会主任、副主任和委员，由本居住地区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由每个居民小组选举代表二至三人选举产生。”',
      en: "Organic Law of Urban Residents' Committees (2018), art. 8 para. 1: the committee is elected by all residents with the right to vote, or by one representative per household, or, as residents wish, by two or three representatives elected by each residents' group.",
    },
    {
      zh: '同法未规定投票人数及当选票数；本规则包沿用《村民委员会组织法》第十五条的过半数规则、另行选举三分之一规则，与各地居民委员会选举规定的通行做法一致，使用前请对照当地规定。',
      en: "That law sets no quorum or winning threshold; this pack applies the majority and one-third runoff rules of art. 15 of the village law, as local residents' committee rules commonly do. Check them against the local rules before relying on it.",
    },
  ],
  '2025': [
    {
      zh: '《中华人民共和国城市居民委员会组织法》（1989年12月26日通过，2018年12月29日修正，2025年10月28日第十四届全国人民代表大会常务委员会第十八次会议修订，2026年1月1日起施行），共七章五十条，第三章“居民委员会的选举”。',
      en: "Organic Law of Urban Residents' Committees (adopted 26 December 1989, amended 29 December 2018, revised 28 October 2025 at the 18th session of the 14th NPC Standing Committee, in force 1 January 2026): seven chapters, fifty articles; chapter 3, elections of the residents' committee.",
    },
    {
      zh: '第三章的条文未能在此逐条核对：本规则包不引用其条文，仍沿用《村民委员会组织法》的过半数规则、另行选举三分之一规则（见2018年版本），使用前请对照正式文本和当地选举办法。',
      en: "The articles of chapter 3 could not be checked here: this pack quotes none of them and still applies the village law's majority and one-third runoff rules (as the 2018 version), to be checked against the official text and the local election measures before relying on it.",
    },
  ],
};

/**
 * 居民委员会选举, one pack per way of electing (the electorate), per version of the law. The 2018 law
 * names the three possible electorates but fixes no thresholds; the pack uses the majority rules of the
 * village law, as provincial residents' committee rules commonly do.
 */
export function cnResidentsPack(electorate: ResidentsElectorate, text: ResidentsText = '2018'): RulePack {
  const version = VERSIONS[text];
  const family = `cn-residents${RESIDENTS_ID_SUFFIX[electorate]}`;
  return {
    ...CN_VILLAGE_2018,
    id: `${family}@${version.label}`,
    family,
    version,
    name: {
      zh: `居民委员会选举（选举人：${ELECTORATES[electorate].name.zh}）`,
      en: `Residents' committee election (electorate: ${ELECTORATES[electorate].name.en})`,
    },
    sources: SOURCES[text],
    electorate: ELECTORATES[electorate],
    defaultMinWomen: 1,
    notes: [
      {
        zh: '居民委员会成员中妇女名额：各地规定多为“应当有妇女成员”，默认至少1名。',
        en: 'Women members: local rules commonly require women on the committee; the default is at least one.',
      },
    ],
  };
}
