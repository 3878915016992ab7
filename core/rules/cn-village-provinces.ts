import type { Bilingual } from '../model/finding.js';
import type { PackVersion, RulePack } from './rule-pack.js';
import { CN_VILLAGE_2018, CN_VILLAGE_2025 } from './cn-village.js';

/**
 * Provincial variants of `cn-village`, read from the provincial measures themselves (docs/rules.md
 * names each text, where it was read and what could not be read). Each keeps the national thresholds,
 * which these measures repeat, and adds only what its text was seen to say: when open seats may stay
 * vacant, the days within which a runoff is held, what the ballots returned are compared with, and
 * the post of a woman member. Quotations in `sources` are the texts' own words.
 *
 * A version builds on the national version in force when its text took effect (`national`):
 * `cn-village@2018` by default, `cn-village@2025` for a text in force from 2026-01-01. A provincial
 * version that began before 2026 runs on past that day with the 2018 thresholds, which are also
 * those of `cn-village@2025` (that version keeps them: its caveat says why).
 */
export function provincialVillagePack(
  fields: Pick<RulePack, 'family' | 'name'> & { readonly version: PackVersion } & Partial<
      Pick<
        RulePack,
        | 'runoffWithinDays'
        | 'vacancy'
        | 'onePersonTwoPosts'
        | 'womenMemberPost'
        | 'voidWhenReturnedExceedsIssued'
        | 'voidWhenReturnedExceedsVoters'
      >
    >,
  sources: readonly Bilingual[],
  notes: readonly Bilingual[],
  national: RulePack = CN_VILLAGE_2018,
): RulePack {
  // The thresholds of the national text; the days in force are the provincial text's own.
  return {
    ...national,
    ...(national === CN_VILLAGE_2018 ? RUNOFF_CANDIDATES_RENUMBERED : {}),
    ...fields,
    id: `${fields.family}@${fields.version.label}`,
    sources: [...sources, ...national.sources],
    notes,
  };
}

/**
 * A version built on `cn-village@2018` runs on past 2026-01-01, when the amended national text moved the
 * runoff-candidates provision from art. 15 para. 2 to art. 18 para. 2: an election from that day cites the latter.
 */
const RUNOFF_CANDIDATES_RENUMBERED: Pick<RulePack, 'runoffCandidatesRenumbered'> =
  CN_VILLAGE_2025.version && CN_VILLAGE_2025.runoffCandidatesUnelected
    ? {
        runoffCandidatesRenumbered: {
          from: CN_VILLAGE_2025.version.from,
          citation: CN_VILLAGE_2025.runoffCandidatesUnelected,
        },
      }
    : {};

/** Where a text voids the vote when more ballots come back than voters signed in: instead of "than issued". */
export const RETURNED_AGAINST_VOTERS = {
  voidWhenReturnedExceedsIssued: false,
  voidWhenReturnedExceedsVoters: true,
} as const;

const SAME_THRESHOLDS: Bilingual = {
  zh: '投票有效（登记选民过半数投票）、当选（参加投票的村民过半数选票）、另行选举（不少于已投选票的三分之一）、票数相等再次投票、多选的选票无效，均与《村民委员会组织法》第十五条（2025年修正文本第十八条）及通行做法相同。',
  en: 'Quorum (more than half of the registered voters), election (more than half of the ballots cast), runoff (at least one third of the ballots cast), a re-vote between the tied, and void overvoted ballots: as in art. 15 of the national law (art. 18 as amended in 2025) and the common practice.',
};

const AGAINST_VOTERS_NOTE: Bilingual = {
  zh: '收回选票与“投票人数”（签到投票的选民）比较，而不是与发出选票比较：计票单需载明投票人数（boxes.csv 的“投票人数”列，可选）。未载明时这一项无法检查，工具以 UNREAD_FIGURE 说明，不以发出选票代替。收回多于发出仍报告为 RETURNED_EXCEEDS_ISSUED（错误），但本办法未以此作为选举无效的条件。',
  en: 'The ballots returned are compared with the voters who signed in (投票人数), not with the ballots issued: the sheets must state them (the optional voters column of boxes.csv). Without it this cannot be checked, and UNREAD_FIGURE says so; the ballots issued are not used instead. More returned than issued is still reported as RETURNED_EXCEEDS_ISSUED (an error), but these measures do not make it void the election.',
};

const NO_AGGREGATION: Bilingual = {
  zh: '本办法没有把候选人在主任、副主任职位上的得票计入委员得票的规定；各职位分别计票。',
  en: 'These measures do not add the votes a candidate received for chair or vice-chair to his or her votes for member; each post is counted on its own.',
};

const ZHEJIANG_2020 = '《浙江省村民委员会选举办法》（2012年3月31日第二次修订，2020年7月31日修正）';

/** Zhejiang's 2020 text: in force until the amending decision of 2025-11-26, in force on publication. */
export const CN_VILLAGE_ZHEJIANG_2020 = provincialVillagePack(
  {
    family: 'cn-village-zhejiang',
    version: {
      label: '2020',
      statute: {
        zh: ZHEJIANG_2020,
        en: "Zhejiang Measures for Villagers' Committee Elections (second revision 31 March 2012, amended 31 July 2020)",
      },
      from: '2020-07-31',
      until: '2025-11-25',
    },
    name: { zh: '村民委员会选举（浙江省）', en: "Villagers' committee election (Zhejiang)" },
    runoffWithinDays: 30,
    vacancy: { after: 'runoff', minMembers: 3, chairElected: false, decidedBy: 'measures' },
    onePersonTwoPosts: 'void-ballot',
    womenMemberPost: 'kept-until-a-woman-is-elected',
    ...RETURNED_AGAINST_VOTERS,
  },
  [
    {
      zh: `${ZHEJIANG_2020}第二十七条：“参加投票的选民超过全体选民半数的，选举有效。每次选举所投的票数，等于或者少于投票人数的有效，多于投票人数的无效。每张选票所选人数，等于或者少于应选人数的有效，多于应选人数或者选举同一人为两项以上职务的无效。”`,
      en: "Zhejiang Measures for Villagers' Committee Elections (second revision 31 March 2012, amended 31 July 2020), art. 27: the election is valid when more than half of all voters take part; a vote in which more ballots are cast than there are voters is void; a ballot naming more people than seats, or the same person for two or more posts, is void. Counting from ballot records, a ballot naming the same person (a candidate or a write-in, by name) in two or more posts is void as a whole.",
    },
    {
      zh: '同办法第二十八条：“候选人或者自荐人、其他选民获得参加投票的选民的过半数选票，始得当选。获得过半数选票的人数超过应选名额时，以得票多的当选；如遇票数相等不能确定当选人时，应当就得票数相等的人进行再次投票，以得票多的当选。”',
      en: 'Art. 28: a person is elected with more than half of the ballots of those voting; a tie that decides a seat goes to a re-vote between the tied.',
    },
    {
      zh: '同办法第二十九条：“当选人数不足应选名额的，不足的名额另行选举。……另行选举以得票多的当选，但所得票数不得少于已投选票总数的三分之一。已选出的村民委员会成员中没有妇女成员的，另行选举时选票应当继续单列妇女委员职位。另行选举应当在选举投票日当日或者在选举投票日后的三十日内举行。”',
      en: 'Art. 29: open seats go to a runoff; the highest wins with at least one third of all ballots cast; while no woman is among the members elected, the runoff ballot keeps the separate post of a woman member; the runoff is held on the day of the vote or within thirty days after it.',
    },
    {
      zh: '同办法第三十条：“经另行选举，应选职位仍未选足，但村民委员会成员已选足三人，不足职位可以空缺。”',
      en: 'Art. 30: when posts are still open after the runoff but three committee members are elected, the open posts may stay vacant.',
    },
    {
      zh: '同办法第二十一条第三款：“选举时，一次性投票选举主任、副主任和委员。选票应当单列妇女委员职位。”第二条第二款：“村民委员会中，应当有妇女成员”；第三条：直接选举“可以实行有候选人的差额选举，也可以实行无候选人的自荐直选”。',
      en: 'Art. 21 para. 3: chair, vice-chairs and members are elected on one ballot, which lists a separate post for a woman member. Art. 2 para. 2: the committee has women members. Art. 3: competitive election with candidates, or self-nomination without candidates (自荐直选).',
    },
  ],
  [
    SAME_THRESHOLDS,
    AGAINST_VOTERS_NOTE,
    NO_AGGREGATION,
    {
      zh: '妇女委员职位：选举定义中 id 为 women-member 或名称含“妇女委员”的职位。第一次投票的定义没有该职位、该职位的候选人登记为男性、或另行选举时此前当选者中没有妇女而定义中没有该职位，均以 WOMEN_MEMBER_POST 提示。',
      en: 'The post of a woman member is the contest with id women-member or a name holding 妇女委员. A first round without it, a candidate for it stated as male, or a runoff without it while no woman is among the members elected earlier, is WOMEN_MEMBER_POST.',
    },
    {
      zh: '自荐直选没有候选人名单：election.json 中候选人为空的职位不作差额检查，所有得票者按另选他人计票。',
      en: 'Self-nomination elections have no candidate list: a contest with no candidates in election.json is not checked for 差额, and everyone voted for is counted as written in.',
    },
    {
      zh: '适用期间：自2020年7月31日修正（该修正决定的施行日期未能读到，按通过日期计）至2025年11月25日；2025年11月26日修改决定公布之日起施行。',
      en: 'In force from the amendment of 31 July 2020 (the date it was adopted: the date the amending decision took effect could not be read) to 25 November 2025; the amending decision of 26 November 2025 took effect on publication.',
    },
  ],
);

export const CN_VILLAGE_BEIJING = provincialVillagePack(
  {
    family: 'cn-village-beijing',
    version: {
      label: '2012',
      statute: {
        zh: '《北京市村民委员会选举办法》（2012年9月28日修订）',
        en: "Beijing Measures for Villagers' Committee Elections (revised 28 September 2012)",
      },
      from: '2012-11-01',
      caveat: {
        zh: '本文本第四条规定任期三年，与2018年修正的《村民委员会组织法》不一致，是否仍为现行文本未能核实；请向北京市人大常委会核对',
        en: "art. 4 of this text sets a three-year term, out of step with the national law as amended in 2018: whether it is still the text in force could not be verified; check with the Beijing People's Congress Standing Committee",
      },
    },
    name: { zh: '村民委员会选举（北京市）', en: "Villagers' committee election (Beijing)" },
    runoffWithinDays: 15,
    // "超过三人": more than three, so four at least.
    vacancy: { after: 'runoff', minMembers: 4, chairElected: true, decidedBy: 'villagers-meeting' },
    ...RETURNED_AGAINST_VOTERS,
  },
  [
    {
      zh: '《北京市村民委员会选举办法》（2012年9月28日修订）第三十条第三款：“另行选举后，当选人数超过三人并已选出村民委员会主任，但仍不足应选名额时，经村民会议或者村民代表会议决定，可以不再另行选举。”',
      en: "Beijing Measures for Villagers' Committee Elections (revised 28 September 2012), art. 30 para. 3: when after the runoff more than three members are elected, the chair among them, but seats are still open, the villagers' meeting or villagers' representatives' meeting may decide to hold no further runoff.",
    },
    {
      zh: '同办法第三十条第一款、第二款：“当选的村民委员会成员人数少于应选名额时，应当在十五日内就不足的名额另行选举。另行选举时，根据第一次投票时得票多少的顺序，差额确定候选人。候选人以得票多者当选，但得票数不得少于已投选票总数的三分之一。”',
      en: 'Art. 30 paras. 1 and 2: open seats go to a runoff within fifteen days, among candidates taken by their first-round votes; the highest wins with at least one third of all ballots cast.',
    },
    {
      zh: '同办法第二十八条：“选举村民委员会，有登记参加选举的村民过半数投票，选举有效。每次选举所投的票数，等于或者少于投票人数的有效，多于投票人数的无效；每一选票所选的人数，等于或者少于应选名额的有效，多于应选名额的无效。……废票计入选票总数。”',
      en: 'Art. 28: valid when more than half of the registered voters vote; a vote with more ballots than voters is void; a ballot naming more people than seats is void and still counts among the ballots.',
    },
    {
      zh: '同办法第二十九条：“候选人获得参加投票的村民过半数的选票，始得当选。……如遇票数相同，无法确定当选人时，应当就得票相同的候选人再次投票，以得票多者当选。”第三条：村民委员会“至少有一名妇女成员”。',
      en: 'Art. 29: elected with more than half of the ballots cast; a tie goes to a re-vote between the tied. Art. 3: at least one member is a woman.',
    },
  ],
  [
    SAME_THRESHOLDS,
    AGAINST_VOTERS_NOTE,
    NO_AGGREGATION,
    {
      zh: '现行性未能核实：本文本第四条规定“村民委员会每届任期三年”，而《村民委员会组织法》2018年修正后任期为五年；所查存档网页中未找到北京市此后修改本办法的文本。选举条款按2012年文本（2012年11月1日起施行）编码，使用前请向北京市人大常委会核对现行文本。',
      en: "Currency not verified: art. 4 of this text sets a three-year term, while the national law as amended in 2018 sets five years; no later Beijing text was found in the stored pages searched. The election articles are encoded as in the 2012 text: check the text in force with the Beijing People's Congress Standing Committee before relying on it.",
    },
  ],
);

export const CN_VILLAGE_SHANGHAI = provincialVillagePack(
  {
    family: 'cn-village-shanghai',
    version: {
      label: '2020',
      statute: {
        zh: '《上海市村民委员会选举办法》（2014年6月19日修订，2020年9月25日第三次修正）',
        en: "Shanghai Measures for Villagers' Committee Elections (revised 19 June 2014, third amendment 25 September 2020)",
      },
      from: '2020-09-25',
    },
    name: { zh: '村民委员会选举（上海市）', en: "Villagers' committee election (Shanghai)" },
    runoffWithinDays: 30,
    vacancy: { after: 'first', minMembers: 3, chairElected: false, decidedBy: 'villagers-meeting' },
    ...RETURNED_AGAINST_VOTERS,
  },
  [
    {
      zh: '《上海市村民委员会选举办法》（2014年6月19日修订，2020年9月25日第三次修正）第二十一条第一款：“当选村民委员会成员的人数少于应选名额时，当选人数达到三人的，不足的名额是否暂缺，由村民会议或者村民代表会议决定；当选人数未达到三人的，不足的名额，应当在三十日内另行选举。另行选举村民委员会时，根据第一次投票时得赞成票多少的顺序，按照差额确定候选人名单，候选人以得赞成票多的当选，但是得赞成票数不得少于选票的三分之一。”',
      en: "Shanghai Measures for Villagers' Committee Elections (revised 19 June 2014, third amendment 25 September 2020), art. 21 para. 1: when fewer are elected than seats, and three are elected, the villagers' meeting or villagers' representatives' meeting decides whether the open seats stay vacant; with fewer than three, the open seats go to a runoff within thirty days, won by the highest with at least one third of the ballots.",
    },
    {
      zh: '同办法第十九条：“选举村民委员会，有登记参加选举的村民过半数投票，选举有效。收回的票数，等于或者少于投票人数的有效，多于投票人数的无效。每一选票所选的人数，等于或者少于应选名额的为有效票，多于应选名额的为废票。”',
      en: 'Art. 19: valid when more than half of the registered voters vote; more ballots returned than voters voids the vote; a ballot naming more people than seats is void.',
    },
    {
      zh: '同办法第二十条：“获得参加投票的村民过半数赞成票的，始得当选村民委员会成员。……如遇票数相等，不能确定当选人时，应当就票数相等的人员再次投票，以得票多的当选。”第二条第三款：“村民委员会成员中，应当有妇女成员。”',
      en: 'Art. 20: elected with more than half of the ballots cast; a tie goes to a re-vote between the tied. Art. 2 para. 3: the committee has women members.',
    },
  ],
  [
    SAME_THRESHOLDS,
    AGAINST_VOTERS_NOTE,
    NO_AGGREGATION,
    {
      zh: '第二十一条所说“选票的三分之一”，按《村民委员会组织法》第十五条（2025年修正文本第十八条）“已投选票总数”理解为投票总数（含无效票）。该条未规定另行选举后仍未选足时如何处理，本工具对此沿用全国规则的提示。',
      en: "Art. 21's “one third of the ballots” is read, as art. 15 of the national law (art. 18 as amended in 2025) says with 已投选票总数, as the ballots cast (void ones included). The article does not say what follows a runoff that still leaves seats open; the tool says what it says under the national rules.",
    },
    {
      zh: '现行性：本文本第五条任期五年，与《村民委员会组织法》一致；所查存档网页中未找到2020年9月25日以后的修改。起始日期按第三次修正的通过日期计，其施行日期未能读到。',
      en: 'Currency: art. 5 sets a five-year term, as the national law does; no amendment after 25 September 2020 was found in the stored pages searched. The first day is the date the third amendment was adopted: the day it took effect could not be read.',
    },
  ],
);
