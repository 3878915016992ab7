import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOpening, trailingWordsStart, withoutBracketed } from './linear-scans.js';
import { SUPER_LINEAR, timeGrowth } from '../../tests/fuzz/time-growth.js';

/**
 * Strings made of the given pieces, short enough that the regular expressions' own way is quick: the
 * patterns each scan replaces are the oracle here, on at most 24 pieces, hence the lint's exceptions.
 */
const piecesOf = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

const run = (unit: string, size: number) => unit.repeat(size / unit.length);

describe('scans that give what a regular expression gives, in one pass', () => {
  it('trailingWordsStart: where (w₁|w₂|…)+$ matches', () => {
    const words = ['的', '为', '共计', '共', '人数', '数'];
    fc.assert(
      fc.property(piecesOf(['的', '为', '共', '计', '人', '数', '总', 'a']), (text) => {
        // eslint-disable-next-line regexp/no-super-linear-move
        const match = /(的|为|共计|共|人数|数)+$/.exec(text);
        expect(trailingWordsStart(text, words)).toBe(match ? match.index : text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('withoutBracketed: each bracket to the first closing one taken out', () => {
    fc.assert(
      fc.property(piecesOf(['(', '（', ')', '）', 'a', 'b']), (text) => {
        // eslint-disable-next-line regexp/no-super-linear-move
        expect(withoutBracketed(text)).toBe(text.replace(/[（(][^）)]*[）)]/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('linesOpening: the matches of ^[^\\S\\n]*BODY under the m flag, line breaks of every kind', () => {
    // eslint-disable-next-line regexp/no-super-linear-move
    const whole = /^[^\S\n]*(A+[^\S\n]*B)[^\S\n]*$/gm;
    const body = /(A+[^\S\n]*B)[^\S\n]*$/my;
    fc.assert(
      fc.property(piecesOf(['\n', '\r', '\u2028', '\u2029', ' ', '\t', 'A', 'B', 'x']), (text) => {
        const expected = [...text.matchAll(whole)].map((match) => [match.index, match[0], match[1]]);
        const found = linesOpening(text, body).map((match) => [match.index, match.text, match.body[1]]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  // The regular expressions take seconds on 100 KB (8 to 18 s), growing with the square of the run; a
  // scan takes about a millisecond. From 4,000 to 32,000 characters a scan's time grows about eightfold, the
  // regular expression's about 64-fold: the growth is bounded, never the milliseconds.
  it.each<[string, (size: number) => string, (text: string) => unknown]>([
    [
      'a run of 的',
      (size) => run('的', size) + 'x',
      (text) => trailingWordsStart(text, ['的', '人数', '数']),
    ],
    ['a run of opening brackets', (size) => run('(', size), withoutBracketed],
    ['a run of carriage returns', (size) => run('\r', size) + 'x', (text) => linesOpening(text, /A/my)],
  ])('reads %s once: time grows linearly from 4,000 to 32,000 characters', (_, make, scan) => {
    expect(timeGrowth(make, scan)).toBeLessThan(SUPER_LINEAR);
  });
});
