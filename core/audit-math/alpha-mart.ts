/**
 * The ALPHA test supermartingale (P. B. Stark, "ALPHA: Audit that Learns from Previously Hand-Audited
 * Ballots", Annals of Applied Statistics 17(1), 2023) for the hypothesis that the mean of a finite
 * population of N values in [0, u] is at most t, from draws without replacement in random order. The
 * alternative is SHANGRLA's default, a fixed alternative mean eta (NonnegMean.fixed_alternative_mean),
 * and the special cases follow SHANGRLA's NonnegMean.alpha_mart so that its values can be compared.
 *
 * Two versions: floats, for the p-value history shown and for planning sample sizes; and exact
 * rationals, for the stop decision (the project's rule: exact arithmetic decides outcomes).
 */
import { compare, ratio, sub, toNumber, type Ratio } from './ratio.js';

export interface AlphaSettings {
  /** Population size: the ballots the sample is drawn from. */
  readonly N: number;
  /** Upper bound of the values. */
  readonly u: Ratio;
  /** Null mean (1/2 for an assorter). */
  readonly t: Ratio;
  /** Alternative mean, in (t, u]; SHANGRLA's default is t + (u - t)/2. */
  readonly eta: Ratio;
}

export const defaultEta = (t: Ratio, u: Ratio): Ratio =>
  ratio(t.num * u.den + u.num * t.den, 2n * t.den * u.den);

const ATOL = 2 * Number.EPSILON;
const isClose = (a: number, b: number, rtol: number) => Math.abs(a - b) <= ATOL + rtol * Math.abs(b);

interface AlphaWalk {
  sum: number;
  product: number;
}

/** One draw of the float martingale: T_j with SHANGRLA's special cases, the walk moved on. */
function alphaStep(
  walk: AlphaWalk,
  value: number,
  j: number,
  last: boolean,
  settings: AlphaSettings,
): number {
  const u = toNumber(settings.u);
  const t = toNumber(settings.t);
  const eta = toNumber(settings.eta);
  const N = settings.N;
  const m = (N * t - walk.sum) / (N - j + 1);
  const etaJ = (N * eta - walk.sum) / (N - j + 1);
  walk.product *= (value * (etaJ / m) + ((u - value) * (u - etaJ)) / (u - m)) / u;
  let term = walk.product;
  if (m > u) term = 0;
  if (isClose(0, m, 1e-5) || isClose(u, m, 1e-6)) term = 1;
  if (isClose(0, term, 1e-5)) term = 1;
  if (m < 0) term = Infinity;
  walk.sum += value;
  if (last && walk.sum > N * t) term = Infinity;
  return Number.isNaN(term) ? 1 : term;
}

/**
 * The sequentially valid p-value after each draw, min(1, 1/T_j), in floats, and the p-value of the
 * whole sample, min(1, 1/max_j T_j). Mirrors SHANGRLA's special cases: where the null leaves a
 * population mean above u the term counts as 1; below 0 (or a sample total above N·t), the null is
 * impossible and the p-value is 0.
 */
export function alphaHistory(
  x: readonly number[],
  settings: AlphaSettings,
): { p: number; history: number[] } {
  const walk = { sum: 0, product: 1 };
  let largest = 0;
  const history = x.map((value, i) => {
    const term = alphaStep(walk, value, i + 1, i === x.length - 1, settings);
    largest = Math.max(largest, term);
    return Math.min(1, 1 / term);
  });
  return { p: Math.min(1, 1 / largest), history };
}

/** Planning looks this far at most: beyond it, no size is given (a full hand count is the answer). */
export const PLANNING_DRAW_LIMIT = 1_000_000;

/** The first draw of `population` (of length N) whose p-value is at most α, or null within the limit. */
function firstCrossing(population: Iterable<number>, settings: AlphaSettings, alpha: number): number | null {
  const walk = { sum: 0, product: 1 };
  let j = 0;
  for (const value of population) {
    j += 1;
    if (j > PLANNING_DRAW_LIMIT) return null;
    if (1 / alphaStep(walk, value, j, j === settings.N, settings) <= alpha) return j;
  }
  return null;
}

/**
 * Whether some prefix of the draws attains T_j >= 1/α (or proves the null impossible), in exact
 * arithmetic. Optional stopping is allowed because the draws are in random order (Ville's inequality).
 * Returns the first draw at which the limit is met, or null.
 */
export function alphaConfirmedAt(x: readonly Ratio[], settings: AlphaSettings, alpha: Ratio): number | null {
  const { u, t, eta } = settings;
  const N = BigInt(settings.N);
  const nullTotal = ratio(N * t.num, t.den);
  const altTotal = ratio(N * eta.num, eta.den);
  let sum = ratio(0n);
  // The running product is kept unreduced (num, den): reducing would cost a gcd on ever longer numbers.
  let num = 1n;
  let den = 1n;
  for (let j = 1; j <= x.length; j++) {
    const value = x[j - 1]!;
    const left = BigInt(settings.N - j + 1);
    const m = ratio((nullTotal.num * sum.den - sum.num * nullTotal.den) * 1n, nullTotal.den * sum.den * left);
    const etaJ = ratio(altTotal.num * sum.den - sum.num * altTotal.den, altTotal.den * sum.den * left);
    sum = ratio(sum.num * value.den + value.num * sum.den, sum.den * value.den);
    if (m.num < 0n) return j; // the null would need a negative remainder: impossible
    if (j === x.length && compare(sum, nullTotal) > 0) return j;
    if (m.num === 0n || compare(m, u) >= 0) continue; // the remainder is determined: no evidence
    // factor = (x·eta_j/m + (u - x)(u - eta_j)/(u - m)) / u
    const first = ratio(value.num * etaJ.num * m.den, value.den * etaJ.den * m.num);
    const uMinusM = sub(u, m);
    const second = ratio(
      sub(u, value).num * sub(u, etaJ).num * uMinusM.den,
      sub(u, value).den * sub(u, etaJ).den * uMinusM.num,
    );
    const factorNum = first.num * second.den + second.num * first.den;
    const factorDen = first.den * second.den;
    num *= factorNum * u.den;
    den *= factorDen * u.num;
    // T_j >= 1/α  ⟺  num·α_num >= den·α_den (den > 0)
    if (num > 0n && num * alpha.num >= den * alpha.den) return j;
  }
  return null;
}

/**
 * SHANGRLA's NonnegMean.sample_size without replications (reps=None): the population is `pilot`
 * with each value repeated to fill N places, and the size is the first draw whose p-value is at most α
 * (N when none is, as SHANGRLA; null past the planning limit).
 */
export function alphaSampleSizeFromPilot(
  pilot: readonly number[],
  settings: AlphaSettings,
  alpha: number,
): number | null {
  const copies = Math.ceil(settings.N / pilot.length);
  function* population() {
    for (let j = 0; j < settings.N; j++) yield pilot[Math.floor(j / copies)]!;
  }
  const crossed = firstCrossing(population(), settings, alpha);
  return crossed ?? (settings.N <= PLANNING_DRAW_LIMIT ? settings.N : null);
}

/**
 * Planning: the draws ALPHA needs if the reported composition is right, on a population where each
 * value appears in its reported proportion, evenly interleaved (a typical random order, without
 * simulation). `counts` maps each value to how many of the N ballots take it. Null when the test does
 * not finish within the population or the planning limit.
 */
export function alphaPlannedSampleSize(
  counts: readonly { readonly value: number; readonly count: number }[],
  settings: AlphaSettings,
  alpha: number,
): number | null {
  const total = counts.reduce((s, c) => s + c.count, 0);
  function* population() {
    const placed = counts.map(() => 0);
    for (let j = 1; j <= total; j++) {
      // Take the value furthest behind its share after j draws.
      let best = 0;
      let bestLag = -Infinity;
      counts.forEach((c, i) => {
        const lag = (c.count * j) / total - placed[i]!;
        if (lag > bestLag) [best, bestLag] = [i, lag];
      });
      placed[best] = placed[best]! + 1;
      yield counts[best]!.value;
    }
  }
  return firstCrossing(population(), { ...settings, N: total }, alpha);
}
