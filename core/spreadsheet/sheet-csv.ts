import { headerKey, type ColumnSpec } from '../tallies/csv-columns.js';
import type { FindingLocation } from '../model/finding.js';
import type { InputError } from '../model/result.js';
import type { MergedRange, Sheet, SheetCell } from './read-workbook.js';
import { toA1 } from './read-workbook.js';
import { isTotalLabel } from '../tallies/total-row.js';

/**
 * One sheet's table, written as the CSV text that the CSV readers take, so that a workbook is read by
 * exactly the same rules as tallies.csv and boxes.csv. Line N of the text is row N of the sheet, so the
 * readers' errors (and their "line N") point at sheet rows; `place` maps an error's column back to the
 * sheet's column.
 */
export interface SheetCsv {
  readonly sheet: string;
  readonly text: string;
  /** Errors of cells the table uses (a formula without its value, an error value). */
  readonly cellErrors: readonly InputError[];
  /** Moves a CSV reader's error to its sheet, row and column. */
  place(error: InputError): InputError;
  /** The sheet, row and column of a cell of the CSV text (line and column), for a finding to name. */
  cellAt(line: number, column: number): FindingLocation;
}

/**
 * Finds the header row — the first whose cells name every column of `columns` (box aside: a sheet
 * without a box column is one box, named by the sheet) — and writes the table below it. Rows above the
 * header (a title, a date, merged banners) are left out. A text cell inside a merged range reads as the
 * range's first cell, as it is shown; a count is never copied so. Returns undefined when no row is a header.
 */
export function sheetToCsv<K extends string>(
  file: string,
  sheet: Sheet,
  columns: readonly ColumnSpec<K>[],
  countKeys: ReadonlySet<string>,
): SheetCsv | undefined {
  const found = findHeader(sheet, columns);
  if (!found) return undefined;
  const { headerRow, used } = found;
  const hasBox = used.some((column) => column.key === 'box');
  const textColumns = used.filter((column) => !countKeys.has(column.key)).map((column) => column.sheetColumn);
  const merged = mergedOrigins(sheet, textColumns);
  const lines: string[] = [];
  const starts = new Map<number, { start: number; sheetColumn: number }[]>();
  const cellErrors: InputError[] = [];
  const where = (row: number, column: number) => location(sheet.name, row, column);
  const header = used.map((column) => column.header);
  if (!hasBox) header.push('box');
  const emit = (row: number, texts: string[], sheetColumns: number[]): void => {
    while (lines.length < row - 1) lines.push('');
    const cellStarts: { start: number; sheetColumn: number }[] = [];
    let at = 1;
    const quoted = texts.map((text, i) => {
      const written = csvCell(text);
      cellStarts.push({ start: at, sheetColumn: sheetColumns[i] ?? 0 });
      at += written.length + 1;
      return written;
    });
    starts.set(row, cellStarts);
    lines.push(quoted.join(','));
  };
  emit(
    headerRow,
    header,
    used.map((column) => column.sheetColumn),
  );
  for (const [row, cells] of sheet.rows) {
    if (row <= headerRow) continue;
    const own = used.map((column) => cells.get(column.sheetColumn));
    if (
      own.every((cell) => cell === undefined || cell.text.trim() === '') &&
      !own.some((cell) => cell?.problem)
    )
      continue;
    const texts = used.map((column, i) => {
      const cell: SheetCell | undefined = own[i] ?? merged(row, column.sheetColumn);
      return cell?.text.replace(/[\r\n]+/gu, ' ') ?? '';
    });
    if (texts.some(isTotalLabel)) continue;
    own.forEach((cell, i) => {
      const column = used[i]?.sheetColumn ?? 0;
      if (cell?.problem) cellErrors.push({ file, message: prefixed(where(row, column), cell.problem) });
    });
    const sheetColumns = used.map((column) => column.sheetColumn);
    if (!hasBox) {
      texts.push(sheet.name.trim());
      sheetColumns.push(0);
    }
    emit(row, texts, sheetColumns);
  }
  const sheetColumnAt = (row: number, column: number): number | undefined => {
    let sheetColumn: number | undefined;
    for (const cell of starts.get(row) ?? []) if (cell.start <= column) sheetColumn = cell.sheetColumn;
    return sheetColumn;
  };
  return {
    sheet: sheet.name,
    text: lines.join('\n'),
    cellErrors,
    cellAt(line, column) {
      const sheetColumn = sheetColumnAt(line, column);
      return { file, sheet: sheet.name, line, ...(sheetColumn ? { column: sheetColumn } : {}) };
    },
    place(error) {
      if (error.line === undefined)
        return { ...error, message: prefixed(location(sheet.name), error.message) };
      const row = error.line;
      const sheetColumn = error.column === undefined ? undefined : sheetColumnAt(row, error.column);
      // Column 0 is the box named by the sheet itself.
      const at = sheetColumn === 0 ? location(sheet.name, row, 0) : location(sheet.name, row, sheetColumn);
      return { file: error.file, message: prefixed(at, error.message) };
    },
  };
}

interface UsedColumn<K> {
  readonly key: K;
  readonly header: string;
  readonly sheetColumn: number;
}

function findHeader<K extends string>(
  sheet: Sheet,
  columns: readonly ColumnSpec<K>[],
): { headerRow: number; used: UsedColumn<K>[] } | undefined {
  const accepted = columns.map((column) => ({ column, names: new Set(column.headers.map(headerKey)) }));
  const spans = headersMergedDown(sheet, (name) => accepted.some((entry) => entry.names.has(name)));
  for (const [row, cells] of sheet.rows) {
    const used: UsedColumn<K>[] = [];
    const rowCells: [number, SheetCell][] = [...cells];
    for (const { range, cell } of spans)
      if (range.top < row && row <= range.bottom && !cells.get(range.left)?.text.trim())
        rowCells.push([range.left, cell]);
    for (const [sheetColumn, cell] of rowCells) {
      const name = headerKey(cell.text);
      const match = accepted.find((entry) => entry.names.has(name));
      if (match && !used.some((column) => column.key === match.column.key))
        used.push({ key: match.column.key, header: match.column.headers[0] ?? name, sheetColumn });
    }
    // The box column may be missing (one box to a sheet); optional columns (voters) may be too.
    const needed = (column: ColumnSpec<K>) => column.key !== 'box' && !column.optional;
    if (columns.every((column) => !needed(column) || used.some((found) => found.key === column.key)))
      return { headerRow: row, used: used.sort((a, b) => a.sheetColumn - b.sheetColumn) };
  }
  return undefined;
}

/** At most this many header cells merged down are looked at: a real sheet has a handful. */
const MAX_HEADER_SPANS = 64;

/**
 * Header cells merged down over the rows below them (票箱 over a header of two rows, the other headers
 * under a banner): in those rows the column is named as the sheet shows it. Bounded, so that a sheet
 * full of merges costs no more than reading it.
 */
function headersMergedDown(
  sheet: Sheet,
  isHeader: (name: string) => boolean,
): { range: MergedRange; cell: SheetCell }[] {
  const spans: { range: MergedRange; cell: SheetCell }[] = [];
  for (const range of sheet.merges) {
    if (range.bottom <= range.top) continue;
    const cell = sheet.rows.get(range.top)?.get(range.left);
    if (cell && isHeader(headerKey(cell.text))) spans.push({ range, cell });
    if (spans.length >= MAX_HEADER_SPANS) break;
  }
  return spans;
}

/**
 * The first cell of the merged range covering (row, column), for the given columns only. Ranges are
 * kept per column in order of their top row and found by binary search: a sheet may hold many.
 */
function mergedOrigins(
  sheet: Sheet,
  columns: readonly number[],
): (row: number, column: number) => SheetCell | undefined {
  const byColumn = new Map<number, MergedRange[]>();
  for (const column of columns) byColumn.set(column, []);
  for (const range of sheet.merges)
    for (const column of columns)
      if (range.left <= column && column <= range.right) byColumn.get(column)?.push(range);
  for (const ranges of byColumn.values()) ranges.sort((a, b) => a.top - b.top);
  return (row, column) => {
    const ranges = byColumn.get(column) ?? [];
    let low = 0;
    let high = ranges.length - 1;
    let found: MergedRange | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = ranges[middle];
      if (range && range.top <= row) {
        found = range;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found && row <= found.bottom ? sheet.rows.get(found.top)?.get(found.left) : undefined;
  };
}

/** A CSV field, quoted when it holds a quote, comma or line break. */
export function csvCell(text: string): string {
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Where, in both languages: the sheet, and the row and column as numbers and in A1 form. */
export function location(sheet: string, row?: number, column?: number): { zh: string; en: string } {
  if (row === undefined) return { zh: `工作表“${sheet}”`, en: `sheet “${sheet}”` };
  if (column === undefined) return { zh: `工作表“${sheet}”第 ${row} 行`, en: `sheet “${sheet}”, row ${row}` };
  if (column === 0)
    return {
      zh: `工作表“${sheet}”第 ${row} 行（票箱名取自工作表名）`,
      en: `sheet “${sheet}”, row ${row} (the box named by the sheet)`,
    };
  const a1 = toA1(row, column);
  return {
    zh: `工作表“${sheet}”${a1} 单元格（第 ${row} 行第 ${column} 列）`,
    en: `sheet “${sheet}”, cell ${a1} (row ${row}, column ${column})`,
  };
}

function prefixed(
  at: { zh: string; en: string },
  message: { zh: string; en: string },
): { zh: string; en: string } {
  return { zh: `${at.zh}：${message.zh}`, en: `${at.en}: ${message.en}` };
}
