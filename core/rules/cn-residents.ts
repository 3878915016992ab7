import type { Bilingual } from '../model/finding.js';
import type { Electorate, PackVersion, RulePack, Threshold } from './rule-pack.js';
import { CN_VILLAGE_2018 } from './cn-village.js';
import { excerpt } from './excerpt.js';

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

/**
 * The 2025 text's election article, quoted from the revised law as the national law database gives it
 * (flk.npc.gov.cn; docs/rules.md, "Sources").
 */
const ART_19_PARA_1 =
  '选举居民委员会，采取全体有选举权的居民选举方式的，有选民的过半数参加投票，选举有效；采取每户派代表选举方式的，有户的代表的过半数参加投票，选举有效；采取居民代表选举方式的，有超过三分之二的居民代表参加投票，选举有效。';
const ART_19_PARA_2 =
  '候选人获得参加投票的人员过半数的选票，始得当选。当选人数不足应选名额的，不足的名额另行选举。另行选举的，第一次投票未当选的人员得票多的为候选人，候选人以得票多的当选，但是所得票数不得少于已投选票总数的三分之一。';

const RUNOFF_CANDIDATES_2025: Bilingual = {
  zh: `《城市居民委员会组织法》（2025年修订）第十九条第二款：“${excerpt(ART_19_PARA_2, '另行选举的，', '为候选人')}”`,
  en: "art. 19 para. 2 of the Organic Law of Urban Residents' Committees (2025): the candidates of a runoff are those not elected in the first vote with the most votes",
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
  },
};

const SOURCES: Record<ResidentsText, readonly Bilingual[]> = {
  '2018': [
    {
      zh: '《中华人民共和国城市居民委员会组织法》（2018年修正）第八条第一款：“居民委员会主任、副主任和委员，由本居住地区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由每个居民小组选举代表二至三人选举产生。”',
      en: "Organic Law of Urban Residents' Committees (2018), art. 8 para. 1: the committee is elected by all residents with the right to vote, or by one representative per household, or, as residents wish, by two or three representatives elected by each residents' group.",
    },
    {
      zh: '同法未规定投票人数及当选票数；这里沿用《村民委员会组织法》第十五条的过半数规则、另行选举三分之一规则，与各地居民委员会选举规定的通行做法一致，使用前请对照当地规定。',
      en: "That law sets no quorum or winning threshold; these rules apply the majority and one-third runoff rules of art. 15 of the village law, as local residents' committee rules commonly do. Check them against the local rules before relying on them.",
    },
  ],
  '2025': [
    {
      zh: '《中华人民共和国城市居民委员会组织法》（1989年12月26日通过，2018年12月29日修正，2025年10月28日第十四届全国人民代表大会常务委员会第十八次会议修订，2026年1月1日起施行）第十四条第一款：“居民委员会主任、副主任和委员，由本社区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由居民代表选举产生。”',
      en: "Organic Law of Urban Residents' Committees (revised 28 October 2025 at the 18th session of the 14th NPC Standing Committee, in force 1 January 2026), art. 14 para. 1: the committee is elected by all residents with the right to vote, or by one representative per household, or, as residents wish, by residents' representatives.",
    },
    {
      zh: `同法第十九条第一款：“${ART_19_PARA_1}”`,
      en: "Art. 19 para. 1: electing by all residents, the election is valid when more than half of the voters vote; by household representatives, when more than half of them vote; by residents' representatives, when more than two thirds of them vote.",
    },
    {
      zh: `同法第十九条第二款：“${ART_19_PARA_2}”`,
      en: 'Art. 19 para. 2: a candidate is elected only with more than half of the ballots of those who voted; seats left open go to a runoff among the unelected with the most first-round votes, and the highest is elected with at least one third of all ballots cast.',
    },
    {
      zh: '同法第十八条：“……候选人的名额应当多于应选名额。……”',
      en: 'Art. 18: there shall be more candidates than seats.',
    },
    {
      zh: '同法第八条第二款：“居民委员会成员中，应当有妇女成员。居民委员会成员实行近亲属回避。”',
      en: 'Art. 8 para. 2: the committee shall have women members; close relatives do not serve together.',
    },
    {
      zh: '同法未规定收回选票多于发出选票、一张选票多选时如何处理：这里按各地选举办法的通行做法（收回多于发出的，选举无效；多选的选票无效；票数相等的再次投票），使用前请对照当地选举办法（第十九条第五款：具体选举办法由省、自治区、直辖市的人民代表大会常务委员会规定）。',
      en: "The law does not say what follows more ballots returned than issued, or a ballot naming more people than seats: these rules follow the common practice of the local election measures (the election is void; the ballot is void; the tied go to a re-vote). Check them against the local measures (art. 19 para. 5: the provincial people's congress standing committees lay down the detailed election rules).",
    },
  ],
};

/** Votes needed for the election to be valid, by the way of electing: art. 19 para. 1 of the 2025 text. */
const QUORUM_2025: Record<ResidentsElectorate, Threshold> = {
  'all-residents': { num: 1, den: 2, strict: true, base: 'registered' },
  'household-representatives': { num: 1, den: 2, strict: true, base: 'registered' },
  'residents-representatives': { num: 2, den: 3, strict: true, base: 'registered' },
};

const NOTES: Record<ResidentsText, readonly Bilingual[]> = {
  '2018': [
    {
      zh: '居民委员会成员中妇女名额：各地规定多为“应当有妇女成员”，默认至少1名。',
      en: 'Women members: local rules commonly require women on the committee; the default is at least one.',
    },
  ],
  '2025': [
    {
      zh: '“有超过三分之二的居民代表参加投票”：参加投票的居民代表乘以3须大于居民代表总数乘以2，恰为三分之二的不足。“选民”“户的代表”“居民代表”均以登记的人数（registeredVoters）计，参加投票的人数以收回选票数计。',
      en: "“More than two thirds of the residents' representatives vote”: representatives voting × 3 must exceed all representatives × 2, so exactly two thirds is not enough. Voters, household representatives and residents' representatives are counted as registered (registeredVoters); those who vote as ballots returned.",
    },
    {
      zh: '第十九条第四款：选举期间外出的选民可以书面委托本社区其他选民代为投票，每一选民接受的委托不得超过三人，候选人不得接受委托投票；采取居民代表选举方式的，不实行委托投票。本工具不据计票单检查委托投票。',
      en: "Art. 19 para. 4: a voter away may appoint another voter of the community in writing to vote for him or her, no one may hold more than three proxies, candidates may hold none, and an election by residents' representatives allows no proxies. The tool does not check proxies from the tally sheets.",
    },
  ],
};

/**
 * 居民委员会选举, one pack per way of electing (the electorate), per version of the law. The 2018 law
 * names the three possible electorates but fixes no thresholds: its packs use the majority rules of the
 * village law, as provincial residents' committee rules commonly do. The 2025 law sets them itself
 * (art. 19), a higher turnout for an election by residents' representatives among them.
 */
export function cnResidentsPack(electorate: ResidentsElectorate, text: ResidentsText = '2018'): RulePack {
  const version = VERSIONS[text];
  const family = `cn-residents${RESIDENTS_ID_SUFFIX[electorate]}`;
  // The village law's runoff rule on candidates is not in the 2018 residents' law; the 2025 text has it.
  // Nor are its meetings (村民会议, 村民代表会议), which are the villages' own.
  const { runoffCandidatesUnelected: _village, meetings: _meetings, ...village } = CN_VILLAGE_2018;
  return {
    ...village,
    ...(text === '2025' ? { runoffCandidatesUnelected: RUNOFF_CANDIDATES_2025 } : {}),
    id: `${family}@${version.label}`,
    family,
    version,
    name: {
      zh: `居民委员会选举（选举人：${ELECTORATES[electorate].name.zh}）`,
      en: `Residents' committee election (electorate: ${ELECTORATES[electorate].name.en})`,
    },
    sources: SOURCES[text],
    electorate: ELECTORATES[electorate],
    ...(text === '2025' ? { quorum: QUORUM_2025[electorate] } : {}),
    defaultMinWomen: 1,
    notes: NOTES[text],
  };
}
