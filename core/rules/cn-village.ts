import type { Bilingual } from '../model/finding.js';
import { excerpt } from './excerpt.js';
import type { RulePack } from './rule-pack.js';

/** The quotations below are from the 2018 text as the national law database gives it (docs/rules.md). */
const ART_15_PARA_1 = '候选人的名额应当多于应选名额';
const ART_15_PARA_2_QUORUM_AND_MAJORITY =
  '选举村民委员会，有登记参加选举的村民过半数投票，选举有效；候选人获得参加投票的村民过半数的选票，始得当选。';
const ART_15_PARA_2_RUNOFF =
  '当选人数不足应选名额的，不足的名额另行选举。另行选举的，第一次投票未当选的人员得票多的为候选人，候选人以得票多的当选，但是所得票数不得少于已投选票总数的三分之一。';
/** The sentence of the runoff provision that makes a runoff's candidates those not elected in the first vote. */
const RUNOFF_CANDIDATES = (provision: string): string => excerpt(provision, '另行选举的，', '为候选人');
const ART_6_PARA_2 = '村民委员会成员中，应当有妇女成员，多民族村民居住的村应当有人数较少的民族的成员。';

const PROVINCIAL_PRACTICE: Bilingual = {
  zh: '各省、自治区、直辖市村民委员会选举办法通行的计票做法：收回选票多于发出选票的，选举无效；每一选票所选人数多于应选人数的，该选票无效；票数相等不能确定当选人时，就票数相等的候选人再次投票。',
  en: 'Common practice of the provincial election measures: more ballots returned than issued voids the election; a ballot naming more people than seats is void; a tie that decides a seat goes to a re-vote between the tied.',
};

/**
 * The meetings that elect the village affairs supervisory committee (2018 art. 32; 2025 art. 37: “由村民会议或者
 * 村民代表会议在村民中推选产生”) sit only with enough present: the words are the same in both texts, under the
 * numbers each gives them (2018 art. 22 para. 1 and art. 26 para. 2; 2025 art. 26 para. 1 and art. 30 para. 2).
 */
const VILLAGERS_MEETING =
  '召开村民会议，应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加，村民会议所作决定应当经到会人员的过半数通过。';
const REPRESENTATIVES_MEETING =
  '村民代表会议有三分之二以上的组成人员参加方可召开，所作决定应当经到会人员的过半数同意。';
const TWO_THIRDS = { num: 2, den: 3, strict: false, base: 'registered' } as const;
const MORE_THAN_HALF = { num: 1, den: 2, strict: true, base: 'registered' } as const;

/** The meetings' rules, cited by the articles of one text (`（2018年修正）第二十二条第一款`, `22 para. 1`). */
function meetingRules(
  text: string,
  villagers: { zh: string; en: string },
  representatives: { zh: string; en: string },
): NonNullable<RulePack['meetings']> {
  // One paragraph sets both routes of a villagers' meeting: the households' and the villagers' aged 18 or over.
  const villagersMeeting = {
    zh: `《村民委员会组织法》（${text}年修正）${villagers.zh}：“${VILLAGERS_MEETING}”`,
    en: `art. ${villagers.en} of the Organic Law of Villagers' Committees (${text}): a villagers' meeting sits with more than half of the villagers aged 18 or over, or the representatives of at least two thirds of the households, present`,
  };
  return {
    households: { threshold: TWO_THIRDS, citation: villagersMeeting },
    villagers: { threshold: MORE_THAN_HALF, citation: villagersMeeting },
    representatives: {
      threshold: TWO_THIRDS,
      citation: {
        zh: `《村民委员会组织法》（${text}年修正）${representatives.zh}：“${REPRESENTATIVES_MEETING}”`,
        en: `art. ${representatives.en} of the Organic Law of Villagers' Committees (${text}): a meeting of villagers' representatives sits only with at least two thirds of its members present`,
      },
    },
  };
}

/** What decides outcomes: the same in both versions, art. 18 of the 2025 text keeping the words of art. 15 of 2018. */
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

/** Where one text of the law puts the rules a count depends on, and the words it uses for them. */
interface ElectionArticles {
  /** The election article, as numbered in that text: `第十五条`, `15`. */
  readonly election: { readonly zh: string; readonly en: string };
  /** How the candidates sentence is quoted (it stands inside a longer paragraph). */
  readonly candidates: string;
  /** The women-member paragraph: its number, its words, and what it says in English. */
  readonly women: {
    readonly zh: string;
    readonly en: string;
    readonly text: string;
    readonly meaning: string;
  };
  /** Said after an article's English number, e.g. its number before an amendment. */
  readonly formerly?: { readonly election: string; readonly women: string };
}

/** The sources of the election rules, cited by the numbers and words of one text. */
function electionSources(articles: ElectionArticles, quotations: readonly [string, string]): Bilingual[] {
  const { election, women, formerly } = articles;
  const [quorumAndMajority, runoff] = quotations;
  return [
    {
      zh: `同法${election.zh}第一款：“${articles.candidates}”`,
      en: `Art. ${election.en} para. 1${formerly ? ` (${formerly.election})` : ''}: there shall be more candidates than seats.`,
    },
    {
      zh: `同法${election.zh}第二款：“${quorumAndMajority}”`,
      en: `Art. ${election.en} para. 2: the election is valid when more than half of the registered voters vote; a candidate is elected only with more than half of the ballots of those who voted.`,
    },
    {
      zh: `同法${election.zh}第二款：“${runoff}”`,
      en: `Art. ${election.en} para. 2: seats left open are filled by a runoff among the unelected with the most first-round votes; the highest is elected if he or she has at least one third of all ballots cast.`,
    },
    {
      zh: `同法${women.zh}：“${women.text}”`,
      en: `Art. ${women.en}${formerly ? ` (${formerly.women})` : ''}: ${women.meaning}.`,
    },
  ];
}

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
      zh: '《中华人民共和国村民委员会组织法》（2018年12月29日修正）。',
      en: "Organic Law of Villagers' Committees as amended on 29 December 2018.",
    },
    ...electionSources(
      {
        election: { zh: '第十五条', en: '15' },
        candidates: `${ART_15_PARA_1}。`,
        women: {
          zh: '第六条第二款',
          en: '6 para. 2',
          text: ART_6_PARA_2,
          meaning: 'the committee shall have women members',
        },
      },
      [ART_15_PARA_2_QUORUM_AND_MAJORITY, ART_15_PARA_2_RUNOFF],
    ),
    PROVINCIAL_PRACTICE,
  ],
  ...VILLAGE_RULES,
  runoffCandidatesUnelected: {
    zh: `《村民委员会组织法》（2018年修正）第十五条第二款：“${RUNOFF_CANDIDATES(ART_15_PARA_2_RUNOFF)}”`,
    en: "art. 15 para. 2 of the Organic Law of Villagers' Committees (2018): the candidates of a runoff are those not elected in the first vote with the most votes",
  },
  meetings: meetingRules(
    '2018',
    { zh: '第二十二条第一款', en: '22 para. 1' },
    { zh: '第二十六条第二款', en: '26 para. 2' },
  ),
};

/**
 * The 2025 text's quotations, from the amended law as the national law database gives it
 * (flk.npc.gov.cn; docs/rules.md, "Sources"). The amendment renumbered the election articles: the
 * former art. 15 is art. 18, the former art. 6 is art. 8. Their wording on what a count decides is
 * the same as in 2018, so the rules are too.
 */
const ART_18_PARA_1 = ART_15_PARA_1;
const ART_18_PARA_2_QUORUM_AND_MAJORITY = ART_15_PARA_2_QUORUM_AND_MAJORITY;
const ART_18_PARA_2_RUNOFF = ART_15_PARA_2_RUNOFF;
const ART_8_PARA_2 = '村民委员会成员中，应当有妇女成员。村民委员会成员实行近亲属回避。';

/** The law as amended by the decision of 28 October 2025, in force 1 January 2026. */
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
  },
  name: NAME,
  sources: [
    {
      zh: '《中华人民共和国村民委员会组织法》（根据2025年10月28日第十四届全国人民代表大会常务委员会第十八次会议《关于修改〈中华人民共和国村民委员会组织法〉的决定》修正，2026年1月1日起施行）。',
      en: "Organic Law of Villagers' Committees as amended by the decision of the 18th session of the 14th NPC Standing Committee of 28 October 2025, in force 1 January 2026.",
    },
    ...electionSources(
      {
        election: { zh: '第十八条', en: '18' },
        candidates: `……${ART_18_PARA_1}。……`,
        women: {
          zh: '第八条第二款',
          en: '8 para. 2',
          text: ART_8_PARA_2,
          meaning: 'the committee shall have women members; close relatives do not serve together',
        },
        formerly: { election: 'art. 15 before the amendment', women: 'art. 6 before the amendment' },
      },
      [ART_18_PARA_2_QUORUM_AND_MAJORITY, ART_18_PARA_2_RUNOFF],
    ),
    PROVINCIAL_PRACTICE,
  ],
  ...VILLAGE_RULES,
  runoffCandidatesUnelected: {
    zh: `《村民委员会组织法》（2025年修正）第十八条第二款：“${RUNOFF_CANDIDATES(ART_18_PARA_2_RUNOFF)}”`,
    en: "art. 18 para. 2 of the Organic Law of Villagers' Committees (2025): the candidates of a runoff are those not elected in the first vote with the most votes",
  },
  meetings: meetingRules(
    '2025',
    { zh: '第二十六条第一款', en: '26 para. 1' },
    { zh: '第三十条第二款', en: '30 para. 2' },
  ),
  notes: [
    {
      zh: '修正后条文序号：原第十五条为第十八条，原第六条为第八条；计票所依的措辞未变。第十八条第四款另规定候选人不得接受委托投票、每一村民接受委托不得超过三人，本工具不据计票单检查委托投票。',
      en: 'Numbers after the amendment: the former art. 15 is art. 18, the former art. 6 is art. 8; the words a count depends on are unchanged. Art. 18 para. 4 also bars candidates from voting as proxies and limits each villager to three proxies: the tool does not check proxies from the tally sheets.',
    },
  ],
};

/** The 2018 pack under its former name. */
export const CN_VILLAGE = CN_VILLAGE_2018;
