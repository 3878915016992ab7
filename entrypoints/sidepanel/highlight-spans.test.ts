import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitBySpans, strongestMark, type HighlightMark } from './highlight-spans';

const mark = (start: number, end: number, kind: HighlightMark['kind'], key: string): HighlightMark => ({
  start,
  end,
  kind,
  key,
  label: key,
});

describe('splitBySpans', () => {
  test('plain text is one unmarked run', () => {
    expect(splitBySpans(5, [])).toEqual([{ start: 0, end: 5, marks: [] }]);
  });

  test('a finding over part of a figure splits it into runs under both', () => {
    const figure = mark(2, 8, 'figure', 'figure-0');
    const finding = mark(5, 10, 'warning', 'finding-0');
    const pieces = splitBySpans(12, [figure, finding]);
    expect(pieces.map(({ start, end, marks }) => [start, end, marks.map((m) => m.key)])).toEqual([
      [0, 2, []],
      [2, 5, ['figure-0']],
      [5, 8, ['figure-0', 'finding-0']],
      [8, 10, ['finding-0']],
      [10, 12, []],
    ]);
  });

  test('marks beyond the text are clipped and empty ones dropped', () => {
    const pieces = splitBySpans(4, [
      mark(2, 99, 'error', 'a'),
      mark(3, 3, 'info', 'b'),
      mark(-5, 1, 'figure', 'c'),
    ]);
    expect(pieces.map(({ start, end, marks }) => [start, end, marks.map((m) => m.key)])).toEqual([
      [0, 1, ['c']],
      [1, 2, []],
      [2, 4, ['a']],
    ]);
  });

  test('runs cover the text in order, each under exactly the marks that contain it', () => {
    const kinds = fc.constantFrom<HighlightMark['kind']>('figure', 'error', 'warning', 'info');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -3, max: 45 }), fc.integer({ min: 0, max: 10 }), kinds), {
          maxLength: 12,
        }),
        (length, raw) => {
          const marks = raw.map(([start, width, kind], index) =>
            mark(start, start + width, kind, `m${index}`),
          );
          const pieces = splitBySpans(length, marks);
          let at = 0;
          for (const piece of pieces) {
            expect(piece.start).toBe(at);
            expect(piece.end).toBeGreaterThan(piece.start);
            at = piece.end;
            const expected = marks
              .filter((m) => Math.max(0, m.start) <= piece.start && Math.min(length, m.end) >= piece.end)
              .map((m) => m.key)
              .sort();
            expect(piece.marks.map((m) => m.key).sort()).toEqual(expected);
          }
          expect(at).toBe(length);
        },
      ),
    );
  });
});

describe('strongestMark', () => {
  test('an error outweighs a warning, which outweighs a figure', () => {
    const marks = [
      mark(0, 1, 'figure', 'f'),
      mark(0, 1, 'warning', 'w'),
      mark(0, 1, 'error', 'e'),
      mark(0, 1, 'info', 'i'),
    ];
    expect(strongestMark(marks)?.key).toBe('e');
    expect(strongestMark(marks.slice(0, 2))?.key).toBe('w');
    expect(strongestMark([])).toBeUndefined();
  });
});
