/**
 * Exact non-negative or signed rationals over bigint. The audit's stop decisions compare a risk with
 * the risk limit exactly (the project's rule: exact arithmetic decides outcomes); the floats shown
 * beside them are for reading only.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('ratio: zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO = ratio(0n);
export const ONE = ratio(1n);

export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.num, a.den * b.den);
export const div = (a: Ratio, b: Ratio): Ratio => ratio(a.num * b.den, a.den * b.num);

/** -1, 0 or 1 as a <, =, > b, by cross-multiplication. */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const maxRatio = (a: Ratio, b: Ratio): Ratio => (compare(a, b) >= 0 ? a : b);

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}

/** The nearest float, also for numerators and denominators far beyond the float range. */
export function toNumber(value: Ratio): number {
  const excess = Math.max(bitLength(value.num), bitLength(value.den)) - 1000;
  if (excess <= 0) return Number(value.num) / Number(value.den);
  const shift = BigInt(excess);
  return Number(value.num >> shift) / Number(value.den >> shift);
}

/** A decimal string such as `0.1` or `5` read exactly; undefined if it is not one. */
export function parseDecimal(text: string): Ratio | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  return ratio(BigInt(match[1]! + fraction), 10n ** BigInt(fraction.length));
}

/** The exact value of a finite float as a ratio (its binary expansion, as Python's Decimal(float)). */
export function floatRatio(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError('floatRatio: not finite');
  let den = 1n;
  let scaled = value;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    den *= 2n;
  }
  return ratio(BigInt(scaled), den);
}

/** ⌈a / b⌉ for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b < a ? q + 1n : q;
}
