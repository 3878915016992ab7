// The written sets are data on disk; only this test, which runs in Node, reads them.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alarmsOf, describeAlarm, textsOfKind, type WrittenSetExpected } from './written-sets.js';

/**
 * Texts written by hand in the shapes of published notices: no right text may raise a warning or an
 * error, and every planted text recorded as caught must still raise one (README.md beside this file).
 */
const root = fileURLToPath(new URL('./', import.meta.url));
const sets = readdirSync(root)
  .filter((entry) => statSync(`${root}${entry}`).isDirectory())
  .sort();

const expectedOf = (set: string): WrittenSetExpected =>
  JSON.parse(readFileSync(`${root}${set}/expected.json`, 'utf8')) as WrittenSetExpected;
const bytesOf = (set: string, name: string): Uint8Array =>
  new Uint8Array(readFileSync(`${root}${set}/${name}.txt`));

describe('texts written by hand in the shapes of published notices', () => {
  it('has sets', () => {
    expect(sets.length).toBeGreaterThan(0);
  });

  describe.each(sets)('%s', (set) => {
    const files = readdirSync(`${root}${set}`);
    const right = textsOfKind(files, 'r');
    const planted = textsOfKind(files, 'x');

    it('states for every planted text whether it is caught, and what was planted', () => {
      expect(existsSync(`${root}${set}/PLANTED.md`)).toBe(true);
      const expected = expectedOf(set);
      const listed = [...expected.caught, ...Object.keys(expected.missed)].sort();
      expect(listed).toEqual(planted);
      const notes = readFileSync(`${root}${set}/PLANTED.md`, 'utf8');
      for (const name of planted) expect(notes, name).toContain(name);
    });

    it.each(right)('raises no alarm on the right text %s', (name) => {
      const alarms = alarmsOf(`${name}.txt`, bytesOf(set, name), expectedOf(set).rules);
      expect(alarms.map(describeAlarm)).toEqual([]);
    });

    const caught = existsSync(`${root}${set}/expected.json`) ? expectedOf(set).caught : [];
    it.each([...caught])('still catches the planted text %s', (name) => {
      const alarms = alarmsOf(`${name}.txt`, bytesOf(set, name), expectedOf(set).rules);
      expect(alarms.length).toBeGreaterThan(0);
    });
  });
});
