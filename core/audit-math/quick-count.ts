/**
 * Quick count (parallel vote tabulation): from the figures of a simple random sample of n of the N
 * boxes, each choice's share of the ballots cast and the turnout, with a confidence interval for a
 * cluster sample (each box is a cluster of ballots), by the ratio estimator (W. G. Cochran, Sampling
 * Techniques, 3rd ed., 1977, §6.3–6.4):
 *
 *   r = Σy / Σx,  v(r) = (1 − n/N) · Σ(y_i − r·x_i)² / ((n − 1) · n · x̄²),  r ± t_{n−1} · √v(r)
 *
 * with y a choice's votes (or the ballots returned) and x the ballots returned (or the registered
 * voters) of each sampled box. Floats here: these are statistical estimates with stated error, never
 * a recount; the interval is approximate (the ratio estimator's variance is a first-order one).
 */
import { standardNormalQuantile, studentTQuantile } from './statistics.js';

export interface SampledBox {
  readonly box: string;
  /** Registered voters; 0 or absent for a mobile box that serves voters registered elsewhere. */
  readonly registered?: number;
  readonly returned: number;
  /** Votes per choice in the contest. */
  readonly votes: ReadonlyMap<string, number>;
}

export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

export interface ComparedInterval extends Interval {
  /** The official figure, and whether it lies within the interval; null when none was given. */
  readonly announced: number | null;
  readonly inside: boolean | null;
}

export interface QuickCount {
  readonly sampleBoxes: number;
  readonly populationBoxes: number;
  readonly confidence: number;
  readonly shares: readonly ({ readonly choice: string } & ComparedInterval)[];
  /** Null when no sampled box states its registered voters. */
  readonly turnout: ComparedInterval | null;
}

/** The ratio estimate of Σy/Σx with its cluster-sample confidence interval. */
export function ratioInterval(
  pairs: readonly { readonly y: number; readonly x: number }[],
  populationSize: number,
  confidence: number,
): Interval {
  const n = pairs.length;
  const sumY = pairs.reduce((s, p) => s + p.y, 0);
  const sumX = pairs.reduce((s, p) => s + p.x, 0);
  const estimate = sumX === 0 ? 0 : sumY / sumX;
  if (n < 2 || sumX === 0) return { estimate, low: 0, high: Infinity };
  const meanX = sumX / n;
  const residual = pairs.reduce((s, p) => s + (p.y - estimate * p.x) ** 2, 0) / (n - 1);
  const fpc = Math.max(0, 1 - n / populationSize);
  const standardError = Math.sqrt((fpc * residual) / (n * meanX ** 2));
  const half = studentTQuantile((1 + confidence) / 2, n - 1) * standardError;
  return { estimate, low: estimate - half, high: estimate + half };
}

function compared(interval: Interval, announced: number | undefined): ComparedInterval {
  if (announced === undefined) return { ...interval, announced: null, inside: null };
  return { ...interval, announced, inside: announced >= interval.low && announced <= interval.high };
}

export interface OfficialFigures {
  /** Each choice's official share of the ballots cast. */
  readonly shares?: ReadonlyMap<string, number>;
  readonly turnout?: number;
}

/** The quick count of one contest from the sampled boxes; `choices` in the order to report them. */
export function quickCount(
  sample: readonly SampledBox[],
  populationBoxes: number,
  choices: readonly string[],
  announced: OfficialFigures = {},
  confidence = 0.95,
): QuickCount {
  const shares = choices.map((choice) => ({
    choice,
    ...compared(
      ratioInterval(
        sample.map((b) => ({ y: b.votes.get(choice) ?? 0, x: b.returned })),
        populationBoxes,
        confidence,
      ),
      announced.shares?.get(choice),
    ),
  }));
  const withElectorate = sample.filter((b) => (b.registered ?? 0) > 0);
  // Mobile boxes (registered 0) add ballots without an electorate of their own: they stay out of the
  // turnout, whose population is then the boxes with an electorate.
  const turnout =
    withElectorate.length === 0
      ? null
      : compared(
          ratioInterval(
            withElectorate.map((b) => ({ y: b.returned, x: b.registered! })),
            populationBoxes,
            confidence,
          ),
          announced.turnout,
        );
  return { sampleBoxes: sample.length, populationBoxes, confidence, shares, turnout };
}

/**
 * The boxes a quick count needs so that a share's interval is ± `precision` (e.g. 0.02 for two points)
 * at `confidence`, from the spread of the boxes' figures (the tally sheets of every box serve as the
 * planning values): n₀ = (z · S / (X̄ · e))², n = n₀ / (1 + n₀/N), with S² the variance of y − R·x.
 */
export function quickCountSampleSize(
  boxes: readonly { readonly y: number; readonly x: number }[],
  precision: number,
  confidence = 0.95,
): number {
  const N = boxes.length;
  if (N < 2) return N;
  const sumX = boxes.reduce((s, b) => s + b.x, 0);
  const R = boxes.reduce((s, b) => s + b.y, 0) / sumX;
  const spread = boxes.reduce((s, b) => s + (b.y - R * b.x) ** 2, 0) / (N - 1);
  const z = standardNormalQuantile((1 + confidence) / 2);
  const first = (z ** 2 * spread) / ((sumX / N) ** 2 * precision ** 2);
  return Math.min(N, Math.ceil(first / (1 + first / N)));
}
