import type { InputError } from '../model/result.js';
import type { CsvCell } from './csv-cells.js';
import { countFromCell } from './count.js';

/** A count read from a cell, or the InputError that says, at the cell, what is wrong with it. */
export function cellCount(
  file: string,
  cell: CsvCell,
  column: { readonly key: string; readonly zh: string },
): { readonly value: number } | { readonly error: InputError } {
  const reading = countFromCell(cell.text);
  if (reading.ok) return { value: reading.value };
  return {
    error: {
      file,
      line: cell.line,
      column: cell.column,
      message: { zh: `“${column.zh}”：${reading.message.zh}`, en: `${column.key}: ${reading.message.en}` },
    },
  };
}
