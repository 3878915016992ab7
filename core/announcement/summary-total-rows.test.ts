import { describe, expect, it } from 'vitest';
import { alarmCodes, findings, judged, unread } from './corpus/read-shapes.js';

/**
 * A summary table of villages closed by a 合计 row (read-summary-table.ts): the row is read even with a
 * count of the rows marked under a column of words (一肩挑 `3个`), and each count column is summed against
 * it, save where a row states no count (the 合计 may leave that place out). Every name and number is
 * invented.
 */
const table = (voters = '4,163', last = '3个') =>
  [
    '石桥镇2026年村“两委”换届选举结果统计',
    '村名 | 登记选民 | 参加投票 | 参选率 | 一肩挑',
    '石桥村 | 2,387 | 2,104 | 88.14% | 是',
    '柳湾村 | 1,426 | 1,198 | 84.01% | 是',
    '何家坝村 | 978 | 861 | 88.04% | 是',
    `合计 | 4,791 | ${voters} | 86.89% | ${last}`,
  ].join('\n');

describe('a summary table’s 合计 row with a count under a column of words', () => {
  it('reads the 合计 row and sums each count column against it', () => {
    expect(findings(table())).toEqual([]);
    expect(judged(table())).toContainEqual(['partition', '4,791', true]);
    expect(judged(table())).toContainEqual(['partition', '4,163', true]);
    expect(unread(table())).toContainEqual(['3个', 'marks-counted']);
  });

  it('flags a 合计 cell the rows do not add up to, and the 合计 row’s rate of its own totals', () => {
    expect(alarmCodes(table('4,263')).sort()).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
      'ANNOUNCED_SUM_MISMATCH',
    ]);
  });

  const partial = (registered = '3,016') =>
    [
      '村名 | 登记选民 | 参加投票 | 参选率 | 是否完成换届',
      '青石村 | 1,812 | 1,590 | 87.75% | 是',
      '下洋村 | 1,204 | 1,031 | 85.63% | 是',
      '岭头村 | 966 | — | — | 否',
      `合计 | ${registered} | 2,621 | 86.90% | 2个`,
    ].join('\n');

  it('sums no column whose 合计 leaves out a row with a dash (合计仅含已完成换届的村)', () => {
    expect(findings(partial())).toEqual([]);
    expect(judged(partial()).some(([rule]) => rule === 'partition')).toBe(false);
    expect(unread(partial())).toContainEqual(['2个', 'marks-counted']);
  });

  it('sums a column over every row where that makes its 合计, and flags one neither reading makes', () => {
    expect(judged(partial('3,982').replace('86.90%', '65.82%'))).toContainEqual(['partition', '3,982', true]);
    expect(findings(partial('3,116'))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '3,116']);
  });
});
