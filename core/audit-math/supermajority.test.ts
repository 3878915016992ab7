import { describe, expect, it } from 'vitest';
import { alphaConfirmedAt, alphaHistory, alphaSampleSizeFromPilot, defaultEta } from './alpha-mart.js';
import { floatRatio, ratio } from './ratio.js';
import { assort, supermajorityRisk, supermajoritySampleSize, type SampledBallot } from './supermajority.js';
import { SHANGRLA_ALPHA_VECTORS } from './vectors/shangrla-alpha.js';

const half = ratio(1n, 2n);
const settings = (N: number, u: number) => {
  const U = floatRatio(u);
  return { N, u: U, t: half, eta: defaultEta(half, U) };
};

describe('supermajority assorter (SHANGRLA tests/core/test_Assertion.py, test_supermajority_assorter)', () => {
  // SHANGRLA's contest needs 2/3 of the valid votes: a vote for the winner assorts to 3/4, for a loser
  // to 0, and an invalid vote (an unknown name or two names) to 1/2.
  const twoThirdsOfValid = { share: ratio(2n, 3n), base: 'valid' } as const;
  it('gives 3/4, 0 and 1/2', () => {
    expect(assort('winner', twoThirdsOfValid)).toEqual(ratio(3n, 4n));
    expect(assort('other', twoThirdsOfValid)).toEqual(ratio(0n));
    expect(assort('void', twoThirdsOfValid)).toEqual(ratio(1n, 2n));
  });
  it('against ballots cast, a void ballot counts against the winner', () => {
    const majorityOfCast = { share: half, base: 'cast' } as const;
    expect(assort('winner', majorityOfCast)).toEqual(ratio(1n));
    expect(assort('void', majorityOfCast)).toEqual(ratio(0n));
    expect(assort('winner', { share: ratio(1n, 3n), base: 'cast' })).toEqual(ratio(3n, 2n));
  });
});

describe('ALPHA p-values (values computed with SHANGRLA NonnegMean.alpha_mart, see the vector file)', () => {
  it.each(Object.entries(SHANGRLA_ALPHA_VECTORS))('%s', (_name, vector) => {
    const { p, history } = alphaHistory(vector.x, settings(vector.N, vector.u));
    expect(p).toBeCloseTo(vector.p, 12);
    history.forEach((value, i) => expect(value).toBeCloseTo(vector.history[i]!, 12));
  });
  it('the exact decision agrees with the float p-values at α = 5 %', () => {
    for (const vector of Object.values(SHANGRLA_ALPHA_VECTORS)) {
      const at = alphaConfirmedAt(vector.x.map(floatRatio), settings(vector.N, vector.u), ratio(1n, 20n));
      const first = vector.history.findIndex((p) => p <= 0.05);
      expect(at).toBe(first < 0 ? null : first + 1);
    }
  });
  it('all values 1/2 give p = 1 (test_alpha_mart)', () => {
    expect(alphaHistory([0.5, 0.5, 0.5, 0.5, 0.5], settings(10 ** 6, 1)).p).toBeCloseTo(1, 12);
  });
  it('N = 7, t = 3/7: a last draw that makes the total exceed N·t proves the null false (test_alpha_mart)', () => {
    const s = { N: 7, u: ratio(1n), t: ratio(3n, 7n), eta: defaultEta(ratio(3n, 7n), ratio(1n)) };
    const first = alphaHistory([1, 0, 1, 1, 0, 0, 1], s).history;
    const second = alphaHistory([1, 0, 1, 1, 0, 0, 0], s).history;
    expect(first.at(-1)).toBe(0);
    expect(second.slice(0, -1)).toEqual(first.slice(0, -1));
    expect(second.at(-1)).toBe(1);
  });
  it('sample sizes 8 and 14 (test_sample_size: eta 0.75, N 1000, α 5 %)', () => {
    const s = { N: 1000, u: ratio(1n), t: half, eta: ratio(3n, 4n) };
    expect(alphaSampleSizeFromPilot([1, 1, 1, 1, 1], s, 0.05)).toBe(8);
    expect(alphaSampleSizeFromPilot([0.75, 0.75, 0.75, 0.75, 0.75], s, 0.05)).toBe(14);
  });
});

describe('supermajority risk for the law’s thresholds', () => {
  const majority = { share: half, base: 'cast' } as const;
  it('a winner on every sampled ballot is confirmed after a few draws; the decision is exact', () => {
    const draws: SampledBallot[] = Array(12).fill('winner');
    const result = supermajorityRisk(draws, majority, 1000, ratio(1n, 10n));
    expect(result.confirmed).toBe(true);
    // eta = 3/4: each winner ballot multiplies T by about 3/2; (3/2)^6 = 11.4 >= 10 at draw 6.
    expect(result.confirmedAtDraw).toBe(6);
    expect(result.history[5]).toBeLessThanOrEqual(0.1);
    expect(result.history[4]).toBeGreaterThan(0.1);
  });
  it('a sample with the winner on under half the ballots is not confirmed', () => {
    const draws: SampledBallot[] = Array.from({ length: 40 }, (_, i) => (i % 5 < 2 ? 'winner' : 'other'));
    expect(supermajorityRisk(draws, majority, 1000, ratio(1n, 10n)).confirmed).toBe(false);
  });
  it('plans a sample size only when the reported figures pass, smaller for a wider margin', () => {
    expect(supermajoritySampleSize({ forWinner: 500, voidBallots: 0, cast: 1000 }, majority, 0.1)).toBeNull();
    const narrow = supermajoritySampleSize({ forWinner: 560, voidBallots: 10, cast: 1000 }, majority, 0.1)!;
    const wide = supermajoritySampleSize({ forWinner: 700, voidBallots: 10, cast: 1000 }, majority, 0.1)!;
    expect(wide).toBeLessThan(narrow);
    expect(wide).toBeGreaterThan(5);
    const third = { share: ratio(1n, 3n), base: 'cast' } as const;
    expect(supermajoritySampleSize({ forWinner: 330, voidBallots: 0, cast: 1000 }, third, 0.1)).toBeNull();
    expect(
      supermajoritySampleSize({ forWinner: 450, voidBallots: 0, cast: 1000 }, third, 0.1),
    ).toBeGreaterThan(0);
  });
});

describe('planning stays bounded', () => {
  it('gives no size rather than walk a huge population when the margin is tiny', () => {
    const majority = { share: half, base: 'cast' } as const;
    // 500,000,001 of 10^9 ballots: a margin of two in a billion; the planner stops at its limit.
    expect(
      supermajoritySampleSize({ forWinner: 500_000_001, voidBallots: 0, cast: 1_000_000_000 }, majority, 0.1),
    ).toBeNull();
  });
});
