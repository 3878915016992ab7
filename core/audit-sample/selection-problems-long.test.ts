// A selection whose every draw differs is named draw by draw, however many draws: the mismatches are
// returned as one list, never spread into a call (past about 100,000 arguments that overflows the
// stack). Drawing 300,000 tickets again is slow, so the comparison is replaced by one that finds
// 300,000 mismatches.
import { describe, expect, it, vi } from 'vitest';
import { populationDigest } from './population.js';
import type { SelectionPayload } from './sample-files.js';
import { selectionProblems } from './verify-sample-files.js';

const LONG = 300_000;

vi.mock('./check-sample-files.js', async (original) => ({
  ...(await original<typeof import('./check-sample-files.js')>()),
  drawMismatches: () =>
    Array.from({ length: LONG }, (_, i) => ({ zh: `第 ${i + 1} 次`, en: `draw ${i + 1}` })),
}));

describe('selectionProblems of any length', () => {
  it('returns 300,000 differing draws', () => {
    const population = { kind: 'boxes' as const, ids: ['central', 'branch-north', 'mobile-1'] };
    const selection = {
      seed: '01382438112797316654',
      withReplacement: true,
      drop: 0,
      take: 3,
      digits: 9,
      sample: [],
      commitment: { sha256: 'a'.repeat(64), population: populationDigest(population) },
    } as unknown as SelectionPayload;
    const problems = selectionProblems(selection, population);
    expect(problems).toHaveLength(LONG);
    expect(problems[LONG - 1]!.en).toBe(`draw ${LONG}`);
  });
});
