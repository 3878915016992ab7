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
});
