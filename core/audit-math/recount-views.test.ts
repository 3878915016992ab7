import { describe, expect, it } from 'vitest';
import { readHandBoxes } from './read-hand-counts.js';
import { quickCountOf, screenBoxesOf } from './recount-views.js';
import { boxesCsv, SMALL_ELECTION, smallRecount } from './testing/small-election.js';

const contest = SMALL_ELECTION.contests[0]!;

describe('the quick count over the recount', () => {
  it('from boxes that all look alike, estimates the shares exactly with a zero-width interval', () => {
    const hand = readHandBoxes(
      'h.csv',
      boxesCsv([1, 2, 3, 4, 5].map((i) => ({ round: 1, box: `box-${i}` }))),
      SMALL_ELECTION,
    );
    if (!hand.ok) throw new Error('unreadable');
    const report = quickCountOf(contest, smallRecount(), hand.value, 0.95, 0.02);
    const jia = report.shares.find((s) => s.choice === 'jia')!;
    // Every box: jia 15 of 25 ballots; the recount: 600 of 1,000.
    expect(jia).toMatchObject({ estimate: 0.6, low: 0.6, high: 0.6, announced: 0.6, inside: true });
    expect(report.turnout).toMatchObject({ estimate: 25 / 40, inside: true });
    expect(report).toMatchObject({ sampleBoxes: 5, populationBoxes: 40, unknownBoxes: [] });
    // Boxes that do not vary need the fewest boxes a ratio can be estimated from.
    expect(report.plannedBoxes).toBeLessThanOrEqual(1);
  });
  it('names hand-counted boxes the sheets do not list and leaves them out', () => {
    const hand = readHandBoxes(
      'h.csv',
      boxesCsv([
        { round: 1, box: 'box-1' },
        { round: 1, box: 'box-99' },
      ]),
      SMALL_ELECTION,
    );
    if (!hand.ok) throw new Error('unreadable');
    const report = quickCountOf(contest, smallRecount(), hand.value, 0.95, 0.02);
    expect(report).toMatchObject({ sampleBoxes: 1, unknownBoxes: ['box-99'] });
  });
  it('hand counts that differ from the sheets move the estimate; the recount then lies outside', () => {
    // Six boxes found with jia 20 of 25: 120/150 = 0.8 with no spread, against 0.6 recounted.
    const draws = [1, 2, 3, 4, 5, 6].map((i) => ({ round: 1, box: `box-${i}`, jia: 20, yi: 4 }));
    const hand = readHandBoxes('h.csv', boxesCsv(draws), SMALL_ELECTION);
    if (!hand.ok) throw new Error('unreadable');
    const jia = quickCountOf(contest, smallRecount(), hand.value, 0.95, 0.02).shares.find(
      (s) => s.choice === 'jia',
    )!;
    expect(jia.estimate).toBeCloseTo(0.8, 12);
    expect(jia.inside).toBe(false);
  });
});

describe('the screens over the recount', () => {
  it('see every box of the sheets with its votes', () => {
    const boxes = screenBoxesOf(smallRecount(3));
    expect(boxes.map((b) => [b.box, b.returned, b.contests.get('chair')?.get('jia')])).toEqual([
      ['box-1', 25, 15],
      ['box-2', 25, 15],
      ['box-3', 25, 15],
    ]);
  });
});
