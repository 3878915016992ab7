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
      for (const text of [
        note.title,
        note.shows,
        note.cannotShow,
        note.next,
        note.needs,
        note.falseAlarm,
        note.method,
      ]) {
        expect(text.zh.length).toBeGreaterThan(3);
        expect(text.en.length).toBeGreaterThan(3);
      }
  });
  it('the words an observer reads first carry no statistics jargon; the method line names it', () => {
    const jargon = /p ?<|p ?值|p-value|卡方|chi-square|检验|正态|normal approximation|Rivest|Arlo/i;
    for (const note of Object.values(SCREEN_NOTES))
      for (const text of [note.title, note.shows, note.cannotShow, note.next]) {
        expect(text.zh).not.toMatch(jargon);
        expect(text.en).not.toMatch(jargon);
      }
    expect(SCREEN_NOTES['last-digits'].method).toEqual({
      zh: '方法：末位数字的皮尔逊卡方检验（9个自由度），p < 0.01 时提示。',
      en: 'Method: Pearson’s chi-square test of the last digits (9 degrees of freedom); flags at p < 0.01.',
    });
    expect(SCREEN_NOTES['mobile-boxes'].method.en).toContain('p < 0.001');
  });
  it('what a flag means reads on its own: no label such as “不能说明” / “Cannot show” is needed before it', () => {
    for (const note of Object.values(SCREEN_NOTES)) {
      expect(note.cannotShow.zh).not.toMatch(/^不能/);
      expect(note.cannotShow.en).not.toMatch(/^(It )?cannot/i);
      expect(note.next.zh).toMatch(/^下一步：/);
      expect(note.next.en).toMatch(/^Next: /);
      expect(note.method.zh).toMatch(/^方法：/);
      expect(note.method.en).toMatch(/^Method: /);
      // Chinese sentences end in a full-width stop, with no ASCII colon or semicolon inside.
      for (const text of [note.shows, note.cannotShow, note.next, note.method])
        expect(text.zh).toMatch(/^[^:;]*。$/);
    }
    expect(SCREEN_NOTES['turnout-fingerprint'].cannotShow.zh).toBe(
      '被标出的票箱不一定有问题：一个团结的小村或一位受欢迎的候选人，也会让投票率和得票率都很高。',
    );
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
