import { enCounts } from '../text/english-count.js';
import type { ExactDecimal } from './announced-figures.js';
import { judgePercent } from './percent-rule.js';

/**
 * Can a stated share be a share of a stated whole at all, whatever its part? A share of a whole of N
 * people (or ballots) is k/N for a whole number k from 0 to N; a share written with d decimals agrees
 * with k/N (percent-rule.ts) when it is k/N rounded half-up or truncated to d decimals, that is when
 *
 *     p − ½·10^−d  ≤  100·k/N  <  p + 10^−d
 *
 * (rounded: [p − ½u, p + ½u); truncated: [p, p + u); u = 10^−d). With P the share's digits
 * (p = P·10^−d) and M = 200·10^d, that is (2P − 1)·N ≤ M·k < (2P + 2)·N: the smallest k that may fit is
 * ⌈(2P − 1)·N / M⌉, and the share is possible exactly when that k is at most N and fits. Integer
 * arithmetic on bigint, constant work per share: no loop over the whole.
 */
export type ShareOfWhole =
  /** Some k of the whole gives the share: `fits` is the smallest. */
  | { readonly possible: true; readonly fits: bigint }
  /** No k does: `below` and `above` are the nearest parts on either side (above ≤ whole). */
  | { readonly possible: false; readonly below: bigint; readonly above: bigint };

export function shareOfWhole(stated: ExactDecimal, whole: bigint): ShareOfWhole | null {
  // A whole of 0 has no share; a share over 100 % is no share of a part of the whole (not judged here).
  if (whole <= 0n || stated.digits < 0n || stated.decimals < 0) return null;
  const scale = 10n ** BigInt(stated.decimals);
  if (stated.digits > 100n * scale) return null;
  const m = 200n * scale;
  const low = (2n * stated.digits - 1n) * whole;
  const first = low <= 0n ? 0n : ceilDiv(low, m);
  // The formula is checked against the percentage rule itself, so that the two can never disagree.
  if (first <= whole && judgePercent(stated, first, whole).kind === 'agrees')
    return { possible: true, fits: first };
  // No fit: `first` is the first part whose share lies at or past the stated interval's upper end.
  return { possible: false, below: first - 1n, above: first };
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * Words that make a share, or the figures beside it, no exact statement: approximate (约, 近, about) or a
 * bound (超过, 不到, over, at least). A share so written is never judged by its whole alone. 以上 and 以下
 * are not among them: written before 占 they name a group (大专以上学历), and after the share the reader
 * already leaves it unread.
 */
const NOT_EXACT =
  /约|近|将近|接近|超过|超|逾|不足|不到|高于|低于|左右|上下|至少|至多|最多|最少|\d\s*[多余]|\b(?:about|around|nearly|almost|over|above|more than|less than|under|approximately|roughly|some|at least|at most|up to|below|close to|estimated)\b/i;

/** Whether a figure's own words say it is approximate or a bound. */
export function writtenAsNotExact(words: string): boolean {
  return NOT_EXACT.test(words);
}

/** “37 of 132 is 28.0303…%, 38 of 132 is 28.7878…%”: the parts nearest a share no part gives. */
export function nearestParts(
  whole: bigint,
  below: bigint,
  above: bigint,
  shareText: (part: bigint, whole: bigint) => string,
): { zh: string; en: string } {
  return {
    zh: `${below}/${whole}为${shareText(below, whole)}，${above}/${whole}为${shareText(above, whole)}`,
    en: enCounts`${below} of ${whole} is ${shareText(below, whole)}, ${above} of ${whole} is ${shareText(above, whole)}`,
  };
}
