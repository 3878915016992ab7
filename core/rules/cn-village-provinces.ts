import type { Bilingual } from '../model/finding.js';
import type { RulePack } from './rule-pack.js';
import { CN_VILLAGE } from './cn-village.js';

/**
 * Provincial variants of `cn-village`, read from the provincial measures themselves (docs/rules.md
 * names the text and where it was read). Each keeps the national thresholds, which these measures
 * repeat, and adds only what its text was seen to change: when open seats may stay vacant, and the
 * days within which a runoff is held.
 */
function provincialPack(
  fields: Pick<RulePack, 'id' | 'name' | 'runoffWithinDays' | 'vacancy' | 'onePersonTwoPosts'>,
  sources: readonly Bilingual[],
  notes: readonly Bilingual[],
): RulePack {
  // Not yet versioned: these measures' own dates are for their packs to declare (see rule-pack.ts).
  const { version: _national, ...thresholds } = CN_VILLAGE;
  return {
    ...thresholds,
    ...fields,
    family: fields.id,
    sources: [...sources, ...CN_VILLAGE.sources],
    notes,
  };
}

const SAME_THRESHOLDS: Bilingual = {
  zh: '投票有效（登记选民过半数投票）、当选（参加投票的村民过半数选票）、另行选举（不少于已投选票的三分之一）、票数相等再次投票、收回票多于投票人数选举无效、多选的选票无效，均与《村民委员会组织法》第十五条及通行做法相同。',
  en: 'Quorum (more than half of the registered voters), election (more than half of the ballots cast), runoff (at least one third of the ballots cast), a re-vote between the tied, a void election when more ballots come back than voters, and void overvoted ballots: as in art. 15 of the national law and the common practice.',
};

const NO_AGGREGATION: Bilingual = {
  zh: '本办法没有把候选人在主任、副主任职位上的得票计入委员得票的规定；各职位分别计票。',
  en: 'These measures do not add the votes a candidate received for chair or vice-chair to his or her votes for member; each post is counted on its own.',
};

export const CN_VILLAGE_ZHEJIANG = provincialPack(
  {
    id: 'cn-village-zhejiang',
    name: { zh: '村民委员会选举（浙江省）', en: "Villagers' committee election (Zhejiang)" },
    runoffWithinDays: 30,
    vacancy: { after: 'runoff', minMembers: 3, chairElected: false, decidedBy: 'measures' },
    onePersonTwoPosts: 'void-ballot',
  },
  [
    {
      zh: '同办法第二十七条：一张选票把同一人选为两项以上职务的，该选票无效。按选票记录计票时，同一姓名（候选人或另选他人）出现在两个以上职位中的选票整张作废。',
      en: 'Art. 27: a ballot that chooses the same person for two or more posts is void. Counting from ballot records, a ballot naming the same person (a candidate or a write-in, by name) in two or more posts is void as a whole.',
    },
    {
      zh: '《浙江省村民委员会选举办法》（2012年3月31日第二次修订，2020年7月31日修正）第三十条：另行选举后职位仍未选足，而村民委员会成员已有三人的，未选出的职位可以空缺。',
      en: "Zhejiang Measures for Villagers' Committee Elections (second revision 31 March 2012, amended 31 July 2020), art. 30: when posts are still open after the runoff but three committee members are elected, the open posts may stay vacant.",
    },
    {
      zh: '同办法第二十九条：未选足的名额另行选举，以第一次投票未当选者得票多少确定候选人，得票最多者当选但须不少于已投选票总数的三分之一；另行选举在投票当日或其后三十日内举行。',
      en: 'Art. 29: open seats go to a runoff among those unelected in the first vote, by their votes; the highest wins with at least one third of all ballots cast; the runoff is held on the day of the vote or within thirty days after it.',
    },
    {
      zh: '同办法第二十七条、第二十八条：参加投票的选民超过全体选民半数，选举有效；获得参加投票选民的过半数选票始得当选；票数相等不能确定当选人的，就票数相等者再次投票。',
      en: 'Arts. 27 and 28: the election is valid when more than half of all voters take part; a person is elected with more than half of the ballots of those voting; a tie that decides a seat goes to a re-vote between the tied.',
    },
    {
      zh: '同办法第二条、第三条、第二十一条：村民委员会三至七人，应有妇女成员；可以有候选人差额选举，也可以无候选人自荐直选；主任、副主任、委员一次投票选出，选票单列妇女委员职位。',
      en: 'Arts. 2, 3 and 21: three to seven members, with women members; competitive election with candidates, or self-nomination without candidates (自荐直选); chair, vice-chairs and members on one ballot, with a separate post for a woman member.',
    },
  ],
  [
    SAME_THRESHOLDS,
    NO_AGGREGATION,
    {
      zh: '自荐直选没有候选人名单：election.json 中候选人为空的职位不作差额检查，所有得票者按另选他人计票。',
      en: 'Self-nomination elections have no candidate list: a contest with no candidates in election.json is not checked for 差额, and everyone voted for is counted as written in.',
    },
  ],
);

export const CN_VILLAGE_BEIJING = provincialPack(
  {
    id: 'cn-village-beijing',
    name: { zh: '村民委员会选举（北京市）', en: "Villagers' committee election (Beijing)" },
    runoffWithinDays: 15,
    // "超过三人": more than three, so four at least.
    vacancy: { after: 'runoff', minMembers: 4, chairElected: true, decidedBy: 'villagers-meeting' },
  },
  [
    {
      zh: '《北京市村民委员会选举办法》（2012年9月28日修订，2012年11月1日起施行）第三十条第三款：另行选举后当选人数超过三人且已选出主任，但仍不足应选名额的，经村民会议或者村民代表会议决定，可以不再另行选举。',
      en: "Beijing Measures for Villagers' Committee Elections (revised 28 September 2012, in force 1 November 2012), art. 30 para. 3: when after the runoff more than three members are elected, the chair among them, but seats are still open, the villagers' meeting or villagers' representatives' meeting may decide to hold no further runoff.",
    },
    {
      zh: '同办法第三十条第一款、第二款：当选人数少于应选名额的，在十五日内就不足名额另行选举；按第一次投票得票多少差额确定候选人，得票最多者当选但须不少于已投选票总数的三分之一。',
      en: 'Art. 30 paras. 1 and 2: open seats go to a runoff within fifteen days, among candidates taken by their first-round votes; the highest wins with at least one third of all ballots cast.',
    },
    {
      zh: '同办法第二十八条、第二十九条：登记参加选举的村民过半数投票，选举有效；所投票数多于投票人数的无效；所选人数多于应选名额的选票无效，废票计入选票总数；获得参加投票村民过半数选票始得当选；票数相同的，就票数相同者再次投票。',
      en: 'Arts. 28 and 29: valid when more than half of the registered voters vote; more ballots than voters voids the vote; a ballot naming more people than seats is void and still counts among the ballots; elected with more than half of the ballots cast; a tie goes to a re-vote between the tied.',
    },
    {
      zh: '同办法第三条：村民委员会三至七人，至少有一名妇女成员。',
      en: 'Art. 3: three to seven members, at least one of them a woman.',
    },
  ],
  [SAME_THRESHOLDS, NO_AGGREGATION],
);

export const CN_VILLAGE_SHANGHAI = provincialPack(
  {
    id: 'cn-village-shanghai',
    name: { zh: '村民委员会选举（上海市）', en: "Villagers' committee election (Shanghai)" },
    runoffWithinDays: 30,
    vacancy: { after: 'first', minMembers: 3, chairElected: false, decidedBy: 'villagers-meeting' },
  },
  [
    {
      zh: '《上海市村民委员会选举办法》（2014年6月19日修订，2020年9月25日修正）第二十一条第一款：当选人数少于应选名额时，当选人数已达三人的，不足名额是否暂缺由村民会议或者村民代表会议决定；不足三人的，不足名额在三十日内另行选举，得票最多者当选但须不少于选票的三分之一。',
      en: "Shanghai Measures for Villagers' Committee Elections (revised 19 June 2014, amended 25 September 2020), art. 21 para. 1: when fewer are elected than seats, and three are elected, the villagers' meeting or villagers' representatives' meeting decides whether the open seats stay vacant; with fewer than three, the open seats go to a runoff within thirty days, won by the highest with at least one third of the ballots.",
    },
    {
      zh: '同办法第十九条、第二十条：登记参加选举的村民过半数投票，选举有效；收回票数多于投票人数的无效；所选人数多于应选名额的选票为废票；获得参加投票村民过半数赞成票始得当选；票数相等的，就票数相等者再次投票。',
      en: 'Arts. 19 and 20: valid when more than half of the registered voters vote; more ballots returned than voters voids the vote; a ballot naming more people than seats is void; elected with more than half of the ballots cast; a tie goes to a re-vote between the tied.',
    },
    {
      zh: '同办法第二条：村民委员会三至七人，应有妇女成员。',
      en: 'Art. 2: three to seven members, with women members.',
    },
  ],
  [
    SAME_THRESHOLDS,
    NO_AGGREGATION,
    {
      zh: '第二十一条所说“选票的三分之一”，按《村民委员会组织法》第十五条“已投选票数”理解为投票总数（含无效票）。该条未规定另行选举后仍未选足时如何处理，本工具对此沿用全国规则的提示。',
      en: "Art. 21's 'one third of the ballots' is read, as art. 15 of the national law says, as the ballots cast (void ones included). The article does not say what follows a runoff that still leaves seats open; the tool says what it says under the national rules.",
    },
  ],
);
