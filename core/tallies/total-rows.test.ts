// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { readBoxes } from './read-boxes.js';
import { readElection } from './read-election.js';
import { readTallies } from './read-tallies.js';
import { readTalliesJson } from './read-tallies-json.js';

// A totals row (合计, 总计 …), as a tally sheet saved from Excel or WPS ends with, is left out of a CSV
// as it is of a workbook (docs/spreadsheets.md): it is neither a box nor a candidate.
const utf8 = (text: string) => new TextEncoder().encode(text);
const definition = readElection(
  'election.json',
  new Uint8Array(readFileSync(new URL('./fixtures/election.json', import.meta.url))),
);
if (!definition.ok) throw new Error('fixture election');
const election: Election = definition.value;

describe('totals rows in CSV tally sheets', () => {
  it('leaves a 合计 row out of boxes.csv', () => {
    const read = readBoxes(
      'boxes.csv',
      utf8(
        '票箱,登记选民,发出选票,收回选票,无效票\n中心会场,900,620,618,8\n分会场,300,180,180,2\n合计,1200,800,798,10\n',
      ),
    );
    expect(read.ok && read.value.map((sheet) => sheet.box)).toEqual(['中心会场', '分会场']);
  });

  it('leaves out a row whose candidate, contest or box is a total, with spaces or in English', () => {
    const read = readTallies(
      'tallies.csv',
      utf8(
        'box,contest,candidate,votes\n' +
          'central,chair,王林,400\ncentral,chair,李华,200\ncentral,chair,合 计,600\n' +
          'central,小计,,600\nTotal,chair,王林,400\n',
      ),
      election,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.value.boxes.keys()]).toEqual(['central']);
    expect(Object.fromEntries(read.value.boxes.get('central')!.contests.get('chair')!)).toEqual({
      'wang-lin': 400,
      'li-hua': 200,
    });
  });

  it('refuses a file whose only rows are totals, at the first of them', () => {
    const boxes = readBoxes(
      'boxes.csv',
      utf8('box,registered,issued,returned,invalid\n合计,1200,800,798,10\n'),
    );
    expect(boxes.ok ? [] : boxes.errors).toEqual([
      expect.objectContaining({
        file: 'boxes.csv',
        line: 2,
        message: expect.objectContaining({
          en: 'the file holds only its header and totals rows: no box rows',
        }),
      }),
    ]);
    const tallies = readTallies(
      'tallies.csv',
      utf8('box,contest,candidate,votes\n总计,chair,王林,1\n'),
      election,
    );
    expect(tallies.ok ? [] : tallies.errors.map((error) => [error.line, error.message.zh])).toEqual([
      [2, '文件只有表头和合计行，没有任何计票行'],
    ]);
  });

  it('refuses a totals entry in the JSON form at its path, as a box or as a candidate', () => {
    const json = {
      format: 'tallywitness.tallies/1',
      boxes: [
        {
          id: 'central',
          registered: 900,
          issued: 620,
          returned: 618,
          invalid: 8,
          votes: { chair: { 王林: 400, 合计: 610 } },
        },
        {
          id: '总计',
          registered: 900,
          issued: 620,
          returned: 618,
          invalid: 8,
          votes: { chair: { 王林: 400 } },
        },
      ],
    };
    const read = readTalliesJson('tallies.json', utf8(JSON.stringify(json)), election);
    expect(read.ok ? [] : read.errors.map((error) => error.path)).toEqual([
      '$.boxes[0].votes.chair["合计"]',
      '$.boxes[1].id',
    ]);
  });
});
