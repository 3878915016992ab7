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

  it('still flags a group’s part larger than the group', () => {
    expect(alarms(NOTICE(5))).toContainEqual(expect.stringMatching(/^ANNOUNCED_SUM_MISMATCH/));
  });
});
