/**
 * The index of the first of the ascending `sorted` at or after `at`, found by halving (its length when
 * none is): where a figure stands among positions found once for a whole text.
 */
export function indexAtOrAfter(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
