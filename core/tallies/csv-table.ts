import { fail, failWith, ok, type InputError, type Result } from '../model/result.js';
import { csvRows, type CsvCell, type CsvRow } from './csv-cells.js';
import { headerKey, type ColumnSpec } from './csv-columns.js';
import { labelValueMessage, labelValueRows, ROWS_LOOKED_AT } from './label-value-rows.js';

/** A data row of a CSV table: its line, and its cell in each column ('' where the row is short). */
export interface TableRow<K extends string> {
  readonly line: number;
  cell(column: K): CsvCell;
  /** Whether the table has the column (an optional one may be left out). */
  has(column: K): boolean;
}

/**
 * Reads CSV text whose first non-blank row names the columns — or, when it does not, the first of the
 * next rows that names every needed column, provided no row above it holds a count: a title, a date or
 * a banner above the table, as Excel writes a titled sheet saved as CSV, is passed over, as in a
 * workbook (docs/spreadsheets.md); a row that may be data never is. Every column of `columns` must be there,
 * once, unless it is optional; columns with other headers are ignored (tally sheets often carry a 备注
 * notes column). A data row must not have filled cells beyond the header.
 */
export function csvTable<K extends string>(
  file: string,
  text: string,
  columns: readonly ColumnSpec<K>[],
  /** What a data row is, for the message when there is none: a header alone is not an empty sheet to trust. */
  rowKind: { readonly zh: string; readonly en: string },
): Result<TableRow<K>[]> {
  const parsed = csvRows(file, text);
  if (!parsed.ok) return parsed;
  const start = headerIndex(parsed.value, columns);
  const header = start.header ?? parsed.value[start.index];
  const data = parsed.value.slice(start.index + 1);
  if (!header)
    return fail({
      file,
      line: 1,
      message: { zh: '文件为空，缺少表头', en: 'the file is empty: no header row' },
    });
  const errors: InputError[] = [];
  const place = new Map<K, number>();
  header.cells.forEach((cell, index) => {
    const spec = columns.find((column) =>
      column.headers.some((name) => headerKey(name) === headerKey(cell.text)),
    );
    if (!spec) return;
    if (place.has(spec.key))
      errors.push({
        file,
        line: cell.line,
        column: cell.column,
        message: { zh: `“${spec.zh}”列重复`, en: `the ${spec.key} column appears twice` },
      });
    else place.set(spec.key, index);
  });
  const missing = columns.filter((spec) => !spec.optional && !place.has(spec.key));
  const perBox = boxesAcross(header.cells, missing, place);
  // A box's figures listed label beside number, one to a row: one message, not one per missing column.
  const listed =
    missing.length > 0 && !perBox
      ? labelValueRows(
          parsed.value
            .slice(0, ROWS_LOOKED_AT)
            .map((row) => ({ row: row.line, texts: row.cells.map((cell) => cell.text) })),
        )
      : null;
  if (perBox) errors.push({ file, line: header.line, message: perBox });
  else if (listed) return fail({ file, line: listed.first, message: labelValueMessage(listed, null) });
  else if (missing.length > 1 && wrongSeparators(header.cells))
    // One cause, the separator: one message naming every column it hid, not one line per column.
    errors.push(missingColumnsMessage(file, header.line, missing, header.cells));
  else for (const spec of missing) errors.push(missingColumn(file, header.line, spec, header.cells));
  for (const row of data) {
    const extra = row.cells.slice(header.cells.length).find((cell) => cell.text !== '');
    if (extra)
      errors.push({
        file,
        line: extra.line,
        column: extra.column,
        message: { zh: '此行的单元格比表头多', en: 'the row has more cells than the header' },
      });
  }
  if (errors.length === 0 && data.length === 0)
    errors.push({
      file,
      line: header.line + 1,
      message: {
        zh: `文件只有表头，没有任何${rowKind.zh}行`,
        en: `the file holds only its header: no ${rowKind.en} rows`,
      },
    });
  if (errors.length > 0) return failWith(errors);
  return ok(
    data.map((row) => ({
      line: row.line,
      has: (column: K): boolean => place.has(column),
      cell(column: K): CsvCell {
        const found = row.cells[place.get(column) ?? -1];
        if (found) return found;
        // A short row: the missing cell is placed just after the row's last cell.
        const last = row.cells.at(-1);
        return { text: '', line: last?.line ?? row.line, column: last ? last.column + last.text.length : 1 };
      },
    })),
  );
}

/**
 * A vote sheet laid out across: one column per box (主会场, 分会场, 流动票箱, often 合计) beside the contest
 * and candidate, and no box or votes column. Said in one message that names those columns and the layout
 * wanted, rather than as two missing columns. Null for any other header.
 */
function boxesAcross<K extends string>(
  header: readonly CsvCell[],
  missing: readonly ColumnSpec<K>[],
  place: ReadonlyMap<K, number>,
): { readonly zh: string; readonly en: string } | null {
  const keys = new Set<string>(missing.map((spec) => spec.key));
  if (missing.length !== 2 || !keys.has('box') || !keys.has('votes')) return null;
  if (!([...place.keys()] as string[]).includes('candidate')) return null;
  const used = new Set(place.values());
  const others = header.filter((cell, index) => !used.has(index) && cell.text.trim() !== '');
  if (others.length === 0) return null;
  return perBoxColumnsMessage(others.map((cell) => cell.text.trim()));
}

/** The message for a vote sheet laid out across, one column per box (`names`); the workbook reader's too. */
export function perBoxColumnsMessage(names: readonly string[]): { readonly zh: string; readonly en: string } {
  return {
    zh:
      `缺少“票箱”和“得票”列：表头其余各列（${names.join('、')}）看起来是每个票箱一列；` +
      '计票单应每个票箱、职位、候选人一行，表头为：票箱,职位,候选人,得票',
    en:
      `missing the box and votes columns: the header's other columns (${names.join(', ')}) look like one column per box; ` +
      'the tally sheets need one row per box, contest and candidate, headed box,contest,candidate,votes',
  };
}

/** Full-width commas or tabs in the header: the columns were not separated with ",". */
const wrongSeparators = (header: readonly CsvCell[]) =>
  header.some((cell) => cell.text.includes('，') || cell.text.includes('\t'));

/** The advice on a header separated with something else than ",", in both languages ('' when it is not). */
function separatorAdvice(header: readonly CsvCell[]): { readonly zh: string; readonly en: string } {
  const fullWidthComma = header.some((cell) => cell.text.includes('，'));
  // Saved as "text (tab-separated)", the whole header is one cell holding tabs.
  const tabs = header.some((cell) => cell.text.includes('\t'));
  return {
    zh:
      (fullWidthComma ? '；表头中有全角逗号“，”，应使用半角逗号“,”分隔' : '') +
      (tabs ? '；表头中有制表符：请把表格另存为以逗号分隔的 CSV' : ''),
    en:
      (fullWidthComma ? '; the header holds full-width commas “，”: separate columns with “,”' : '') +
      (tabs ? '; the header holds tabs: save the sheet as CSV, with commas between columns' : ''),
  };
}

function missingColumn<K extends string>(
  file: string,
  line: number,
  spec: ColumnSpec<K>,
  header: readonly CsvCell[],
): InputError {
  const accepted = spec.headers.join(', ');
  const advice = separatorAdvice(header);
  return {
    file,
    line,
    message: {
      zh: `缺少“${spec.zh}”列（表头可写作：${accepted}）` + advice.zh,
      en: `missing the ${spec.key} column (headers accepted: ${accepted})` + advice.en,
    },
  };
}

/** Several columns missing for one cause (the separator): every one named in one message. */
function missingColumnsMessage<K extends string>(
  file: string,
  line: number,
  missing: readonly ColumnSpec<K>[],
  header: readonly CsvCell[],
): InputError {
  const advice = separatorAdvice(header);
  const keys = missing.map((spec) => spec.key);
  const englishList = `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)!}`;
  return {
    file,
    line,
    message: {
      zh:
        `缺少${missing.map((spec) => `“${spec.zh}”`).join('、')}列（表头可写作：` +
        `${missing.map((spec) => spec.headers.join(', ')).join('；')}）` +
        advice.zh,
      en:
        `missing the ${englishList} columns (headers accepted: ` +
        `${missing.map((spec) => spec.headers.join(', ')).join('; ')})` +
        advice.en,
    },
  };
}

/** How far down a title block above the header may reach (a title, a date, a banner, blank lines). */
const HEADER_SEARCH_ROWS = 20;

/** A cell that may be a count: digits, with separators (the count reader is stricter; this errs wide). */
const MAY_BE_COUNT = /^[\d０-９][\d０-９,，.．\s]*$/;

function namesEvery<K extends string>(
  row: { readonly cells: readonly CsvCell[] },
  columns: readonly ColumnSpec<K>[],
) {
  const keys = new Set(row.cells.map((cell) => headerKey(cell.text)));
  return columns.every((spec) => spec.optional || spec.headers.some((name) => keys.has(headerKey(name))));
}

/**
 * The lower row of a two-row header with its empty cells filled from the row above, as a header cell
 * merged down over both rows is saved to CSV (票箱 in the upper row only, beside a banner over 登记选民 …).
 */
function mergedDown(upper: CsvRow, lower: CsvRow): CsvRow {
  const cells = lower.cells.map((cell, index) => {
    const above = upper.cells[index];
    return cell.text.trim() === '' && above && above.text.trim() !== '' ? above : cell;
  });
  for (let index = lower.cells.length; index < upper.cells.length; index++) cells.push(upper.cells[index]!);
  return { line: lower.line, cells };
}

/**
 * The header row: the first row, unless a later one is the header below a title block (or, with the
 * row above it, a two-row header saved from merged cells). `header` is set when it is not a row as read.
 */
function headerIndex<K extends string>(
  rows: readonly CsvRow[],
  columns: readonly ColumnSpec<K>[],
): { index: number; header?: CsvRow } {
  if (rows.length === 0 || namesEvery(rows[0]!, columns)) return { index: 0 };
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const row = rows[index]!;
    if (index > 0 && namesEvery(row, columns)) return { index };
    if (row.cells.some((cell) => MAY_BE_COUNT.test(cell.text.trim()))) return { index: 0 };
    if (index > 0) {
      const merged = mergedDown(rows[index - 1]!, row);
      if (namesEvery(merged, columns)) return { index, header: merged };
    }
  }
  return { index: 0 };
}
