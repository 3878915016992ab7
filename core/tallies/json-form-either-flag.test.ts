// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { readElection } from './read-election.js';
import { readTallyFiles } from './read-tally-files.js';
import { FIXTURE_SHEETS, fixtureTally } from './testing/expected-fixtures.js';

// The JSON form of the tally sheets holds the accounting and the votes: given as the box accounting,
// or as both (as one workbook may be), it is read once; beside a CSV file it is refused by name,
// not read as a CSV file with every column missing.
const fixture = (name: string) => ({
  file: name,
  bytes: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))),
});
const election: Election = (() => {
  const read = readElection('election.json', fixture('election.json').bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
})();
const EXPECTED = { ok: true, value: { sheets: FIXTURE_SHEETS, tally: fixtureTally() } };

describe('the JSON form named by either flag', () => {
  it('reads it given as the box accounting alone', () => {
    expect(readTallyFiles({ boxes: fixture('tallies.json') }, election)).toEqual(EXPECTED);
  });

  it('reads it once given as both', () => {
    const json = fixture('tallies.json');
    expect(readTallyFiles({ boxes: json, tallies: { ...json } }, election)).toEqual(EXPECTED);
  });

  it('refuses it as the box accounting beside tallies.csv, naming both files', () => {
    const read = readTallyFiles(
      { boxes: fixture('tallies.json'), tallies: fixture('tallies.csv') },
      election,
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          file: 'tallies.json',
          message: {
            zh: expect.stringMatching(/^tallies\.json 是 JSON 格式的计票数据.*不要另给 tallies\.csv$/),
            en: 'tallies.json is tally data in JSON form, holding the box accounting and the votes: give it alone (as the tally sheets), not with tallies.csv',
          },
        },
      ],
    });
  });
});
