import { describe, expect, test } from 'vitest';
import { scaledLength, shareInTenthsOfPercent } from './integer-share';

describe('integer shares', () => {
  test('tenths of a percent, rounded half up, exact for any size of count', () => {
    expect(shareInTenthsOfPercent(1019, 1476)).toBe(690); // 69.037…%
    expect(shareInTenthsOfPercent(1, 8)).toBe(125); // 12.5% exactly
    expect(shareInTenthsOfPercent(1, 2000)).toBe(1); // 0.05% rounds up to 0.1%
    expect(shareInTenthsOfPercent(1, 2001)).toBe(0); // 0.0499…% rounds down
    expect(shareInTenthsOfPercent(3, 0)).toBeNull();
    // 2^53 + 1 is not a double; the share of half of it still rounds right.
    expect(shareInTenthsOfPercent(2 ** 52, 2 ** 53)).toBe(500);
  });
  test('bar lengths are rounded down and never beyond the scale', () => {
    expect(scaledLength(739, 1476, 340)).toBe(170); // 170.23…
    expect(scaledLength(58, 0, 340)).toBe(0);
    expect(scaledLength(300, 200, 340)).toBe(340);
  });
});
