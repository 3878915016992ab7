import { writeNewFileAtomic } from './commands/write-receipt.js';
import type { Report } from '../core/index.js';
import { reportSpreadsheet, type SheetFormat } from '../core/spreadsheet/report-export.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './parse-args.js';
import { refusedOutput, writeFailure } from './output-path.js';

/** The spreadsheet forms of the report that `check --format` offers besides text and json. */
export { sheetFormat, type SheetFormat } from '../core/spreadsheet/report-export.js';

/** --out goes with a spreadsheet format only, and an .xlsx (binary) is never written to a terminal. */
export function checkExportFlags(format: SheetFormat | undefined, out: string | undefined): void {
  if (out !== undefined && format === undefined)
    throw new UsageError('--out 只用于 --format csv 或 xlsx', '--out goes with --format csv or xlsx');
  if (format === 'xlsx' && out === undefined)
    throw new UsageError('--format xlsx 需要 --out 文件', '--format xlsx needs an --out file');
}

/**
 * Writes the report as CSV (to --out, or standard output) or as an .xlsx workbook (to --out). Like a
 * receipt, it never replaces a file, and is written whole or not at all. Returns an exit status when it could not write, else null.
 */
export function writeReportExport(
  report: Report,
  format: SheetFormat,
  out: string | undefined,
  io: CliIo,
): number | null {
  const data = reportSpreadsheet(report, format, io.lang);
  if (out === undefined) {
    // On standard output: plain lines, no byte order mark (the terminal is not a spreadsheet).
    if (typeof data === 'string')
      io.out(
        data
          .replace(/^\ufeff/u, '')
          .replace(/\r\n/gu, '\n')
          .trimEnd(),
      );
    return null;
  }
  try {
    writeNewFileAtomic(out, data, 0o644);
  } catch (error) {
    io.err(refusedOutput(out) ?? writeFailure(out, error));
    return 2;
  }
  return null;
}
