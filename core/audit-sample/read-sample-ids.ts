import { FIXED_COLUMNS } from '../ballots/ballot-columns.js';
import { failWith, fail, ok, type InputError, type Result } from '../model/result.js';
import { looksLikeXlsx, readBoxesXlsx } from '../spreadsheet/read-xlsx.js';
import { cappedErrors } from '../tallies/input-errors.js';
import { csvTable } from '../tallies/csv-table.js';
import type { ColumnSpec } from '../tallies/csv-columns.js';
import { readBoxes } from '../tallies/read-boxes.js';
import { decodeText } from '../text/decode-text.js';
import type { Population } from './population.js';

/** The boxes of boxes.csv (or its workbook), as the recount reads them: each box's name is its id. */
export function readBoxIds(file: string, bytes: Uint8Array): Result<Population> {
  const read = looksLikeXlsx(bytes) ? readBoxesXlsx(file, bytes) : readBoxes(file, bytes);
  if (!read.ok) return failWith(cappedErrors(file, read.errors));
  return ok({ kind: 'boxes', ids: read.value.map((sheet) => sheet.box) });
}

type IdColumn = 'box' | 'ballot';
const ID_COLUMNS: readonly ColumnSpec<IdColumn>[] = FIXED_COLUMNS.filter(
  (spec) => spec.role === 'box' || spec.role === 'ballot',
).map((spec) => ({ key: spec.role as IdColumn, headers: spec.headers, zh: spec.zh }));

/**
 * The ballots of ballots.csv as `BOX/BALLOT` ids, in file order; the contest columns are not read. An
 * empty box or ballot cell, and an id seen before, are errors with their line and column. The file is
 * read whole: the selection holds every id in memory anyway.
 */
export function readBallotIds(file: string, bytes: Uint8Array): Result<Population> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const table = csvTable(file, decoded.value.text, ID_COLUMNS, { zh: '选票', en: 'ballot' });
  if (!table.ok) return failWith(cappedErrors(file, table.errors));
  const errors: InputError[] = [];
  const seen = new Map<string, number>();
  const ids: string[] = [];
  for (const row of table.value) {
    const box = row.cell('box');
    const ballot = row.cell('ballot');
    const empty = box.text === '' ? box : ballot.text === '' ? ballot : undefined;
    if (empty) {
      errors.push({
        file,
        line: empty.line,
        column: empty.column,
        message: { zh: '票箱或选票编号为空', en: 'the box or ballot number is empty' },
      });
      continue;
    }
    const id = `${box.text}/${ballot.text}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) errors.push(repeated(file, id, row.line, box.column, earlier));
    else seen.set(id, row.line);
    ids.push(id);
  }
  return errors.length > 0 ? failWith(cappedErrors(file, errors)) : ok({ kind: 'ballots', ids });
}

/**
 * A plain list, one id per line (UTF-8 or GB18030). Whitespace around an id is dropped and blank lines
 * are skipped; a repeated id is an error with its line.
 */
export function readListIds(file: string, bytes: Uint8Array): Result<Population> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const errors: InputError[] = [];
  const seen = new Map<string, number>();
  const ids: string[] = [];
  decoded.value.text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const id = raw.trim();
    if (id === '') return;
    const line = index + 1;
    const earlier = seen.get(id);
    if (earlier !== undefined) errors.push(repeated(file, id, line, raw.indexOf(id) + 1, earlier));
    else seen.set(id, line);
    ids.push(id);
  });
  if (errors.length > 0) return failWith(cappedErrors(file, errors));
  if (ids.length === 0)
    return fail({ file, line: 1, message: { zh: '文件中没有任何编号', en: 'the file lists no id' } });
  return ok({ kind: 'ids', ids });
}

function repeated(file: string, id: string, line: number, column: number, earlier: number): InputError {
  return {
    file,
    line,
    column,
    message: {
      zh: `编号“${id}”重复（第 ${earlier} 行已有）`,
      en: `id “${id}” repeats (already on line ${earlier})`,
    },
  };
}
