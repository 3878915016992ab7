import { describe, expect, it } from 'vitest';
import { alarms, judged, rows, unread } from './corpus/read-shapes.js';

/**
 * Candidates' votes given respectively in English (docs/announcement.md, “English notices: votes given
 * respectively”). Names and numbers are invented; every share was worked out with exact fractions.
 */

// 1,352 voted, 1,327 valid: a winner needs more than 676 votes.
const ACCOUNT =
  'There were 1,620 registered voters, and 1,352 voters cast ballots. 1,352 ballots were returned, of which 1,327 were valid and 25 invalid.\n';

const votesOf = (text: string) =>
  rows(text).flatMap((row) => (row[0] === 'votes' ? [`${row[1]} ${String(row[3])}`] : []));
const electedOf = (text: string) => rows(text).flatMap((row) => (row[0] === 'elected' ? [row[3]] : []));

describe('votes given respectively to a list of names', () => {
  it('gives each count to the name in its place', () => {
    for (const text of [
      'Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively.',
      'Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes, respectively.',
      'Zhang Wei, Li Na, and Wang Fang received 812, 790, and 701 votes respectively.',
      'Zhang Wei, Li Na and Wang Fang received 812 votes, 790 votes and 701 votes respectively.',
      'Zhang Wei, Li Na and Wang Fang received respectively 812, 790 and 701 votes.',
      'Zhang Wei, Li Na and Wang Fang were elected members with 812, 790 and 701 votes respectively.',
    ])
      expect(votesOf(ACCOUNT + text)).toEqual(['Zhang Wei 812', 'Li Na 790', 'Wang Fang 701']);
  });

  it('declares the list’s names when the declaration has no subject of its own', () => {
    for (const text of [
      'Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively and were elected members.',
      'Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively; all three were elected.',
      'Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively; all were elected.',
    ])
      expect(electedOf(ACCOUNT + text)).toEqual([['Zhang Wei', 'Li Na', 'Wang Fang']]);
    // `all two` of three names: how many were elected is not the list's.
    const fewer = `${ACCOUNT}Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively; all two were elected.`;
    expect(electedOf(fewer)).toEqual([]);
    expect(unread(fewer)).toContainEqual(['elected', 'not-a-name']);
  });

  it('gives counts before `for` to the names before `respectively`', () => {
    for (const text of [
      'The votes were 812, 790 and 701 for Zhang Wei, Li Na and Wang Fang respectively.',
      'Counting gave 812, 790 and 701 votes for Zhang Wei, Li Na and Wang Fang, respectively.',
    ])
      expect(votesOf(ACCOUNT + text)).toEqual(['Zhang Wei 812', 'Li Na 790', 'Wang Fang 701']);
    // Ballots of places, not votes: nothing read as a candidate's.
    expect(
      votesOf(`${ACCOUNT}The hamlets cast 702 and 650 ballots for Zhang Wei and Li Na respectively.`),
    ).toEqual([]);
  });

  it('declares the list’s names by `all` or `both` opening the next sentence', () => {
    const text = `${ACCOUNT}Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively. All three were elected members.`;
    expect(electedOf(text)).toEqual([['Zhang Wei', 'Li Na', 'Wang Fang']]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('701', '655'), true)).toHaveLength(1);
    // `All members` names no one of the list.
    expect(
      electedOf(text.replace('All three were elected members', 'All members were elected by secret ballot')),
    ).toEqual([]);
  });

  it('flags a winner of the list below half of the voters', () => {
    const text = `${ACCOUNT}Zhang Wei, Li Na and Wang Fang received 812, 790 and 655 votes respectively and were elected members.`;
    expect(alarms(text, true)).toHaveLength(1);
    expect(alarms(text.replace('655', '701'), true)).toEqual([]);
  });

  it('lists the counts unread when names and counts are not as many', () => {
    const text = `${ACCOUNT}Zhang Wei, Li Na and Wang Fang received 812 and 790 votes respectively.`;
    expect(votesOf(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['812', 'respective-unmatched'],
      ['790', 'respective-unmatched'],
    ]);
  });

  it('reads the votes of names in a relative clause, and declares no one not elected', () => {
    const text = `${ACCOUNT}Wang Jun and Li Qiang, who received 400 and 380 votes respectively, were not elected.`;
    expect(votesOf(text)).toEqual(['Wang Jun 400', 'Li Qiang 380']);
    expect(electedOf(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads no votes from `respectively` over ages, years or households', () => {
    const text = `${ACCOUNT}Zhang Wei and Li Na, aged 45 and 38 respectively, were first elected in 2020 and 2023 respectively. The two hamlets have 320 and 285 households respectively.`;
    expect(votesOf(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('gives the declaration no one contest when it lists posts respectively', () => {
    const text = `${ACCOUNT}Zhang Wei and Li Na were elected chair and vice-chair with 1,102 and 980 votes respectively.`;
    expect(rows(text).filter((row) => row[0] === 'elected')).toEqual([
      ['elected', 'elected', null, ['Zhang Wei', 'Li Na'], 'Zhang Wei and Li Na were elected chair'],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('shares of votes given respectively', () => {
  it('judges shares in brackets after each count of the valid ballots the list names', () => {
    // 812/1327 = 61.19%, 790/1327 = 59.53%, 701/1327 = 52.83%.
    const text = `${ACCOUNT}Zhang Wei, Li Na and Wang Fang received 812 (61.2%), 790 (59.5%) and 701 (52.8%) votes respectively, of 1,327 valid ballots.`;
    expect(judged(text).filter((row) => row[0] === 'share')).toEqual([
      ['share', '61.2%', true],
      ['share', '59.5%', true],
      ['share', '52.8%', true],
    ]);
    expect(alarms(text.replace('59.5%', '62.5%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 62.5%/59.5%']);
  });

  it('judges a list of shares after the list, each of the votes in its place', () => {
    const text = `${ACCOUNT}Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively, or 61.2%, 59.5% and 52.8% of the valid ballots.`;
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('59.5%', '57.5%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 57.5%/59.5%']);
  });

  it('judges shares of no named base only where both bases agree, and shares not as many as the counts unread', () => {
    // Of the 1,352 voters 60.1%, of the 1,327 valid 61.2%: which is meant the text does not say.
    const either = `${ACCOUNT}Zhang Wei and Li Na received 812 and 790 votes respectively, or 61.2% and 59.5%.`;
    expect(alarms(either)).toEqual([]);
    expect(judged(either).filter((row) => row[0] === 'share' && row[2] === false)).toEqual([]);
    const fewer = `${ACCOUNT}Zhang Wei and Li Na received 812 and 790 votes respectively, or 61.2% of the valid ballots.`;
    expect(alarms(fewer)).toEqual([]);
    expect(unread(fewer)).toContainEqual(['61.2%', 'respective-unmatched']);
  });
});

describe('shares of votes given respectively in one bracket after the list', () => {
  it('pairs the bracket’s shares with the counts in order, the bracket closing before or after `respectively`', () => {
    // 812/1327 = 61.19%, 640/1327 = 48.23%; of the 1,352 voters 60.06% and 47.34%.
    for (const text of [
      `${ACCOUNT}Zhang Wei and Li Qiang received 812 and 640 votes (61.2%, 48.2%) respectively, of the valid ballots.`,
      `${ACCOUNT}Zhang Wei and Li Qiang received 812 and 640 votes (61.2% and 48.2% respectively), of the valid ballots.`,
    ]) {
      expect(rows(text).filter((row) => row[0] === 'percent')).toEqual([
        ['percent', 'votes of Zhang Wei / valid', null, '61.2', '61.2%'],
        ['percent', 'votes of Li Qiang / valid', null, '48.2', '48.2%'],
      ]);
      expect(alarms(text)).toEqual([]);
      expect(alarms(text.replace('48.2%', '49.2%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 49.2%/48.2%']);
    }
  });

  it('reads a name in letters with its characters in brackets after it', () => {
    const text = `${ACCOUNT}Zhang Wei (张伟) and Li Qiang（李强） received 812 and 640 votes (61.2% and 48.2% respectively), of the valid ballots.`;
    expect(votesOf(text)).toEqual(['Zhang Wei 812', 'Li Qiang 640']);
    expect(alarms(text.replace('48.2%', '49.2%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 49.2%/48.2%']);
  });

  it('judges a bracket of no named base as any share after votes, and one not as many as the counts unread', () => {
    const either = `${ACCOUNT}Zhang Wei and Li Qiang received 812 and 640 votes (61.2%, 48.2%) respectively.`;
    expect(alarms(either)).toEqual([]);
    // Wrong of both the voters and the valid ballots: caught.
    expect(alarms(either.replace('48.2%', '48.9%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 48.9%/47.3% / 48.2%',
    ]);
    const fewer = `${ACCOUNT}Zhang Wei, Li Qiang and Wang Fang received 812, 640 and 98 votes (61.2%, 48.2%) respectively.`;
    expect(alarms(fewer)).toEqual([]);
    expect(unread(fewer)).toContainEqual(['61.2%', 'respective-unmatched']);
  });
});

describe('a chair named only in the title', () => {
  const titled = (title: string, votes: string) => `${title}\n\n${ACCOUNT}\n${votes}`;
  const chairOf = (text: string) =>
    rows(text).flatMap((row) => (row[0] === 'votes' ? [`${row[1]} ${String(row[2])}`] : []));

  it('makes the votes the chair’s when the title names the chair’s election alone', () => {
    for (const title of [
      'Election of the Chair of Qingshan Village Committee',
      'Qingshan Village Committee Chair Election Results',
    ]) {
      const right = titled(title, 'Zhang Wei received 1,203 votes and was elected. Li Na received 98 votes.');
      expect(chairOf(right)).toEqual(['Zhang Wei 主任', 'Li Na 主任']);
      expect(alarms(right, true)).toEqual([]);
      // 1,203 + 198 votes for one seat are more than the 1,327 valid ballots.
      const wrong = right.replace('98 votes', '198 votes');
      expect(alarms(wrong, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1401/1327']);
    }
  });

  it('leaves the votes as read when the title or the text names another post', () => {
    for (const text of [
      titled(
        'Election of the Chair and Members of Qingshan Village Committee',
        'Zhang Wei received 1,203 votes and was elected chair. Li Na received 698 votes.',
      ),
      titled(
        'Election of the Chair of Qingshan Village Committee',
        'Zhang Wei received 1,203 votes and was elected. Li Na received 698 votes and was elected a member.',
      ),
      titled(
        'Election of the Chair of Qingshan Village Committee',
        'Zhang Wei received 1,203 votes and was elected. Li Na received 698 votes and serves as its accountant.',
      ),
      titled(
        'Election of the Chair of Qingshan Village Committee',
        'Zhang Wei received 1,203 votes and was elected. Li Na received 698 votes and was elected treasurer.',
      ),
    ]) {
      expect(chairOf(text).some((row) => row.endsWith('主任') && row.startsWith('Li Na'))).toBe(false);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('leaves the votes as read when the title names the chair with other posts', () => {
    for (const title of [
      'Qingshan Village Chair and Directors Election Results',
      'Qingshan Village Chair & Treasurer Election Results',
      'Election of the Chair and Directors of Qingshan Village',
    ]) {
      const text = `${title}\nRegistered voters: 1,200. Ballots cast: 1,100. Valid ballots: 1,090.\nZhang Wei received 800 votes. Li Na received 700 votes. Wang Fang received 650 votes.`;
      expect(chairOf(text).some((row) => row.endsWith('主任'))).toBe(false);
      expect(alarms(text, true)).toEqual([]);
    }
  });
});
