import { describe, expect, it } from 'vitest';
import { alarms, counts, findings } from './corpus/read-shapes.js';

/**
 * A page's copy that spaces every number: a date typed `2026 年 3 月 28 日` and a count with a thousands
 * separator typed `1,207 人，` on the line of a count whose thousands a space groups (`登记选民 1 356 人。`).
 * Neither is a table's cell, so the space in `1 356` groups thousands. Every number and name is invented.
 */

const spaced = (date: string, voters: string) =>
  [
    '永安村第十四届村民委员会选举结果公告',
    `${date}，永安村召开选举大会，登记选民 1 356 人。参加投票的选民 ${voters} 人，参选率 89.0 %。`,
    '收回选票 1,207 张，其中有效票 1,199 张。',
    '主任：陆宏远 得票 908 票；副主任：何晓芳 得票 776 票。',
  ].join('\n');

describe('a spaced date and a spaced count with a separator beside a count grouped by a space', () => {
  it('reads 登记选民 1 356 人 as 1,356 after 2026 年 3 月 28 日 and before 1,207 人，', () => {
    const text = spaced('2026 年 3 月 28 日', '1,207');
    expect(counts(text)).toEqual(expect.arrayContaining(['registered 1356', 'cast 1207']));
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads it so after a spaced date alone, and after a spaced count with a separator alone', () => {
    expect(counts(spaced('2026 年 3 月 28 日', '1207'))).toContain('registered 1356');
    expect(counts(spaced('2026年3月28日', '1,207'))).toContain('registered 1356');
  });

  it('still judges the turnout of 1,356 when it is wrong', () => {
    const text = spaced('2026 年 3 月 28 日', '1,207').replace('89.0 %', '88.0 %');
    expect(findings(text)).toContainEqual(['ANNOUNCED_PERCENT_MISMATCH', '参选率 88.0 %']);
  });

  it('still parts the cells of a row holding a date and counts with no clause mark after their units', () => {
    expect(counts('城关镇 2026 年 3 月 18 112人 28人')).not.toContain('registered 18112');
  });
});
