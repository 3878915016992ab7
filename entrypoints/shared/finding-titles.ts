import type { Bilingual, FindingCode } from '../../core/index.js';

/**
 * A finding's kind in a few plain words, the heading a reader sees instead of its code (the code
 * stays behind a "technical details" toggle). Every code has one: the type makes a new code name its title.
 */
export const FINDING_TITLES: Record<FindingCode, Bilingual> = {
  RETURNED_EXCEEDS_ISSUED: { zh: '收回的选票多于发出的', en: 'More ballots returned than issued' },
  BALLOT_ACCOUNTING_MISMATCH: { zh: '选票数目对不上', en: 'Ballot figures that do not add up' },
  VOTES_EXCEED_BALLOTS: { zh: '票数多于选票所能投出的', en: 'More votes than the ballots allow' },
  TURNOUT_BELOW_QUORUM: { zh: '参加投票的人数不足', en: 'Too few voters took part' },
  SEAT_UNFILLED: { zh: '有名额没有选出', en: 'A seat left open' },
  TIE: { zh: '票数相同', en: 'A tie' },
  WOMEN_QUOTA_UNMET: { zh: '当选女性成员不足', en: 'Too few women elected' },
  NOT_COMPETITIVE: { zh: '不是差额选举', en: 'Not a competitive election' },
  OVERVOTE: { zh: '多选而作废的选票', en: 'Ballots void for naming too many' },
  DUPLICATE_BALLOT: { zh: '重复的选票编号', en: 'A ballot number repeated' },
  OUTCOME_UNDECIDED: {
    zh: '结果待定：重复的选票记录内容不同',
    en: 'Undecided: repeated ballot records differ',
  },
  CVR_TALLY_MISMATCH: { zh: '选票记录与计票单不符', en: 'Ballot records differ from the tally sheet' },
  ANNOUNCED_MISMATCH: { zh: '公告的数字与复核不符', en: 'A figure in the notice differs from the recount' },
  ANNOUNCED_WINNER_MISMATCH: { zh: '公告的当选人与复核不符', en: 'The notice names other winners' },
  ANNOUNCED_PERCENT_MISMATCH: { zh: '公告的百分比与其数字不符', en: 'A percentage in the notice is off' },
  ANNOUNCED_SUM_MISMATCH: { zh: '公告的数字加起来不对', en: 'Figures in the notice do not add up' },
  REGISTERED_MISMATCH: { zh: '登记选民数前后不一', en: 'Two different counts of registered voters' },
  ELECTION_VOID: { zh: '选举无效', en: 'The election is void' },
  RUNOFF_THRESHOLD: { zh: '另行选举未达当选票数', en: 'Runoff threshold not reached' },
  WRITE_IN: { zh: '另选他人的票', en: 'Votes written in' },
  UNREAD_FIGURE: { zh: '未能读懂的数字', en: 'Figures not read' },
  ONE_PERSON_TWO_POSTS: { zh: '一人被选两个职位的选票', en: 'Ballots naming one person for two posts' },
  WRITE_IN_LOOKALIKE: { zh: '另选的名字与候选人形似', en: 'A written-in name that looks like a candidate' },
  WRITE_IN_LIKE_CODE: {
    zh: '另选的名字像候选人代号',
    en: 'A written-in name that looks like a candidate code',
  },
  BALLOTS_UNACCOUNTED: { zh: '有效票没有全部计入', en: 'Valid ballots not accounted for' },
  RETURNED_EXCEEDS_VOTERS: { zh: '收回的选票多于投票人数', en: 'More ballots returned than voters' },
  WOMEN_MEMBER_POST: { zh: '妇女委员职位', en: 'The post for a woman member' },
  RUNOFF_CANDIDATE_ELECTED: {
    zh: '另行选举的候选人已经当选',
    en: 'A runoff candidate already elected',
  },
  LIVE_TALLY_MISMATCH: {
    zh: '自己唱票的记录与计票单不符',
    en: 'Your own count differs from the tally sheet',
  },
  LIVE_TALLIES_DIFFER: {
    zh: '两份唱票记录不一致',
    en: 'Two live tallies differ',
  },
  RANKED_FIRST_CHOICES: { zh: '排序投票只计了第一选择', en: 'Ranked ballots: first choices only' },
};

/** One of a finding's two figures, named. */
export type NamedFigure = readonly ['expected' | 'found', Bilingual];

/**
 * What a finding's two figures are, in the order shown, for the codes that compare two things
 * (contract §7: `expected` is the recount's, `found` the checked document's; for a notice's sums the
 * stated total is `expected`). The notice's figure comes first, as in "the notice gives 856, the
 * recount 846". Other codes say their figures in their message and show no figure line.
 */
export const FIGURE_LABELS: Partial<Record<FindingCode, readonly [NamedFigure, NamedFigure]>> = {
  ANNOUNCED_MISMATCH: [
    ['found', { zh: '公告', en: 'notice' }],
    ['expected', { zh: '复核', en: 'recount' }],
  ],
  ANNOUNCED_WINNER_MISMATCH: [
    ['found', { zh: '公告当选', en: 'the notice elects' }],
    ['expected', { zh: '按规则当选', en: 'the rules elect' }],
  ],
  ANNOUNCED_PERCENT_MISMATCH: [
    ['found', { zh: '公告', en: 'notice' }],
    ['expected', { zh: '按其数字应为', en: 'from its counts' }],
  ],
  ANNOUNCED_SUM_MISMATCH: [
    ['expected', { zh: '公告的合计', en: 'stated total' }],
    ['found', { zh: '各项相加', en: 'sum of the parts' }],
  ],
  CVR_TALLY_MISMATCH: [
    ['found', { zh: '计票单', en: 'tally sheet' }],
    ['expected', { zh: '选票记录', en: 'ballot records' }],
  ],
};
