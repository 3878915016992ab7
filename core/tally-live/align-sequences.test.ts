import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, type AlignedStep } from './align-sequences.js';

const same = (x: string, y: string) => x === y;
const unpaired = (steps: readonly AlignedStep[]) =>
  steps.filter((step) => step.kind !== 'pair' || !step.equal);

describe('alignSequences', () => {
  it('pairs equal sequences item by item at no cost', () => {
    const result = alignSequences([...'abcde'], [...'abcde'], same);
    expect(result.aligned && result.cost).toBe(0);
    expect(result.aligned && result.steps.every((step) => step.kind === 'pair' && step.a === step.b)).toBe(
      true,
    );
  });

  it('takes up an item missed in the middle, and pairs the rest again', () => {
    const result = alignSequences([...'abdefg'], [...'abcdefg'], same);
    expect(result.aligned && unpaired(result.steps)).toEqual([{ kind: 'only-b', b: 2 }]);
  });

  it('takes up an item doubled, and a missed one later that brings the two back in step', () => {
    const doubled = alignSequences([...'abbcdefgh'], [...'abcdefgh'], same);
    expect(doubled.aligned && unpaired(doubled.steps)).toHaveLength(1);
    const both = alignSequences([...'abbcdefh'], [...'abcdefgh'], same);
    expect(both.aligned && both.cost).toBe(2);
    expect(both.aligned && unpaired(both.steps)).toEqual([
      { kind: 'only-a', a: 1 }, // either b; the first is left alone
      { kind: 'only-b', b: 6 },
    ]);
  });

  it('pairs a changed item with its counterpart rather than two gaps', () => {
    const result = alignSequences([...'abcd'], [...'abXd'], same);
    expect(result.aligned && unpaired(result.steps)).toEqual([{ kind: 'pair', a: 2, b: 2, equal: false }]);
  });

  it('handles empty sequences', () => {
    const result = alignSequences([], [...'ab'], same);
    expect(result.aligned && result.steps).toEqual([
      { kind: 'only-b', b: 0 },
      { kind: 'only-b', b: 1 },
    ]);
    expect(alignSequences([], [], same)).toEqual({ aligned: true, steps: [], cost: 0 });
  });

  it('does not align lengths further apart than maxOffset', () => {
    expect(alignSequences([...'a'], [...'abcd'], same, { maxOffset: 2 })).toEqual({
      aligned: false,
      offset: 3,
    });
  });

  it('every item of each sequence appears once, in order, whatever the inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'y', 'z')),
        fc.array(fc.constantFrom('x', 'y', 'z')),
        (a, b) => {
          const result = alignSequences(a, b, same, { slack: 2 });
          if (!result.aligned) return;
          const fromA = result.steps.flatMap((step) => (step.kind === 'only-b' ? [] : [step.a]));
          const fromB = result.steps.flatMap((step) => (step.kind === 'only-a' ? [] : [step.b]));
          expect(fromA).toEqual(a.map((_, index) => index));
          expect(fromB).toEqual(b.map((_, index) => index));
          for (const step of result.steps)
            if (step.kind === 'pair') expect(step.equal).toBe(a[step.a] === b[step.b]);
        },
      ),
    );
  });
});
