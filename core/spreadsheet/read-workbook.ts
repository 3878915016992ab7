import type { Bilingual } from '../model/finding.js';
import { scanXml } from './xml-scan.js';
import { DEFAULT_ZIP_LIMITS, readZipEntries, type ZipLimits } from './zip-entries.js';

/** A cell's text as shown (a number as written in the file), or the reason it cannot be read. */
export interface SheetCell {
  readonly text: string;
  readonly problem?: Bilingual;
}

/** A rectangle of merged cells, 1-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  readonly name: string;
  /** Row number -> column number -> cell, rows in ascending order. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, SheetCell>>;
  readonly merges: readonly MergedRange[];
}

export type WorkbookRead = { ok: true; sheets: Sheet[] } | { ok: false; message: Bilingual };

/** Excel's own bounds: 1,048,576 rows and 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

/**
 * Reads the sheets of an .xlsx workbook, in the workbook's order: shared strings, inline strings,
 * numbers and booleans; a formula cell by its cached value; a formula with no cached value, or an error
 * value such as #DIV/0!, as a cell with a problem (reported only if the cell is used).
 */
export function readWorkbook(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): WorkbookRead {
  const zip = readZipEntries(bytes, (name) => WANTED.test(name), limits);
  if (!zip.ok) return zip;
  const utf8 = new TextDecoder('utf-8');
  const text = (name: string): string | undefined => {
    const entry = zip.entries.get(name);
    return entry ? utf8.decode(entry) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  const relsXml = text('xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined || relsXml === undefined)
    return bad('不是 Excel 工作簿（缺少 xl/workbook.xml）', 'not an Excel workbook (no xl/workbook.xml)');
  const targets = new Map<string, string>();
  const relsProblem = scanXml(relsXml, {
    open(name, attributes) {
      const id = attributes.get('Id');
      const target = attributes.get('Target');
      if (name === 'Relationship' && id && target) targets.set(id, target);
    },
    close() {},
    text() {},
  });
  const listed: { name: string; relation: string }[] = [];
  const workbookProblem =
    relsProblem ??
    scanXml(workbookXml, {
      open(name, attributes) {
        const sheetName = attributes.get('name');
        const relation = attributes.get('id');
        if (name === 'sheet' && sheetName !== undefined && relation)
          listed.push({ name: sheetName, relation });
      },
      close() {},
      text() {},
    });
  if (workbookProblem) return malformed('xl/workbook.xml', workbookProblem);
  const shared: string[] = [];
  const sharedXml = text('xl/sharedStrings.xml');
  if (sharedXml !== undefined) {
    const problem = readSharedStrings(sharedXml, shared);
    if (problem) return malformed('xl/sharedStrings.xml', problem);
  }
  const sheets: Sheet[] = [];
  for (const { name, relation } of listed) {
    const target = targets.get(relation);
    // Targets are relative to xl/ or absolute from the package root.
    const path = target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = path === undefined ? undefined : text(path);
    if (xml === undefined) {
      // A worksheet the workbook lists but the file lacks: damaged, never a sheet passed over unseen.
      if (path !== undefined && /^xl\/worksheets\/[^/]+\.xml$/.test(path))
        return bad(
          `工作簿列出了工作表“${name}”，但文件中缺少它的内容 ${path}：文件已损坏或不完整，请在 Excel 或 WPS 中打开并重新保存`,
          `the workbook lists the sheet “${name}”, but its part ${path} is missing from the file: it is damaged or incomplete; open and save it again in Excel or WPS`,
        );
      continue; // a chart sheet or a dialog sheet: no cells to read
    }
    const sheet = readSheet(name, xml, shared);
    if ('problem' in sheet) return malformed(`${path ?? ''}（${name}）`, sheet.problem);
    sheets.push(sheet);
  }
  return { ok: true, sheets };
}

const bad = (zh: string, en: string): WorkbookRead => ({ ok: false, message: { zh, en } });
const malformed = (part: string, problem: string): WorkbookRead =>
  bad(
    `工作簿的 ${part} 已损坏或不完整，不是有效的 XML（${problem}）：请在 Excel 或 WPS 中打开并重新保存`,
    `the workbook's ${part} is damaged or incomplete, not valid XML (${problem}): open and save it again in Excel or WPS`,
  );

/** Each <si> is one string: its <t> texts joined, phonetic guides (<rPh>) left out. */
function readSharedStrings(xml: string, into: string[]): string | undefined {
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  return scanXml(xml, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si' && current) {
        into.push(current.join(''));
        current = undefined;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (current && inText && phonetic === 0) current.push(text);
    },
  });
}

interface CellInProgress {
  row: number;
  column: number;
  type: string;
  value?: string;
  inline: string[];
  formula: boolean;
}

function readSheet(name: string, xml: string, shared: readonly string[]): Sheet | { problem: string } {
  const rows = new Map<number, Map<number, SheetCell>>();
  const merges: MergedRange[] = [];
  let problem: string | undefined;
  let rowNumber = 0;
  let columnNumber = 0;
  let cell: CellInProgress | undefined;
  let capture: 'v' | 't' | undefined;
  let phonetic = 0;
  let valueText: string[] = [];
  const finish = (done: CellInProgress): void => {
    const read = cellValue(done, shared);
    if (!read) return;
    let row = rows.get(done.row);
    if (!row) rows.set(done.row, (row = new Map()));
    row.set(done.column, read);
  };
  const scanProblem = scanXml(xml, {
    open(element, attributes) {
      if (problem) return;
      if (element === 'row') {
        const r = attributes.get('r');
        rowNumber = r === undefined ? rowNumber + 1 : Number(r);
        if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROW)
          problem = `a row numbered “${r ?? ''}”`;
        columnNumber = 0;
      } else if (element === 'c') {
        const reference = attributes.get('r');
        const place =
          reference === undefined ? { row: rowNumber, column: columnNumber + 1 } : parseA1(reference);
        if (!place || place.row !== rowNumber) {
          problem = `a cell reference “${reference ?? ''}” outside its row ${rowNumber}`;
          return;
        }
        columnNumber = place.column;
        cell = {
          row: place.row,
          column: place.column,
          type: attributes.get('t') ?? 'n',
          inline: [],
          formula: false,
        };
      } else if (cell && element === 'f') cell.formula = true;
      else if (cell && element === 'v') {
        capture = 'v';
        valueText = [];
      } else if (cell && element === 't') capture = 't';
      else if (element === 'rPh') phonetic++;
      else if (element === 'mergeCell') {
        const range = parseRange(attributes.get('ref') ?? '');
        if (range) merges.push(range);
        else problem = `a merged range “${attributes.get('ref') ?? ''}”`;
      }
    },
    close(element) {
      if (problem) return;
      if (element === 'c' && cell) {
        finish(cell);
        cell = undefined;
      } else if (element === 'v' && cell) {
        cell.value = valueText.join('');
        capture = undefined;
      } else if (element === 't') capture = undefined;
      else if (element === 'rPh') phonetic--;
    },
    text(text) {
      if (capture === 'v') valueText.push(text);
      else if (capture === 't' && cell && phonetic === 0) cell.inline.push(text);
    },
  });
  const found = scanProblem ?? problem;
  if (found) return { problem: found };
  return { name, rows: new Map([...rows].sort((a, b) => a[0] - b[0])), merges };
}

function cellValue(cell: CellInProgress, shared: readonly string[]): SheetCell | undefined {
  const value = cell.value;
  if (cell.type === 'inlineStr') return { text: cell.inline.join('') };
  if (value === undefined || value === '') {
    if (!cell.formula) return undefined; // a formatted but empty cell
    return {
      text: '',
      problem: {
        zh: '单元格是公式，但文件中没有保存其计算结果（请在 Excel 或 WPS 中打开并重新保存）',
        en: 'the cell holds a formula whose value was not saved in the file (open and save it again in Excel or WPS)',
      },
    };
  }
  switch (cell.type) {
    case 's': {
      const index = Number(value);
      const text = Number.isInteger(index) ? shared[index] : undefined;
      if (text === undefined)
        return {
          text: '',
          problem: {
            zh: `单元格引用了不存在的共享字符串 ${value}`,
            en: `the cell refers to a shared string ${value} that does not exist`,
          },
        };
      return { text };
    }
    case 'e':
      return {
        text: value,
        problem: { zh: `单元格的值是错误值 ${value}`, en: `the cell holds the error value ${value}` },
      };
    case 'b':
      return { text: value === '1' ? 'TRUE' : 'FALSE' };
    case 'n':
      return { text: numberText(value) };
    default: // 'str' (a formula's text), 'd' (an ISO date)
      return { text: value };
  }
}

/** A whole number written as 1.63E3 or 1630.0 is shown as 1630; anything else is left as written. */
function numberText(value: string): string {
  const number = Number(value);
  return Number.isSafeInteger(number) && value.trim() !== '' ? String(number) : value;
}

/** `B12` -> row 12, column 2. */
export function parseA1(reference: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const char of (match[1] ?? '').toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) return undefined;
  return { row, column };
}

/** Column 2 row 12 -> `B12`. */
export function toA1(row: number, column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function parseRange(reference: string): MergedRange | undefined {
  const [from, to = from] = reference.split(':');
  const start = parseA1(from ?? '');
  const end = parseA1(to ?? '');
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
