import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';

/**
 * English reports of two places' turnouts in one sentence, the second with no words of its own and its
 * counts a bare fraction in a `where` clause (`Turnout was 80.2 percent in Liujia and 71.9 percent in
 * Zhoujia, where 902 of 1,254 voted`), and turnouts written as a slashed fraction (`Voter turnout:
 * 1,102/1,388 (79.4%)`). Names and numbers invented; every share worked out with exact fractions
 * (902 / 1,254 = 71.93%, 1,113 / 1,388 = 80.19%, 1,003 / 1,313 = 76.39%, 1,102 / 1,388 = 79.39%).
 */

describe('a second place’s turnout after `and`, its bare fraction after `where`', () => {
  const two = (second: string, fraction = '902 of 1,254 voted') =>
    `Villagers in Dongfeng elected a new committee on Saturday.\nTurnout was 80.2 percent in Liujia, where 1,113 of 1,388 registered voters cast ballots, and ${second} in Zhoujia, where ${fraction}.`;

  it('reads the bare fraction as the place’s voters and electorate', () => {
    expect(counts(two('71.9 percent'))).toEqual([
      'cast 1113',
      'registered 1388',
      'cast 902',
      'registered 1254',
    ]);
  });

  it('judges each place’s turnout by that place’s counts alone', () => {
    expect(judged(two('71.9 percent'))).toEqual([
      ['share', 'Turnout was 80.2 percent', true],
      ['share', '71.9 percent', true],
    ]);
    expect(alarms(two('71.9 percent'))).toEqual([]);
    // Before: both the share and the fraction were unread, and 73.9 went unflagged.
    expect(alarms(two('73.9 percent'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 73.9%/71.9%']);
  });

  it('reads `of the M registered voters cast ballots` in the same place', () => {
    const text = two('71.9 percent', '902 of the 1,254 registered voters cast ballots');
    expect(judged(text)).toContainEqual(['share', '71.9 percent', true]);
    expect(alarms(text.replace('71.9 percent', '71.2 percent'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 71.2%/71.9%',
    ]);
  });

  it('leaves the first place’s share unjudged when only the second’s counts are stated', () => {
    const text = 'Turnout was 80.2 percent in Liujia and 71.9 percent in Zhoujia, where 902 of 1,254 voted.';
    expect(judged(text)).toEqual([['share', '71.9 percent', true]]);
    expect(alarms(text.replace('71.9', '79.1'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 79.1%/71.9%']);
  });

  it('takes `, and in PLACE it was` as that place’s turnout, never the opening place’s', () => {
    const text = (first: string) =>
      `In Hougang, turnout was ${first} percent, and in Qianjia it was 76.4 percent, where 1,003 of the 1,313 registered voters cast ballots.`;
    // Before: Hougang's 88.1 was judged by Qianjia's 1,003 of 1,313 and flagged as 76.4%.
    expect(alarms(text('88.1'))).toEqual([]);
    expect(judged(text('88.1'))).toEqual([['share', '76.4 percent', true]]);
  });

  it('reads no fraction of a group, of households or of another time, and no share that is no turnout', () => {
    const shapes = [
      'Turnout was 80.2 percent in Liujia and 64.0 percent in Zhoujia, where 902 of 1,254 women voted.',
      'Turnout was 80.2 percent in Liujia and 64.0 percent in Zhoujia, where 902 of 1,254 households voted.',
      'Turnout was 80.2 percent in Liujia and 64.0 percent in Zhoujia, where 902 of 1,254 voted three years ago.',
      'In Liujia turnout was 80.2 percent; in Zhoujia, where 702 of 1,254 voted by noon, it was 75.1 percent.',
    ];
    for (const text of shapes) {
      expect(alarms(text)).toEqual([]);
      expect(counts(text)).toEqual([]);
    }
    const backed =
      'Turnout was 80.2 percent in Liujia, where 1,113 of 1,388 registered voters cast ballots, and 55 percent in Zhoujia backed the chair.';
    expect(judged(backed)).toEqual([['share', 'Turnout was 80.2 percent', true]]);
    expect(unread(backed)).toContainEqual(['55 percent', 'no-meaning']);
  });
});

describe('a turnout written as a slashed fraction', () => {
  const notice = (share: string) =>
    `Dongping Village Committee Election, Nov. 28, 2026 - Results\n\nRegistered voters: 1,388\nVoter turnout: 1,102/1,388 (${share})\nValid ballots: 1,090\nInvalid ballots: 12`;

  it('judges the share as the fraction written', () => {
    // The 1,102 before the slash are the voters (a turnout line), so the ballots are held to them too.
    expect(judged(notice('79.4%'))).toContainEqual(['share', '1,102/1,388 (79.4%)', true]);
    expect(judged(notice('79.4%')).every(([, , right]) => right)).toBe(true);
    expect(alarms(notice('79.4%'), true)).toEqual([]);
    // Before: the share was unread, and 78.4% went unflagged.
    expect(alarms(notice('78.4%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 78.4%/79.4%']);
  });

  it('takes no date for a fraction', () => {
    const text = 'Sanhe Village, 2026/11/28 (79.4%)\nRegistered voters: 1,702';
    expect(judged(text)).toEqual([]);
  });
});
