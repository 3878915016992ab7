import type { ExactDecimal } from './announced-figures.js';
import { decimalText } from './announced-figures.js';

/**
 * When is a stated percentage right? A share written with d decimals is right when it equals the exact
 * share `part / whole × 100` rounded half-up to d decimals, or truncated to d decimals: both habits are
 * common in official texts. Everything is integer arithmetic on BigInt; no floating point.
 */

export type PercentVerdict =
  | { readonly kind: 'agrees'; readonly how: 'rounded' | 'truncated' }
  | { readonly kind: 'disagrees'; readonly rounded: ExactDecimal; readonly truncated: ExactDecimal }
  /** The whole is zero: no share exists to compare with. */
  | { readonly kind: 'undefined' };

export function judgePercent(stated: ExactDecimal, part: bigint, whole: bigint): PercentVerdict {
  if (whole <= 0n) return { kind: 'undefined' };
  const truncated = truncatedShare(part, whole, stated.decimals);
  const rounded = roundedShare(part, whole, stated.decimals);
  if (stated.digits === rounded.digits) return { kind: 'agrees', how: 'rounded' };
  if (stated.digits === truncated.digits) return { kind: 'agrees', how: 'truncated' };
  return { kind: 'disagrees', rounded, truncated };
}

/** `part / whole × 100` cut to `decimals` places. */
export function truncatedShare(part: bigint, whole: bigint, decimals: number): ExactDecimal {
  return { digits: (part * 100n * 10n ** BigInt(decimals)) / whole, decimals };
}

/** `part / whole × 100` rounded half-up to `decimals` places (shares are never negative). */
export function roundedShare(part: bigint, whole: bigint, decimals: number): ExactDecimal {
  const scaled = part * 100n * 10n ** BigInt(decimals);
  return { digits: (2n * scaled + whole) / (2n * whole), decimals };
}

/** The exact share for people to read: four decimals, and `…` when the decimals go on. */
export function exactShareText(part: bigint, whole: bigint): string {
  if (whole <= 0n) return '—';
  const shown = truncatedShare(part, whole, 4);
  const exact = (part * 100n * 10_000n) % whole === 0n;
  return decimalText(shown) + (exact ? '' : '…') + '%';
}
