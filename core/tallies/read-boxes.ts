import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { voidBeyondReturned, type BoxSheet } from '../model/tally.js';
import { decodeText, type TextEncodingName } from '../text/decode-text.js';
import { cellCount } from './csv-count.js';
import { BOX_COLUMNS } from './csv-columns.js';
import { csvTable } from './csv-table.js';
import { isTotalLabel, onlyTotalsError } from './total-row.js';

export interface CsvReadOptions {
  /** Forces the text encoding; detected when absent. */
  readonly encoding?: TextEncodingName;
}

const FIGURES = BOX_COLUMNS.filter((column) => column.key !== 'box');

/**
 * Reads `boxes.csv` (contract §2): one row per ballot box with its registered voters and its ballots
 * issued, returned and void, and optionally the voters who signed in (投票人数). Every cell of a column
 * the file has must be filled; every problem is reported with its line and column.
 */
export function readBoxes(file: string, bytes: Uint8Array, options: CsvReadOptions = {}): Result<BoxSheet[]> {
  const decoded = decodeText(file, bytes, options.encoding);
  if (!decoded.ok) return decoded;
  return readBoxesText(file, decoded.value.text);
}

export function readBoxesText(file: string, text: string): Result<BoxSheet[]> {
  const table = csvTable(file, text, BOX_COLUMNS, { zh: '票箱', en: 'box' });
  if (!table.ok) return table;
  const errors: InputError[] = [];
  const sheets: BoxSheet[] = [];
  const seen = new Map<string, number>();
  for (const row of table.value) {
    const box = row.cell('box');
    if (isTotalLabel(box.text)) continue;
    if (box.text === '') {
      errors.push({
        file,
        line: box.line,
        column: box.column,
        message: { zh: '票箱名称为空', en: 'the box name is empty' },
      });
    } else {
      const earlier = seen.get(box.text);
      if (earlier !== undefined)
        errors.push({
          file,
          line: box.line,
          column: box.column,
          message: {
            zh: `票箱“${box.text}”重复（第 ${earlier} 行已有）`,
            en: `box “${box.text}” repeats (already on line ${earlier})`,
          },
        });
      else seen.set(box.text, row.line);
    }
    const figures: Record<string, number> = {};
    const places: Record<string, { line: number; column: number }> = {};
    for (const column of FIGURES) {
      if (!row.has(column.key)) continue;
      const cell = row.cell(column.key);
      const count = cellCount(file, cell, column);
      if ('error' in count)
        errors.push(column.key === 'registered' ? withNoElectorateHint(count.error, cell.text) : count.error);
      else {
        figures[column.key] = count.value;
        places[column.key] = { line: cell.line, column: cell.column };
      }
    }
    const invalidCell = voidBeyondReturned({ invalid: figures['invalid'], returned: figures['returned'] })
      ? places['invalid']
      : undefined;
    sheets.push({
      box: box.text,
      registered: figures['registered'],
      issued: figures['issued'],
      returned: figures['returned'],
      invalid: figures['invalid'],
      ...(invalidCell ? { invalidCell: { file, ...invalidCell } } : {}),
      ...(figures['voters'] !== undefined ? { voters: figures['voters'] } : {}),
    });
  }
  const first = table.value[0];
  if (sheets.length === 0 && errors.length === 0 && first)
    errors.push(onlyTotalsError(file, first.line, { zh: '票箱', en: 'box' }));
  return errors.length > 0 ? failWith(errors) : ok(sheets);
}

/** What sheets write where a box has no registered voters of its own (a mobile box): a dash, a slash, 无. */
const NOT_APPLICABLE = /^(?:[-－—–―~～/／\\、]+|无|不适用|n\/?a)?$/iu;

/**
 * A registered count left empty or written as "not applicable" is most often a mobile box (流动票箱), whose
 * voters are registered at another box: the contract writes it 0. Said beside the refusal, never assumed.
 */
function withNoElectorateHint(error: InputError, text: string): InputError {
  if (!NOT_APPLICABLE.test(text.trim())) return error;
  return {
    ...error,
    message: {
      zh: `${error.message.zh}（没有本箱登记选民的票箱，如流动票箱，登记选民请写 0）`,
      en: `${error.message.en} (a box with no voters registered to it, such as a mobile box, is written 0)`,
    },
  };
}
