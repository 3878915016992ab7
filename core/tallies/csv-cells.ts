import Papa from 'papaparse';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { lineIndex } from '../text/text-position.js';

/** One CSV cell: its text with surrounding whitespace trimmed, and where it starts in the file. */
export interface CsvCell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface CsvRow {
  /** Line of the row's first character (1-based; the header is line 1 unless blank lines precede it). */
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

/**
 * Splits decoded CSV text into rows of cells with their line and column, for error messages. Papaparse
 * does the parsing (quotes, doubled quotes, line breaks inside quotes); it reports
 * where each row ends, and the column of each cell is found by stepping over the cells papaparse
 * returned. Blank rows, and rows of empty cells only (spreadsheets export those as `,,,`), are dropped.
 * Cells are trimmed of surrounding whitespace, full-width spaces included, because spreadsheets and
 * hand typing leave it and no name or count on a tally sheet means anything by it.
 */
export function csvRows(file: string, raw: string): Result<CsvRow[]> {
  // One kind of line end for papaparse, which guesses a single kind for the whole file: a title typed
  // above a header on another machine (CRLF over LF) otherwise makes the body one long row. Line and
  // column numbers stay those of the file, since a line end is never inside a line.
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const index = lineIndex(text);
  const rows: CsvRow[] = [];
  const errors: InputError[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
    step(step) {
      for (const error of step.errors) {
        const place = index.positionAt(error.index ?? rowStart);
        errors.push({
          file,
          line: place.line,
          column: place.column,
          message: {
            zh: `CSV 引号使用有误（${error.message}）`,
            en: `malformed CSV quoting (${error.message})`,
          },
        });
      }
      const starts = cellStarts(text, rowStart, step.data);
      const cells = step.data.map((raw, i): CsvCell => {
        const place = index.positionAt(starts[i] ?? rowStart);
        return { text: raw.trim(), line: place.line, column: place.column };
      });
      if (cells.some((cell) => cell.text !== '')) rows.push({ line: index.positionAt(rowStart).line, cells });
      rowStart = step.meta.cursor;
    },
  });
  return errors.length > 0 ? failWith(errors) : ok(rows);
}

/**
 * Offsets where each cell of a row starts. An unquoted cell spans its text exactly; a quoted one spans
 * its opening quote to the closing quote (doubled quotes inside), then any spaces papaparse allows
 * before the comma.
 */
function cellStarts(text: string, rowStart: number, cells: readonly string[]): number[] {
  const starts: number[] = [];
  let at = rowStart;
  for (const cell of cells) {
    starts.push(at);
    if (text.charAt(at) === '"') {
      at++;
      while (at < text.length && !(text.charAt(at) === '"' && text.charAt(at + 1) !== '"'))
        at += text.charAt(at) === '"' ? 2 : 1;
      at++;
      while (text.charAt(at) === ' ' || text.charAt(at) === '\t') at++;
    } else {
      at += cell.length;
    }
    at++; // the comma
  }
  return starts;
}
