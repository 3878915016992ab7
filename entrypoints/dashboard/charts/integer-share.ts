/**
 * Shares for the charts, computed with integers (BigInt, so no size of count can lose precision); they
 * become decimals only when formatted for display.
 */

/** `part / whole` in tenths of a percent, rounded half up: 1019 of 1476 → 690 (69.0%). Null when whole ≤ 0. */
export function shareInTenthsOfPercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Number((BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole)));
}

/** `part / whole` of `length` drawing units, rounded down and never beyond `length`: bar widths. */
export function scaledLength(part: number, whole: number, length: number): number {
  if (whole <= 0 || part <= 0) return 0;
  const scaled = Number((BigInt(part) * BigInt(length)) / BigInt(whole));
  return Math.min(scaled, length);
}
