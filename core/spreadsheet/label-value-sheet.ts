import type { Bilingual } from '../model/finding.js';
import { BOX_COLUMNS, headerKey } from '../tallies/csv-columns.js';
import type { Sheet } from './read-workbook.js';

/** How far down a sheet label–value rows are looked for: a box's sheet lists a few dozen at most. */
const ROWS_LOOKED_AT = 60;

/** The ballot figures a box's sheet may list down a column, by the headers boxes.csv accepts, and 有效票. */
const FIGURE_LABELS = new Set([
  ...BOX_COLUMNS.filter((column) => column.key !== 'box').flatMap((column) => column.headers.map(headerKey)),
  ...['有效票', '有效票数', '有效选票', 'valid'].map(headerKey),
]);

/** A count as a cell shows it: digits, perhaps with thousands separators (a number cell reads so). */
const COUNT_TEXT = /^\d[\d,，]*(?:\.0+)?$/u;

/**
 * A sheet that lists its box's figures down the page, each label beside its number (`发出选票 | 320`,
 * `收回选票 | 318`, `有效票 | 310`, then a name beside its votes): a form of its own, which the readers
 * do not take (a name beside its votes does not say which contest they are for, and a sheet giving 有效票
 * in place of 无效票 leaves the void ballots to be inferred). When no sheet holds a table, the first such
 * sheet is named with the rows it lists and the layout that is read; null when no sheet looks so.
 */
export function labelValueSheet(sheets: readonly Sheet[]): Bilingual | null {
  for (const sheet of sheets) {
    const listed: { row: number; label: string; count: string }[] = [];
    let seen = 0;
    for (const [row, cells] of sheet.rows) {
      if (++seen > ROWS_LOOKED_AT) break;
      const texts = [...cells.values()].map((cell) => cell.text.trim()).filter((text) => text !== '');
      const [label, count] = texts;
      if (texts.length !== 2 || label === undefined || count === undefined) continue;
      if (FIGURE_LABELS.has(headerKey(label)) && COUNT_TEXT.test(count)) listed.push({ row, label, count });
    }
    const labels = new Set(listed.map((entry) => headerKey(entry.label)));
    const first = listed[0];
    const last = listed[listed.length - 1];
    if (labels.size < 2 || !first || !last) continue;
    const rows = { zh: `第 ${first.row} 至 ${last.row} 行`, en: `rows ${first.row}–${last.row}` };
    const example = `${first.label} | ${first.count}`;
    return {
      zh:
        `工作表“${sheet.name}”${rows.zh}把各项写成名称与数字两格（如“${example}”）：这种逐项列出的计票单不能读取，` +
        `因为姓名与得票并列时看不出是哪个职位的得票。请改为表头一行、每项一列：票箱统计为` +
        `“票箱 | 登记选民 | 发出选票 | 收回选票 | 无效票”，每个票箱一行（每箱一张工作表时可不要“票箱”列，以工作表名为票箱）；` +
        `计票结果为“票箱 | 职位 | 候选人 | 得票”，每个职位的每个姓名一行`,
      en:
        `sheet “${sheet.name}”, ${rows.en}, gives each figure as a label beside its number (“${example}”): a sheet ` +
        `listed so cannot be read, since a name beside its votes does not say which contest they are for. Lay it ` +
        `out with one header row and a column for each figure: the box accounts as “票箱 | 登记选民 | 发出选票 | ` +
        `收回选票 | 无效票” (box, registered, issued, returned, invalid), a row per box (with a sheet per box the box ` +
        `column may be left out: the sheet's name is the box); the votes as “票箱 | 职位 | 候选人 | 得票” (box, ` +
        `contest, candidate, votes), a row per name in each contest`,
    };
  }
  return null;
}
