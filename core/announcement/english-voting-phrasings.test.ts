import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { alarms, rows, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English ways of saying that people voted (came to the polling stations, turned up at the polls, went
 * to the polls, cast their ballots, people voted), and a winner declared in a first round the notice
 * names alone. Every number and name is invented; every share is worked with exact fractions.
 */

const village = getRulePack('cn-village@2025')!;

/** The voters read, as [meaning, value]. */
const counts = (text: string) =>
  rows(text)
    .filter((row) => row[0] === 'count')
    .map((row) => [row[1], row[3]]);

/** The shares judged, as [right, text]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'share')
    .map((figure) => [figure.right, figure.text]);

/** The winners' thresholds the village pack judged, as [right, text]. */
const winners = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .judged.filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => [figure.right, figure.text]);

describe('voters named by where they went (came to the polling stations, turned up at the polls)', () => {
  // 3637 / 6658 = 54.6260…%: 54.63%.
  const CHEUNG = (share: string) =>
    `Voting took place on 9 March. Of the 6,658 registered voters, 3,637 came to the polling stations, a turnout of ${share}.`;

  it('reads those who came to the polling stations as the voters, and judges the turnout', () => {
    expect(counts(CHEUNG('54.63%'))).toEqual([
      ['registered', 6658],
      ['cast', 3637],
    ]);
    expect(shares(CHEUNG('54.63%'))).toEqual([[true, 'a turnout of 54.63%']]);
    expect(alarms(CHEUNG('54.63%'))).toEqual([]);
  });
  it('catches a wrong turnout of those who came to the polling stations', () => {
    expect(shares(CHEUNG('56.63%'))).toEqual([[false, 'a turnout of 56.63%']]);
  });
  it('reads turned up at the polls, went to the polls and came to the polling booths alike', () => {
    for (const phrase of [
      'turned up at the polls',
      'went to the polls',
      'came to the polling booths',
      'turned up at the polling stations',
    ]) {
      // 2500 / 3125 = 80%.
      const text = `On 12 October, 2,500 residents ${phrase} out of 3,125 registered voters, a turnout of 80%.`;
      expect(counts(text)).toEqual([
        ['cast', 2500],
        ['registered', 3125],
      ]);
      expect(shares(text)).toEqual([[true, 'a turnout of 80%']]);
    }
  });
  it('still reads cast their ballots and people voted', () => {
    expect(counts('Hexi has 4,120 registered voters, and 2,884 people voted.')).toEqual([
      ['registered', 4120],
      ['cast', 2884],
    ]);
    expect(counts('Hexi has 4,120 registered voters; 2,884 of them cast their ballots.')).toEqual([
      ['registered', 4120],
      ['cast', 2884],
    ]);
  });
});

describe('a winner of the first round, where the notice names no other round', () => {
  const NOTICE = (votes: number, after = '') =>
    `Dongshan has 2,000 registered voters; 1,400 voted, a turnout of 70%. In the first round, Wang Fang was elected with ${votes} votes.${after}`;

  it('reads the name after the round and judges the votes by the ballots of that round', () => {
    // 1400 ballots: a seat needs more than 700.
    expect(winners(NOTICE(780))).toEqual([[true, 'Wang Fang was elected with 780 votes']]);
    expect(alarms(NOTICE(780), true)).toEqual([]);
  });
  it('flags a first-round winner short of half of the ballots', () => {
    expect(winners(NOTICE(680))).toEqual([[false, 'Wang Fang was elected with 680 votes']]);
  });
  it('judges the winner’s share of the ballots cast stated after the votes', () => {
    // 780 / 1400 = 55.714…%: 55.7%.
    const text = (share: string) =>
      NOTICE(780).replace('780 votes.', `780 votes, ${share} of the ballots cast.`);
    expect(shares(text('55.7%'))).toContainEqual([true, '55.7%']);
    expect(alarms(text('55.7%'), true)).toEqual([]);
    expect(alarms(text('57.7%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 57.7%/55.7%']);
  });
  it('does not judge the first round by counts the text may give of a runoff it also names', () => {
    const text = NOTICE(680, ' In the runoff, Li Qiang was elected with 600 votes.');
    expect(winners(text)).not.toContainEqual([false, 'Wang Fang was elected with 680 votes']);
    expect(alarms(text, true)).toEqual([]);
  });
});
