import { describe, expect, it } from 'vitest';
import { alarms, judged, reportAlone } from './corpus/read-shapes.js';

/**
 * English notices: a candidate's share after a bare comma when a verb stands between the name and the
 * votes, and a winner declared after a share whose ballots are named (docs/announcement.md, “English
 * notices: shares before their fractions, after a bare comma”). Names and numbers are invented; every
 * share was worked out with exact fractions: 1,210 of 1,986 is 60.9264…%, of 1,960 valid 61.7346…%;
 * 900 of 1,960 is 45.9183…%.
 */
const notice = (line: string) =>
  [
    "Results of the villagers' committee election, Shanhe Village",
    'Of 2,310 registered voters, 1,986 cast a ballot, a turnout of 86.0 percent. Valid ballots: 1,960; invalid ballots: 26.',
    line,
  ].join('\n');

const winners = (text: string) =>
  reportAlone(text, true)
    .announcement!.judged.filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => [figure.text, figure.right]);

describe('a share after a bare comma, a verb between the name and the votes', () => {
  it('judges it as the votes’ share, of the ballots it names or of either stated base', () => {
    expect(judged(notice('Chen Jun received 1,210 votes, 61.7% of the valid ballots.'))).toContainEqual([
      'share',
      '61.7%',
      true,
    ]);
    expect(alarms(notice('Chen Jun received 1,210 votes, 67.1% of the valid ballots.'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 67.1%/61.7%',
    ]);
    // Right of the voters, wrong of the valid ballots it names.
    expect(alarms(notice('Chen Jun received 1,210 votes, 60.9% of the valid ballots.'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 60.9%/61.7%',
    ]);
    // No base named: wrong of both bases stated.
    expect(alarms(notice('Chen Jun won 1,210 votes, 67.1%, and was elected chair.'))).toHaveLength(1);
    expect(alarms(notice('Chen Jun won 1,210 votes, 61.7%, and was elected chair.'))).toEqual([]);
  });

  it('takes no share that goes on to name something else for the votes’ share', () => {
    for (const line of [
      'Chen Jun received 1,210 votes, 12.0% more than in 2021, and was elected chair.',
      'Chen Jun received 1,210 votes, 52.0% of them from women.',
      'Chair: Chen Jun, 1,210 votes, 12.0% more than in 2021.',
      'Chen Jun – 1,210 votes, 12.0% up on 2021.',
    ])
      expect(alarms(notice(line))).toEqual([]);
  });
});

describe('a winner declared after a share whose ballots are named', () => {
  it('declares the candidate whose votes were just read', () => {
    expect(
      winners(notice('Chen Jun received 1,210 votes, or 61.7% of the valid ballots, and was elected chair.')),
    ).toEqual([['Chen Jun received 1,210 votes', true]]);
    expect(
      alarms(notice('Chen Jun received 900 votes, 45.9% of the valid ballots, and was elected chair.'), true),
    ).toEqual(['ANNOUNCED_WINNER_MISMATCH 900/994']);
  });

  it('leaves a declaration naming someone else to that name', () => {
    expect(
      winners(
        notice('Chen Jun received 1,210 votes, 61.7% of the valid ballots, and Li Hua was elected chair.'),
      ),
    ).toEqual([]);
  });
});
