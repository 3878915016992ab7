/**
 * Alignment of two sequences that should be the same, item by item: two observers' records of the
 * ballots read out at one count, where one may have missed or doubled a ballot.
 *
 * Edit distance (a gap costs 1, a pair of unequal items costs 1) computed only in a band of diagonals
 * around the one the ends lie on (Ukkonen's banded alignment): cells with `j - i` between
 * `min(0, m - n) - slack` and `max(0, m - n) + slack`. Time and memory are O((n + m) · (|m - n| + 2 · slack)),
 * linear in the lengths for a given difference in length. Missed and doubled items that cancel out
 * (one missed here, one doubled there) stay aligned as long as they never put the two sequences more
 * than `slack` items apart. Two sequences whose lengths differ by more than `maxOffset` are not aligned
 * at all (the band would grow towards the whole table): the caller says so instead of guessing.
 */

/** One step of an alignment: a pair, or an item of one sequence with no counterpart in the other. */
export type AlignedStep =
  | { readonly kind: 'pair'; readonly a: number; readonly b: number; readonly equal: boolean }
  | { readonly kind: 'only-a'; readonly a: number }
  | { readonly kind: 'only-b'; readonly b: number };

export interface AlignOptions {
  /** Extra diagonals on each side of the band (default 16). */
  readonly slack?: number;
  /** The largest difference in length still aligned (default 500). */
  readonly maxOffset?: number;
}

export type Alignment =
  | { readonly aligned: true; readonly steps: readonly AlignedStep[]; readonly cost: number }
  | { readonly aligned: false; readonly offset: number };

const DIAGONAL = 0;
const UP = 1; // an item of `a` alone
const LEFT = 2; // an item of `b` alone

export function alignSequences<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean,
  options: AlignOptions = {},
): Alignment {
  const { slack = 16, maxOffset = 500 } = options;
  const n = a.length;
  const m = b.length;
  const offset = m - n;
  if (Math.abs(offset) > maxOffset) return { aligned: false, offset };
  const low = Math.min(0, offset) - slack; // lowest j - i in the band
  const width = Math.abs(offset) + 2 * slack + 1;
  const far = n + m + 1; // more than any alignment costs
  // Row i holds cells j = i + low … i + low + width - 1; two rows of costs, every row of moves.
  let previous = new Int32Array(width).fill(far);
  let current = new Int32Array(width).fill(far);
  const moves = new Uint8Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    current.fill(far);
    for (let k = 0; k < width; k++) {
      const j = i + low + k;
      if (j < 0 || j > m) continue;
      if (i === 0 && j === 0) {
        current[k] = 0;
        continue;
      }
      let best = far;
      let move = DIAGONAL;
      // Diagonal (same k in the row above), up (k + 1 in the row above), left (k - 1 in this row).
      if (i > 0 && j > 0) {
        best = previous[k]! + (equal(a[i - 1]!, b[j - 1]!) ? 0 : 1);
      }
      if (i > 0 && k + 1 < width && previous[k + 1]! + 1 < best) {
        best = previous[k + 1]! + 1;
        move = UP;
      }
      if (j > 0 && k > 0 && current[k - 1]! + 1 < best) {
        best = current[k - 1]! + 1;
        move = LEFT;
      }
      current[k] = best;
      moves[i * width + k] = move;
    }
    [previous, current] = [current, previous];
  }
  const cost = previous[m - n - low]!;
  return { aligned: true, steps: traceBack(a, b, equal, moves, width, low), cost };
}

function traceBack<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean,
  moves: Uint8Array,
  width: number,
  low: number,
): AlignedStep[] {
  const steps: AlignedStep[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const move = i === 0 ? LEFT : j === 0 ? UP : moves[i * width + (j - i - low)]!;
    if (move === DIAGONAL) {
      steps.push({ kind: 'pair', a: i - 1, b: j - 1, equal: equal(a[i - 1]!, b[j - 1]!) });
      i--;
      j--;
    } else if (move === UP) {
      steps.push({ kind: 'only-a', a: i - 1 });
      i--;
    } else {
      steps.push({ kind: 'only-b', b: j - 1 });
      j--;
    }
  }
  return steps.reverse();
}
