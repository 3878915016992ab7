import type { Bilingual } from '../model/finding.js';
import { BOX_COLUMNS, headerKey } from './csv-columns.js';

/** How far down label–value rows are looked for: a box's sheet lists a few dozen at most. */
export const ROWS_LOOKED_AT = 60;

/** The ballot figures a box's sheet may list down a column, by the headers boxes.csv accepts, and 有效票. */
const FIGURE_LABELS = new Set([
  ...BOX_COLUMNS.filter((column) => column.key !== 'box').flatMap((column) => column.headers.map(headerKey)),
  ...['有效票', '有效票数', '有效选票', 'valid'].map(headerKey),
]);

/** A count as a cell shows it: digits, perhaps with thousands separators. */
const COUNT_TEXT = /^\d[\d,，]*(?:\.0+)?$/u;

/** Where a sheet lists its figures label beside number: the first and last such rows, and the first pair. */
export interface LabelValueRows {
  readonly first: number;
  readonly last: number;
  readonly example: string;
}

/**
 * Whether rows (each its number and its non-empty cells' texts) list a box's ballot figures down the
 * page, each label beside its number (`发出选票 | 320`, `收回选票 | 318`): two figures so at least, among
 * the first rows. Null otherwise.
 */
export function labelValueRows(
  rows: Iterable<{ readonly row: number; readonly texts: readonly string[] }>,
): LabelValueRows | null {
  const listed: { row: number; label: string; count: string }[] = [];
  let seen = 0;
  for (const { row, texts } of rows) {
    if (++seen > ROWS_LOOKED_AT) break;
    const filled = texts.map((text) => text.trim()).filter((text) => text !== '');
    const [label, count] = filled;
    if (filled.length !== 2 || label === undefined || count === undefined) continue;
    if (FIGURE_LABELS.has(headerKey(label)) && COUNT_TEXT.test(count)) listed.push({ row, label, count });
  }
  const first = listed[0];
  const last = listed[listed.length - 1];
  if (new Set(listed.map((entry) => headerKey(entry.label))).size < 2 || !first || !last) return null;
  return { first: first.row, last: last.row, example: `${first.label} | ${first.count}` };
}

/**
 * Such a sheet refused: a form of its own, which the readers do not take (a name beside its votes does
 * not say which contest they are for, and a sheet giving 有效票 in place of 无效票 leaves the void ballots
 * to be inferred). Names the rows (`where`: the sheet, or nothing in a CSV file) and the layout read.
 */
export function labelValueMessage(found: LabelValueRows, where: Bilingual | null): Bilingual {
  const rows = { zh: `第 ${found.first} 至 ${found.last} 行`, en: `rows ${found.first}–${found.last}` };
  return {
    zh:
      `${where?.zh ?? ''}${rows.zh}把各项写成名称与数字两格（如“${found.example}”）：这种逐项列出的计票单不能读取，` +
      `因为姓名与得票并列时看不出是哪个职位的得票。请改为表头一行、每项一列：票箱统计为` +
      `“票箱 | 登记选民 | 发出选票 | 收回选票 | 无效票”，每个票箱一行（工作簿中每箱一张工作表时可不要“票箱”列，以工作表名为票箱）；` +
      `计票结果为“票箱 | 职位 | 候选人 | 得票”，每个职位的每个姓名一行`,
    en:
      `${where ? `${where.en}, ` : ''}${rows.en} give each figure as a label beside its number (“${found.example}”): ` +
      `a sheet listed so cannot be read, since a name beside its votes does not say which contest they are for. ` +
      `Lay it out with one header row and a column for each figure: the box accounts as “票箱 | 登记选民 | 发出选票 | ` +
      `收回选票 | 无效票” (box, registered, issued, returned, invalid), a row per box (in a workbook with a sheet ` +
      `per box the box column may be left out: the sheet's name is the box); the votes as “票箱 | 职位 | 候选人 | ` +
      `得票” (box, contest, candidate, votes), a row per name in each contest`,
  };
}
