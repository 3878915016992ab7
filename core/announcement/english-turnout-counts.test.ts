import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, counts, voteRows } from './corpus/read-shapes.js';

/**
 * English turnout lines that give the voters as a count with its share of the register, or as a slashed
 * fraction (docs/announcement.md, “English notices: a turnout's count before its share, a slashed turnout”).
 * Names and numbers are invented; every share and threshold was worked out with exact fractions.
 */

describe('`Turnout was 1,930, or 64.1% of the 3,012 registered voters`', () => {
  // 1,930 voted: a winner needs more than 965, at least 966.
  const text =
    'Shangtang Village committee election\n\nTurnout was 1,930, or 64.1% of the 3,012 registered voters. ' +
    'Ma Qin and Yang Bo were elected with 990 and 970 votes.';

  it('reads the count before the share as the voters', () => {
    expect(counts(text)).toEqual(['cast 1930', 'registered 3012']);
  });

  it('raises no alarm on the right text', () => {
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a winner short of half those voters', () => {
    expect(alarmCodes(text.replace('970 votes', '950 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads it after a wire dateline and with `per cent`', () => {
    const wire =
      'GAOQIAO, Dec. 2 (Xinhua) -- Turnout was 2,415, or 78.3 per cent of the 3,084 registered voters, in ' +
      "Sunday's election. Liu Wei was re-elected chair with 1,309 votes.";
    expect(counts(wire)).toEqual(['cast 2415', 'registered 3084']);
    expect(alarms(wire, true)).toEqual([]);
    expect(alarmCodes(wire.replace('1,309', '1,109'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('never reads a count so far in the day as the voters', () => {
    const noon =
      'Nanhe village\n\nBy noon, turnout was 640, or 39.5% of the 1,620 registered voters. When polls closed ' +
      'at 5 p.m., 1,380 had cast ballots, a turnout of 85.2%. Wang Hai was elected chair with 802 votes.';
    expect(counts(noon)).toEqual(['cast 1380']);
    expect(alarms(noon, true)).toEqual([]);
  });

  it('reads no count when two such lines stand in one text', () => {
    const two =
      'In Lijia, turnout was 1,204, or 86.6% of the 1,390 registered voters. In Zhoujia, turnout was 902, ' +
      'or 71.9% of the 1,254 registered voters.';
    expect(counts(two)).toEqual(['registered 1390', 'registered 1254']);
    expect(alarms(two, true)).toEqual([]);
  });
});

describe('`Voter turnout: 1,402/1,630 (86.0%)`', () => {
  const text =
    'Baishi Village Committee Election Results\n\nRegistered voters: 1,630\nVoter turnout: 1,402/1,630 (86.0%)\n' +
    'Valid ballots: 1,390\nInvalid ballots: 12\n\nChair: Wang Fang received 1,102 votes and was elected.';

  it('reads the part of the slashed turnout as the voters', () => {
    expect(counts(text)).toEqual(['registered 1630', 'cast 1402', 'valid 1390', 'invalid 12']);
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a winner short of half those voters', () => {
    expect(alarmCodes(text.replace('1,102 votes', '692 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads no voters from a slashed fraction of anything else, or so far in the day', () => {
    const others =
      'Registered voters: 1,630\nTurnout by noon: 640/1,630 (39.3%)\nValid ballots: 1,390/1,402 (99.1%)\n';
    expect(counts(others)).toEqual(['registered 1630']);
    expect(alarms(others, true)).toEqual([]);
  });

  it('reads none when two villages each have their line', () => {
    const two =
      'Dongwan\nVoter turnout: 1,402/1,640 (85.5%)\nValid ballots: 1,390\n\n' +
      'Xiwan\nVoter turnout: 860/1,010 (85.1%)\nValid ballots: 851\n';
    expect(counts(two).filter((count) => count.startsWith('cast'))).toEqual([]);
  });
});

describe('votes after a name and a description set off by commas', () => {
  const text =
    'Xiaoxi Village\n\n1,350 voters took part. Chen Fang, the only candidate for chair, was elected with ' +
    '1,204 votes, Xinhua reported.';

  it('gives the votes to the name and judges the winner by the voters', () => {
    expect(voteRows(text)).toEqual([['Chen Fang', null, 1204]]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('1,204 votes', '604 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads the votes after the verb alone too, never those of a name after `and`', () => {
    const verb = 'Donghe\n\n1,350 voters took part. Zhou Min, the outgoing chair, received 420 votes.';
    expect(voteRows(verb)).toEqual([['Zhou Min', null, 420]]);
    const two =
      'Lishan\n\n1,204 voters cast ballots. Zhang Wei, the chair, and Li Na, the vice-chair, received 900 and ' +
      '850 votes and were re-elected.';
    expect(voteRows(two)).toEqual([]);
    expect(alarms(two, true)).toEqual([]);
  });

  it('judges each round by its own voters', () => {
    const rounds =
      'Nanshan\n\nIn the first round, 1,380 of the 1,620 registered voters voted. Sun Li, the only woman on the ' +
      'ballot, was elected member with 702 votes. In a second round the next day, 1,120 voted. Ma Rui, a local ' +
      'teacher, was elected member with 380 votes.';
    expect(alarms(rounds, true)).toEqual([]);
    expect(alarmCodes(rounds.replace('702 votes', '682 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('ballots called `ones`', () => {
  const text =
    'Xiaohe village votes\n\nOf the 1,630 registered voters, 1,402 cast ballots, a turnout of 86 percent. ' +
    'There were 1,389 valid ballots and 13 invalid ones.';

  it('compares the invalid ones with the voters as the ballots named before them', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('13 invalid ones', '23 invalid ones'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH',
    ]);
  });

  it('leaves `ones` unread where no ballots or votes are named before them in the sentence', () => {
    const nominations =
      'Of the 1,630 registered voters, 1,402 voted. The committee received 7 valid nominations and 2 invalid ones.';
    expect(counts(nominations)).not.toContain('invalid 2');
    expect(alarms(nominations, true)).toEqual([]);
  });
});

describe('a winner in a clause after `, and`', () => {
  const text =
    'Linjiang Village committee election\n\nOn Sunday, 1,204 of the 1,390 registered voters cast ballots, and ' +
    'Zhou Bo was elected chair with 760 votes, the township government said.';

  it('gives the votes to the name opening the clause and judges the winner', () => {
    expect(voteRows(text)).toEqual([['Zhou Bo', null, 760]]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('760 votes', '560 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('judges a runoff clause by the runoff, never an earlier year by this one', () => {
    const runoff =
      'Nanshan\n\nOn 3 May, 1,380 of the 1,620 registered voters voted, and Wu Jun was elected chair with 802 ' +
      'votes. No member candidate won a majority, so in a second round the next day, 1,120 villagers voted, ' +
      'and Zhao Lin was elected member with 390 votes.';
    expect(alarms(runoff, true)).toEqual([]);
    expect(alarmCodes(runoff.replace('390 votes', '360 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    const earlier =
      'Shangtang\n\nIn 2023, 1,100 voted, and Ma Qin was elected chair with 560 votes. This year 1,930 of the ' +
      '3,012 registered voters voted, and Ma Qin was re-elected chair with 990 votes.';
    expect(alarms(earlier, true)).toEqual([]);
  });
});
