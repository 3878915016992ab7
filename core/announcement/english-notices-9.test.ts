import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { alarmCodes, alarms, counts, unread, voteRows } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English notices as translators give them: winners of no named post, a turnout line of the electorate,
 * a winner's share before her votes, yes-or-no votes and a runoff's work line (docs/announcement.md,
 * “English notices: winners of no named post, turnout lines, shares before the votes, yes-or-no votes”).
 * Names and numbers are invented; every share and threshold was worked out with exact fractions.
 */

const village = getRulePack('cn-village@2025')!;

describe('votes listed after `were elected with` and no post', () => {
  // 1,402 voted: a first-ballot winner needs more than 701, at least 702.
  const text =
    'Dongcun Village committee election\n\nOf the 1,640 registered voters, 1,402 voted (85.5%). ' +
    'Gao Ming and Ren Li were elected with 760 and 705 votes, and 9 ballots were invalid.';

  it('gives each count to its name; the invalid ballots after `, and` are no part of the list', () => {
    expect(voteRows(text)).toEqual([
      ['Gao Ming', null, 760],
      ['Ren Li', null, 705],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('raises no alarm on the right text', () => {
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a winner short of half the voters', () => {
    expect(alarmCodes(text.replace('760 and 705', '760 and 695'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('judges winners of a second ballot by a third of its voters, not half', () => {
    const second =
      'Xiaozhuang Village committee election\n\nA second ballot was held on 3 May, when 1,320 voted; ' +
      'Ma Qin and Yang Bo were elected with 690 and 451 votes.';
    expect(alarms(second, true)).toEqual([]);
    expect(alarmCodes(second.replace('690 and 451', '690 and 431'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('a turnout line of the electorate', () => {
  const text =
    'Report on the Shangtang Village committee election\n\nTurnout: 1,930 of 3,012 eligible voters (64.1%). ' +
    'Su Wen was elected chair with 1,012 votes; Kong Jie received 870 votes.';

  it('reads the count before `of` as the voters and the electorate as the register', () => {
    expect(counts(text)).toEqual(['cast 1930', 'registered 3012']);
  });

  it('raises no alarm on the right text, and judges the chair by half the voters', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('with 1,012 votes', 'with 952 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('takes no count so far in the day for the voters', () => {
    const noon =
      'Shiqiao Village\n\nTurnout: 702 of the 1,480 eligible voters by noon. By the close, 1,310 had voted ' +
      '(88.5%); 1,290 ballots were valid and 20 invalid. Yu Hong was elected chair with 660 votes.';
    expect(counts(noon)).not.toContainEqual('cast 702');
    expect(alarms(noon, true)).toEqual([]);
  });
});

describe('a winner’s share before her votes', () => {
  const text =
    'Beiyuan Village committee election\n\nOf the 2,210 registered voters, 2,001 voted (90.5%). ' +
    'Li Na was re-elected chair with 61% of the ballots cast (1,221 votes).';

  it('reads the votes in the bracket as hers, not as the ballots cast', () => {
    expect(voteRows(text)).toEqual([['Li Na', null, 1221]]);
    expect(counts(text)).toEqual(['registered 2210', 'cast 2001']);
    expect(unread(text)).toEqual([]);
  });

  it('raises no alarm on the right text', () => {
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a wrong share of the ballots cast, and votes short of half', () => {
    expect(alarmCodes(text.replace('with 61% of', 'with 66% of'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarmCodes(text.replace('(1,221 votes)', '(991 votes)').replace('61%', '49.5%'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('judges a share of the valid ballots by the valid ballots', () => {
    const valid =
      'Qianjin Village\n\n1,320 of the 1,500 registered voters voted (88.0%); 1,306 ballots were valid and 14 ' +
      'invalid. Fu Lan was elected chair with 58.2% of the valid ballots (760 votes).';
    expect(alarms(valid, true)).toEqual([]);
    expect(alarmCodes(valid.replace('58.2%', '52.8%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('lists a winner’s share with no votes and no base as a share of no stated base', () => {
    const bare =
      'Houshan Village\n\nLi Na was re-elected chair with 61%. Of the 2,210 registered voters, 2,001 voted (90.5%).';
    expect(unread(bare)).toEqual([['61%', 'no-base']]);
    expect(alarms(bare, true)).toEqual([]);
  });
});

describe('a yes-or-no vote on one candidate', () => {
  const text =
    'Nanhe Village committee election\n\n1,350 of the 1,600 registered voters voted (84.4%) and 20 ballots ' +
    'were invalid. Zhou Hong received 1,204 votes for, 96 against, 30 abstentions.';

  it('reads the votes for as the candidate’s, and lists the others unread with their reason', () => {
    expect(voteRows(text)).toEqual([['Zhou Hong', null, 1204]]);
    expect(unread(text)).toEqual([
      ['96', 'against-or-abstained'],
      ['30', 'against-or-abstained'],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads `votes for Zhang Wei` as no yes-or-no vote', () => {
    const named =
      'Nanhe Village\n\n1,350 of the 1,600 registered voters voted (84.4%). There were 700 votes for Zhou Hong ' +
      'and 600 for Wu Lan.';
    expect(unread(named).map(([, reason]) => reason)).not.toContain('against-or-abstained');
  });
});

describe('the runoff named once in the work', () => {
  const text =
    'Hongqiao Village committee, runoff\n\nNo member candidate won a majority on 3 May. A runoff was held on ' +
    '10 May. 1,030 of the 1,500 registered voters voted (68.7%). Wei Na and Cao Bin were elected members with ' +
    '360 and 344 votes.';

  it('says `the runoff` once where the notice’s own word is runoff', () => {
    const lines = judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').judged.map(
      (figure) => figure.work.en,
    );
    expect(lines.filter((line) => line.startsWith('the runoff'))).toEqual([
      'the runoff: 1,030 voted out of 1,500 registered voters; more than half of the registered voters (at least 751) must take part: met',
    ]);
    expect(lines.filter((line) => /runoff \(runoff\)/.test(line))).toEqual([]);
  });
});
