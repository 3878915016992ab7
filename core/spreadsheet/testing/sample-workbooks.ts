import { csvRows } from '../../tallies/csv-cells.js';
import { writeXlsx, type WrittenCell, type WrittenSheet } from '../write-xlsx.js';

/**
 * Workbooks holding the same tally sheets as a boxes.csv and tallies.csv, the way township staff keep
 * them: `plain` has one sheet of box accounts and one of votes under Chinese headers; `byBox` has a
 * titled accounts sheet and one sheet per box, each with a merged title row, a date row, each contest
 * written once in a cell merged down its candidates, and a totals row.
 */
export function sampleWorkbooks(
  boxesCsv: string,
  talliesCsv: string,
): { plain: Uint8Array; byBox: Uint8Array } {
  const boxes = table(boxesCsv);
  const tallies = table(talliesCsv);
  const asNumber = (text: string): WrittenCell => (/^[0-9]+$/u.test(text) ? Number(text) : text);
  const boxRows = boxes.map((row) => row.map(asNumber));
  const tallyRows = tallies.map((row) => row.map(asNumber));
  const plain = writeXlsx([
    { name: '票箱统计', rows: [['票箱', '登记选民数', '发出选票数', '收回选票数', '无效票数'], ...boxRows] },
    { name: '计票单', rows: [['票箱', '职位', '候选人', '得票数'], ...tallyRows] },
  ]);
  const accounts: WrittenSheet = {
    name: '票箱统计',
    rows: [
      ['青山村选举 各票箱选票统计'],
      [],
      ['票箱编号', '登记选民', '发出选票', '收回选票', '废票'],
      ...boxRows,
    ],
    merges: ['A1:E1'],
  };
  const boxNames = [...new Set(tallies.map((row) => row[0] ?? ''))];
  const perBox = boxNames.map((box): WrittenSheet => {
    const rows: WrittenCell[][] = [
      [`计票单（${box}）`],
      ['日期', '2025-11-16'],
      ['职务', '姓名', '票数', '备注'],
    ];
    const merges = ['A1:D1'];
    let previous = '';
    let groupStart = 0;
    const closeGroup = (): void => {
      if (rows.length - groupStart > 1) merges.push(`A${groupStart + 1}:A${rows.length}`);
    };
    let total = 0;
    for (const [rowBox, contest = '', candidate = '', votes = ''] of tallies) {
      if (rowBox !== box) continue;
      if (contest !== previous) {
        if (previous !== '') closeGroup();
        groupStart = rows.length;
        previous = contest;
        rows.push([contest, candidate, Number(votes)]);
      } else rows.push([null, candidate, Number(votes)]);
      total += Number(votes);
    }
    closeGroup();
    rows.push(['合计', null, { formula: `SUM(C4:C${rows.length})`, cached: total }]);
    return { name: box, rows, merges };
  });
  return { plain, byBox: writeXlsx([accounts, ...perBox]) };
}

function table(csv: string): string[][] {
  const rows = csvRows('sample.csv', csv);
  if (!rows.ok) throw new Error(JSON.stringify(rows.errors));
  return rows.value.slice(1).map((row) => row.cells.map((cell) => cell.text));
}
