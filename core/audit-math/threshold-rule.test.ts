import { describe, expect, it } from 'vitest';
import type { BoxSheet } from '../model/tally.js';
import { ratio } from './ratio.js';
import { unknownThresholdBase } from './threshold-rule.js';

const sheets: readonly BoxSheet[] = [
  {
    box: 'central',
    registered: 200,
    issued: 100,
    returned: 100,
    invalid: 120,
    invalidCell: { file: 'boxes.csv', line: 2, column: 23 },
  },
  { box: 'north', registered: 80, issued: 50, returned: 50, invalid: 2 },
];

describe('a share of the valid ballots, audited on sheets whose void count exceeds the ballots returned', () => {
  it('is refused at the void count (file, line and column), in both languages', () => {
    const errors = unknownThresholdBase({ share: ratio(1n, 2n), base: 'valid' }, sheets, 'boxes.csv');
    expect(errors).toEqual([
      {
        file: 'boxes.csv',
        line: 2,
        column: 23,
        message: {
          zh: '票箱“central”无效票120张，多于收回的100张：有效票因而未知，无法审计得票是否达到有效票的规定比例；请先改正此数',
          en: 'box “central” has 120 void ballots, more than the 100 returned: the valid ballots are not known, so a share of them cannot be audited; correct that figure first',
        },
      },
    ]);
  });

  it('names the workbook cell in the message, and the JSON path', () => {
    const inBook = [{ ...sheets[0]!, invalidCell: { file: 't.xlsx', sheet: '票箱', line: 3, column: 5 } }];
    const [book] = unknownThresholdBase({ share: ratio(1n, 2n), base: 'valid' }, inBook, 't.xlsx');
    expect(book!.file).toBe('t.xlsx');
    expect(book!.message.en).toMatch(
      /^sheet “票箱”, cell E3 \(row 3, column 5\): box “central” has 120 void/,
    );
    expect(book!.message.zh).toMatch(/^工作表“票箱”E3 单元格（第 3 行第 5 列）：票箱“central”无效票120张/);
    const inJson = [{ ...sheets[0]!, invalidCell: { file: 't.json', path: '$.boxes[0].invalid' } }];
    const [json] = unknownThresholdBase({ share: ratio(1n, 2n), base: 'valid' }, inJson, 't.json');
    expect(json).toMatchObject({ file: 't.json', path: '$.boxes[0].invalid' });
  });

  it('is no obstacle to a share of the ballots cast, nor to right sheets', () => {
    expect(unknownThresholdBase({ share: ratio(1n, 2n), base: 'cast' }, sheets, 'boxes.csv')).toEqual([]);
    expect(unknownThresholdBase({ share: ratio(1n, 2n), base: 'valid' }, sheets.slice(1), 'b.csv')).toEqual(
      [],
    );
  });
});
