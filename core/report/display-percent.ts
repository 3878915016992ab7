/**
 * A share as a percentage with one decimal, rounded half up, for people to read. Computed in
 * integers so that the shown digit is the exact rounding; nothing is decided from it.
 */
export function displayPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const tenths = (BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${tenths / 10n}.${tenths % 10n}%`;
}
