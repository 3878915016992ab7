import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows } from './corpus/read-shapes.js';

/**
 * `Elected: Chair: Gao Ming, 760 votes`: a label of the elected, then a post's label, both with their colons
 * (docs/announcement.md, “English notices: a post's label after a label of the elected”). The post is the
 * second label's, and the name is declared elected to it. Names and numbers are invented: 1,402 voters
 * need 702 for half.
 */

const TURNOUT =
  'Dongwan Village committee election results\n\nTurnout: 1,402 of 1,630 registered voters (86.0%).';

describe('a post after a label of the elected', () => {
  it.each([
    ['Elected: Chair: Gao Ming, 760 votes.'],
    ['Winners: Chair: Gao Ming, 760 votes.'],
    ['Newly elected: Chair: Gao Ming, 760 votes; Members: Li Na, 712 votes.'],
  ])('declares the name to the post: %s', (line) => {
    const text = `${TURNOUT} ${line}\n`;
    expect(electedRows(text)[0]).toEqual(['主任', ['Gao Ming']]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges a winner under half of the voters', () => {
    expect(alarmCodes(`${TURNOUT} Elected: Chair: Gao Ming, 690 votes.\n`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it.each([
    ['Not elected: Chair: Gao Ming, 690 votes.'],
    ['Elected: Supervisory committee chair: Gao Ming, 690 votes.'],
    ['Elected: Party branch secretary: Gao Ming, 31 votes.'],
    ['Candidates: Chair: Gao Ming, 690 votes.'],
  ])('declares no one where the words say no one was elected to the committee: %s', (line) => {
    expect(alarms(`${TURNOUT} ${line}\n`, true)).toEqual([]);
  });
});
