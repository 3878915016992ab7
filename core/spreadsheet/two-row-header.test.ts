import { describe, expect, it } from 'vitest';
import { readBoxesXlsx } from './read-xlsx.js';
import { writeXlsx } from './write-xlsx.js';

// A box-account sheet as township staff lay it out: 票箱 merged down two header rows, the figures under
// a banner (选票情况) merged across them. The box column is the merged cell's, as the sheet shows it.
describe('a header over two rows, with the box column merged down them', () => {
  const rows = [
    ['票箱', '选票情况', null, null, null, '备注'],
    [null, '登记选民', '发出选票', '收回选票', '无效票', null],
    ['中心会场', 900, 620, 618, 8, null],
    ['分会场', 300, 180, 180, 2, null],
    ['流动票箱1', 0, 40, 40, 0, '敬老院'],
  ];

  it('reads each row as its box, not the sheet as one box', () => {
    const book = writeXlsx([{ name: '票箱统计', rows, merges: ['A1:A2', 'B1:E1', 'F1:F2'] }]);
    const read = readBoxesXlsx('boxes.xlsx', book);
    expect(read.ok ? read.value.map((sheet) => [sheet.box, sheet.returned]) : read.errors).toEqual([
      ['中心会场', 618],
      ['分会场', 180],
      ['流动票箱1', 40],
    ]);
  });

  it('still takes a sheet without a box column as the box it is named after', () => {
    const book = writeXlsx([{ name: '中心会场', rows: [rows[1]!.slice(1), rows[2]!.slice(1)], merges: [] }]);
    const read = readBoxesXlsx('boxes.xlsx', book);
    expect(read.ok ? read.value.map((sheet) => sheet.box) : read.errors).toEqual(['中心会场']);
  });
});
