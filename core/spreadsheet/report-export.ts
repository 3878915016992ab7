import type { Lang } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { reportCsv, reportSheets } from './report-sheets.js';
import { writeXlsx } from './write-xlsx.js';

/** The spreadsheet forms of the report, for township staff: the command line's and the dashboard's. */
export type SheetFormat = 'csv' | 'xlsx';

export function sheetFormat(format: unknown): SheetFormat | undefined {
  return format === 'csv' || format === 'xlsx' ? format : undefined;
}

/**
 * The report as one CSV text (UTF-8 with a byte order mark, its tables one after another) or as the
 * bytes of an .xlsx workbook (a sheet per table); either way every text cell that a spreadsheet would
 * take for a formula is neutralised (report-sheets.ts).
 */
export function reportSpreadsheet(report: Report, format: SheetFormat, lang: Lang): string | Uint8Array {
  const sheets = reportSheets(report, lang);
  return format === 'xlsx' ? writeXlsx(sheets) : reportCsv(sheets);
}

/** The media type of each form, for a download. */
export const SHEET_MEDIA_TYPES: Readonly<Record<SheetFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
