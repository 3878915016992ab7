// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { emptyTally } from '../model/tally.js';
import { ERROR_LIMIT } from './input-errors.js';
import { readElection } from './read-election.js';
import { readTallyFiles } from './read-tally-files.js';
import { writeXlsx } from '../spreadsheet/write-xlsx.js';
import { FIXTURE_SHEETS, fixtureTally } from './testing/expected-fixtures.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const input = (name: string) => ({ file: name, bytes: fixture(name) });
const utf8 = (text: string) => new TextEncoder().encode(text);

function fixtureElection(): Election {
  const read = readElection('election.json', fixture('election.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}
const election = fixtureElection();
const EXPECTED = { ok: true, value: { sheets: FIXTURE_SHEETS, tally: fixtureTally() } };

describe('readTallyFiles', () => {
  it.each([
    ['boxes.csv', 'tallies.csv'],
    ['boxes-zh.bom.csv', 'tallies-zh.utf8.csv'],
    ['boxes-zh.gb18030.csv', 'tallies-zh.gb18030.csv'],
  ])('reads %s with %s to the same sheets and tally as the JSON form', (boxes, tallies) => {
    expect(readTallyFiles({ boxes: input(boxes), tallies: input(tallies) }, election)).toEqual(EXPECTED);
    expect(readTallyFiles({ tallies: input('tallies.json') }, election)).toEqual(EXPECTED);
  });

  it('recognises the JSON form after a BOM and white space, in either encoding', () => {
    const json = fixture('tallies.json');
    const padded = new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a, 0x09, ...json]);
    expect(readTallyFiles({ tallies: { file: 't.json', bytes: padded } }, election)).toEqual(EXPECTED);
    expect(readTallyFiles({ tallies: input('tallies.gb18030.json') }, election)).toEqual(EXPECTED);
  });

  it('passes a forced encoding on to both files', () => {
    const inputs = { boxes: input('boxes-zh.gb18030.csv'), tallies: input('tallies-zh.gb18030.csv') };
    expect(readTallyFiles(inputs, election, { encoding: 'gb18030' })).toEqual(EXPECTED);
    const forcedWrong = readTallyFiles(inputs, election, { encoding: 'utf-8' });
    expect(forcedWrong.ok).toBe(false);
    if (!forcedWrong.ok)
      expect(forcedWrong.errors.map((error) => error.file)).toEqual([
        'boxes-zh.gb18030.csv',
        'tallies-zh.gb18030.csv',
      ]);
  });

  it('reads either CSV file alone', () => {
    expect(readTallyFiles({ boxes: input('boxes.csv') }, election)).toEqual({
      ok: true,
      value: { sheets: FIXTURE_SHEETS, tally: emptyTally() },
    });
    expect(readTallyFiles({ tallies: input('tallies.csv') }, election)).toEqual({
      ok: true,
      value: { sheets: [], tally: fixtureTally() },
    });
  });

  it('reads one workbook given as either alone as both, when it holds both tables', () => {
    const rows = (name: string) =>
      new TextDecoder()
        .decode(fixture(name))
        .trim()
        .split('\n')
        .map((line) => line.split(',').map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    const both = writeXlsx([
      { name: '票箱统计', rows: rows('boxes.csv') },
      { name: '得票', rows: rows('tallies.csv') },
    ]);
    const workbook = { file: 't.xlsx', bytes: both };
    expect(readTallyFiles({ tallies: workbook }, election)).toEqual(EXPECTED);
    expect(readTallyFiles({ boxes: workbook }, election)).toEqual(EXPECTED);
    // A workbook of votes only leaves the accounting missing, as a tallies.csv alone does.
    const votesOnly = { file: 'v.xlsx', bytes: writeXlsx([{ name: '得票', rows: rows('tallies.csv') }]) };
    expect(readTallyFiles({ tallies: votesOnly }, election)).toEqual({
      ok: true,
      value: { sheets: [], tally: fixtureTally() },
    });
  });

  it('leaves boxes that only one file names to the checks', () => {
    const boxes = {
      file: 'boxes.csv',
      bytes: utf8('box,registered,issued,returned,invalid\nquiet,10,0,0,0\n'),
    };
    const tallies = { file: 'tallies.csv', bytes: utf8('box,contest,candidate,votes\nloud,chair,王林,3\n') };
    const read = readTallyFiles({ boxes, tallies }, election);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.value.sheets.map((sheet) => sheet.box)).toEqual(['quiet']);
      expect([...read.value.tally.boxes.keys()]).toEqual(['loud']);
    }
  });

  it('refuses boxes.csv beside the JSON form, which already holds the accounting', () => {
    const read = readTallyFiles({ boxes: input('boxes.csv'), tallies: input('tallies.json') }, election);
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          file: 'boxes.csv',
          message: expect.objectContaining({
            en: expect.stringContaining('already holds the box accounting'),
          }),
        },
      ],
    });
  });

  it('lists the problems of both files, at most 50 of each and a count of the rest', () => {
    const badBoxes = 'box,registered,issued,returned,invalid\n' + 'b,-1,1,1,1\n'.repeat(3);
    const badTallies =
      'box,contest,candidate,votes\n' + Array.from({ length: 60 }, (_, i) => `b${i},nope,x,1\n`).join('');
    const read = readTallyFiles(
      {
        boxes: { file: 'boxes.csv', bytes: utf8(badBoxes) },
        tallies: { file: 'tallies.csv', bytes: utf8(badTallies) },
      },
      election,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    // Three bad counts, and box "b" repeated on lines 3 and 4.
    expect(read.errors.filter((error) => error.file === 'boxes.csv')).toHaveLength(5);
    const talliesErrors = read.errors.filter((error) => error.file === 'tallies.csv');
    expect(talliesErrors).toHaveLength(ERROR_LIMIT + 1);
    expect(talliesErrors[ERROR_LIMIT - 1]).toMatchObject({ line: ERROR_LIMIT + 1, column: 5 });
    // The count stands at the first error it leaves out.
    expect(talliesErrors[ERROR_LIMIT]).toEqual({
      file: 'tallies.csv',
      line: ERROR_LIMIT + 2,
      column: 5,
      message: { zh: '另有 10 处错误未列出', en: '10 more errors not listed' },
    });
  });
});
