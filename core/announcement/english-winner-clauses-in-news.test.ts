import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, judged, reportUnderPack, voteRows } from './corpus/read-shapes.js';

/**
 * English news reports' winner clauses the reader left unread: a winner's votes after `, and` in a
 * sentence of a place's voters (`In Xiwan, 980 of 1,120 registered voters cast ballots, and Li Na was
 * re-elected chair with 530 of 980 votes`), a clause of `who` between the name and its declaration (`Li
 * Na, who won the vice chair with 655 votes in 2023, was re-elected chair with 801 of 1,188 votes`), a
 * fraction after a place's possessive with its share in brackets, and a share said of the winner's
 * surname alone (`Kong won 82.32% of the votes cast`). Names and numbers invented.
 */

const twoVillages = (votes: string) =>
  'SHUANGHE TOWNSHIP, April 20 (Pingan County Daily) -- Two villages of Shuanghe township elected their committees on Sunday.\n\n' +
  'In Dongwan, 1,402 of 1,630 registered voters cast ballots. Wang Jianguo was elected chair with 812 of 1,402 votes.\n\n' +
  `In Xiwan, 980 of 1,120 registered voters cast ballots, and Li Na was re-elected chair with ${votes} of 980 votes.`;

describe('a winner’s votes after `, and` in a sentence of a place’s voters', () => {
  it('reads the votes as the place’s and judges them by its voters only', () => {
    expect(voteRows(twoVillages('530'))).toContainEqual(['Li Na', '主任', 530]);
    // 530 is under half of Dongwan's 1,402 but over half of Xiwan's 980: no alarm.
    expect(alarms(twoVillages('530'), true)).toEqual([]);
    // Before: the votes were unread, and 470 of 980 (under half) was not judged.
    expect(alarmCodes(twoVillages('470'))).toContain('ANNOUNCED_WINNER_MISMATCH');
  });

  it('reads nothing where the ballots are not the voters stated, or the sentence is of another year or round', () => {
    expect(voteRows(twoVillages('530').replace('530 of 980 votes', '530 of 968 votes'))).not.toContainEqual([
      'Li Na',
      '主任',
      530,
    ]);
    const earlier = twoVillages('470').replace('In Xiwan,', 'In 2023,');
    expect(voteRows(earlier)).not.toContainEqual(['Li Na', '主任', 470]);
    const runoff = twoVillages('400').replace('In Xiwan,', 'In the Xiwan runoff,');
    expect(alarms(runoff, true)).toEqual([]);
  });
});

const relative = (clause: string, votes: string) =>
  'XIWAN, May 9 (Pingan County News) -- Xiwan villagers re-elected their committee chair on Saturday. ' +
  'Turnout was 88.2 percent, with 1,188 of 1,347 registered voters casting ballots. ' +
  `Li Na, ${clause}, was re-elected chair with ${votes} of 1,188 votes.`;

describe('a clause of `who` between the winner’s name and `was elected`', () => {
  it('reads the winner’s votes and judges them, leaving the clause’s own votes unread', () => {
    const right = relative('who won the vice chair with 455 votes in 2023', '801');
    expect(voteRows(right)).toEqual([['Li Na', '主任', 801]]);
    expect(alarms(right, true)).toEqual([]);
    expect(alarmCodes(relative('who won the vice chair with 655 votes in 2023', '580'))).toContain(
      'ANNOUNCED_WINNER_MISMATCH',
    );
  });

  it('reads nothing after a clause that says a round was not won', () => {
    const runoff = relative('who failed to win a majority in the first round', '420');
    expect(voteRows(runoff)).toEqual([]);
    expect(alarms(runoff, true)).toEqual([]);
  });
});

describe('a fraction after a place’s possessive with its share in brackets', () => {
  const beiling = (share: string) =>
    'Beiling Village Committee Election Results\n\n' +
    `On 14 April 2026, 980 of Beiling's 1,120 registered voters cast ballots (${share}). Of the 980 ballots, 968 were valid.`;

  it('judges the share by the part and the whole', () => {
    expect(judged(beiling('87.50%'))).toContainEqual([
      'share',
      "980 of Beiling's 1,120 registered voters cast ballots (87.50%)",
      true,
    ]);
    expect(judged(beiling('85.50%'))).toContainEqual([
      'share',
      "980 of Beiling's 1,120 registered voters cast ballots (85.50%)",
      false,
    ]);
  });
});

describe('a share of the winner’s surname alone in the next sentence', () => {
  const kong = (rest: string) =>
    'Xinhua Community votes in competitive election\n\n' +
    'Of 5,904 registered voters, 4,388 voted, a turnout of 74.32%. Kong Deming was elected director with ' +
    `3,612 votes, defeating Bai Shaohua, who received 701 votes. ${rest}`;
  const alarmsOf = (text: string) =>
    reportUnderPack(text, 'cn-residents').findings.filter((finding) => finding.severity !== 'info');

  it('is the share of the one full name with that surname', () => {
    expect(alarmsOf(kong('Kong won 82.32% of the votes cast.'))).toEqual([]);
    expect(alarmsOf(kong('Kong won 83.32% of the votes cast.')).map((finding) => finding.code)).toContain(
      'ANNOUNCED_PERCENT_MISMATCH',
    );
  });

  it('is no one’s where the sentence sets it in another vote, or two names share the surname', () => {
    expect(alarmsOf(kong('In the 2023 election, Kong won 61.2% of the votes cast.'))).toEqual([]);
    expect(alarmsOf(kong('Kong won 61.2% of the votes cast in 2023.'))).toEqual([]);
    const two = kong('').replace(
      'defeating Bai Shaohua, who received 701 votes.',
      'and Kong Wei was elected deputy director with 3,100 votes. Kong won 70.65% of the votes cast.',
    );
    expect(alarmsOf(two)).toEqual([]);
  });
});

describe('a runoff’s register and voters stated under another place’s name', () => {
  const runoff = (voters: string) =>
    `东湾村登记选民1630人，参加投票1402人。西湾村另行选举，登记选民1600人，参加投票${voters}人，赵磊得352票当选。`;

  it('judges the runoff’s quorum by the register of its own place', () => {
    expect(alarms(runoff('900'), true)).toEqual([]);
    expect(alarmCodes(runoff('700'))).toContain('TURNOUT_BELOW_QUORUM');
  });

  it('judges nothing where two places’ runoffs are stated', () => {
    const two =
      '东湾村另行选举，登记选民1630人，参加投票830人，李娜得300票当选委员；' +
      '西湾村另行选举，登记选民900人，参加投票460人，赵磊得160票当选委员。';
    expect(alarms(two, true)).toEqual([]);
  });
});
