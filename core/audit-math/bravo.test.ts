import { describe, expect, it } from 'vitest';
import {
  bravoAverageSampleNumber,
  bravoCompletionProbability,
  bravoRisk,
  bravoRoundSize,
  bravoSampleSizes,
  isTied,
  riskLimitRatio,
  type SampleSizeOption,
} from './bravo.js';
import type { AuditContest } from './plurality-contest.js';
import {
  ARLO_BRAVO_CONTESTS,
  ARLO_ROUND0_SIZES,
  ARLO_ROUND1_RISKS,
  ARLO_ROUND1_SAMPLES,
  ARLO_ROUND1_SIZES,
  ARLO_ROUND2_REFUSALS,
  ARLO_ROUND2_SIZES,
} from './vectors/arlo-bravo.js';

// Expected values: votingworks/arlo server/tests/audit_math/test_bravo.py (commit 8d86156c), risk limit 10 %.
const contestOf = (name: string): AuditContest => {
  const c = ARLO_BRAVO_CONTESTS[name]!;
  return { id: name, ballots: c.ballots, seats: c.seats, votes: new Map(Object.entries(c.votes)) };
};
const contest = (votes: Record<string, number>, ballots: number, seats = 1): AuditContest => ({
  id: 'c',
  ballots,
  seats,
  votes: new Map(Object.entries(votes)),
});
const sampleOf = (name: string) => new Map(Object.entries(ARLO_ROUND1_SAMPLES[name]!));
const none = new Map<string, number>();
const asArlo = (options: readonly SampleSizeOption[]) =>
  options.map((o) => [
    o.kind === 'quantile' ? String(o.probability) : o.kind,
    o.size,
    'probability' in o ? o.probability : null,
  ]);

describe('BRAVO average sample number (Arlo test_expected_sample_size)', () => {
  const expected: Record<string, number | string> = {
    test1: 119,
    test2: 22,
    test3: 'no-loser',
    test4: 'no-loser',
    test5: 'tied',
    test6: 238,
    test7: 101,
    test8: 34,
    test9: 'no-loser',
    test10: 48,
    test11: 'already-confirmed',
    test12: 119,
  };
  it.each(Object.entries(expected))('%s before any sample', (name, want) => {
    const asn = bravoAverageSampleNumber(contestOf(name), none, 0.1);
    expect(typeof asn === 'string' ? asn : asn.size).toBe(want);
  });
  const second: Record<string, number | string> = {
    test1: 'already-confirmed',
    test2: 42,
    test3: 'no-loser',
    test4: 'no-loser',
    test5: 'tied',
    test6: 'already-confirmed',
    test7: 'already-confirmed',
    test8: 14,
    test9: 'no-loser',
    test10: 'already-confirmed',
    test11: 'already-confirmed',
  };
  it.each(Object.entries(second))('%s after round 1', (name, want) => {
    const asn = bravoAverageSampleNumber(contestOf(name), sampleOf(name), 0.1);
    expect(typeof asn === 'string' ? asn : asn.size).toBe(want);
  });
});

describe('BRAVO round size (Arlo test_bravo_sample_sizes)', () => {
  it.each([
    [0.4, 0.32, 0, 0, 0.9, 1599],
    [0.36, 0.32, 0, 0, 0.9, 6067],
    [0.36, 0.32, 0, 0, 0.6, 2476],
    [0.52, 0.47, 0, 0, 0.9, 5657],
    [0.4, 0.32, 0, 0, 0.4, 409],
    [0.52, 0.47, 10000, 0, 0.9, 0],
    [0.52, 0.47, 2923, 2735, 0.9, 2636],
  ])('p_w %f p_r %f sampled %i/%i at %f: %i', (pw, pr, sw, sr, chance, want) => {
    expect(bravoRoundSize(0.1, pw, pr, sw, sr, chance, 10000)).toBe(want);
  });
});

describe('BRAVO completion probability (Arlo test_bravo_expected_prob)', () => {
  it('0.52 for shares 0.6/0.4 and 119 ballots; 0 at a risk limit of 100 %', () => {
    expect(bravoCompletionProbability(0.1, 0.6, 0.4, 0, 0, 119)).toBe(0.52);
    expect(bravoCompletionProbability(1, 0.6, 0.4, 0, 0, 119)).toBe(0);
  });
});

describe('BRAVO sample-size options (Arlo test_get_sample_size)', () => {
  it.each(Object.entries(ARLO_ROUND0_SIZES))('%s before any sample', (name, want) => {
    const sizes = bravoSampleSizes(contestOf(name), none, 10);
    if (want === 'no-loser') expect(sizes).toEqual({ ok: false, reason: 'no-loser' });
    else expect(sizes.ok && asArlo(sizes.options)).toEqual(want);
  });
  it.each(Object.entries(ARLO_ROUND2_SIZES))('%s after round 1', (name, want) => {
    const sizes = bravoSampleSizes(contestOf(name), sampleOf(name), 10, ARLO_ROUND1_SIZES[name]);
    expect(sizes.ok && asArlo(sizes.options)).toEqual(want);
  });
  it.each(Object.entries(ARLO_ROUND2_REFUSALS))('%s after round 1 gives no size: %s', (name, reason) => {
    expect(bravoSampleSizes(contestOf(name), sampleOf(name), 10, ARLO_ROUND1_SIZES[name])).toEqual({
      ok: false,
      reason,
    });
  });
  it('considers every pair (test_bravo_sample_size_considers_all_candidate_pairs)', () => {
    const c = contest({ candidate1: 200_000, candidate2: 120_000, candidate3: 100_000 }, 500_000);
    const sample = new Map(Object.entries({ candidate1: 200, candidate2: 120, candidate3: 200 }));
    const sizes = bravoSampleSizes(c, sample, 10, 520);
    expect(sizes.ok && asArlo(sizes.options)).toEqual([
      ['asn', 766, 0.51],
      ['0.7', 877, 0.7],
      ['0.8', 954, 0.8],
      ['0.9', 1075, 0.9],
    ]);
  });
  it('a risk limit of 0 means every ballot (test_bravo_sample_size_zero_risk_limit)', () => {
    const sizes = bravoSampleSizes(contest({ winner: 15, loser: 10 }, 30), none, 0);
    expect(sizes.ok && asArlo(sizes.options)).toEqual([['all-ballots', 30, null]]);
  });
});

describe('BRAVO risk and stopping rule (Arlo test_compute_risk)', () => {
  it.each(Object.entries(ARLO_ROUND1_RISKS))('%s after round 1', (name, want) => {
    const result = bravoRisk(contestOf(name), sampleOf(name), riskLimitRatio(10));
    for (const [winner, loser, risk] of want.pairs) {
      const pair = result.pairs.find((p) => p.winner === winner && p.loser === loser);
      expect(Math.abs(pair!.risk - risk)).toBeLessThan(0.01);
    }
    expect(result.confirmed).toBe(want.confirmed);
  });
  it('the Georgia pair reproduces Arlo to nine digits', () => {
    const result = bravoRisk(
      contestOf('test_ga_presidential'),
      sampleOf('test_ga_presidential'),
      riskLimitRatio(10),
    );
    expect(result.pairs[0]!.risk).toBeCloseTo(2.035688053599178e-9, 17);
  });
  it('every risk is 1 and nothing is confirmed before a sample (test_compute_risk_empty)', () => {
    for (const name of Object.keys(ARLO_BRAVO_CONTESTS)) {
      const result = bravoRisk(contestOf(name), none, riskLimitRatio(10));
      expect(result.confirmed).toBe(false);
      expect(result.pairs.every((p) => p.risk === 1)).toBe(true);
    }
  });
  it('a loser reported with no votes but found in the sample leaves risk 1 (test_compute_risk_zero_test_statistic)', () => {
    const c = contest({ cand1: 700, cand2: 200, cand3: 1, cand4: 0, cand5: 10 }, 1000);
    const result = bravoRisk(
      c,
      new Map(Object.entries({ cand1: 7, cand2: 0, cand3: 0, cand4: 12, cand5: 3 })),
      riskLimitRatio(5),
    );
    expect(result.pairs.find((p) => p.loser === 'cand4')!.risk).toBe(1);
    expect(result.confirmed).toBe(false);
  });
  it('a tie is confirmed only by a full hand count (test_tied_contest)', () => {
    const c = contest({ cand1: 500, cand2: 500 }, 1000);
    expect(bravoSampleSizes(c, none, 10)).toEqual({
      ok: true,
      options: [{ kind: 'all-ballots', size: 1000 }],
    });
    expect(bravoRisk(c, none, riskLimitRatio(10)).confirmed).toBe(false);
    const full = bravoRisk(
      c,
      new Map([
        ['cand1', 501],
        ['cand2', 499],
      ]),
      riskLimitRatio(10),
    );
    expect(full).toMatchObject({ confirmed: true, fullHandCount: true });
    expect(full.pairs[0]!.risk).toBe(0);
  });
  it('two seats with a ballot not found counted for each loser (snap_test_bravo, test_ballot_polling_not_found_ballots)', () => {
    // Arlo's sample {cand1: 50, cand2: 20, cand3: 10, cand4: 12} with one ballot not found, which
    // ballot_polling.compute_risk adds as a vote for each loser.
    const c = contest({ cand1: 500, cand2: 200, cand3: 100, cand4: 100 }, 1000, 2);
    const sample = new Map(Object.entries({ cand1: 50, cand2: 20, cand3: 11, cand4: 13 }));
    const risks = Object.fromEntries(
      bravoRisk(c, sample, riskLimitRatio(10)).pairs.map((p) => [`${p.winner}/${p.loser}`, p.risk]),
    );
    expect(risks['cand1/cand3']).toBeCloseTo(1.431846034590505e-6, 15);
    expect(risks['cand1/cand4']).toBeCloseTo(1.2886614311314533e-5, 14);
    expect(risks['cand2/cand3']).toBeCloseTo(0.27430209050114257, 12);
    expect(risks['cand2/cand4']).toBeCloseTo(0.6171797036275707, 12);
  });
  it('decides exactly at the limit: T = 1/α stops the audit, one vote less does not', () => {
    // w = 3, l = 1: each winner vote multiplies T by 2·3/4 = 3/2; each loser vote by 1/2.
    // (3/2)^2 · (1/2)^0 = 9/4, so α = 4/9 is met exactly with two winner votes.
    const c = contest({ w: 3, l: 1 }, 1_000_000);
    const alpha = { num: 4n, den: 9n };
    expect(bravoRisk(c, new Map([['w', 2]]), alpha).confirmed).toBe(true);
    expect(bravoRisk(c, new Map([['w', 1]]), alpha).confirmed).toBe(false);
  });
});

describe('contests of any number of candidates', () => {
  const many = (winner: number, loser: number): AuditContest => {
    const votes = new Map<string, number>([['w', winner]]);
    for (let i = 0; i < 300_000; i++) votes.set(`l${i}`, loser);
    return { id: 'c', ballots: 300_001, seats: 1, votes };
  };

  it('judges ties and losers without votes among 300,000 candidates', () => {
    expect(isTied(many(1, 1))).toBe(true);
    expect(isTied(many(2, 1))).toBe(false);
    const sizes = bravoSampleSizes(many(5, 0), none, 10);
    expect(sizes.ok && sizes.options).toEqual([{ kind: 'asn', size: 1, probability: 1 }]);
  });
});
