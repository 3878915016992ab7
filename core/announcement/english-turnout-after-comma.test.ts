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

  it('leaves the voters of another place or time, named in their sentence, unjudged', () => {
    // 1,204 of 1,388 is 86.7%, 902 of 1,254 is 71.9%, 1,302 of 1,580 is 82.4%: electorates the
    // sentence does not give, not the 2,146 registered voters stated.
    for (const text of [
      'The village has 2,146 registered voters. In the 2023 election, 1,302 voters took part in the vote, 82.4% of the registered voters.',
      'In Liujia Village, 1,204 of the 1,388 registered voters took part in the vote, 86.7%. In neighbouring Zhoujia Village, 902 voters took part in the vote, 71.9% of the registered voters, of whom there are 1,254.',
    ]) {
      expect(alarms(text, true), text).toEqual([]);
      expect(
        judged(text).filter(([, share]) => /^(?:82\.4|71\.9)%$/.test(String(share))),
        text,
      ).toEqual([]);
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
