import { describe, expect, it } from 'vitest';
import {
  batchComparisonRisk,
  batchComparisonSampleSize,
  maxRelativeOverstatement,
  type BoxDraw,
  type ReportedBox,
} from './batch-comparison.js';
import type { AuditContest } from './plurality-contest.js';
import { ratio, toNumber } from './ratio.js';

// Expected values: votingworks/arlo server/tests/audit_math/test_macro.py (commit 8d86156c), risk limit 25 %.
const ALPHA = ratio(1n, 4n);
const contest = (id: string, winner: number, loser: number, ballots: number): AuditContest => ({
  id,
  ballots,
  seats: 1,
  votes: new Map([
    ['winner', winner],
    ['loser', loser],
  ]),
});
const A = contest('A', 60000, 54000, 120000);
const B = contest('B', 30000, 24000, 60000);
const C = contest('C', 18000, 12600, 36000);
const votes = (winner: number, loser: number) =>
  new Map([
    ['winner', winner],
    ['loser', loser],
  ]);

/** Arlo's fixture: 400 boxes ("Batch i" and "Batch i AV"); B in the first 100 pairs, C in 0–29 and 100–129. */
function arloBoxes(c: AuditContest): Map<string, ReportedBox> {
  const boxes = new Map<string, ReportedBox>();
  for (let i = 0; i < 200; i++) {
    const inContest =
      c.id === 'A' || (c.id === 'B' && i < 100) || (c.id === 'C' && (i < 30 || (i >= 100 && i < 130)));
    const [w, l] = c.id === 'A' ? [200, 180] : c.id === 'B' ? [200, 160] : [200, 140];
    boxes.set(`Batch ${i}`, { ballots: 400, votes: inContest ? votes(w, l) : undefined });
    boxes.set(`Batch ${i} AV`, { ballots: 200, votes: inContest ? votes(w / 2, l / 2) : undefined });
  }
  return boxes;
}
const clean = (c: AuditContest, box: string): BoxDraw => ({
  box,
  handCount: arloBoxes(c).get(box)!.votes ?? new Map(),
});

describe('batch comparison (Arlo test_macro.py)', () => {
  it('maximum relative overstatement per box (test_max_error)', () => {
    expect(toNumber(maxRelativeOverstatement(A, arloBoxes(A).get('Batch 0')!, 0) as never)).toBeCloseTo(
      0.07,
      3,
    );
    expect(toNumber(maxRelativeOverstatement(A, arloBoxes(A).get('Batch 0 AV')!, 0) as never)).toBeCloseTo(
      0.035,
      3,
    );
    expect(toNumber(maxRelativeOverstatement(B, arloBoxes(B).get('Batch 5')!, 0) as never)).toBeCloseTo(
      0.0733,
      3,
    );
    expect(toNumber(maxRelativeOverstatement(B, arloBoxes(B).get('Batch 150')!, 0) as never)).toBe(0);
    expect(toNumber(maxRelativeOverstatement(C, arloBoxes(C).get('Batch 120 AV')!, 0) as never)).toBeCloseTo(
      0.0426,
      3,
    );
  });

  it('sample sizes round by round (test_get_sample_sizes)', () => {
    const draws: Record<string, BoxDraw[]> = { A: [], B: [], C: [] };
    const size = (c: AuditContest) => batchComparisonSampleSize(c, arloBoxes(c), draws[c.id]!, ALPHA);
    expect([A, B, C].map(size)).toEqual([30, 16, 11].map((s) => ({ ok: true, size: s })));
    for (const c of [A, B, C]) for (let i = 0; i < 4; i++) draws[c.id]!.push(clean(c, `Batch ${i}`));
    expect([A, B, C].map(size)).toEqual([26, 12, 7].map((s) => ({ ok: true, size: s })));
    // Boxes 4–8: A's hand count 190/190 (taint equal to the margin: size unchanged), C clean, B not held.
    for (let i = 4; i < 9; i++) {
      draws['A']!.push({ box: `Batch ${i}`, handCount: votes(190, 190) });
      draws['C']!.push(clean(C, `Batch ${i}`));
    }
    expect([A, B, C].map(size)).toEqual([26, 12, 2].map((s) => ({ ok: true, size: s })));
    draws['C']!.push(clean(C, 'Batch 9'));
    expect(size(C)).toEqual({ ok: true, size: 0 });
  });

  it('a small second contest needs 4 boxes (test_get_sizes_extra_contests)', () => {
    const small: AuditContest = {
      id: 'test2',
      ballots: 500,
      seats: 1,
      votes: new Map([
        ['cand1', 400],
        ['cand2', 100],
      ]),
    };
    const boxes = new Map<string, ReportedBox>();
    for (let i = 0; i < 200; i++) {
      boxes.set(`Batch ${i}`, {
        ballots: 50,
        votes:
          i < 10
            ? new Map([
                ['cand1', 40],
                ['cand2', 10],
              ])
            : undefined,
      });
      boxes.set(`Batch ${i} AV`, { ballots: 200 });
    }
    expect(batchComparisonSampleSize(small, boxes, [], ALPHA)).toEqual({ ok: true, size: 4 });
  });

  it('risk: (20/21)^30, (10/11)^30 and (20/23)^36, then duplicates drawn again count again (test_compute_risk)', () => {
    const draws = (c: AuditContest, extra: number[]) => {
      const list: BoxDraw[] = [];
      for (let i = 0; i < 30; i++) list.push(clean(c, `Batch ${i}`));
      for (const i of extra) {
        if (c.id === 'A') list.push({ box: `Batch ${i}`, handCount: votes(190, 190) });
        if (c.id === 'C') list.push(clean(C, `Batch ${i}`));
      }
      return list;
    };
    const first = [100, 101, 102, 103, 104, 105];
    const again = [...first, 100, 101, 102];
    const expected = (c: string, n: number) =>
      c === 'A' ? (20 / 21) ** 30 : c === 'B' ? (10 / 11) ** 30 : (20 / 23) ** n;
    for (const c of [A, B, C]) {
      const once = batchComparisonRisk(c, arloBoxes(c), draws(c, first), ALPHA);
      expect(Math.abs(once.risk - expected(c.id, 36))).toBeLessThan(1e-4);
      expect(once.confirmed).toBe(true);
      const twice = batchComparisonRisk(c, arloBoxes(c), draws(c, again), ALPHA);
      expect(Math.abs(twice.risk - expected(c.id, 39))).toBeLessThan(1e-4);
    }
  });

  it('a full hand count confirms with risk 0 and leaves nothing to draw (test_full_recount, test_almost_done)', () => {
    const boxes = arloBoxes(A);
    const all = [...boxes.keys()].map((box) => clean(A, box));
    expect(batchComparisonRisk(A, boxes, all, ALPHA)).toMatchObject({
      risk: 0,
      confirmed: true,
      fullHandCount: true,
    });
    expect(batchComparisonSampleSize(A, boxes, all, ALPHA)).toEqual({ ok: false, reason: 'all-counted' });
    const one = contest('one', 600, 400, 1000);
    const single = new Map([['Batch 1', { ballots: 1000, votes: votes(600, 400) }]]);
    const found = [{ box: 'Batch 1', handCount: votes(500, 500) }];
    expect(batchComparisonSampleSize(one, single, found, ALPHA)).toEqual({
      ok: false,
      reason: 'all-counted',
    });
  });

  it('a box whose votes all went to the loser gives risk 1 (test_worst_case)', () => {
    const c = contest('w', 1000, 0, 1000);
    const boxes = new Map([
      ['Batch 1', { ballots: 500, votes: votes(500, 0) }],
      ['Batch 2', { ballots: 500, votes: votes(500, 0) }],
    ]);
    const result = batchComparisonRisk(c, boxes, [{ box: 'Batch 1', handCount: votes(0, 500) }], ALPHA);
    expect(result).toMatchObject({ risk: 1, confirmed: false });
  });

  it('a tie needs every box (test_tied_contest)', () => {
    const c = contest('t', 50000, 50000, 100000);
    const boxes = new Map<string, ReportedBox>();
    for (let i = 0; i < 100; i++) boxes.set(String(i), { ballots: 1000, votes: votes(500, 500) });
    expect(batchComparisonSampleSize(c, boxes, [], ALPHA)).toEqual({ ok: true, size: 100 });
    const one = batchComparisonRisk(c, boxes, [{ box: '0', handCount: votes(500, 500) }], ALPHA);
    expect(one.risk).toBeGreaterThan(0.25);
    expect(one.confirmed).toBe(false);
  });

  it('a close contest of four boxes needs all four (test_close_contest)', () => {
    const c = contest('close', 200, 198, 400);
    const boxes = new Map([
      ['1', { ballots: 100, votes: votes(100, 0) }],
      ['2', { ballots: 100, votes: votes(100, 0) }],
      ['3', { ballots: 100, votes: votes(0, 100) }],
      ['4', { ballots: 100, votes: votes(0, 98) }],
    ]);
    expect(batchComparisonSampleSize(c, boxes, [], ALPHA)).toEqual({ ok: true, size: 4 });
    const one = batchComparisonRisk(c, boxes, [{ box: '1', handCount: votes(100, 0) }], ALPHA);
    expect(one.risk).toBeGreaterThan(0.25);
  });

  it('decides exactly: a risk equal to α stops', () => {
    // One box of two with U = 2: a clean draw gives risk exactly 1 − 1/2 = 1/2.
    const c = contest('x', 3, 1, 4);
    const boxes = new Map([
      ['p', { ballots: 0, votes: votes(2, 0) }],
      ['q', { ballots: 2, votes: votes(1, 1) }],
    ]);
    const result = batchComparisonRisk(c, boxes, [{ box: 'p', handCount: votes(2, 0) }], ratio(1n, 2n));
    expect(result.exactRisk).toEqual(ratio(1n, 2n));
    expect(result.confirmed).toBe(true);
  });
});
