import type { Bilingual } from '../model/finding.js';
import type { RulePack } from './rule-pack.js';

/** The quotations below are from the 2018 text as the national law database gives it (docs/rules.md). */
const ART_15_PARA_1 = '候选人的名额应当多于应选名额';
const ART_15_PARA_2_QUORUM_AND_MAJORITY =
  '选举村民委员会，有登记参加选举的村民过半数投票，选举有效；候选人获得参加投票的村民过半数的选票，始得当选。';
const ART_15_PARA_2_RUNOFF =
  '当选人数不足应选名额的，不足的名额另行选举。另行选举的，第一次投票未当选的人员得票多的为候选人，候选人以得票多的当选，但是所得票数不得少于已投选票总数的三分之一。';
const ART_6_PARA_2 = '村民委员会成员中，应当有妇女成员，多民族村民居住的村应当有人数较少的民族的成员。';

const PROVINCIAL_PRACTICE: Bilingual = {
  zh: '各省、自治区、直辖市村民委员会选举办法通行的计票做法：收回选票多于发出选票的，选举无效；每一选票所选人数多于应选人数的，该选票无效；票数相等不能确定当选人时，就票数相等的候选人再次投票。',
  en: 'Common practice of the provincial election measures: more ballots returned than issued voids the election; a ballot naming more people than seats is void; a tie that decides a seat goes to a re-vote between the tied.',
};

/** What decides outcomes, the same in both versions as far as the texts read show (docs/rules.md). */
const VILLAGE_RULES = {
  overvote: 'void-ballot',
  electorate: { kind: 'voters', name: { zh: '登记选民', en: 'registered voters' } },
  quorum: { num: 1, den: 2, strict: true, base: 'registered' },
  voidWhenReturnedExceedsIssued: true,
  firstRound: { num: 1, den: 2, strict: true, base: 'cast' },
  unfilledSeats: 'runoff',
  runoff: { num: 1, den: 3, strict: false, base: 'cast' },
  ties: 'leave-open',
  defaultMinWomen: 1,
  competitive: true,
} as const satisfies Partial<RulePack>;

const NAME: Bilingual = {
  zh: '村民委员会选举（《村民委员会组织法》）',
  en: "Villagers' committee election (Organic Law of Villagers' Committees)",
};

/** 《中华人民共和国村民委员会组织法》 (2018 text) with the common provincial counting practice (contract §5). */
export const CN_VILLAGE_2018: RulePack = {
  id: 'cn-village@2018',
  family: 'cn-village',
  version: {
    label: '2018',
    statute: {
      zh: '《中华人民共和国村民委员会组织法》（2018年12月29日修正）',
      en: "Organic Law of Villagers' Committees (as amended 29 December 2018)",
    },
    from: '2018-12-29',
    until: '2025-12-31',
  },
  name: NAME,
  sources: [
    {
      zh: `《中华人民共和国村民委员会组织法》（2018年修正）第十五条第一款：“${ART_15_PARA_1}。”`,
      en: "Organic Law of Villagers' Committees (2018), art. 15 para. 1: there shall be more candidates than seats.",
    },
    {
      zh: `同法第十五条第二款：“${ART_15_PARA_2_QUORUM_AND_MAJORITY}”`,
      en: 'Art. 15 para. 2: the election is valid when more than half of the registered voters vote; a candidate is elected only with more than half of the ballots of those who voted.',
    },
    {
      zh: `同法第十五条第二款：“${ART_15_PARA_2_RUNOFF}”`,
      en: 'Art. 15 para. 2: seats left open are filled by a runoff among the unelected with the most first-round votes; the highest is elected if he or she has at least one third of all ballots cast.',
    },
    {
      zh: `同法第六条第二款：“${ART_6_PARA_2}”`,
      en: 'Art. 6 para. 2: the committee shall have women members.',
    },
    PROVINCIAL_PRACTICE,
  ],
  ...VILLAGE_RULES,
};

/**
 * The law as amended by the decision of 28 October 2025, in force 1 January 2026. The amended text's
 * election articles could not be read in full where this pack was written (docs/rules.md, "Sources"):
 * it keeps the 2018 rules, which the reports of the amendment do not say changed, cites them by their
 * 2018 wording and numbers, and says so in every report that applies it (`caveat`).
 */
export const CN_VILLAGE_2025: RulePack = {
  id: 'cn-village@2025',
  family: 'cn-village',
  version: {
    label: '2025',
    statute: {
      zh: '《中华人民共和国村民委员会组织法》（2025年10月28日修正，2026年1月1日起施行）',
      en: "Organic Law of Villagers' Committees (as amended 28 October 2025, in force 1 January 2026)",
    },
    from: '2026-01-01',
    caveat: {
      zh: '2025年修正文本的选举条文未能在此逐条核对：本版本沿用2018年文本的规则，条文按2018年文本的序号和措辞引用（修正决定增加了第五条、第七条，条文序号随之调整）；请对照正式文本',
      en: 'the election articles of the 2025 text could not be checked one by one here: this version keeps the rules of the 2018 text and cites them by its numbers and wording (the amending decision inserted new articles 5 and 7 and renumbered the rest); check against the official text',
    },
  },
  name: NAME,
  sources: [
    {
      zh: '《全国人民代表大会常务委员会关于修改〈中华人民共和国村民委员会组织法〉的决定》（2025年10月28日第十四届全国人民代表大会常务委员会第十八次会议通过，2026年1月1日起施行）。',
      en: "Decision of the NPC Standing Committee amending the Organic Law of Villagers' Committees (adopted 28 October 2025 at the 18th session of the 14th NPC Standing Committee, in force 1 January 2026).",
    },
    {
      zh: `修正前第十五条第一款（修正后序号未核对）：“${ART_15_PARA_1}。”`,
      en: 'Former art. 15 para. 1 (its number in the amended text not checked): there shall be more candidates than seats.',
    },
    {
      zh: `修正前第十五条第二款：“${ART_15_PARA_2_QUORUM_AND_MAJORITY}”`,
      en: 'Former art. 15 para. 2: the election is valid when more than half of the registered voters vote; a candidate is elected only with more than half of the ballots of those who voted.',
    },
    {
      zh: `修正前第十五条第二款：“${ART_15_PARA_2_RUNOFF}”`,
      en: 'Former art. 15 para. 2: seats left open go to a runoff; the highest is elected with at least one third of all ballots cast.',
    },
    {
      zh: `修正前第六条第二款：“${ART_6_PARA_2}”（新华社报道修正后该条仍要求有妇女成员）`,
      en: 'Former art. 6 para. 2: the committee shall have women members (reported by Xinhua as kept by the amendment).',
    },
    PROVINCIAL_PRACTICE,
  ],
  ...VILLAGE_RULES,
  notes: [
    {
      zh: '修正后文本的条文序号与措辞未逐条核对：引用时请以全国人大常委会公布的正式文本为准。',
      en: 'The numbers and wording of the amended articles were not checked one by one: cite the official text published by the NPC Standing Committee.',
    },
  ],
};

/** The 2018 pack under its former name. */
export const CN_VILLAGE = CN_VILLAGE_2018;
