import { strToU8, zipSync } from 'fflate';
import { toA1 } from './read-workbook.js';

/** A cell to write: text, a number, or a formula with (or, to test readers, without) its cached value. */
export type WrittenCell = string | number | null | { readonly formula: string; readonly cached?: number };

export interface WrittenSheet {
  readonly name: string;
  readonly rows: readonly (readonly WrittenCell[])[];
  /** Merged ranges in A1 form, such as `A1:D1`. */
  readonly merges?: readonly string[];
}

/**
 * A minimal .xlsx writer (Office Open XML SpreadsheetML, ECMA-376): the parts Excel and WPS need to
 * open a workbook, text as shared strings, numbers as numbers. Zipped by fflate; the entries' order and
 * dates are fixed, so the same sheets always give the same bytes.
 */
export function writeXlsx(sheets: readonly WrittenSheet[]): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const stringIndex = (text: string): number => {
    let index = sharedIndex.get(text);
    if (index === undefined) {
      index = shared.length;
      shared.push(text);
      sharedIndex.set(text, index);
    }
    return index;
  };
  const sheetXml = sheets.map((sheet) => worksheet(sheet, stringIndex));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `</Types>`,
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
        sheets
          .map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        `</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
        `</Relationships>`,
    ),
  };
  sheetXml.forEach((text, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml(text)));
  files['xl/sharedStrings.xml'] = xml(
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">` +
      shared.map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`).join('') +
      `</sst>`,
  );
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

function worksheet(sheet: WrittenSheet, stringIndex: (text: string) => number): string {
  const rows = sheet.rows
    .map((cells, r) => {
      const written = cells
        .map((cell, c) => {
          const ref = toA1(r + 1, c + 1);
          if (cell === null || cell === '') return '';
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${stringIndex(cell)}</v></c>`;
          const cached = cell.cached === undefined ? '' : `<v>${cell.cached}</v>`;
          return `<c r="${ref}"><f>${escape(cell.formula)}</f>${cached}</c>`;
        })
        .join('');
      return `<row r="${r + 1}">${written}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    : '';
  return (
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetData>${rows}</sheetData>${merges}</worksheet>`
  );
}

const xml = (body: string): Uint8Array =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

/** XML-escaped, without the control characters XML 1.0 cannot hold (tab and line breaks are kept). */
function escape(text: string): string {
  const allowed = [...text].filter((char) => {
    const code = char.charCodeAt(0);
    return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
  });
  return allowed
    .join('')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}
