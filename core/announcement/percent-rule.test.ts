import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactShareText, judgePercent, roundedShare, truncatedShare } from './percent-rule.js';

const pct = (digits: bigint, decimals: number) => ({ digits, decimals });

describe('judgePercent', () => {
  it('accepts the rounded share and the truncated share', () => {
    // 1322 / 1860 = 71.0752…%
    expect(judgePercent(pct(711n, 1), 1322n, 1860n)).toEqual({ kind: 'agrees', how: 'rounded' });
    expect(judgePercent(pct(7107n, 2), 1322n, 1860n)).toEqual({ kind: 'agrees', how: 'truncated' });
    expect(judgePercent(pct(7108n, 2), 1322n, 1860n)).toEqual({ kind: 'agrees', how: 'rounded' });
    expect(judgePercent(pct(71n, 0), 1322n, 1860n)).toEqual({ kind: 'agrees', how: 'rounded' });
  });
  it('rounds half up exactly at the midpoint', () => {
    // 1 / 8 = 12.5% exactly: 13 rounded, 12 truncated, both right; 14 wrong.
    expect(judgePercent(pct(13n, 0), 1n, 8n).kind).toBe('agrees');
    expect(judgePercent(pct(12n, 0), 1n, 8n).kind).toBe('agrees');
    expect(judgePercent(pct(14n, 0), 1n, 8n)).toEqual({
      kind: 'disagrees',
      rounded: pct(13n, 0),
      truncated: pct(12n, 0),
    });
  });
  it('rejects a share that is neither', () => {
    expect(judgePercent(pct(712n, 1), 1322n, 1860n).kind).toBe('disagrees');
    expect(judgePercent(pct(248n, 1), 30n, 125n).kind).toBe('disagrees'); // 24.0%
  });
  it('has no share of zero', () => {
    expect(judgePercent(pct(0n, 0), 0n, 0n)).toEqual({ kind: 'undefined' });
  });
  it('never accepts something more than one unit of the last decimal away', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 10n ** 9n),
        fc.bigInt(1n, 10n ** 9n),
        fc.integer({ min: 0, max: 3 }),
        fc.bigInt(-5n, 5n),
        (part, whole, decimals, shift) => {
          const truncated = truncatedShare(part, whole, decimals);
          const stated = pct(truncated.digits + shift, decimals);
          const verdict = judgePercent(stated, part, whole);
          if (shift === 0n) return verdict.kind === 'agrees';
          if (shift === 1n)
            return (
              verdict.kind ===
              (roundedShare(part, whole, decimals).digits === stated.digits ? 'agrees' : 'disagrees')
            );
          return verdict.kind === 'disagrees';
        },
      ),
    );
  });
});

describe('exactShareText', () => {
  it('shows four decimals and marks the ones cut off', () => {
    expect(exactShareText(1322n, 1860n)).toBe('71.0752…%');
    expect(exactShareText(1n, 8n)).toBe('12.5000%');
    expect(exactShareText(1n, 0n)).toBe('—');
  });
});
