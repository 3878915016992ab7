import { describe, expect, it } from 'vitest';
import { diffJson } from './diff-json.js';

describe('diffJson', () => {
  it('lists each differing leaf by JSON path, absent sides as undefined', () => {
    const expected = { a: 1, b: [1, 2, 3], c: { 'odd key': 'x' }, d: true };
    const found = { a: 1, b: [1, 5], c: { 'odd key': 'y' }, e: null };
    expect(diffJson(expected, found)).toEqual([
      { path: '$.b[1]', expected: 2, found: 5 },
      { path: '$.b[2]', expected: 3, found: undefined },
      { path: '$.c["odd key"]', expected: 'x', found: 'y' },
      { path: '$.d', expected: true, found: undefined },
      { path: '$.e', expected: undefined, found: null },
    ]);
  });

  it('skips ignored paths and what lies under them', () => {
    expect(diffJson({ a: { b: 1 }, c: 2 }, { a: { b: 2 }, c: 3 }, (path) => path === '$.a')).toEqual([
      { path: '$.c', expected: 2, found: 3 },
    ]);
  });

  it('finds nothing between equal values', () => {
    expect(diffJson({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toEqual([]);
  });

  // Each level's differences were spread into its parent's list (push(...list)): past the engine's limit
  // on a call's arguments, that threw (RangeError) where a recount's receipt differed in every finding.
  it('lists 300,000 differences in one array without throwing', () => {
    // Under an array (the boxes of a report, each of many findings), as a receipt's payload holds them.
    const expected = [{ findings: Array.from({ length: 300_000 }, (_, i) => ({ votes: i })) }];
    const found = [{ findings: Array.from({ length: 300_000 }, (_, i) => ({ votes: i + 1 })) }];
    const differences = diffJson(expected, found);
    expect(differences).toHaveLength(300_000);
    expect(differences.at(-1)).toEqual({
      path: '$[0].findings[299999].votes',
      expected: 299_999,
      found: 300_000,
    });
  });
});
