// The written set is data on disk; only tests, which run in Node, read it.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alarms } from '../corpus/read-shapes.js';

/** lines3/: results lines, notes on the base of the shares and telephones (see its PLANTED.md). */
const folder = fileURLToPath(new URL('./lines3/', import.meta.url));
const expected = JSON.parse(readFileSync(`${folder}expected.json`, 'utf8')) as {
  readonly caught: readonly string[];
  readonly missed: Readonly<Record<string, string>>;
};
const texts = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();
const flagged = (name: string) => alarms(readFileSync(`${folder}${name}.txt`, 'utf8'), true);

describe('the lines3 set', () => {
  it('flags no right text', () => {
    const right = texts.filter((name) => name.startsWith('r-'));
    expect(right.length).toBeGreaterThanOrEqual(12);
    expect(right.filter((name) => flagged(name).length > 0)).toEqual([]);
  });

  it('catches each planted error listed as caught, and lists every planted text once', () => {
    const planted = texts.filter((name) => name.startsWith('x-'));
    expect([...expected.caught, ...Object.keys(expected.missed)].sort()).toEqual(planted);
    expect(expected.caught.filter((name) => flagged(name).length === 0)).toEqual([]);
  });
});
