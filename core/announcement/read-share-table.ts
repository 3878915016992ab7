import type { AnnouncedFigure, GroupFigure, PercentFigure, TextSpan } from './announced-figures.js';
import { NUMBERS_READ } from './announced-figures.js';
import { parseArabicNumber } from './parse-number.js';

/**
 * A statistical table's share row, as statistical yearbooks print it, one row a line and a column for
 * each body (`单位 合计 村委会 居委会`):
 *
 *     年末村干部人数 人 3163432 3086755 76677
 *     其中：女干部人数 人 535567 518617 16950
 *     女干部的比重 % 16.9 16.8 22.1
 *
 * The share row is judged column by column only when its base is proved by the table itself: the row
 * before it is marked a part by 其中 of the row before that (its total), the share row's label names
 * that part (女干部的比重 of 女干部人数), the three rows count people in every column alike, and no part
 * exceeds its total. Any other row is left to the prose reader (its numbers unread).
 */

export interface ShareTable {
  readonly figures: readonly AnnouncedFigure[];
  /** The rows read, for the prose reader to leave alone. */
  readonly spans: readonly TextSpan[];
}

/** `label unit n n n`: a row of a statistical table (cells split by spaces or tabs). */
const ROW = /^[^\S\n]*(\S+)[^\S\n]+(人|名|个|%)((?:[^\S\n]+\d+(?:\.\d+)?)+)[^\S\n]*$/d;
const PART_MARK = /^其中[:：]?/;
/** The words after the part's name in a share row's label: 女干部的比重, 女干部占比. */
const SHARE_WORDS = /(?:的|所占)?(?:比重|占比|比例)$/;
/** The words after what is counted in a count row's label: 女干部人数, 女党支部书记数. */
const COUNT_WORDS = /(?:人数|数)$/;
/** The column names of a header line: `单位 合计 村委会 居委会`. */
const HEADER = /^[^\S\n]*单位((?:[^\S\n]+\S+)+)[^\S\n]*$/;

interface Row {
  readonly label: string;
  readonly unit: string;
  readonly cells: readonly { readonly text: string; readonly span: TextSpan }[];
  readonly span: TextSpan;
}

export function readShareTables(original: string, folded: string): ShareTable {
  const figures: AnnouncedFigure[] = [];
  const spans: TextSpan[] = [];
  // Only a text with a share row in % is looked at line by line.
  if (!/[^\S\n]%[^\S\n]+\d/.test(folded)) return { figures, spans };
  let columns: string[] = [];
  const rows: (Row | null)[] = [];
  let start = 0;
  for (const line of folded.split('\n')) {
    const header = HEADER.exec(line);
    if (header?.[1]) columns = header[1].trim().split(/[^\S\n]+/);
    rows.push(rowOf(line, start));
    start += line.length + 1;
  }
  for (let index = 2; index < rows.length; index++) {
    const [total, part, share] = [rows[index - 2], rows[index - 1], rows[index]];
    if (!total || !part || !share || share.unit !== '%' || total.unit === '%' || part.unit !== total.unit)
      continue;
    if (!PART_MARK.test(part.label) || PART_MARK.test(total.label)) continue;
    const partName = part.label.replace(PART_MARK, '').replace(COUNT_WORDS, '');
    if (
      partName === '' ||
      share.label.replace(SHARE_WORDS, '') !== partName ||
      !SHARE_WORDS.test(share.label)
    )
      continue;
    const width = share.cells.length;
    if (total.cells.length !== width || part.cells.length !== width) continue;
    // No more numbers than the prose reader reads (NUMBERS_READ): the rest is left to it, and counted.
    if (figures.length + 3 * width > NUMBERS_READ) break;
    const read = readColumns(original, total, part, share, columns.length === width ? columns : null);
    if (!read) continue;
    for (const figure of read) figures.push(figure);
    spans.push(total.span, part.span, share.span);
  }
  return { figures, spans };
}

function rowOf(line: string, start: number): Row | null {
  const match = ROW.exec(line);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const cellsStart = start + (match.indices?.[3]?.[0] ?? 0);
  const cells: { text: string; span: TextSpan }[] = [];
  for (const cell of match[3].matchAll(/\d+(?:\.\d+)?/g))
    cells.push({ text: cell[0], span: [cellsStart + cell.index, cellsStart + cell.index + cell[0].length] });
  return { label: match[1], unit: match[2], cells, span: [start, start + line.trimEnd().length] };
}

/** The figures of the three rows, column by column; null when a count is no whole number or a part exceeds its total. */
function readColumns(
  original: string,
  total: Row,
  part: Row,
  share: Row,
  columns: readonly string[] | null,
): AnnouncedFigure[] | null {
  const figures: AnnouncedFigure[] = [];
  for (let column = 0; column < share.cells.length; column++) {
    const [totalCell, partCell, shareCell] = [total.cells[column], part.cells[column], share.cells[column]];
    if (!totalCell || !partCell || !shareCell) return null;
    const totalValue = wholeCount(totalCell.text);
    const partValue = wholeCount(partCell.text);
    const shareValue = parseArabicNumber(shareCell.text);
    if (totalValue === null || partValue === null || !shareValue || partValue > totalValue) return null;
    const where = `（${columns?.[column] ?? `第${column + 1}列`}）`;
    const totalLabel = total.label + where;
    const partLabel = part.label.replace(PART_MARK, '') + where;
    const origin = (cell: { readonly span: TextSpan }) => ({
      span: cell.span,
      text: original.slice(cell.span[0], cell.span[1]),
    });
    const totalFigure: GroupFigure = {
      kind: 'group',
      label: totalLabel,
      partOf: null,
      value: totalValue,
      origin: origin(totalCell),
    };
    const partFigure: GroupFigure = {
      kind: 'group',
      label: partLabel,
      partOf: totalLabel,
      value: partValue,
      first: true,
      origin: origin(partCell),
    };
    const shareFigure: PercentFigure = {
      kind: 'percent',
      value: shareValue,
      part: { kind: 'group', label: partLabel },
      whole: { kind: 'group', label: totalLabel },
      origin: origin(shareCell),
    };
    figures.push(totalFigure, partFigure, shareFigure);
  }
  return figures;
}

function wholeCount(written: string): bigint | null {
  return /^\d+$/.test(written) ? BigInt(written) : null;
}
