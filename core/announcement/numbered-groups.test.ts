import { describe, expect, it } from 'vitest';
import { alarms, rows } from './corpus/read-shapes.js';

/** The people of one numbered group of the village (第二组) are no part of another's (第一组). */
describe('people counted group by group', () => {
  const NOTICE = (firstWomen = 2) =>
    `第一组：推选村民代表4名，其中女性${firstWomen}名；第二组：推选村民代表5名，其中女性1名；第三组：推选村民代表3名，其中女性1名。` +
    '全村共推选村民代表12名，其中女性4名，占33.3%。';

  it('reads each group’s people as a total of its own, with its own parts', () => {
    expect(alarms(NOTICE())).toEqual([]);
    const groups = rows(NOTICE()).filter(([kind]) => kind === 'group');
    expect(groups.filter((row) => String(row[1]).startsWith('第')).map((row) => row.slice(1, 4))).toEqual([
      ['第一组推选村民代表', null, 4],
      ['第二组推选村民代表', null, 5],
      ['第三组推选村民代表', null, 3],
    ]);
  });

  it('does so for groups numbered without 第 and groups named', () => {
    for (const [one, two] of [
      ['一组', '二组'],
      ['张家组', '李家湾组'],
    ])
      expect(alarms(`${one}：推选村民代表4名，其中女性2名；${two}：推选村民代表5名，其中女性1名。`)).toEqual(
        [],
      );
  });

  it('takes no post or body for a group (村民小组长, 党组织)', () => {
    const text = '第一组推选村民代表4名；村民小组长8名，其中女性9名。';
    expect(alarms(text)).toContainEqual(expect.stringMatching(/^ANNOUNCED_SUM_MISMATCH/));
  });

  it('still flags a group’s part larger than the group', () => {
    expect(alarms(NOTICE(5))).toContainEqual(expect.stringMatching(/^ANNOUNCED_SUM_MISMATCH/));
  });
});

describe('a bare total after groups counted one by one', () => {
  const NOTICE =
    '一组推选村民代表5名，二组推选村民代表6名，三组推选村民代表4名，合计15名。其中妇女代表5名，占33.3%。';

  it('attaches the parts after it to no group counted before it', () => {
    expect(alarms(NOTICE)).toEqual([]);
    const women = rows(NOTICE).find((row) => row[0] === 'group' && row[1] === '妇女代表');
    expect(women?.slice(1, 4)).toEqual(['妇女代表', null, 5]);
  });

  it('still attaches parts to a group counted last when no total follows it', () => {
    const text = '一组推选村民代表5名，二组推选村民代表6名，其中妇女代表2名。';
    const women = rows(text).find((row) => row[0] === 'group' && row[1] === '妇女代表');
    expect(women?.slice(1, 4)).toEqual(['妇女代表', '二组推选村民代表', 2]);
  });
});
