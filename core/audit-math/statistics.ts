/**
 * The distributions the audit needs, from stdlib-js (a maintained, tested statistics library; see
 * docs/audit-math.md) rather than written here. Floats throughout: these are probabilities used to
 * plan sample sizes and to read the screens, never to decide an outcome.
 */
import binomialQuantile from '@stdlib/stats-base-dists-binomial-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** The p-quantile of the standard normal distribution. */
export const standardNormalQuantile = (p: number): number => normalQuantile(p, 0, 1);

/** The smallest k with P(X <= k) >= p for X ~ Binomial(n, q). */
export const binomialQuantileOf = (p: number, n: number, q: number): number => binomialQuantile(p, n, q);

/** P(X >= x) for X ~ chi-square with `degrees` degrees of freedom. */
export const chiSquareUpperTail = (x: number, degrees: number): number => 1 - chisquareCdf(x, degrees);

/** The p-quantile of Student's t distribution with `degrees` degrees of freedom. */
export const studentTQuantile = (p: number, degrees: number): number => tQuantile(p, degrees);

/** P(Z <= z) for a standard normal Z. */
export const standardNormalCdf = (z: number): number => normalCdf(z, 0, 1);
