import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows } from './corpus/read-shapes.js';

/**
 * `Wang Li won the chair with 812 votes`: a name that won a committee post with its votes is declared
 * elected to it (docs/announcement.md, “English notices: a post won with its votes”). Names and numbers are
 * invented: 1,402 voters need 702 for half.
 */

const TURNOUT =
  'Dongwan Village committee election results\n\nTurnout: 1,402 of 1,630 registered voters (86.0%).';

describe('a committee post won with votes', () => {
  it.each([
    ['Wang Li won the chair with 812 votes.', '主任'],
    ['Wang Li won the vice chair with 760 votes.', '副主任'],
    ['Wang Li won the chair’s seat with 812 votes.', '主任'],
  ])('declares the name: %s', (line, post) => {
    const text = `${TURNOUT} ${line}\n`;
    expect(electedRows(text)).toEqual([[post, ['Wang Li']]]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges a winner under half of the voters', () => {
    expect(alarmCodes(`${TURNOUT} Wang Li won the chair with 690 votes.\n`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it.each([
    ['Wang Li won the chair in 2023 with 690 votes. This year Gao Ming was elected chair with 760 votes.'],
    ['Wang Li won the chair of the supervisory committee with 690 votes.'],
    ['The party secretary Wang Li won the chair with 690 votes.'],
    ['Wang Li won 690 votes but lost to Gao Ming.'],
    ['Wang Li won the chair with 690 votes in the first round, but lost the runoff.'],
  ])('declares no one where the words say the post was not this election’s: %s', (line) => {
    expect(alarms(`${TURNOUT} ${line}\n`, true)).toEqual([]);
  });
});
