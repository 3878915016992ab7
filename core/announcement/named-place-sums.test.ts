import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** A summary's people given village by village after 其中 (named-place-sums.ts). */
describe('the people of a total listed by village', () => {
  const summary = (west: string, villages = '全镇4个村') =>
    `${villages}于2026年3月完成换届选举，共选出村民委员会成员21人，其中东营村5人、西营村${west}人、南营村5人、北营村4人。`;

  it('adds up to the total when every village counted is listed', () => {
    // 5 + 7 + 5 + 4 = 21.
    expect(findings(summary('7'))).toEqual([]);
    expect(judged(summary('7'))).toContainEqual(['partition', '共选出村民委员会成员21人', true]);
    expect(findings(summary('6'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共选出村民委员会成员21人']]);
  });

  it('is no more than the total when the villages listed may not be all of them', () => {
    // Five villages counted, four listed: 20 may leave one out, 22 cannot be.
    expect(findings(summary('6', '全镇5个村'))).toEqual([]);
    expect(findings(summary('8', '全镇5个村'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '共选出村民委员会成员21人'],
    ]);
    expect(findings(summary('6', '全镇各村'))).toEqual([]);
  });

  it('sums nothing when the list holds anything but places and their counts', () => {
    for (const text of [
      '全镇4个村共选出村民委员会成员21人，其中东营村5人、女性6人、南营村5人、北营村4人。',
      '全镇4个村共选出村民委员会成员21人，其中东营村5人、村委会6人、南营村5人、北营村4人。',
      '全镇4个村共选出村民委员会成员21人，其中东营村5人、东营村6人、南营村5人、北营村4人。',
      '全镇4个村共选出村民委员会成员21人，其中东营村5人、西营村6人、南营村5人、北营村4人，平均年龄45岁。',
    ])
      expect(judged(text).filter(([rule]) => rule === 'partition')).toEqual([]);
  });
});
