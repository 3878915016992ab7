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
    caveat: {
      zh: '2020年条例的选举条文未能在此逐条核对，本规则包按1990年暂行条例的措辞判断（到会超过五分之四、赞成票超过实到会人数的一半），使用前请对照正式文本',
      en: 'the election articles of the 2020 regulations could not be checked one by one here; this pack judges by the wording of the 1990 interim regulations (more than four fifths present, more than half of those present to win): check against the official text before relying on it',
    },
  },
  name: {
    zh: '党的基层组织选举（党员大会）',
    en: 'Election in a primary Party organisation (general meeting of members)',
  },
  sources: [
    {
      zh: '《中国共产党基层组织选举工作条例》（2020年6月29日中共中央政治局会议审议批准，2020年7月13日中共中央发布）。',
      en: 'Regulations on Elections in Primary Organisations of the CPC (approved by the Political Bureau on 29 June 2020, issued by the Central Committee on 13 July 2020).',
    },
    {
      zh: '本规则包所用规则：有选举权的到会人数超过应到会人数的五分之四，会议有效；被选举人获得的赞成票超过实到会有选举权的人数的一半，始得当选；获得赞成票超过半数的被选举人多于应选名额时，以得票多少为序；最后几名票数相等时，就票数相等的被选举人再次投票；收回的选票多于发出的选票，选举无效；所缺名额在未超过半数的人选中重新选举，仍须超过半数。这是《中国共产党基层组织选举工作暂行条例》（1990年）的措辞。',
      en: 'The rules this pack applies: the meeting is valid when more than four fifths of the members with the right to vote due to attend are present; a person is elected only with more than half of the votes of the members present with the right to vote; if more pass than there are seats, seats go by votes; a tie for the last seats goes to a re-vote between the tied; more ballots returned than issued voids the election; seats left open are voted again among those below half, still needing more than half. This is the wording of the 1990 interim regulations.',
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
      zh: '2020年条例的选举条文未能在此逐条核对。二手资料称其要求有选举权的到会人数“不少于”应到会人数的五分之四（暂行条例为“超过”）：未经正式文本核实，本规则包不据此判断；到会人数恰为五分之四时，TURNOUT_BELOW_QUORUM 取决于这一措辞，请对照正式文本。“实到会人数”以收回选票数计。',
      en: 'The election articles of the 2020 regulations could not be checked one by one here. Secondary sources report that they require members present to be "not less than" four fifths of those due to attend (the interim regulations said "more than"): not confirmed in the official text, so this pack does not judge by them. With exactly four fifths present, TURNOUT_BELOW_QUORUM depends on that wording: check the official text. Members present are counted as ballots returned.',
    },
    {
      zh: '差额：本规则包只检查候选人多于应选名额。二手资料称2020年条例要求委员候选人的差额不少于应选人数的20%，未经正式文本核实，不据此判断。',
      en: '差额: this pack only checks that there are more candidates than seats. Secondary sources report that the 2020 regulations require at least 20 % more candidates than seats for committee members: not confirmed in the official text, so not judged by.',
    },
  ],
};
