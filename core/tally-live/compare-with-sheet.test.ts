import { describe, expect, it } from 'vitest';
import { testElection } from '../ballots/testing/ballot-sources.js';
import { readTalliesText } from '../tallies/read-tallies.js';
import { compareLiveTallyWithBoxRow, compareLiveTallyWithSheet } from './compare-with-sheet.js';
import { countLiveBallots } from './live-count.js';

const count = countLiveBallots(
  [
    {
      number: 1,
      void: false,
      choices: { chair: ['wang-lin'], 'vice-chair': ['zhao-min'], member: ['张三'] },
    },
    { number: 2, void: false, choices: { chair: ['wang-lin'], 'vice-chair': ['zhao-min'] } },
    { number: 3, void: true, choices: {} },
  ],
  testElection,
  { overvote: 'void-ballot' },
);

function sheets(rows: string) {
  const read = readTalliesText('tallies.csv', `box,contest,candidate,votes\n${rows}`, testElection);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}

describe('compareLiveTallyWithSheet', () => {
  it('finds nothing where the sheet agrees (names by id or by name, zero rows or none)', () => {
    const agreeing = sheets(
      'north,chair,王林,2\nnorth,chair,li-hua,0\nnorth,vice-chair,zhao-min,2\nnorth,member,张三,1\nnorth,member,#blank,1\n' +
        'south,chair,王林,9\n',
    );
    expect(compareLiveTallyWithSheet('north', count, agreeing, testElection, 'en')).toEqual([]);
  });

  it('locates every difference by box, contest and name, the live tally as expected', () => {
    const differing = sheets(
      'north,chair,王林,1\nnorth,chair,李华,1\nnorth,vice-chair,zhao-min,2\nnorth,member,#blank,1\n',
    );
    const findings = compareLiveTallyWithSheet('north', count, differing, testElection, 'en');
    expect(
      findings.map(({ code, box, contest, candidate, expected, found }) => ({
        code,
        box,
        contest,
        candidate,
        expected,
        found,
      })),
    ).toEqual([
      {
        code: 'LIVE_TALLY_MISMATCH',
        box: 'north',
        contest: 'chair',
        candidate: 'wang-lin',
        expected: 2,
        found: 1,
      },
      {
        code: 'LIVE_TALLY_MISMATCH',
        box: 'north',
        contest: 'chair',
        candidate: 'li-hua',
        expected: 0,
        found: 1,
      },
      {
        code: 'LIVE_TALLY_MISMATCH',
        box: 'north',
        contest: 'member',
        candidate: '张三',
        expected: 1,
        found: 0,
      },
    ]);
    expect(findings[0]?.messages).toEqual({
      zh: '票箱“north”主任“王林”：自己的唱票记录为 2 票，计票单为 1 票',
      en: 'box “north”, 主任, “王林”: 2 in your live tally, 1 on the tally sheet',
    });
    expect(findings[0]?.severity).toBe('error');
  });

  it('says so when the sheets have no rows for the box', () => {
    const [finding] = compareLiveTallyWithSheet(
      'north',
      count,
      sheets('south,chair,王林,9\n'),
      testElection,
      'zh',
    );
    expect(finding).toMatchObject({ code: 'LIVE_TALLY_MISMATCH', box: 'north', contest: null });
  });
});

describe('compareLiveTallyWithBoxRow', () => {
  it('compares ballots returned and invalid ballots where the row states them', () => {
    expect(
      compareLiveTallyWithBoxRow('north', count, { box: 'north', returned: 3, invalid: 1 }, 'en'),
    ).toEqual([]);
    expect(compareLiveTallyWithBoxRow('north', count, { box: 'north' }, 'en')).toEqual([]);
    const findings = compareLiveTallyWithBoxRow(
      'north',
      count,
      { box: 'north', returned: 4, invalid: 0 },
      'en',
    );
    expect(
      findings.map(({ code, box, contest, expected, found }) => ({ code, box, contest, expected, found })),
    ).toEqual([
      { code: 'LIVE_TALLY_MISMATCH', box: 'north', contest: null, expected: 3, found: 4 },
      { code: 'LIVE_TALLY_MISMATCH', box: 'north', contest: null, expected: 1, found: 0 },
    ]);
    expect(findings[0]?.messages.zh).toBe('票箱“north”收回选票：自己的唱票记录为 3 张，票箱统计表为 4 张');
  });
});
