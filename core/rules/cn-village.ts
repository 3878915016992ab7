import type { RulePack } from './rule-pack.js';

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
  },
  name: {
    zh: '村民委员会选举（《村民委员会组织法》）',
    en: "Villagers' committee election (Organic Law of Villagers' Committees)",
  },
  sources: [
    {
      zh: '《中华人民共和国村民委员会组织法》（2018年修正）第十五条第一款：候选人名额应当多于应选名额。',
      en: "Organic Law of Villagers' Committees (2018), art. 15 para. 1: there shall be more candidates than seats.",
    },
    {
      zh: '同法第十五条第二款：有登记参加选举的村民过半数投票，选举有效；候选人获得参加投票的村民过半数的选票，始得当选。',
      en: 'Art. 15 para. 2: the election is valid when more than half of the registered voters vote; a candidate is elected only with more than half of the ballots of those who voted.',
    },
    {
      zh: '同法第十五条第二款：当选人数不足应选名额的，不足的名额另行选举；另行选举的，第一次投票未当选的人员得票多的为候选人，候选人以得票多的当选，但是所得票数不得少于已投选票数的三分之一。',
      en: 'Art. 15 para. 2: seats left open are filled by a runoff among the unelected with the most first-round votes; the highest is elected if he or she has at least one third of the ballots cast.',
    },
    {
      zh: '同法第六条第二款：村民委员会成员中，应当有妇女成员。',
      en: 'Art. 6 para. 2: the committee shall have women members.',
    },
    {
      zh: '各省、自治区、直辖市村民委员会选举办法通行的计票做法：收回选票多于发出选票的，选举无效；每一选票所选人数多于应选人数的，该选票无效；票数相等不能确定当选人时，就票数相等的候选人再次投票。',
      en: 'Common practice of the provincial election measures: more ballots returned than issued voids the election; a ballot naming more people than seats is void; a tie that decides a seat goes to a re-vote between the tied.',
    },
  ],
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
};

/** The 2018 pack under its former name. */
export const CN_VILLAGE = CN_VILLAGE_2018;
