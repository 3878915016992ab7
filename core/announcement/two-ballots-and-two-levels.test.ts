import { describe, expect, it } from 'vitest';
import { alarms, findings, judged } from './corpus/read-shapes.js';

/**
 * Counts of more than one ballot or level in one notice: a township's count in the bracket after a ballot's
 * name beside the village's own counts, and a runoff said held at a line's end or in the sentence before its
 * votes. Every number and name is invented.
 */

const TITLE = '青山村第十二届村民委员会选举结果公告\n';

describe('a wider place’s count in the bracket after a ballot’s name', () => {
  const NOTICE = (bracket: string, valid = '1,391') =>
    `${TITLE}${bracket}：本村登记选民1,630人，参加投票1,402人，发出选票1,402张，收回选票1,400张，其中有效票${valid}张，无效票9张。主任候选人张建国得票1,010票，当选为村民委员会主任。`;

  it.each([
    '第一次投票（全镇当天参加投票19,870人）',
    '第一轮投票（全乡当日参加投票8,215人）',
    '首轮投票（青山镇当天参加投票12,406人）',
  ])('sums the village’s own account after %s', (bracket) => {
    expect(judged(NOTICE(bracket))).toEqual(expect.arrayContaining([['ballots', '收回选票1,400张', true]]));
    expect(alarms(NOTICE(bracket), true)).toEqual([]);
  });

  it('finds the village’s valid and invalid ballots short of its ballots returned', () => {
    expect(findings(NOTICE('第一次投票（全镇当天参加投票19,870人）', '1,381'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1,400张'],
    ]);
  });
});

describe('a runoff said held before its votes', () => {
  const FIRST = `${TITLE}2026年4月12日，全村登记选民1520人，参加投票的选民1006人，发出选票1006张，收回选票1002张，其中有效票991张，无效票11张。委员候选人冯秀英得票687票，当选为委员。`;

  it.each([
    [
      'a second round at a line’s end',
      '\n委员尚缺1名，于4月13日进行第二轮投票。\n委员候选人唐建华得票420票，当选为委员。',
    ],
    [
      'a runoff at a line’s end',
      '\n委员尚缺1名，4月13日另行选举。\n委员候选人唐建华得票1012票，当选为委员。',
    ],
    [
      'a second ballot on the same line',
      '委员尚缺1名，当场进行第二次投票。委员候选人唐建华得票420票，当选为委员。',
    ],
    [
      'a second round with its own voters',
      '\n4月13日进行第二轮投票，参加投票的选民1188人。委员候选人唐建华得票1012票，当选为委员。',
    ],
  ])('never holds %s to the first round’s voters or ballots', (_, runoff) => {
    expect(alarms(`${FIRST}${runoff}`, true)).toEqual([]);
  });

  it('holds a second round’s votes to its own voters', () => {
    const text = `${FIRST}\n4月13日进行第二轮投票，参加投票的选民1188人。委员候选人唐建华得票1212票，当选为委员。`;
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '唐建华得票1212票']]);
  });
});
