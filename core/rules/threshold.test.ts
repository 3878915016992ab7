import { describe, expect, it } from 'vitest';
import type { Threshold } from './rule-pack.js';
import { describeThreshold, meetsThreshold, votesNeeded } from './threshold.js';

const MORE_THAN_HALF: Threshold = { num: 1, den: 2, strict: true, base: 'cast' };
const AT_LEAST_THIRD: Threshold = { num: 1, den: 3, strict: false, base: 'cast' };
const MORE_THAN_FOUR_FIFTHS: Threshold = { num: 4, den: 5, strict: true, base: 'registered' };

describe('meetsThreshold', () => {
  it('does not count exactly half as more than half', () => {
    expect(meetsThreshold(661, 1322, MORE_THAN_HALF)).toBe(false);
    expect(meetsThreshold(662, 1322, MORE_THAN_HALF)).toBe(true);
    expect(meetsThreshold(500, 999, MORE_THAN_HALF)).toBe(true);
    expect(meetsThreshold(499, 999, MORE_THAN_HALF)).toBe(false);
  });
  it('counts exactly one third as enough in a runoff', () => {
    expect(meetsThreshold(100, 300, AT_LEAST_THIRD)).toBe(true);
    expect(meetsThreshold(99, 300, AT_LEAST_THIRD)).toBe(false);
    expect(meetsThreshold(101, 301, AT_LEAST_THIRD)).toBe(true);
    expect(meetsThreshold(100, 301, AT_LEAST_THIRD)).toBe(false);
  });
  it('needs more than four fifths, not exactly four fifths', () => {
    expect(meetsThreshold(80, 100, MORE_THAN_FOUR_FIFTHS)).toBe(false);
    expect(meetsThreshold(81, 100, MORE_THAN_FOUR_FIFTHS)).toBe(true);
  });
  it('stays exact beyond the range where floating point rounds', () => {
    const base = 2 ** 53 - 1; // odd: half of it is not a whole number
    expect(meetsThreshold((base - 1) / 2, base, MORE_THAN_HALF)).toBe(false);
    expect(meetsThreshold((base + 1) / 2, base, MORE_THAN_HALF)).toBe(true);
  });
});

describe('votesNeeded', () => {
  it('is the least count that meets the threshold', () => {
    expect(votesNeeded(1322, MORE_THAN_HALF)).toBe(662);
    expect(votesNeeded(1321, MORE_THAN_HALF)).toBe(661);
    expect(votesNeeded(300, AT_LEAST_THIRD)).toBe(100);
    expect(votesNeeded(301, AT_LEAST_THIRD)).toBe(101);
    expect(votesNeeded(100, MORE_THAN_FOUR_FIFTHS)).toBe(81);
    expect(votesNeeded(0, AT_LEAST_THIRD)).toBe(0);
  });
  it('agrees with meetsThreshold on every base up to 500', () => {
    for (const threshold of [MORE_THAN_HALF, AT_LEAST_THIRD, MORE_THAN_FOUR_FIFTHS]) {
      for (let base = 0; base <= 500; base++) {
        const needed = votesNeeded(base, threshold);
        expect(meetsThreshold(needed, base, threshold)).toBe(true);
        if (needed > 0) expect(meetsThreshold(needed - 1, base, threshold)).toBe(false);
      }
    }
  });
});

describe('describeThreshold', () => {
  it('names the share and whether it is strict', () => {
    const base = { zh: '投票总数', en: 'the ballots cast' };
    expect(describeThreshold(MORE_THAN_HALF, base)).toEqual({
      zh: '超过投票总数的半数',
      en: 'more than half of the ballots cast',
    });
    expect(describeThreshold(AT_LEAST_THIRD, base).zh).toBe('不少于投票总数的三分之一');
  });
});
