import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows, unread, voteRows } from './corpus/read-shapes.js';

/**
 * An English report of a village's election that also tells of another body's (the township people's
 * congress, the party branch): a winner declared in the paragraph right after that body is named, naming
 * no committee, may be that body's, and is never counted among the committee's winners declared. Names
 * and numbers invented (1,402 voters: a first-ballot winner needs at least 702).
 */

const congress =
  "Shuanghe township notes, April 2026\n\nThe township's people's congress met on 3 March, with 52 deputies " +
  'present. Wang Fang was re-elected chair with 48 votes.\n\nDongwan village held its committee election on ' +
  'Sunday: of 1,630 registered voters, 1,402 voted. Li Ming was elected chair with 812 votes.';

describe('a winner declared right after another body is named', () => {
  it('is listed unread, not declared the committee’s winner', () => {
    // Before: Wang Fang was declared the chair, one of the village's two winners, though not judged.
    expect(electedRows(congress)).toEqual([['主任', ['Li Ming']]]);
    expect(unread(congress).map(([, reason]) => reason)).toContain('other-body-winner');
    expect(alarms(congress, true)).toEqual([]);
  });

  it('still declares a winner whose own words name the committee', () => {
    const own = congress.replace(
      're-elected chair with 48 votes',
      'elected to the village committee with 48 votes',
    );
    expect(electedRows(own).map(([, names]) => names)).toContainEqual(['Wang Fang']);
  });

  it('declares the committee’s winner after the body’s paragraph as before', () => {
    expect(electedRows(congress).map(([, names]) => names)).toContainEqual(['Li Ming']);
  });
});

describe('a party secretary elected chair, the title between commas', () => {
  const secretary =
    "DONGWAN, April 13 (Pingan County News) -- Dongwan villagers elected their committee on Sunday, when 1,402 of Dongwan's 1,630 registered voters cast ballots.\n\n" +
    'Zhou Bo, the village party secretary, was elected chair with 820 votes, and Li Na was elected vice chair with 760 votes.';

  it('reads and judges the committee’s winners of that paragraph', () => {
    expect(voteRows(secretary)).toEqual([
      ['Zhou Bo', null, 820],
      ['Li Na', null, 760],
    ]);
    expect(alarms(secretary, true)).toEqual([]);
    // Before: the word `party` left the paragraph's winners unread as another body's.
    expect(alarmCodes(secretary.replace('760 votes', '660 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('still leaves a winner after the party branch’s own election unread', () => {
    const branch =
      'The Dongwan village party branch held its election on 2 March; 41 party members voted. Zhou Bo was ' +
      're-elected secretary with 39 votes.';
    expect(unread(branch).map(([, reason]) => reason)).toContain('other-body-count');
    expect(electedRows(branch)).toEqual([]);
  });
});

describe('an election by representatives, whose word names the voters', () => {
  it('still counts the winner declared after them among the committee’s', () => {
    const meeting =
      'Resident representatives choose Fuxing committee\n\nThe ninth residents’ committee of Fuxing Community ' +
      'was elected by a meeting of resident representatives on May 21, 2026.\n\nOf the 64 resident ' +
      'representatives, 58 attended the meeting. Huo Jianhua was elected director with 55 votes.';
    expect(electedRows(meeting).map(([, names]) => names)).toContainEqual(['Huo Jianhua']);
    expect(unread(meeting).map(([, reason]) => reason)).not.toContain('other-body-winner');
  });
});
