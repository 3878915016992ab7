import { describe, expect, it } from 'vitest';
import { quickCount, quickCountSampleSize, ratioInterval, type SampledBox } from './quick-count.js';
import { seededRandom } from '../testing/seeded-random.js';
import { generateElection } from './testing/generated-election.js';

describe('ratio estimator with a cluster-sample interval', () => {
  it('matches a hand computation', () => {
    // y = 30, 40, 50, 20 votes of x = 100, 100, 100, 50 ballots; 4 of N = 10 boxes.
    // r = 140/350 = 0.4; residuals −10, 0, 10, 0 so s² = 200/3; x̄ = 87.5; 1 − f = 0.6;
    // v = 0.6 · (200/3) / (4 · 87.5²) = 40/30625; t(0.975, 3) = 3.182446; half-width = 0.115013.
    const interval = ratioInterval(
      [
        { y: 30, x: 100 },
        { y: 40, x: 100 },
        { y: 50, x: 100 },
        { y: 20, x: 50 },
      ],
      10,
      0.95,
    );
    expect(interval.estimate).toBeCloseTo(0.4, 12);
    expect(interval.low).toBeCloseTo(0.4 - 0.115013, 5);
    expect(interval.high).toBeCloseTo(0.4 + 0.115013, 5);
  });
  it('plans the sample size by hand: n₀ = z²S²/(X̄²e²), n = n₀/(1 + n₀/N)', () => {
    // The same four boxes as the whole population: S² = 200/3, X̄ = 87.5, e = 0.1, z = 1.959964:
    // n₀ = 3.841459 · 66.6667 / (7656.25 · 0.01) = 3.3449; n = 3.3449 / (1 + 3.3449/4) = 1.822 → 2.
    const boxes = [
      { y: 30, x: 100 },
      { y: 40, x: 100 },
      { y: 50, x: 100 },
      { y: 20, x: 50 },
    ];
    expect(quickCountSampleSize(boxes, 0.1)).toBe(2);
    expect(quickCountSampleSize(boxes, 0.01)).toBe(4);
  });
});

/** n boxes drawn without replacement, seeded. */
function drawBoxes<T>(all: readonly T[], n: number, seed: number): T[] {
  const random = seededRandom(seed);
  const pool = [...all];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

describe('quick count on generated elections', { timeout: 60_000 }, () => {
  const election = generateElection(7);
  const boxes: SampledBox[] = election.map((b) => ({
    box: b.box,
    registered: b.registered,
    returned: b.returned,
    votes: b.votes,
  }));
  const totalReturned = boxes.reduce((s, b) => s + b.returned, 0);
  const trueShare = (choice: string) =>
    boxes.reduce((s, b) => s + (b.votes.get(choice) ?? 0), 0) / totalReturned;
  const fixed = boxes.filter((b) => b.registered! > 0);
  const trueTurnout =
    fixed.reduce((s, b) => s + b.returned, 0) / fixed.reduce((s, b) => s + b.registered!, 0);
  const announced = {
    shares: new Map([
      ['A', trueShare('A')],
      ['B', trueShare('B')],
    ]),
    turnout: trueTurnout,
  };

  it('covers the true figures about 95 % of the time (the stated false-alarm rate of 5 %)', () => {
    let outside = 0;
    let intervals = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const result = quickCount(drawBoxes(boxes, 100, seed), boxes.length, ['A', 'B'], announced);
      for (const i of [...result.shares, result.turnout!]) {
        intervals += 1;
        if (!i.inside) outside += 1;
      }
    }
    // 600 intervals at 95 %: about 30 outside; more than 50 would be a broken interval.
    expect(outside / intervals).toBeLessThan(50 / 600);
    expect(outside).toBeGreaterThan(5);
  });

  it('finds an announced share 5 points above the truth outside the interval', () => {
    const inflated = { shares: new Map([['A', trueShare('A') + 0.05]]), turnout: trueTurnout + 0.05 };
    const result = quickCount(drawBoxes(boxes, 150, 3), boxes.length, ['A'], inflated);
    expect(result.shares[0]!.inside).toBe(false);
    expect(result.turnout!.inside).toBe(false);
  });

  it('the planned size for ±2 points gives intervals about that wide', () => {
    const n = quickCountSampleSize(
      boxes.map((b) => ({ y: b.votes.get('A')!, x: b.returned })),
      0.02,
    );
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThan(boxes.length);
    const halfWidths = [1, 2, 3, 4, 5].map((seed) => {
      const share = quickCount(drawBoxes(boxes, n, seed), boxes.length, ['A']).shares[0]!;
      return (share.high - share.low) / 2;
    });
    const mean = halfWidths.reduce((s, v) => s + v, 0) / halfWidths.length;
    expect(mean).toBeGreaterThan(0.015);
    expect(mean).toBeLessThan(0.025);
  });

  it('leaves out mobile boxes from the turnout and says when there is none', () => {
    const mobileOnly = boxes.filter((b) => b.registered === 0).slice(0, 5);
    expect(quickCount(mobileOnly, boxes.length, ['A']).turnout).toBeNull();
  });
});
