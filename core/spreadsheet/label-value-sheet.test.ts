import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { Result } from '../model/result.js';
import { readBoxesText } from '../tallies/read-boxes.js';
import { readTalliesText } from '../tallies/read-tallies.js';
import { readBoxesXlsx, readTalliesXlsx } from './read-xlsx.js';
import { writeXlsx, type WrittenSheet } from './write-xlsx.js';

/** A box's sheet listing its figures down the page, label beside number, is refused by name, with the layout read. */
const election: Election = {
  name: 'e',
  rules: 'cn-village',
  round: 'first',
  contests: [{ id: 'member', name: '委员', seats: 3, candidates: [{ id: 'zhang', name: '张伟' }] }],
};
const boxSheet = (name: string): WrittenSheet => ({
  name,
  rows: [
    [`${name}计票单`],
    ['发出选票', 320],
    ['收回选票', 318],
    ['有效票', 310],
    ['张伟', 280],
    ['李红梅', 250],
  ],
});
const messages = (result: Result<unknown>) =>
  result.ok ? [] : result.errors.map((error) => `${error.message.zh} | ${error.message.en}`);

describe('per-box sheets given as label–value rows', () => {
  const book = writeXlsx([boxSheet('中心会场'), boxSheet('流动票箱')]);

  it('are refused with one message naming the sheet and rows and the layout that is read', () => {
    for (const result of [readBoxesXlsx('t.xlsx', book), readTalliesXlsx('t.xlsx', book, election)]) {
      const found = messages(result);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(
        '工作表“中心会场”第 2 至 4 行把各项写成名称与数字两格（如“发出选票 | 320”）',
      );
      expect(found[0]).toContain('“票箱 | 登记选民 | 发出选票 | 收回选票 | 无效票”');
      expect(found[0]).toContain('sheet “中心会场”, rows 2–4 give each figure as a label beside its number');
      expect(found[0]).toContain('does not say which contest they are for');
      expect(found[0]).toContain('“票箱 | 职位 | 候选人 | 得票” (box, contest, candidate, votes)');
    }
  });

  it('are refused so in a CSV file too: one error at the first such row, not one per missing column', () => {
    const text = '中心会场计票单,\n发出选票,320\n收回选票,318\n有效票,310\n张伟,280\n';
    for (const result of [readBoxesText('boxes.csv', text), readTalliesText('tallies.csv', text, election)]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ line: 2 });
      expect(result.errors[0]!.message.zh).toMatch(
        /^第 2 至 4 行把各项写成名称与数字两格（如“发出选票 \| 320”）/,
      );
      expect(result.errors[0]!.message.en).toMatch(/^rows 2–4 give each figure as a label beside its number/);
    }
  });

  it('leave the message for a workbook with no table and no such rows as it was', () => {
    const notes = writeXlsx([{ name: '说明', rows: [['本工作簿为说明'], ['发出选票', '见附表']] }]);
    expect(messages(readBoxesXlsx('t.xlsx', notes))[0]).toContain('工作簿中没有一张工作表带有');
  });

  it('do not stand in the way of a sheet per box laid out as a table', () => {
    const table = writeXlsx([
      {
        name: '中心会场',
        rows: [
          ['发出选票', '收回选票', '无效票', '登记选民'],
          [320, 318, 8, 400],
        ],
      },
    ]);
    const read = readBoxesXlsx('t.xlsx', table);
    expect(read.ok && read.value).toEqual([
      { box: '中心会场', registered: 400, issued: 320, returned: 318, invalid: 8 },
    ]);
  });
});
