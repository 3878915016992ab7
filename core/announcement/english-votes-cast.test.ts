import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * `with 1,402 of 1,630 registered voters casting ballots`, then `Li Hua won the chair with 812 of 1,502
 * votes cast`: more votes in the vote for chair than voters who cast a ballot, flagged only where both
 * are surely this election's in one round (english-votes-cast.ts). Invented numbers; the set
 * corpus-written/en12/ holds the texts.
 */

const village = getRulePack('cn-village')!;
const alarms = (text: string) => [
  ...checkAnnouncementArithmetic(readAnnouncementText(text), 'en')
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code),
  ...judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code),
];

const dongwan = (cast: string, clause = 'Li Hua won the chair with') =>
  `DONGWAN, April 12 (Xinhua) -- Dongwan villagers elected their committee on Sunday. Turnout was 86.0 percent, with 1,402 of 1,630 registered voters casting ballots. ${clause} 812 of ${cast} votes cast.`;

describe('the votes of the chair’s vote against the voters who cast a ballot', () => {
  it('flags more votes for chair than voters', () => {
    expect(alarms(dongwan('1,502'))).toContain('ANNOUNCED_SUM_MISMATCH');
    expect(
      alarms(
        'Of 1,630 registered voters, 1,402 cast ballots, of which 1,380 were valid and 22 invalid. Li Hua won the chair with 812 of 1,480 votes cast.',
      ),
    ).toContain('ANNOUNCED_SUM_MISMATCH');
    expect(
      alarms(
        'Dongwan Village committee election\n1,402 of 1,630 registered voters cast ballots. Li Hua won the chair with 812 of 1,502 votes cast.',
      ),
    ).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it.each([
    ['the same count', dongwan('1,402')],
    ['fewer votes: the valid ones', dongwan('1,380')],
    ['fewer votes: cast for the post', dongwan('1,395')],
    [
      'a runoff after a first round',
      'In the first round on April 12, 1,402 of 1,630 registered voters cast ballots and no candidate for chair won more than half. In the runoff, Li Hua won the chair with 812 of 1,520 votes cast.',
    ],
    [
      "the township's ballots and a village's votes",
      "Across the township's 14 villages, 1,402 ballots were cast. In Dongwan Village, Li Hua won the chair with 812 of 1,502 votes cast.",
    ],
    [
      'an earlier election',
      'Dongwan villagers elected their committee on Sunday, with 1,402 of 1,630 registered voters casting ballots. At the last election in 2023, Li Hua won the chair with 812 of 1,502 votes cast.',
    ],
    [
      'voters in person beside those by proxy',
      'Dongwan villagers elected their committee on Sunday. 1,402 of 1,630 registered voters cast ballots in person, and 100 more by proxy. Li Hua won the chair with 812 of 1,502 votes cast.',
    ],
    [
      "one polling station's voters",
      'At the central polling station, 1,402 of 1,630 registered voters cast ballots. Li Hua won the chair with 812 of 1,502 votes cast.',
    ],
    [
      "another village's voters",
      'In Xiwan, 1,402 of 1,630 registered voters cast ballots. Li Hua won the chair with 812 of 1,502 votes cast.',
    ],
    [
      'votes cast with ballots of another day',
      'Dongwan villagers elected their committee on Sunday, with 1,402 of 1,630 registered voters casting ballots. Li Hua won the chair with 812 of 1,502 votes cast, counting the 100 ballots of the second day.',
    ],
    [
      "one day's voters",
      'Dongwan Village committee election\n\nDay one: 1,402 of 1,630 registered voters cast ballots.\nLi Hua won the chair with 812 of 1,502 votes cast.',
    ],
    [
      'a heading line over the voters',
      'Qinghe Township results\n\nDay one\n1,402 of 1,630 registered voters cast ballots. Li Hua won the chair with 812 of 1,502 votes cast.',
    ],
    ['another body', dongwan('1,502', 'In the vote for supervisory committee chair, Sun Lei won with')],
    ['the members’ votes of several seats', dongwan('4,960', 'The members were elected with')],
  ])('leaves %s alone', (_, text) => expect(alarms(text)).toEqual([]));
});
