import { describe, expect, it } from 'vitest';
import { lastDigitTest, runScreens, SCREEN_NOTES, type ScreenBox, type ScreenId } from './screens.js';
import { generateElection, type GeneratedBox } from './testing/generated-election.js';
import { screenBox } from './testing/screen-boxes.js';

const fired = (boxes: readonly ScreenBox[]) =>
  Object.fromEntries(runScreens(boxes, 'chair').map((s) => [s.id, s.fired])) as Record<ScreenId, boolean>;
const flaggedBy = (boxes: readonly ScreenBox[], id: ScreenId) =>
  runScreens(boxes, 'chair')
    .find((s) => s.id === id)!
    .flagged.map((f) => f.box);

describe('screens on a clean generated election of 1,000 boxes (seeded)', { timeout: 60_000 }, () => {
  const clean = generateElection(2026).map(screenBox);
  it('none fires', () => {
    const results = runScreens(clean, 'chair');
    expect(results.every((s) => s.ran)).toBe(true);
    expect(results.filter((s) => s.fired).map((s) => s.id)).toEqual([]);
  });
  it(
    'across 60 clean elections, the last-digit test and the mobile-box screen stay within their rates',
    { timeout: 60_000 },
    () => {
      let digits = 0;
      let mobileFlags = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const boxes = generateElection(seed, {
          boxes: 150,
          mobileBoxes: 10,
          shares: { A: 0.55, B: 0.35 },
        }).map(screenBox);
        const results = runScreens(boxes, 'chair');
        if (results.find((s) => s.id === 'last-digits')!.fired) digits += 1;
        mobileFlags += results.find((s) => s.id === 'mobile-boxes')!.flagged.length;
        expect(results.find((s) => s.id === 'full-turnout')!.fired).toBe(false);
        expect(results.find((s) => s.id === 'identical-sheets')!.fired).toBe(false);
      }
      // 1 % per election: about 0.6 of 60; 4 or more has a chance below 0.3 %.
      expect(digits).toBeLessThan(4);
      // About 1 in 1,000 per mobile box and person: 1,200 tests, about 1.2 flags; 7 or more below 0.1 %.
      expect(mobileFlags).toBeLessThan(7);
    },
  );
});

describe('screens find planted anomalies (known answers)', { timeout: 60_000 }, () => {
  const base = (): GeneratedBox[] => generateElection(11);
  it('a box at 100 % turnout', () => {
    const boxes = base();
    boxes[4] = { ...boxes[4]!, returned: boxes[4]!.registered };
    expect(flaggedBy(boxes.map(screenBox), 'full-turnout')).toEqual(['box-5']);
  });
  it('two boxes with the same sheet', () => {
    const boxes = base();
    boxes[7] = { ...boxes[6]!, box: 'box-8' };
    expect(flaggedBy(boxes.map(screenBox), 'identical-sheets').sort()).toEqual(['box-7', 'box-8']);
  });
  it('counts rounded to 0 or 5 in 300 boxes', () => {
    const boxes = base().map((b, i) =>
      i < 300
        ? {
            ...b,
            votes: new Map([...b.votes].map(([c, v]) => [c, c === '#blank' ? v : Math.round(v / 5) * 5])),
          }
        : b,
    );
    const screens = runScreens(boxes.map(screenBox), 'chair');
    expect(screens.find((s) => s.id === 'last-digits')!.fired).toBe(true);
    expect(fired(base().map(screenBox))['last-digits']).toBe(false);
  });
  it('a mobile box where A has 95 %', () => {
    const boxes = base();
    const i = boxes.findIndex((b) => b.box === 'mobile-3');
    const b = boxes[i]!;
    const a = Math.round(b.returned * 0.95);
    boxes[i] = {
      ...b,
      invalid: 0,
      votes: new Map([
        ['A', a],
        ['B', b.returned - a],
        ['#blank', 0],
      ]),
    };
    expect(flaggedBy(boxes.map(screenBox), 'mobile-boxes')).toContain('mobile-3');
  });
  it('boxes in the top-right corner of the fingerprint', () => {
    const boxes = base().map((b, i) => {
      if (i >= 5) return b;
      const returned = Math.round(b.registered * 0.98);
      return {
        ...b,
        returned,
        invalid: 0,
        votes: new Map([
          ['A', returned],
          ['B', 0],
          ['#blank', 0],
        ]),
      };
    });
    expect(flaggedBy(boxes.map(screenBox), 'turnout-fingerprint')).toEqual([
      'box-1',
      'box-2',
      'box-3',
      'box-4',
      'box-5',
    ]);
  });
});

describe('screens say when they cannot run', () => {
  it('on five boxes, the fingerprint, the digits and the mobile boxes need more', () => {
    const few = generateElection(3, { boxes: 5, mobileBoxes: 1, shares: { A: 0.6, B: 0.3 } }).map(screenBox);
    const notRun = runScreens(few, 'chair')
      .filter((s) => !s.ran)
      .map((s) => s.id);
    expect(notRun).toEqual(['turnout-fingerprint', 'last-digits', 'mobile-boxes']);
  });
  it('counts one box as one box, not "1 mobile boxes"', () => {
    const few = generateElection(3, { boxes: 5, mobileBoxes: 1, shares: { A: 0.6, B: 0.3 } }).map(screenBox);
    const mobile = runScreens(few, 'chair').find((s) => s.id === 'mobile-boxes')!;
    expect(mobile.reason?.en).toMatch(
      /^\d+ fixed boxes \(20 needed\) and 1 mobile box with 20 or more ballots\.$/,
    );
  });
  it('every screen states what it shows, cannot show, needs, and its false-alarm rate, in both languages', () => {
    for (const note of Object.values(SCREEN_NOTES))
      for (const text of [note.title, note.shows, note.cannotShow, note.needs, note.falseAlarm]) {
        expect(text.zh.length).toBeGreaterThan(3);
        expect(text.en.length).toBeGreaterThan(3);
      }
  });
});

describe('last-digit chi-square (p-value from stdlib-js)', () => {
  it('uniform digits give p = 1; a skewed set matches a hand computation', () => {
    const uniform = Array.from({ length: 100 }, (_, i) => 10 + i);
    expect(lastDigitTest(uniform)).toMatchObject({ chiSquare: 0, pValue: 1, counts: 100 });
    // 20 counts ending in 0, 10 each ending in 1–8, none in 9 (and counts under 10, left out):
    // expected 10 each, χ² = (10² + 10²)/10 = 20; P(χ²₉ ≥ 20) = 0.017912 (scipy.stats.chi2.sf(20, 9)).
    const skewed = [
      ...Array<number>(20).fill(100),
      ...Array.from({ length: 80 }, (_, i) => 11 + (i % 8)),
      3,
      7,
    ];
    const test = lastDigitTest(skewed);
    expect(test.counts).toBe(100);
    expect(test.chiSquare).toBeCloseTo(20, 12);
    expect(test.pValue).toBeCloseTo(0.017912, 6);
  });
});
