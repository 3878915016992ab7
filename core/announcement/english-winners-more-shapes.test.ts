import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows, unread, voteRows } from './corpus/read-shapes.js';

/**
 * English winners in shapes read since: `Li Ming secured 812 of the 1,402 votes cast to win the chair`
 * (the votes of the ballots cast, the post after), `Incumbent chair Wang Fang was re-elected with 903
 * votes` (the post before the name) and `Li Ming was re-elected chair with 760 votes and Zhang Wei vice
 * chair with 655` (a second winner after `and`), english-winner-shapes.ts. Names and numbers are invented:
 * 1,402 voters need 702 for more than half.
 */

const TURNOUT =
  'Dongwan Village committee election results\n\nTurnout was 86.0% (1,402 of 1,630 registered voters).';
const text = (line: string) => `${TURNOUT} ${line}\n`;

describe('N of the M votes cast to win the post', () => {
  it('reads the votes, the ballots cast and the winner', () => {
    const line = text('Li Ming secured 812 of the 1,402 votes cast to win the chair.');
    expect(voteRows(line)).toEqual([['Li Ming', '主任', 812]]);
    expect(electedRows(line)).toEqual([['主任', ['Li Ming']]]);
    expect(unread(line)).toEqual([]);
    expect(alarms(line, true)).toEqual([]);
  });

  it.each([
    ['Li Ming secured 690 of the 1,402 votes cast to win the chair.'],
    ['Li Ming won 690 of the 1,402 ballots cast to take the vice chair.'],
    ['Li Ming took 690 of 1,402 votes cast to win the chairmanship.'],
  ])('judges a winner under half of the voters: %s', (line) => {
    expect(alarmCodes(text(line))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it.each([
    ['Li Ming secured 690 of the 1,402 votes cast but failed to win the chair.'],
    ['Li Ming secured 690 of the 1,402 votes cast to win the party branch chair.'],
    ['Li Ming secured 690 of the 1,402 votes cast to win the chair in 2023.'],
    ['Li Ming secured 690 of the 1,402 votes cast, not enough to win the chair.'],
    ['Li Ming secured 690 of the 1,402 votes cast to win the chair of the township congress.'],
    ['Li Ming secured 690 of the 1,420 ballots to win the chair.'],
  ])('raises no alarm on %s', (line) => {
    expect(alarms(text(line), true)).toEqual([]);
  });
});

describe('the post before the name: Incumbent chair Wang Fang was re-elected with N votes', () => {
  it('reads the votes and declares the post', () => {
    const line = text('Incumbent chair Wang Fang was re-elected with 903 votes.');
    expect(voteRows(line)).toEqual([['Wang Fang', '主任', 903]]);
    expect(electedRows(line)).toEqual([['主任', ['Wang Fang']]]);
    expect(unread(line)).toEqual([]);
    expect(alarms(line, true)).toEqual([]);
  });

  it.each([
    ['Incumbent chair Wang Fang was re-elected with 603 votes.'],
    ['Vice chair Wang Fang was re-elected with 603 votes.'],
    ['Village committee chair Wang Fang was re-elected with 603 votes.'],
  ])('judges a winner under half of the voters: %s', (line) => {
    expect(alarmCodes(text(line))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it.each([
    ['Incumbent chair Wang Fang was re-elected to the committee with 603 votes.'],
    ['Former chair Wang Fang was re-elected with 603 votes.'],
    ['Party branch chair Wang Fang was re-elected with 603 votes.'],
    ['Incumbent chair Wang Fang was re-elected with 603 votes in 2023.'],
    ['Incumbent vice chair Wang Fang was elected with 603 votes.'],
  ])('raises no alarm on %s', (line) => {
    expect(alarms(text(line), true)).toEqual([]);
  });
});

describe('a second winner after and: … and Zhang Wei vice chair with 655', () => {
  it('reads the second winner and judges it', () => {
    const line = text('Li Ming was re-elected chair with 760 votes and Zhang Wei vice chair with 755.');
    expect(voteRows(line)).toEqual([
      ['Li Ming', '主任', 760],
      ['Zhang Wei', '副主任', 755],
    ]);
    expect(electedRows(line)).toEqual([
      ['主任', ['Li Ming']],
      ['副主任', ['Zhang Wei']],
    ]);
    expect(unread(line)).toEqual([]);
    expect(alarms(line, true)).toEqual([]);
    expect(
      alarmCodes(text('Li Ming was re-elected chair with 760 votes and Zhang Wei vice chair with 655.')),
    ).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(
      alarmCodes(
        text('Li Ming was elected chair with 760 votes, and Zhang Wei as vice chair with 655 votes.'),
      ),
    ).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it.each([
    ['Li Ming was re-elected chair with 760 votes and Zhang Wei vice chair with 655 votes in 2023.'],
    ['Li Ming was re-elected chair with 760 votes and Zhang Wei vice chair with 655 votes in the runoff.'],
    ['Li Ming was re-elected chair with 760 votes and Zhang Wei party branch chair with 655.'],
    [
      'Li Ming was re-elected chair with 760 votes and Zhang Wei vice chair with 655 of the 700 township deputies.',
    ],
  ])('raises no alarm on %s', (line) => {
    expect(alarms(text(line), true)).toEqual([]);
  });
});

describe('a paragraph of another body before the shape', () => {
  const congress = (line: string) =>
    `${TURNOUT} Li Ming was elected chair with 812 votes.\n\nThe township people's congress met in Shuanghe on Friday. ${line}\n`;
  it.each([
    ['Incumbent chair Wang Fang was re-elected with 48 votes.'],
    ['Chair Wang Fang was re-elected with 48 votes.'],
    ['Zhao Gang secured 41 of the 60 votes cast to win the vice chair.'],
  ])('reads no winner of the committee from %s', (line) => {
    expect(alarms(congress(line), true)).toEqual([]);
    expect(voteRows(congress(line)).map(([name]) => name)).not.toContain('Zhao Gang');
  });

  it('reads no second winner after and', () => {
    const line = congress('Wang Fang was re-elected chair with 48 votes and Zhao Gang vice chair with 41.');
    expect(voteRows(line).map(([name]) => name)).not.toContain('Zhao Gang');
  });

  it('reads the shape again in the next paragraph', () => {
    const line = `${TURNOUT}\n\nThe township people's congress met on Friday.\n\nIncumbent chair Wang Fang was re-elected with 603 votes.\n`;
    expect(alarmCodes(line)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});
