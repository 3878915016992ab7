import type { RulePack } from './rule-pack.js';

/**
 * 党的基层组织选举 (党员大会). `registered` counts the members with the right to vote due to attend
 * (应到会人数); `cast` counts those present who vote (ballots returned).
 */
export const CN_PARTY_BRANCH: RulePack = {
  id: 'cn-party-branch@2020',
  family: 'cn-party-branch',
  version: {
    label: '2020',
    statute: {
      zh: '《中国共产党基层组织选举工作条例》（2020年7月13日中共中央发布）',
      en: 'Regulations on Elections in Primary Organisations of the CPC (issued by the Central Committee, 13 July 2020)',
    },
    from: '2020-07-13',
  },
  name: {
    zh: '党的基层组织选举（党员大会）',
    en: 'Election in a primary Party organisation (general meeting of members)',
  },
  sources: [
    {
      zh: '《中国共产党基层组织选举工作条例》（2020年）：进行选举时，有选举权的到会人数超过应到会人数的五分之四，会议有效。',
      en: 'Regulations on Elections in Primary Organisations of the CPC (2020): the meeting is valid when more than four fifths of the members with the right to vote due to attend are present.',
    },
    {
      zh: '同条例：被选举人获得的赞成票超过实到会有选举权的人数的一半，始得当选；获得赞成票超过半数的被选举人多于应选名额时，以得票多少为序，至取足应选名额为止；最后几名票数相等时，就票数相等的被选举人再次投票。',
      en: 'Same regulations: a person is elected only with more than half of the votes of the members present with the right to vote; if more pass than there are seats, seats go by votes; a tie for the last seats goes to a re-vote between the tied.',
    },
    {
      zh: '同条例：收回的选票多于发出的选票，选举无效；所缺名额在未超过半数的人选中重新选举的，仍须超过半数，不按三分之一规则补足。',
      en: 'Same regulations: more ballots returned than issued voids the election; seats left open are voted again among those below half, still needing more than half (no one-third rule).',
    },
  ],
  overvote: 'void-ballot',
  electorate: {
    kind: 'members',
    name: { zh: '应到会有选举权的党员', en: 'members with the right to vote due to attend' },
  },
  quorum: { num: 4, den: 5, strict: true, base: 'registered' },
  voidWhenReturnedExceedsIssued: true,
  firstRound: { num: 1, den: 2, strict: true, base: 'cast' },
  unfilledSeats: 'runoff',
  runoff: { num: 1, den: 2, strict: true, base: 'cast' },
  ties: 'leave-open',
  defaultMinWomen: 0,
  competitive: true,
  notes: [
    {
      zh: '条例条文序号未逐条核对，引用时请以正式文本为准；“实到会人数”以收回选票数计。',
      en: 'Article numbers of the regulations were not checked one by one: cite the official text. Members present are counted as ballots returned.',
    },
  ],
};
