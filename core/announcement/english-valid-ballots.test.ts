import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * English valid votes stated as a part of the ballots their sentence names (english-valid-ballots.ts):
 * ballots, so never more than the ballots returned. Names and numbers invented.
 */

const head =
  "Announcement of the Election Results of the 12th Villagers' Committee of Dongfeng Village\n" +
  'There were 1,620 registered voters. ';

describe('valid votes stated as a part of the ballots', () => {
  const shapes = (valid: number) => [
    `1,320 ballots were returned, of which ${valid.toLocaleString('en')} valid votes.`,
    `1,320 ballots were returned, of which ${valid.toLocaleString('en')} were valid votes.`,
    `1,320 ballots were returned, including ${valid.toLocaleString('en')} valid votes.`,
    `1,320 ballots were returned, ${valid.toLocaleString('en')} of them valid votes.`,
    `Of the 1,320 ballots returned, ${valid.toLocaleString('en')} were valid votes.`,
  ];

  it('holds them to the ballots returned', () => {
    for (const shape of shapes(1398))
      expect(alarms(head + shape, true), shape).toEqual(['ANNOUNCED_SUM_MISMATCH 1398/1320']);
  });

  it('judges them right when they are no more than the ballots', () => {
    for (const shape of shapes(1298)) {
      expect(alarms(head + shape, true), shape).toEqual([]);
      expect(
        judged(head + shape).filter(([, text]) => String(text).startsWith('1,298')),
        shape,
      ).toEqual([['ballots', expect.stringMatching(/^1,298/), true]]);
    }
  });

  it('leaves valid votes of no stated whole, or of a whole of votes or voters, unchecked', () => {
    for (const shape of [
      '1,320 ballots were returned. Members (three seats): 2,950 valid votes were counted.',
      '1,320 ballots were returned and 2,950 valid votes were counted.',
      '1,320 ballots were returned; valid votes: 2,950.',
      'Of the 1,320 voters who cast ballots, 2,950 valid votes went to the members.',
      '1,320 ballots were returned from 1,310 voters, of which 2,950 were valid votes.',
      'Of the 3,960 votes on the 1,320 ballots, 2,950 were valid votes.',
      'Of the 1,320 ballots returned, 2,950 valid votes were counted.',
    ])
      expect(alarms(head + shape, true), shape).toEqual([]);
  });
});
