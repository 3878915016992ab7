import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms } from './corpus/read-shapes.js';

/**
 * English restatements of a village's results (docs/announcement.md, “English notices: a turnout's share
 * before its fraction, a sentence of the elected before the list”). Names and numbers are invented:
 * 1,402 of 1,630 registered voters is 86.0%, and more than half of 1,402 is 702.
 */

const notice = (body: string) => `Dongwan Village committee election results, 12 April 2026\n\n${body}\n`;
const TURNOUT = 'Turnout was 86.0% (1,402 of 1,630 registered voters).';
const LINE = 'Turnout: 1,402 of 1,630 registered voters (86.0%).';

describe('a turnout’s share, then its fraction of the electorate in a bracket', () => {
  it.each([
    `${TURNOUT} Elected chair: Wang Li (690 votes).`,
    `${TURNOUT} Gao Ming was elected chair with 700 votes.`,
    `Voter turnout stood at 86.0 per cent (1,402 of 1,630 eligible voters). Gao Ming was elected chair with 700 votes.`,
  ])('reads the count before `of` as the voters and judges the winner by them: %s', (body) => {
    expect(alarmCodes(notice(body))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(alarms(notice(body.replace(/\b(?:690|700) votes/, '812 votes')), true)).toEqual([]);
  });

  it.each([
    // A count so far in the day.
    'By noon, turnout was 40.2% (655 of 1,630 registered voters). Gao Ming was elected chair with 700 votes.',
    // Another election's share, no turnout's word before it.
    `${TURNOUT.slice(0, -1)}, against 80.1% (1,290 of 1,610 registered voters) in 2023. Gao Ming was elected chair with 720 votes.`,
    // Words after the electorate inside the bracket.
    'Turnout was 40.2% (655 of 1,630 registered voters by noon). Gao Ming was elected chair with 700 votes.',
    // One polling station's voters, named after the bracket.
    'Turnout was 86.0% (1,402 of 1,630 registered voters) at the main polling station. Gao Ming was elected chair with 700 votes.',
  ])('takes no other count for the voters: %s', (body) => {
    expect(alarms(notice(body), true)).toEqual([]);
  });
});

describe('a sentence of the elected, then the list on the same line', () => {
  it.each([
    'Chair: Gao Ming, 690 votes; members: Li Na 712, Wang Jun 705.',
    'Chair: Gao Ming, 760 votes; members: Li Na 712, Wang Jun 695.',
    'Chair: Gao Ming, 760 votes. Committee members: Li Na 712, Wang Jun 695.',
  ])('judges the winners it lists: %s', (list) => {
    expect(alarmCodes(notice(`${LINE} The following were elected. ${list}`))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it.each([
    'The following were elected. Chair: Gao Ming, 760 votes; members: Li Na 712, Wang Jun 705.',
    'The following were not elected. Vice chair: Sun Lei, 610 votes; members: Zhou Bo 400, Ma Qin 380.',
    'The following were elected. Party branch secretary: Zhou Bo, 31 votes; supervisory committee chair: Li Na, 640 votes.',
    'The following were elected. Chair: Gao Ming, 760 votes. Candidates for vice chair: Li Na 650, Wang Jun 610.',
    'The following were elected. Chair: Gao Ming, 760 votes. Vice chair candidates: Li Na 650, Wang Jun 610.',
    'The following were elected. Chair: Gao Ming, 760 votes. Members nominated by 12 villagers: Li Na 650, Wang Jun 610.',
    'The following were elected. Chair: Gao Ming, 760 votes; Sun Lei, 610 votes.',
    'The following were elected. Chair: Gao Ming, 760 votes. Vice chair (second round): Li Na 650.',
  ])('raises no alarm: %s', (words) => {
    expect(alarms(notice(`${LINE} ${words}`), true)).toEqual([]);
  });
});
