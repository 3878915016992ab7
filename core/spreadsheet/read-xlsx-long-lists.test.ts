// Lists as long as the input (cell errors, box rows, reader errors) are gathered without spreading them
// into one call: past about 100,000 arguments a spread overflows the stack. The readers under the
// workbook are replaced so that a 300,000-entry list needs no 300,000-row file.
import { describe, expect, it, vi } from 'vitest';
import type { Election } from '../model/election.js';
import type { InputError, Result } from '../model/result.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';

const LONG = 300_000;
const errorsOf = (file: string): InputError[] =>
  Array.from({ length: LONG }, (_, i) => ({ file, line: i + 2, message: { zh: '错', en: 'wrong' } }));

const state = vi.hoisted(() => ({ cellErrors: 0, boxes: 0 }));

vi.mock('./read-workbook.js', () => ({
  readWorkbook: () => ({ ok: true, sheets: [{ name: 'sheet', rows: new Map(), merges: [] }] }),
}));
vi.mock('./sheet-csv.js', () => ({
  sheetToCsv: (file: string) => ({
    sheet: 'sheet',
    text: '',
    cellErrors: state.cellErrors > 0 ? errorsOf(file) : [],
    place: (error: InputError) => error,
  }),
}));
vi.mock('../tallies/read-boxes.js', () => ({
  readBoxesText: (): Result<BoxSheet[]> => ({
    ok: true,
    value: Array.from({ length: state.boxes }, (_, i) => ({ box: `b${i}` })),
  }),
}));
vi.mock('../tallies/read-tallies.js', () => ({
  readTalliesText: (file: string): Result<ElectionTally> => ({ ok: false, errors: errorsOf(file) }),
}));

const { readBoxesXlsx, readTalliesXlsx } = await import('./read-xlsx.js');

const election: Election = { name: 'e', rules: 'cn-village', round: 'first', contests: [] };
const bytes = new Uint8Array();

describe('workbook lists of any length', () => {
  it('returns 300,000 cell errors', () => {
    Object.assign(state, { cellErrors: LONG, boxes: 0 });
    const read = readBoxesXlsx('boxes.xlsx', bytes);
    expect(read.ok ? 0 : read.errors.length).toBe(LONG);
  });

  it('returns 300,000 box rows of one sheet', () => {
    Object.assign(state, { cellErrors: 0, boxes: LONG });
    const read = readBoxesXlsx('boxes.xlsx', bytes);
    expect(read.ok ? read.value.length : 0).toBe(LONG);
  });

  it('returns 300,000 errors of a tally sheet', () => {
    Object.assign(state, { cellErrors: 0, boxes: 0 });
    const read = readTalliesXlsx('tallies.xlsx', bytes, election);
    expect(read.ok ? 0 : read.errors.length).toBe(LONG);
  });
});
