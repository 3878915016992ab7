import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms } from './corpus/read-shapes.js';

/**
 * English winners written as a post's label and a name with votes (`Chair: Gao Ming, 690 votes`) under
 * words that say they were elected, each judged by its own village's voters (docs/announcement.md,
 * “English notices: winners under a heading of the elected, village turnout lines”). Names and numbers
 * are invented: Dongwan's 1,402 voters need 702 for half, Xiwan's 860 need 431.
 */

const DONGWAN = 'Dongwan: Turnout: 1,402 of 1,640 eligible voters (85.5%).';
const XIWAN = 'Xiwan: Turnout: 860 of 1,010 eligible voters (85.1%).';
const summary = (heading: string, dongwan: string, xiwan: string) =>
  `Huxi Township summary of committee elections\n\n${heading}${DONGWAN} ${dongwan}\n${XIWAN} ${xiwan}\n`;

describe('winners under a heading of the elected, in a township summary', () => {
  it.each([
    ['Elected:\n', 'Chair: Gao Ming, 690 votes.', 'Chair: Tang Yu, 470 votes.'],
    ['Winners:\n', 'Chair — Gao Ming (690 votes).', 'Chair — Tang Yu (470 votes).'],
    ['The following were elected:\n', 'Chair: Gao Ming, 690 votes.', 'Chair: Tang Yu, 470 votes.'],
    ['', 'Elected: Chair — Gao Ming (690 votes).', 'Elected: Chair — Tang Yu (470 votes).'],
  ])('judges a winner under half of its own village’s voters: %s', (heading, dongwan, xiwan) => {
    expect(alarmCodes(summary(heading, dongwan, xiwan))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('judges each village’s winners by its own voters, never another’s', () => {
    const text = summary(
      'Elected:\n',
      'Chair: Gao Ming, 760 votes.',
      'Chair: Tang Yu, 470 votes. Committee members: Lu Fei 455, Ren Li 440.',
    );
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('Ren Li 440', 'Ren Li 420'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('labels and names with votes that are not declared elected', () => {
  it.each([
    // No word of election: candidates.
    ['', 'Chair: Gao Ming, 690 votes.', 'Chair: Tang Yu, 400 votes.'],
    ['Results:\n', 'Chair: Gao Ming, 690 votes.', 'Chair: Tang Yu, 400 votes.'],
    // Two names for the one seat of chair.
    ['Elected:\n', 'Chair: Gao Ming, 690 votes; Sun Lei, 610 votes.', 'Chair: Tang Yu, 470 votes.'],
    // A runner-up on the line.
    ['Winners:\n', 'Chair: Gao Ming, 760 votes; runner-up Sun Lei, 600 votes.', 'Chair: Tang Yu, 470 votes.'],
    // Another election's winners.
    ['Elected in 2023:\n', 'Chair: Gao Ming, 690 votes.', 'Chair: Tang Yu, 400 votes.'],
    // One name in both villages: two people.
    ['Elected:\n', 'Chair: Li Na, 690 votes.', 'Chair: Li Na, 470 votes.'],
  ])('raises no alarm: %s %s %s', (heading, dongwan, xiwan) => {
    expect(alarms(summary(heading, dongwan, xiwan), true)).toEqual([]);
  });

  it('does not judge the villages’ winners by a township total line', () => {
    const text =
      summary('Elected:\n', 'Chair: Gao Ming, 760 votes.', 'Chair: Tang Yu, 470 votes.') +
      'Total: Turnout: 2,262 of 2,650 eligible voters (85.4%).\n';
    expect(alarms(text, true)).toEqual([]);
  });

  it('does not declare the other candidates after the list', () => {
    const text =
      'Dongwan Village committee election\n\nTurnout: 1,402 of 1,640 eligible voters (85.5%).\n' +
      'Elected:\nChair: Gao Ming, 760 votes\nCommittee members: Li Na 712, Wang Jun 705\n\n' +
      'Other candidates: Sun Lei 320, Zhou Bo 290\n';
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('Wang Jun 705', 'Wang Jun 695'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});
