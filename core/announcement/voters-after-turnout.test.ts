import { describe, expect, it } from 'vitest';
import { findings, judged, rows, unread } from './corpus/read-shapes.js';

/** 计N人 right after a turnout of the registered voters: the voters (voters-after-turnout.ts). Invented numbers. */
describe('the voters counted right after their turnout', () => {
  const notice = (voters: string, returned: string) =>
    `本村登记选民1,508人。参加投票的选民占登记选民的85.4%，计${voters}人。收回选票${returned}张。`;

  it('reads 计N人 after a share of the registered voters as the voters, and judges the turnout of them', () => {
    // 1,288 / 1,508 = 85.411…% → 85.4%.
    expect(rows(notice('1,288', '1,288'))).toContainEqual(['count', 'cast', null, 1288, '计1,288人']);
    expect(findings(notice('1,288', '1,288'))).toEqual([]);
    expect(unread(notice('1,288', '1,288'))).toEqual([]);
    // 1,298 / 1,508 = 86.074…%: the stated 85.4% is wrong of the voters stated.
    expect(findings(notice('1,298', '1,298'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参加投票的选民占登记选民的85.4%'],
    ]);
  });

  it('reads 共计N人 after the turnout restated with its base', () => {
    const text = '本村登记选民1,508人。参选率为85.4%，占登记选民的85.4%，共计1,288人。';
    expect(rows(text)).toContainEqual(['count', 'cast', null, 1288, '共计1,288人']);
    expect(judged(text)).toContainEqual(['share', '参选率为85.4%', true]);
  });

  it('leaves 计N人 alone after a share of another part, or a turnout whose base is not stated', () => {
    const women = '本村登记选民1,508人。女性选民占登记选民的48.0%，计724人。';
    expect(rows(women)).toContainEqual(['group', '计', null, 724, '计724人']);
    const bare = '本村登记选民1,508人。参选率为85.4%，计1,288人。';
    expect(rows(bare).some((row) => row[0] === 'count' && row[1] === 'cast')).toBe(false);
  });
});
