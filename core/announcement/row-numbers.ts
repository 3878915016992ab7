import { linesOf } from './text-lines.js';

/**
 * A table's first column of row numbers (序号, 编号, No.): an ordinal, never a count. A results table is
 * read without it (read-summary-table.ts); in any other list (候选人名单, 委托投票公示) its numbers are no
 * stated figure either.
 */
export const ORDINAL_COLUMN = /^(?:序号|编号|序|No\.)$/;

/** The cells of a heading: parted by tabs, bars or spaces (a Markdown row's outer bars leave none). */
const HEADING_SPLIT = /[\t|]|[^\S\n]+/;
/** A row opening with its number, then a cell break: `12  万强伟`, `3\t曹金兰`, `| 2 | 周丽 |`. */
const ROW_NUMBER = /^[^\S\n]{0,8}\|?[^\S\n]{0,8}(\d{1,3})(?=[^\S\n]|\|)/;
/** A Markdown table's line under its heading (|---|:--:|), no row: bars, colons and dashes, a dash at least. */
const isMarkdownRule = (text: string) => text.includes('-') && /^[\s|:-]*$/.test(text);

/**
 * Where the row numbers of a text's tables start: under a heading whose first cell is 序号 (编号, No.)
 * and which has more cells, each following line that opens with a number of one to three digits and a
 * cell break, the numbers rising from row to row (1, 2, 3 …; a list may leave rows out: 1, 12). A blank
 * line between rows is passed over; any other line ends the table.
 */
export function rowNumberStarts(folded: string): ReadonlySet<number> {
  const starts = new Set<number>();
  if (!/序|编号|No\./.test(folded)) return starts;
  const lines = linesOf(folded);
  for (let index = 0; index < lines.length; index++) {
    const cells = (lines[index]?.text ?? '').split(HEADING_SPLIT).filter((cell) => cell !== '');
    if (cells.length < 2 || !ORDINAL_COLUMN.test(cells[0] ?? '')) continue;
    let previous = 0;
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (!line) break;
      if (line.text.trim() === '' || isMarkdownRule(line.text)) continue;
      const row = ROW_NUMBER.exec(line.text);
      const number = Number(row?.[1]);
      if (!row || number <= previous) break;
      previous = number;
      starts.add(line.start + row[0].length - (row[1]?.length ?? 0));
    }
    index = next - 1;
  }
  return starts;
}
