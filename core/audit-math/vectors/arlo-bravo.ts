/**
 * Contests, samples and expected values of Arlo's BRAVO tests: votingworks/arlo at commit
 * 8d86156c72aad7ab2bdf896fae0357eedbed2b5b, server/tests/audit_math/test_bravo.py and
 * server/tests/audit_math/snapshots/snap_test_bravo.py. Arlo's risk limit there is 10 %.
 */
export interface ArloContest {
  readonly votes: Readonly<Record<string, number>>;
  readonly ballots: number;
  readonly seats: number;
}

export const ARLO_BRAVO_CONTESTS: Readonly<Record<string, ArloContest>> = {
  test1: { votes: { cand1: 600, cand2: 400 }, ballots: 1000, seats: 1 },
  test2: { votes: { cand1: 600, cand2: 200, cand3: 100 }, ballots: 900, seats: 1 },
  test3: { votes: { cand1: 100 }, ballots: 100, seats: 1 },
  test4: { votes: { cand1: 100 }, ballots: 100, seats: 1 },
  test5: { votes: { cand1: 500, cand2: 500 }, ballots: 1000, seats: 1 },
  test6: { votes: { cand1: 300, cand2: 200, cand3: 200 }, ballots: 1000, seats: 1 },
  test7: { votes: { cand1: 300, cand2: 200, cand3: 100 }, ballots: 700, seats: 2 },
  test8: { votes: { cand1: 300, cand2: 300, cand3: 100 }, ballots: 700, seats: 2 },
  test9: { votes: { cand1: 300, cand2: 200 }, ballots: 700, seats: 2 },
  test10: { votes: { cand1: 600, cand2: 300, cand3: 100 }, ballots: 1000, seats: 2 },
  test11: { votes: { cand1: 1000, cand2: 0 }, ballots: 1000, seats: 1 },
  test12: { votes: { cand1: 600, cand2: 400, cand3: 0 }, ballots: 1000, seats: 1 },
  test_small_third_candidate: { votes: { cand1: 10000, cand2: 9000, cand3: 200 }, ballots: 20000, seats: 1 },
  test_ga_presidential: {
    votes: {
      Trump: 2457924,
      Biden: 2471981,
      Jorgensen: 62058,
      'Write-in': 457,
      Overvote: 0,
      'Undervote/Blank': 0,
    },
    ballots: 4992420,
    seats: 1,
  },
  test_cause_NaN_in_expected_prob: {
    votes: { 'Erin George': 400, 'Alex Hall': 10, 'Write In': 1 },
    ballots: 500,
    seats: 1,
  },
};

/** `round1_sample_results`. */
export const ARLO_ROUND1_SAMPLES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  test1: { cand1: 72, cand2: 47 },
  test2: { cand1: 25, cand2: 18, cand3: 5 },
  test3: { cand1: 0 },
  test4: { cand1: 100 },
  test5: { cand1: 500, cand2: 500 },
  test6: { cand1: 72, cand2: 48, cand3: 48 },
  test7: { cand1: 30, cand2: 25, cand3: 10 },
  test8: { cand1: 72, cand2: 55, cand3: 30 },
  test9: { cand1: 1, cand2: 1 },
  test10: { cand1: 60, cand2: 30, cand3: 10 },
  test11: { cand1: 0, cand2: 0 },
  test12: { cand1: 72, cand2: 47, cand3: 0 },
  test_small_third_candidate: { cand1: 1200, cand2: 1000, cand3: 10 },
  test_ga_presidential: {
    Trump: 2457924,
    Biden: 2471971,
    Jorgensen: 62058,
    'Write-in': 457,
    Overvote: 0,
    'Undervote/Blank': 0,
  },
  test_cause_NaN_in_expected_prob: { 'Erin George': 3, 'Alex Hall': 0, 'Write In': 0 },
};

/** `round1_sizes`: ballots drawn in round 1. */
export const ARLO_ROUND1_SIZES: Readonly<Record<string, number>> = {
  test1: 119,
  test2: 48,
  test3: 0,
  test4: 100,
  test5: 1000,
  test6: 200,
  test7: 70,
  test8: 100,
  test9: 2,
  test10: 100,
  test11: 0,
  test12: 150,
  test_small_third_candidate: 1300,
  test_ga_presidential: 4992420,
  test_cause_NaN_in_expected_prob: 6,
};

type Option = readonly [kind: string, size: number, probability: number | null];

/** `true_sample_sizes` (before any sample): [kind, size, probability]; 'error' where Arlo raises. */
export const ARLO_ROUND0_SIZES: Readonly<Record<string, readonly Option[] | 'no-loser'>> = {
  test1: [
    ['asn', 119, 0.52],
    ['0.7', 184, 0.7],
    ['0.8', 244, 0.8],
    ['0.9', 351, 0.9],
  ],
  test2: [
    ['asn', 22, 0.55],
    ['0.7', 32, 0.7],
    ['0.8', 41, 0.8],
    ['0.9', 57, 0.9],
  ],
  test3: 'no-loser',
  test4: 'no-loser',
  test5: [['all-ballots', 1000, null]],
  test6: [
    ['asn', 238, 0.52],
    ['0.7', 368, 0.7],
    ['0.8', 488, 0.8],
    ['0.9', 702, 0.9],
  ],
  test7: [['asn', 101, null]],
  test8: [['asn', 34, null]],
  test9: 'no-loser',
  test10: [['asn', 48, null]],
  test11: [['asn', 1, 1]],
  test12: [
    ['asn', 119, 0.52],
    ['0.7', 184, 0.7],
    ['0.8', 244, 0.8],
    ['0.9', 351, 0.9],
  ],
  test_small_third_candidate: [
    ['asn', 1769, 0.5],
    ['0.7', 2837, 0.7],
    ['0.8', 3760, 0.8],
    ['0.9', 5426, 0.9],
  ],
  test_ga_presidential: [['all-ballots', 4992420, null]],
  test_cause_NaN_in_expected_prob: [
    ['asn', 6, 0.67],
    ['0.7', 7, 0.7],
    ['0.8', 8, 0.8],
    ['0.9', 11, 0.9],
  ],
};

/** `round2_sample_sizes` after the round-1 samples, where Arlo gives options (others raise). */
export const ARLO_ROUND2_SIZES: Readonly<Record<string, readonly Option[]>> = {
  test2: [
    ['asn', 42, 0.53],
    ['0.7', 57, 0.7],
    ['0.8', 66, 0.8],
    ['0.9', 87, 0.9],
  ],
  test8: [['asn', 14, null]],
  test11: [['asn', 1, 1]],
  test_cause_NaN_in_expected_prob: [
    ['asn', 2, 0.81],
    ['0.7', 2, 0.7],
    ['0.8', 2, 0.8],
    ['0.9', 3, 0.9],
  ],
};

/** The contests for which Arlo's round-2 `get_sample_size` raises, and with which message. */
export const ARLO_ROUND2_REFUSALS: Readonly<Record<string, string>> = {
  test1: 'already-confirmed',
  test3: 'no-loser',
  test4: 'all-audited',
  test5: 'all-audited',
  test6: 'already-confirmed',
  test7: 'already-confirmed',
  test9: 'no-loser',
  test10: 'already-confirmed',
  test12: 'already-confirmed',
  test_small_third_candidate: 'already-confirmed',
  test_ga_presidential: 'all-audited',
};

/** `test_compute_risk`: expected risk per pair (compared within 0.01) and decision, after round 1. */
export const ARLO_ROUND1_RISKS: Readonly<
  Record<
    string,
    { readonly pairs: readonly (readonly [string, string, number])[]; readonly confirmed: boolean }
  >
> = {
  test1: { pairs: [['cand1', 'cand2', 0.07]], confirmed: true },
  test2: {
    pairs: [
      ['cand1', 'cand2', 1.0],
      ['cand1', 'cand3', 0],
    ],
    confirmed: false,
  },
  test3: { pairs: [['cand1', '', 1]], confirmed: false },
  test4: { pairs: [['cand1', '', 0]], confirmed: true },
  test5: { pairs: [['cand1', 'cand2', 0]], confirmed: true },
  test6: {
    pairs: [
      ['cand1', 'cand2', 0.08],
      ['cand1', 'cand3', 0.08],
    ],
    confirmed: true,
  },
  test7: {
    pairs: [
      ['cand1', 'cand3', 0.01],
      ['cand2', 'cand3', 0.04],
    ],
    confirmed: true,
  },
  test8: {
    pairs: [
      ['cand1', 'cand3', 0.0],
      ['cand2', 'cand3', 0.22],
    ],
    confirmed: false,
  },
  test9: {
    pairs: [
      ['cand1', '', 1],
      ['cand2', '', 1],
    ],
    confirmed: false,
  },
  test10: {
    pairs: [
      ['cand1', 'cand3', 0],
      ['cand2', 'cand3', 0.01],
    ],
    confirmed: true,
  },
  test11: { pairs: [['cand1', 'cand2', 1]], confirmed: false },
  test12: {
    pairs: [
      ['cand1', 'cand2', 0.07],
      ['cand1', 'cand3', 0],
    ],
    confirmed: true,
  },
  test_small_third_candidate: {
    pairs: [
      ['cand1', 'cand2', 0.000561],
      ['cand1', 'cand3', 0],
    ],
    confirmed: true,
  },
  test_ga_presidential: {
    pairs: [
      ['Biden', 'Trump', 2.035688053599178e-9],
      ['Biden', 'Jorgensen', 0],
    ],
    confirmed: true,
  },
  test_cause_NaN_in_expected_prob: {
    pairs: [
      ['Erin George', 'Alex Hall', 0.13],
      ['Erin George', 'Write In', 0.13],
    ],
    confirmed: false,
  },
};
