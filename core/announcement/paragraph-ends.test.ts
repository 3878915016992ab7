// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { paragraphEnds } from './paragraph-ends.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** The scan the index replaces: from `at` to the next blank line, once per share. */
function scannedEnd(folded: string, at: number): number {
  const blank = /\n[^\S\n]*\n/g;
  blank.lastIndex = at;
  return blank.exec(folded)?.index ?? folded.length;
}

describe('where a paragraph ends', () => {
  it('ends at the next blank line, a line of spaces included, or at the end of the text', () => {
    const text = '参加投票1100人，占91.7%。\n有效票1090张。\n  \n女性2人，占40%。';
    const endOf = paragraphEnds(text);
    expect(endOf(0)).toBe(text.indexOf('\n  \n'));
    expect(endOf(text.indexOf('女性'))).toBe(text.length);
    expect(endOf(text.length)).toBe(text.length);
  });

  it('finds blank lines that share a line break (three breaks in a row hold two)', () => {
    const text = '甲\n\n\n乙';
    const endOf = paragraphEnds(text);
    expect([0, 1, 2, 3, 4].map(endOf)).toEqual([0, 1, 2, 3, 4].map((at) => scannedEnd(text, at)));
    expect(endOf(2)).toBe(2);
  });
});

describe('the index gives what the scan gave, on every corpus text', () => {
  const here = fileURLToPath(new URL('./', import.meta.url));
  // The tuning folders only: the held-out halves are never read while the reader is changed.
  const folders = [
    'corpus',
    ...readdirSync(`${here}corpus-real`)
      .filter((name) => name.startsWith('tuning'))
      .map((name) => `corpus-real/${name}`),
  ];
  const texts = folders.flatMap((folder) =>
    readdirSync(`${here}${folder}`)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [`${folder}/${name}`, readFileSync(`${here}${folder}/${name}`, 'utf8')] as const),
  );

  it('reads texts from every folder', () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  it.each(texts)('%s: at each line start and after each %', (_, text) => {
    const folded = normalizeText(text);
    const endOf = paragraphEnds(folded);
    const offsets = [...folded.matchAll(/^|%/gm)].map((found) => found.index + found[0].length);
    expect(offsets.map(endOf)).toEqual(offsets.map((at) => scannedEnd(folded, at)));
  });

  it('ends the paragraph of each share read where the scan did', () => {
    const read: number[] = [];
    const scanned: number[] = [];
    for (const [, text] of texts) {
      const folded = normalizeText(text);
      for (const figure of readAnnouncementText(text).figures)
        if (figure.kind === 'percent' && figure.paragraphEnd !== undefined && figure.origin.span) {
          read.push(figure.paragraphEnd);
          scanned.push(scannedEnd(folded, figure.origin.span[1]));
        }
    }
    expect(read.length).toBeGreaterThan(200);
    expect(read).toEqual(scanned);
  });
});
