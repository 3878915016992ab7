import { describe, expect, it } from 'vitest';
import type { QuickCountReport, ScreenResult } from '../../core/index.js';
import { formatQuickCount, formatScreens } from './audit-text.js';

// One box hand-counted: the ratio estimator has no spread to go on, so the interval is unbounded
// (core/audit-math/quick-count.ts). The text says so instead of printing "Infinity%".
const oneBox: QuickCountReport = {
  contest: 'chair',
  sampleBoxes: 1,
  populationBoxes: 3,
  confidence: 0.95,
  shares: [
    { choice: 'sun-jianguo', estimate: 0.4444, low: 0, high: Infinity, announced: 0.5967, inside: true },
  ],
  turnout: { estimate: 0.6, low: 0, high: Infinity, announced: 0.665, inside: true },
  unknownBoxes: [],
  plannedBoxes: 3,
  precision: 0.02,
};

describe('formatQuickCount', () => {
  it('says an interval cannot be given from one box, in either language', () => {
    const en = formatQuickCount(oneBox, 'en');
    expect(en).not.toContain('Infinity');
    expect(en).toContain('sun-jianguo: 44.44% [no interval from fewer than 2 boxes]; official 59.67%');
    expect(en).not.toContain('(inside)');
    const zh = formatQuickCount(oneBox, 'zh');
    expect(zh).not.toContain('Infinity');
    expect(zh).toContain('sun-jianguo: 44.44% [少于 2 个票箱，无法给出区间]; 复核结果 59.67%');
  });
});

describe('formatScreens', () => {
  it('gives the last digits’ p-value only when the screen ran: too few counts mean nothing', () => {
    const test = { pValue: 0.00001, counts: 26 };
    const notRun = {
      id: 'last-digits',
      ran: false,
      fired: false,
      flagged: [],
      reason: { zh: '只有 26 个得票数', en: 'only 26 counts' },
      test,
    } as ScreenResult;
    expect(formatScreens([notRun], 'en')).not.toContain('p = ');
    expect(formatScreens([{ ...notRun, ran: true, fired: true } as ScreenResult], 'en')).toContain(
      'p = 0.0000 (26 counts)',
    );
  });
});
