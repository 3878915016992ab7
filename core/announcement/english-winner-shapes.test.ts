import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows, unread, voteRows } from './corpus/read-shapes.js';

/**
 * English winners' votes in three shapes (english-winner-shapes.ts): a post won `with 812 of 1,402 votes
 * cast`, votes and share in a bracket after the post, two names' votes in one clause. Names and numbers are
 * invented: 1,402 voters need 702 for half.
 */

const TURNOUT =
  'Dongwan Village committee election results\n\nTurnout was 86.0% (1,402 of 1,630 registered voters).';
const text = (line: string) => `${TURNOUT} ${line}\n`;

describe('a post won with votes of the ballots cast', () => {
  it('reads the votes, the ballots cast and the winner', () => {
    const line = text('Wang Li won the chair with 812 of 1,402 votes cast.');
    expect(voteRows(line)).toEqual([['Wang Li', '主任', 812]]);
    expect(electedRows(line)).toEqual([['主任', ['Wang Li']]]);
    expect(unread(line)).toEqual([]);
    expect(alarms(line, true)).toEqual([]);
  });

  it('judges a winner under half of the ballots cast', () => {
    expect(alarmCodes(text('Wang Li won the vice chair with 650 of the 1,402 ballots cast.'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it.each([
    ['Wang Li won the chair with 690 of 1,630 registered voters.'],
    ['Wang Li won the chair in 2023 with 690 of 1,310 votes cast. This year Gao Ming took office.'],
    ['Wang Li won the chair with 690 of 1,310 votes cast in 2023.'],
    ['Wang Li won the chair of the supervisory committee with 690 of 1,402 votes cast.'],
    ['Sun Lei took 2 of 3 seats.'],
  ])('reads no winner’s votes where the words are not of this election’s votes cast: %s', (line) => {
    expect(voteRows(text(line))).toEqual([]);
    expect(alarms(text(line), true)).toEqual([]);
  });
});

describe('votes and share in a bracket after the post', () => {
  it('reads the votes and leaves a bare share of either base unread', () => {
    const line = text('Zhang Min was re-elected chair (812 votes, 57.9%).');
    expect(voteRows(line)).toEqual([['Zhang Min', '主任', 812]]);
    expect(unread(line)).toEqual([['57.9%', 'ambiguous-base']]);
    expect(alarms(line, true)).toEqual([]);
  });

  it.each([
    ['Zhang Min was re-elected chair (690 votes, 49.2%).', 'ANNOUNCED_WINNER_MISMATCH'],
    ['Zhang Min was re-elected chair (812 votes, 58.9% of the ballots cast).', 'ANNOUNCED_PERCENT_MISMATCH'],
  ])('judges %s', (line, code) => {
    expect(alarmCodes(text(line))).toEqual([code]);
  });

  it.each([
    ['Zhang Min was re-elected chair (812 votes, 59.2% of the valid votes).'],
    ['Zhang Min was re-elected chair (812 votes, 57.9% of the ballots cast).'],
    ['Zhang Min was re-elected chair (turnout 86.0%) with 812 votes.'],
    ['Zhang Min was re-elected chair (812 votes; turnout 86.0%).'],
  ])('raises no alarm on %s', (line) => {
    expect(alarms(text(line), true)).toEqual([]);
  });
});

describe('two names’ votes in one clause', () => {
  it('declares the first of the post the clause names', () => {
    const line = text('In the vote for chair, Li Hua took 812 votes, Zhao Gang 400.');
    expect(voteRows(line)).toEqual([
      ['Li Hua', '主任', 812],
      ['Zhao Gang', '主任', 400],
    ]);
    expect(electedRows(line)).toEqual([['主任', ['Li Hua']]]);
  });

  it('judges the one of more votes', () => {
    expect(alarmCodes(text('For vice chair, Li Hua took 455 votes and Zhao Gang 660.'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it.each([
    ['Li Hua took 640 votes, Zhao Gang 610.'],
    [
      'In the vote for chair, Li Hua took 690 votes, Zhao Gang 610.\n\nAs neither won a majority, a second round will be held.',
    ],
  ])('declares no one where no post is named or no one won: %s', (line) => {
    expect(electedRows(text(line))).toEqual([]);
    expect(alarms(text(line), true)).toEqual([]);
  });
});

describe('winners with no votes after Elected', () => {
  it('declares each name to its post', () => {
    expect(electedRows(text('Elected chair: Li Hua; vice-chair: Zhao Gang.'))).toEqual([
      ['主任', ['Li Hua']],
      ['副主任', ['Zhao Gang']],
    ]);
  });

  it('never declares the supervisory committee’s chair the committee’s', () => {
    expect(electedRows(text('Elected: Supervisory committee chair: Sun Lei; Chair: Li Hua.'))).toEqual([
      ['主任', ['Li Hua']],
    ]);
    expect(
      electedRows(text('Elected: Supervisory committee chair: Sun Lei; members: Wu Fang, Qian Hong.')),
    ).toEqual([]);
  });

  it('judges a name by its votes for the post', () => {
    expect(alarmCodes(text('Votes for chair: Li Hua 690, Zhao Gang 400.\n\nElected chair: Li Hua.'))).toEqual(
      ['ANNOUNCED_WINNER_MISMATCH'],
    );
  });

  it.each([
    ['Votes for chair: Li Hua 812, Zhao Gang 400.\n\nElected chair: Li Hua; vice-chair: Zhao Gang.'],
    ['Zhao Gang received 400 votes in the race for chair.\n\nElected chair: Li Hua; vice-chair: Zhao Gang.'],
    [
      'Votes for supervisory committee chair: Sun Lei 640, Wu Fang 600. Votes for chair: Li Hua 812, Zhao Gang 400.\n\nElected: Supervisory committee chair: Sun Lei; Chair: Li Hua.',
    ],
    ['Votes for chair: Li Hua 690, Zhao Gang 400.\n\nElected chair: Li Hua (second round).'],
    ['Elected chair: Li Hua, Zhao Gang.'],
  ])('raises no alarm on %s', (line) => {
    expect(alarms(text(line), true)).toEqual([]);
  });
});
