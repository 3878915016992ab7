import type { Election } from '../model/election.js';
import type { Bilingual } from '../model/finding.js';
import { pushAll } from '../model/long-lists.js';
import { fail, failWith, ok, type InputError, type Result } from '../model/result.js';
import { addTally, emptyTally, type BoxSheet, type ElectionTally } from '../model/tally.js';
import { BOX_COLUMNS, headerKey, TALLY_COLUMNS, type ColumnSpec } from '../tallies/csv-columns.js';
import { perBoxColumnsMessage } from '../tallies/csv-table.js';
import { readBoxesText } from '../tallies/read-boxes.js';
import { readTalliesText } from '../tallies/read-tallies.js';
import { labelValueSheet } from './label-value-sheet.js';
import { readWorkbook, type Sheet } from './read-workbook.js';
import { sheetToCsv, type SheetCsv } from './sheet-csv.js';
import type { ZipLimits } from './zip-entries.js';

/** An .xlsx file (any ZIP archive) starts with a local file header, `PK\x03\x04`. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface XlsxReadOptions {
  readonly limits?: ZipLimits;
}

/**
 * Tally sheets from a workbook: every sheet whose header row names the box (or, one sheet per box, not),
 * contest, candidate and votes columns; other sheets (notes, the box accounts) are passed over. The
 * same box in two sheets is refused rather than added up.
 */
export function readTalliesXlsx(
  file: string,
  bytes: Uint8Array,
  election: Election,
  options: XlsxReadOptions = {},
): Result<ElectionTally> {
  const tables = workbookTables(file, bytes, TALLY_COLUMNS, new Set(['votes']), options);
  if (!tables.ok) return tables;
  const errors: InputError[] = [];
  // Summed in place: merging each sheet into a new copy of the sum so far was quadratic in the sheets.
  const tally = emptyTally();
  const boxSheet = new Map<string, string>();
  for (const table of tables.value) {
    const read = readTalliesText(file, table.text, election);
    if (!read.ok) {
      pushAll(
        errors,
        read.errors.map((error) => table.place(error)),
      );
      continue;
    }
    for (const box of read.value.boxes.keys()) pushAll(errors, repeatedBox(file, boxSheet, box, table.sheet));
    addTally(tally, read.value);
  }
  return errors.length > 0 ? failWith(errors) : ok(tally);
}

/** Box accounts from a workbook: one sheet for all boxes, or one sheet (a row) per box. */
export function readBoxesXlsx(
  file: string,
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Result<BoxSheet[]> {
  const counts = new Set<string>(
    BOX_COLUMNS.filter((column) => column.key !== 'box').map((column) => column.key),
  );
  const tables = workbookTables(file, bytes, BOX_COLUMNS, counts, options);
  if (!tables.ok) return tables;
  const errors: InputError[] = [];
  const sheets: BoxSheet[] = [];
  const boxSheet = new Map<string, string>();
  for (const table of tables.value) {
    const read = readBoxesText(file, table.text);
    if (!read.ok) {
      pushAll(
        errors,
        read.errors.map((error) => table.place(error)),
      );
      continue;
    }
    for (const sheet of read.value) pushAll(errors, repeatedBox(file, boxSheet, sheet.box, table.sheet));
    // A cell named by a finding is named by its sheet, row and column, not by the line of the text read.
    pushAll(
      sheets,
      read.value.map((sheet) => {
        const cell = sheet.invalidCell;
        if (cell?.line === undefined || cell.column === undefined) return sheet;
        return { ...sheet, invalidCell: table.cellAt(cell.line, cell.column) };
      }),
    );
  }
  return errors.length > 0 ? failWith(errors) : ok(sheets);
}

/**
 * Whether a workbook holds a table of box accounts (`boxes`) or of votes (`tallies`): a sheet whose header
 * row names its columns. A workbook that does not read holds neither; its reader says why.
 */
export function workbookHolds(
  bytes: Uint8Array,
  what: 'boxes' | 'tallies',
  options: XlsxReadOptions = {},
): boolean {
  const workbook = readWorkbook(bytes, options.limits);
  if (!workbook.ok) return false;
  const [columns, counts] =
    what === 'boxes'
      ? [
          BOX_COLUMNS,
          new Set<string>(BOX_COLUMNS.filter((column) => column.key !== 'box').map((column) => column.key)),
        ]
      : [TALLY_COLUMNS, new Set(['votes'])];
  return workbook.sheets.some((sheet) => sheetToCsv('', sheet, columns, counts) !== undefined);
}

function workbookTables<K extends string>(
  file: string,
  bytes: Uint8Array,
  columns: readonly ColumnSpec<K>[],
  countKeys: ReadonlySet<string>,
  options: XlsxReadOptions,
): Result<SheetCsv[]> {
  const workbook = readWorkbook(bytes, options.limits);
  if (!workbook.ok) return fail({ file, message: workbook.message });
  const tables: SheetCsv[] = [];
  for (const sheet of workbook.sheets) {
    const table = sheetToCsv(file, sheet, columns, countKeys);
    if (table) tables.push(table);
  }
  const cellErrors = tables.flatMap((table) => table.cellErrors);
  if (cellErrors.length > 0) return failWith(cellErrors);
  if (tables.length > 0) return ok(tables);
  const across = countKeys.has('votes') ? votesAcross(workbook.sheets) : null;
  if (across) return fail({ file, message: across });
  const listed = labelValueSheet(workbook.sheets);
  if (listed) return fail({ file, message: listed });
  const wanted = columns.filter((column) => column.key !== 'box' && !column.optional);
  const names = workbook.sheets.map((sheet) => `“${sheet.name}”`).join('、');
  return fail({
    file,
    message: {
      zh:
        `工作簿中没有一张工作表带有“${wanted.map((column) => column.zh).join('”“')}”表头行` +
        `（共有工作表：${names || '无'}）`,
      en:
        `no sheet of the workbook has a header row with the columns ${wanted.map((column) => column.key).join(', ')}` +
        ` (its sheets: ${workbook.sheets.map((sheet) => `“${sheet.name}”`).join(', ') || 'none'})`,
    },
  });
}

/** How far down a sheet a header is looked for when the sheet has no table (a title block above it). */
const HEADER_ROWS = 20;

/**
 * A vote sheet laid out across: a row naming the contest and candidate columns but no box or votes
 * column, with other headers beside them (one column per box). The message names the sheet and row.
 */
function votesAcross(sheets: readonly Sheet[]): Bilingual | null {
  const named = (key: string) =>
    new Set(
      TALLY_COLUMNS.filter((column) => column.key === key).flatMap((column) => column.headers.map(headerKey)),
    );
  const [contest, candidate, box, votes] = ['contest', 'candidate', 'box', 'votes'].map(named) as [
    Set<string>,
    Set<string>,
    Set<string>,
    Set<string>,
  ];
  for (const sheet of sheets) {
    let seen = 0;
    for (const [row, cells] of sheet.rows) {
      if (++seen > HEADER_ROWS) break;
      const keys = [...cells.values()].map((cell) => headerKey(cell.text));
      if (!keys.some((key) => contest.has(key)) || !keys.some((key) => candidate.has(key))) continue;
      if (keys.some((key) => box.has(key) || votes.has(key))) continue;
      const others = [...cells.values()]
        .map((cell) => cell.text.trim())
        .filter((text) => text !== '' && !contest.has(headerKey(text)) && !candidate.has(headerKey(text)));
      if (others.length === 0) continue;
      const message = perBoxColumnsMessage(others);
      return {
        zh: `工作表“${sheet.name}”第 ${row} 行：${message.zh}`,
        en: `sheet “${sheet.name}”, row ${row}: ${message.en}`,
      };
    }
  }
  return null;
}

function repeatedBox(file: string, seen: Map<string, string>, box: string, sheet: string): InputError[] {
  const earlier = seen.get(box);
  if (earlier === undefined) {
    seen.set(box, sheet);
    return [];
  }
  return [
    {
      file,
      message: {
        zh: `票箱“${box}”出现在两张工作表中：“${earlier}”和“${sheet}”`,
        en: `box “${box}” appears in two sheets: “${earlier}” and “${sheet}”`,
      },
    },
  ];
}
