import { describe, expect, it } from 'vitest';
import { getRulePack, RULE_PACKS } from './registry.js';

describe('rule packs', () => {
  it('have unique ids, sources in both languages and sound thresholds', () => {
    expect(new Set(RULE_PACKS.map((pack) => pack.id)).size).toBe(RULE_PACKS.length);
    for (const pack of RULE_PACKS) {
      expect(pack.sources.length).toBeGreaterThan(0);
      for (const source of pack.sources) {
        expect(source.zh.length).toBeGreaterThan(0);
        expect(source.en.length).toBeGreaterThan(0);
      }
      for (const threshold of [pack.quorum, pack.firstRound, pack.runoff]) {
        if (!threshold) continue;
        expect(Number.isInteger(threshold.num) && Number.isInteger(threshold.den)).toBe(true);
        expect(threshold.num).toBeLessThan(threshold.den);
      }
      expect(getRulePack(pack.id)).toBe(pack);
    }
  });

  it('encode cn-village exactly as the contract states it', () => {
    const pack = getRulePack('cn-village');
    expect(pack).toMatchObject({
      overvote: 'void-ballot',
      quorum: { num: 1, den: 2, strict: true, base: 'registered' },
      firstRound: { num: 1, den: 2, strict: true, base: 'cast' },
      runoff: { num: 1, den: 3, strict: false, base: 'cast' },
      unfilledSeats: 'runoff',
      voidWhenReturnedExceedsIssued: true,
      ties: 'leave-open',
      defaultMinWomen: 1,
      competitive: true,
    });
    expect(pack?.sources.some((source) => source.zh.includes('第十五条'))).toBe(true);
  });

  it('give the party branch a quorum of more than four fifths and no one-third runoff', () => {
    const pack = getRulePack('cn-party-branch');
    expect(pack?.quorum).toEqual({ num: 4, den: 5, strict: true, base: 'registered' });
    expect(pack?.runoff).toEqual({ num: 1, den: 2, strict: true, base: 'cast' });
  });

  it('take the residents electorate as a parameter', () => {
    expect(getRulePack('cn-residents')?.electorate.kind).toBe('all-residents');
    expect(getRulePack('cn-residents:households')?.electorate.kind).toBe('household-representatives');
    expect(getRulePack('cn-residents:representatives')?.electorate.name.zh).toBe('居民代表');
  });

  it('know no pack by an unknown id', () => {
    expect(getRulePack('cn-nowhere')).toBeUndefined();
  });
});
