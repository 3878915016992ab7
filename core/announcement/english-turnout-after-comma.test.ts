import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';

/**
 * A turnout set off by a bare comma right after the voters, naming the electorate as its base
 * (english-turnout-after-comma.ts). Names and numbers invented; 1,982 of 2,146 is 92.4%.
 */

const notice = (voted: string, share: string) =>
  `The village has 2,146 registered voters. ${voted}, ${share} of the registered voters. 1,980 ballots were returned.`;

describe('a turnout after the voters and a bare comma', () => {
  it('is the voters’ share of the electorate it names, as after “, or”', () => {
    for (const voted of [
      '1,982 voters took part in the vote',
      '1,982 voted',
      '1,982 villagers cast their ballots',
    ]) {
      expect(judged(notice(voted, '92.4%')), voted).toContainEqual(['share', '92.4%', true]);
      expect(alarms(notice(voted, '93.4%'), true), voted).toEqual(['ANNOUNCED_PERCENT_MISMATCH 93.4%/92.4%']);
    }
  });

  it('leaves a share that goes on, or names no electorate, as before', () => {
    for (const text of [
      'The village has 2,146 registered voters. 1,982 voters took part in the vote, 60.0% of them women.',
      'The village has 2,146 registered voters. 1,982 voters took part in the vote, 12.0% more than in 2021.',
    ]) {
      expect(alarms(text, true), text).toEqual([]);
      expect(
        unread(text).map(([, reason]) => reason),
        text,
      ).toEqual(['no-meaning']);
    }
  });
});
