import type { ExactDecimal } from './announced-figures.js';

/**
 * Counts written in 万 or 亿 to their last digit (登记选民2.36万人, 参加投票58万人): a summary rounds its
 * counts so, and states its shares of the exact counts (参选率92.77% of 21849 and 23552, where 2.18万 of
 * 2.36万 is 92.37%). Such a count stands for any count that rounds to it, and a share the counts so
 * rounded may give is not judged by the counts as written.
 */

// A number written before 万 or 亿, with its decimals; not 3万8千. Tried from a run's first digit only,
// so that a long run of digits is read once.
const IN_WAN = /(?<![\d.])(\d+)(?:\.(\d+))?[^\S\n]?([万亿])(?![^\S\n]?[\d零〇一二两三四五六七八九十千百])/g;

/**
 * The step a count written in 万 or 亿 is given to (2.36万: 100; 58万: 10000), from the figure's
 * words and its value; 0 when it is written to the unit or its words hold no such number.
 */
export function countStep(words: string, value: bigint): bigint {
  let step = 0n;
  for (const match of words.matchAll(IN_WAN)) {
    const [, whole = '', decimals = '', unit] = match;
    const base = unit === '万' ? 10_000n : 100_000_000n;
    const scale = 10n ** BigInt(decimals.length);
    if (scale > base) continue;
    if (BigInt(whole) * base + (BigInt(decimals || '0') * base) / scale !== value) continue;
    step = base / scale;
  }
  return step;
}

/**
 * Whether some part within half a step of `part` over some whole within half a step of `whole` gives
 * the stated share, rounded or cut to its decimals: exact arithmetic, on doubled counts.
 */
export function shareWithinRounding(
  stated: ExactDecimal,
  part: bigint,
  partStep: bigint,
  whole: bigint,
  wholeStep: bigint,
): boolean {
  const partLow = 2n * part - partStep < 0n ? 0n : 2n * part - partStep;
  const partHigh = 2n * part + partStep;
  const wholeLow = 2n * whole - wholeStep;
  const wholeHigh = 2n * whole + wholeStep;
  if (wholeLow <= 0n) return false;
  const scale = 10n ** BigInt(stated.decimals);
  // The stated share stands for [D − ½, D + 1) units of its last decimal: rounded, or cut.
  const fitsBelow = partLow * 100n * scale < (stated.digits + 1n) * wholeHigh;
  const fitsAbove = partHigh * 100n * scale * 2n >= (2n * stated.digits - 1n) * wholeLow;
  return fitsBelow && fitsAbove;
}
