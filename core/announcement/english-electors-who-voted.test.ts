import { describe, expect, it } from 'vitest';
import { alarms, counts, judged } from './corpus/read-shapes.js';

/**
 * English notices naming those who voted as electors or voters with a relative clause (`Of the 1,848
 * electors who voted`), and the valid ballots cast among them. Names and numbers invented; every share
 * worked out with exact fractions.
 */

const notice = (voted: string, valid: number, turnout: string) =>
  `There are 2,310 registered voters. Of the 1,848 ${voted}, ${valid} cast valid ballots. Turnout was ${turnout}.`;

describe('electors who voted', () => {
  it('reads them as the voters, not the electorate, and judges the turnout of them', () => {
    for (const voted of ['electors who voted', 'voters who voted', 'electors who cast their ballots'])
      expect(counts(notice(voted, 1830, '80.0%'))).toEqual(['registered 2310', 'cast 1848', 'valid 1830']);
    // 1,848 of 2,310 is 80.0% exactly.
    expect(judged(notice('electors who voted', 1830, '80.0%'))).toContainEqual([
      'share',
      'Turnout was 80.0%',
      true,
    ]);
    expect(alarms(notice('electors who voted', 1830, '82.0%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 82.0%/80.0%',
    ]);
  });

  it('holds the valid ballots cast to the voters, one ballot each', () => {
    expect(alarms(notice('electors who voted', 1830, '80.0%'))).toEqual([]);
    expect(judged(notice('electors who voted', 1830, '80.0%'))).toContainEqual([
      'ballots',
      '1830 cast valid ballots',
      true,
    ]);
    expect(alarms(notice('electors who voted', 1870, '80.0%'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1870/1848']);
    expect(
      alarms('There are 1,500 registered voters. Of the 1,200 who voted, 1,250 cast valid ballots.'),
    ).toEqual(['ANNOUNCED_SUM_MISMATCH 1250/1200']);
  });

  it('leaves valid votes, which a voter may cast several of, unchecked against the voters', () => {
    expect(
      alarms('There are 1,500 registered voters. Of the 1,200 who voted, 2,250 valid votes were counted.'),
    ).toEqual([]);
  });

  it('keeps electors alone the electorate', () => {
    expect(counts('The village has 2,310 electors. 1,848 voted.')).toEqual(['registered 2310', 'cast 1848']);
  });
});

describe('votes under an English heading naming the chair alone', () => {
  const notice = (heading: string, first: number) =>
    `Registered voters: 1,200. Ballots cast: 1,000. Valid ballots: 990.\n\n${heading}\nZhang Wei ${first} votes\nLi Na 370 votes\n`;

  it('holds their sum to the valid ballots, the chair having one seat', () => {
    for (const heading of [
      'Chair',
      'Chair:',
      'Results for chair',
      'Election of the village committee chair',
    ]) {
      // 620 + 370 = 990, no more than the 990 valid ballots.
      expect(alarms(notice(heading, 620))).toEqual([]);
      // 720 + 370 = 1090.
      expect(alarms(notice(heading, 720))).toEqual(['ANNOUNCED_SUM_MISMATCH 1090/990']);
    }
  });

  it('leaves the sum unchecked under a heading that names no post, or beside another post', () => {
    expect(alarms(notice('Results', 720))).toEqual([]);
    expect(alarms(notice('Chair and vice chair', 720))).toEqual([]);
    expect(
      alarms(
        'Registered voters: 1,200. Ballots cast: 1,000. Valid ballots: 990.\n\nChair\nZhang Wei 720 votes\nVice chair\nLi Na 370 votes\n',
      ),
    ).toEqual([]);
  });
});
