import { describe, expect, it } from 'vitest';
import { crossingSpans, rowLayout } from './chart-layout.js';

describe('the threshold line across a chart’s rows', () => {
  it('runs unbroken on a wide chart, where the names and figures stand beside the bars', () => {
    expect(crossingSpans(rowLayout(760, { label: 140, values: 210 }), 28, 2)).toEqual([[20, 92]]);
  });

  it('on a narrow chart stands over each bar only, never over the line of names and figures above it', () => {
    const at = rowLayout(400, { label: 140, values: 210 });
    const spans = crossingSpans(at, 28, 2);
    expect(spans).toEqual([
      [20, 28],
      [50, 70],
      [100, 120],
    ]);
    // Each row's words stand on a baseline 16 px below the row's top, about 12 px tall: no span reaches them.
    for (const row of [0, 1]) {
      const baseline = 28 + row * at.rowHeight + at.valueY;
      for (const [top, bottom] of spans) expect(bottom <= baseline - 12 || top >= baseline + 4).toBe(true);
    }
  });
});
