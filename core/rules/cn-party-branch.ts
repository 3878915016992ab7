import type { RulePack } from './rule-pack.js';

/**
 * 党的基层组织选举 (党员大会). `registered` counts the members with the right to vote due to attend
 * (应到会有选举权人数); `cast` counts those present who vote (ballots returned), taken as the members
 * present (到会人数, 实到会人数). Both texts were read in full (docs/rules.md, "cn-party-branch").
 */
const ELECTORATE: RulePack['electorate'] = {
  kind: 'members',
  name: { zh: '应到会有选举权的党员', en: 'members with the right to vote due to attend' },
};

const NAME: RulePack['name'] = {
  zh: '党的基层组织选举（党员大会）',
  en: 'Election in a primary Party organisation (general meeting of members)',
};

const PRESENT_AS_RETURNED = {
  zh: '到会人数（实到会人数）以收回选票数计：到会而未投票的党员不在其中，投票前请核对签到人数。',
  en: 'Members present are counted as ballots returned: members present who do not vote are not among them; check the attendance record before relying on the quorum.',
};

const TWENTY_PERCENT = {
  zh: '差额按应选人数的20%检查：候选人多于应选人数的部分乘以5，须不少于应选人数（如应选5名至少6名候选人，应选6名至少8名）。书记、副书记由委员会全体会议选举，不在党员大会选举之列。',
  en: '差额 is checked against 20 % of the seats: the candidates beyond the seats, times 5, must be at least the seats (5 seats need 6 candidates, 6 seats need 8). Secretaries and deputy secretaries are elected by the committee in plenary session, not by the general meeting.',
};

/** What the two texts say alike (art. 27 and 29 para. 2 of both; art. 12 of 1990, 13 of 2020). */
const ALIKE = {
  name: NAME,
  overvote: 'void-ballot',
  electorate: ELECTORATE,
  voidWhenReturnedExceedsIssued: false,
  voidWhenReturnedExceedsVoters: true,
  unfilledSeats: 'runoff',
  ties: 'leave-open',
  defaultMinWomen: 0,
  competitive: true,
  minCandidateMargin: { num: 1, den: 5 },
} as const satisfies Partial<RulePack>;

/** The 1990 interim regulations, in force until the 2020 regulations repealed them. */
export const CN_PARTY_BRANCH_1990: RulePack = {
  id: 'cn-party-branch@1990',
  family: 'cn-party-branch',
  version: {
    label: '1990',
    statute: {
      zh: '《中国共产党基层组织选举工作暂行条例》（1990年6月27日中共中央印发）',
      en: 'Interim Regulations on Elections in Primary Organisations of the CPC (issued by the Central Committee, 27 June 1990)',
    },
    from: '1990-06-27',
    until: '2020-07-12',
  },
  ...ALIKE,
  sources: [
    {
      zh: '《中国共产党基层组织选举工作暂行条例》（1990年6月27日中共中央印发）。',
      en: 'Interim Regulations on Elections in Primary Organisations of the CPC (issued by the Central Committee on 27 June 1990).',
    },
    {
      zh: '第十二条：“委员候选人的差额为应选人数的20%。”',
      en: 'Art. 12: the candidates for committee members exceed the seats by 20 % of the seats.',
    },
    {
      zh: '第十九条：“进行选举时，有选举权的到会人数超过应到会人数的五分之四，会议有效。”',
      en: 'Art. 19: the meeting is valid when more than four fifths of the members with the right to vote due to attend are present.',
    },
    {
      zh: '第二十七条：“选举收回的选票，少于投票人数，选举有效；多于投票人数，选举无效，应重新选举。”“每一选票所选人数少于规定应选人数的为有效票，多于规定应选人数的为无效票。”',
      en: 'Art. 27: more ballots returned than members voting voids the election, which is held again; a ballot choosing more persons than the seats is void.',
    },
    {
      zh: '第二十九条：“进行正式选举时，被选举人获得的赞成票超过实到会有选举权的人数的一半，始得当选。”“当选人多于应选名额时，以得票多的当选。如遇票数相等不能确定当选人时，应就票数相等的被选举人重新投票，得票多的当选。”“当选人少于应选名额时，对不足的名额另行选举。如果接近应选名额，也可以减少名额，不再进行选举。”',
      en: 'Art. 29: elected only with more than half of the votes of the members with the right to vote present; more passing than seats: by votes, a tie re-voted; fewer: the open seats are elected again, or, close to the number, the seats may be reduced.',
    },
  ],
  quorum: { num: 4, den: 5, strict: true, base: 'registered' },
  firstRound: { num: 1, den: 2, strict: true, base: 'cast' },
  runoff: { num: 1, den: 2, strict: true, base: 'cast' },
  notes: [
    {
      zh: '适用期间：1990年6月27日至2020年7月12日（2020年7月13日发布的《中国共产党基层组织选举工作条例》第四十一条同时废止本条例）。',
      en: 'In force: from 27 June 1990 to 12 July 2020 (art. 41 of the regulations issued on 13 July 2020 repealed them).',
    },
    PRESENT_AS_RETURNED,
    {
      zh: '第二十七条以投票人数为准：收回选票多于投票人数（boxes.csv 的 voters 列）的，选举无效；多于发出选票而未多于投票人数的，报告该差错但不据此判定选举无效。第十二条“差额为应选人数的20%”只检查是否不足20%。另行选举仍须超过实到会人数的一半（第二十九条未另定标准）；“接近应选名额”时减少名额由会议决定，本工具不代为判断。',
      en: 'Art. 27 measures ballots returned against members voting: more returned than the voters (the voters column of boxes.csv) voids the election; more than issued but not more than voters is reported, not taken to void it. Art. 12 (“差额为应选人数的20%”) is checked for falling short of 20 % only. A runoff still needs more than half of those present (art. 29 sets no other figure); whether to reduce the seats when close to the number is the meeting’s decision, which the tool does not make.',
    },
    TWENTY_PERCENT,
  ],
};

/** The 2020 regulations, in force from their issue on 13 July 2020. */
export const CN_PARTY_BRANCH_2020: RulePack = {
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
  ...ALIKE,
  sources: [
    {
      zh: '《中国共产党基层组织选举工作条例》（2020年6月29日中共中央政治局会议审议批准，2020年7月13日中共中央发布）。',
      en: 'Regulations on Elections in Primary Organisations of the CPC (approved by the Political Bureau on 29 June 2020, issued by the Central Committee on 13 July 2020).',
    },
    {
      zh: '第十三条：“委员候选人的差额不少于应选人数的20%。”',
      en: 'Art. 13: the candidates for committee members exceed the seats by at least 20 % of the seats.',
    },
    {
      zh: '第十九条：“进行选举时，有选举权的到会人数不少于应到会人数的五分之四，会议有效。”',
      en: 'Art. 19: the meeting is valid when at least four fifths of the members with the right to vote due to attend are present.',
    },
    {
      zh: '第二十七条：“选举收回的选票数，等于或者少于投票人数，选举有效；多于投票人数，选举无效，应当重新选举。”“每一选票所选人数，等于或者少于规定应选人数的为有效票，多于规定应选人数的为无效票。”',
      en: 'Art. 27: ballots returned equal to or fewer than the members voting: valid; more: the election is void and held again. A ballot choosing more persons than the seats is void.',
    },
    {
      zh: '第二十九条：“进行正式选举时，被选举人获得的赞成票超过应到会有选举权人数半数的，始得当选。”“获得赞成票超过半数的被选举人数多于应选名额时，以得票多少为序，至取足应选名额为止。如遇票数相等不能确定当选人时，应当就票数相等的被选举人再次投票，得赞成票多的当选。”“获得赞成票超过半数的被选举人数少于应选名额时，对不足的名额另行选举。如果接近应选名额，经半数以上选举人同意或者大会主席团决定，也可以减少名额，不再进行选举。”',
      en: 'Art. 29: elected only with votes in favour from more than half of the members with the right to vote due to attend; more passing than seats: by votes, a tie re-voted; fewer: the open seats are elected again, or, close to the number and with the consent of more than half of the electors or by the presidium, the seats may be reduced.',
    },
  ],
  quorum: { num: 4, den: 5, strict: false, base: 'registered' },
  firstRound: { num: 1, den: 2, strict: true, base: 'registered' },
  runoff: { num: 1, den: 2, strict: true, base: 'registered' },
  notes: [
    {
      zh: '适用期间：2020年7月13日起（第四十一条：自发布之日起施行）。',
      en: 'In force: from 13 July 2020 (art. 41: from the day of issue).',
    },
    {
      zh: '与1990年暂行条例不同：到会人数“不少于”（不再是“超过”）应到会人数的五分之四即有效；当选须赞成票超过“应到会”（不再是“实到会”）有选举权人数的半数，缺席者也计入基数；委员候选人差额“不少于”应选人数的20%。',
      en: 'Unlike the 1990 interim regulations: four fifths present (no longer more than four fifths) is enough; a winner needs votes from more than half of the members due to attend (no longer of those present), absentees counting in the base; the candidates exceed the seats by at least 20 %.',
    },
    PRESENT_AS_RETURNED,
    {
      zh: '第二十七条以投票人数为准：收回选票多于投票人数（boxes.csv 的 voters 列）的，选举无效；多于发出选票而未多于投票人数的，报告该差错但不据此判定选举无效。另行选举按第二十九条第一款仍须超过应到会有选举权人数的半数（第二十九条第三款未另定标准）；“接近应选名额”时减少名额须半数以上选举人同意或者大会主席团决定，本工具不代为判断。',
      en: 'Art. 27 measures ballots returned against members voting: more returned than the voters (the voters column of boxes.csv) voids the election; more than issued but not more than voters is reported, not taken to void it. A runoff still needs more than half of the members due to attend, by art. 29 para. 1 (para. 3 sets no other figure); reducing the seats when close to the number needs more than half of the electors or the presidium, a decision the tool does not make.',
    },
    TWENTY_PERCENT,
  ],
};
