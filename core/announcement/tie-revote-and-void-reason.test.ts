import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { alarms } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Every number and name here is invented. */
const village = getRulePack('cn-village@2025')!;

/** What the pack judged of a notice alone, as rule, right and work in English. */
const judgedWork = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').judged.map(
    (figure) => `${figure.rule} ${figure.right ? '✓' : '✗'} ${figure.work.en}`,
  );

const FIRST =
  '全村登记选民1450人，参加投票的选民1300人，发出选票1300张，收回选票1298张，其中有效票1284张，无效票14张。\n' +
  '主任候选人何立新得票1010票，当选为村民委员会主任；委员候选人方小兰（女）得票820票，当选为委员。';

/** Each winner-threshold judgement's work, in English. */
const winnerWork = (text: string) =>
  judgedWork(text)
    .filter((work) => work.startsWith('winner-threshold '))
    .map((work) => work.slice('winner-threshold '.length));

describe('a re-vote between candidates tied for a seat', () => {
  const tie = (winner: number, other: number, heading = '再次投票：') =>
    `${FIRST}委员候选人罗军、邓华得票相等，均为700票，就票数相等的候选人再次投票。\n` +
    `${heading}参加投票的选民1150人，收回选票1150张，罗军得票${winner}票，邓华得票${other}票，罗军当选为委员。`;

  it('judges the winner by the re-vote’s own voters and votes, never by the first vote’s', () => {
    // 610 of the first vote's 1,298 was flagged as short of its half (650).
    expect(alarms(tie(610, 528), true)).toEqual([]);
    expect(winnerWork(tie(610, 528))).toContain(
      "✓ 罗军 610 votes in the re-vote between the tied; the most votes win: no more than the 1,150 voters of the re-vote, more than 邓华's 528: met",
    );
  });

  it('asks the most votes of the re-vote, not half of its voters', () => {
    expect(alarms(tie(560, 540), true)).toEqual([]);
  });

  it('flags a winner with fewer votes in the re-vote than another', () => {
    expect(alarms(tie(528, 610), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 528/611']);
  });

  it('reads a post’s re-vote heading on a line of its own, with its own ballot account', () => {
    const account = (valid: number) =>
      `${FIRST}委员候选人罗军、邓华得票相等，均为700票。\n` +
      `委员重新投票：参加投票的选民1150人，收回选票1150张，其中有效票${valid}张，无效票8张，罗军得票610票，邓华得票528票，罗军当选为委员。`;
    expect(alarms(account(1142), true)).toEqual([]);
    expect(alarms(account(1145), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1153/1150']);
  });

  it('leaves the winner unjudged where the re-vote states no voters of its own', () => {
    const text =
      `${FIRST}委员候选人罗军、邓华得票相等，均为700票，就票数相等的候选人重新投票。\n` +
      '重新投票结果：罗军得票610票，邓华得票528票，罗军当选为委员。';
    expect(alarms(text, true)).toEqual([]);
    expect(winnerWork(text).some((work) => work.includes('罗军'))).toBe(false);
  });
});

describe('a vote declared void for its turnout, held to its own figures', () => {
  const voided = (voted: number) =>
    `2026年11月22日，全村登记选民1760人，参加投票的选民${voted}人，因参加投票的选民未过半，本次选举无效，定于12月6日重新选举。\n` +
    '2026年12月6日，本村重新选举第十三届村民委员会。全村登记选民1760人，参加投票的选民1402人，发出选票1402张，收回选票1400张，其中有效票1389张，无效票11张，选举有效。\n' +
    '郑国华得票1180票，当选为村民委员会主任；吴小燕（女）得票1022票，当选为委员；马军得票960票，当选为委员。';

  it('flags a reason its own counts contradict: 960 of 1,760 is more than half', () => {
    expect(alarms(voided(960), true)).toEqual(['ANNOUNCED_MISMATCH 960/880']);
  });

  it('says the reason holds where fewer than half voted', () => {
    expect(alarms(voided(812), true)).toEqual([]);
    expect(judgedWork(voided(812))).toContain(
      'quorum ✓ the vote declared void: 812 voted out of 1,760 registered voters, where more than half of the registered voters (at least 881) must take part; the notice says “参加投票的选民未过半”: agrees',
    );
  });

  it('reads a reason naming the register it falls short of: 未超过登记选民的半数', () => {
    const text = voided(960).replace('未过半，', '未超过登记选民的半数，');
    expect(alarms(text, true)).toEqual(['ANNOUNCED_MISMATCH 960/880']);
    expect(alarms(text.replace('960人', '812人'), true)).toEqual([]);
  });

  it('holds no other reason to the turnout', () => {
    const text =
      '全村登记选民1420人，参加投票的选民1210人，发出选票1205张，收回选票1210张，收回选票多于发出选票，本次投票无效，当场重新投票。\n' +
      '重新投票：参加投票的选民1210人，发出选票1210张，收回选票1208张，其中有效票1196张，无效票12张，选举有效。\n' +
      '严振华得票1002票，当选为村民委员会主任；邹丽（女）得票865票，当选为委员；易军得票742票，当选为委员。';
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('a runoff reported after the first round, with its own turnout', () => {
  const runoff = (voted: number, registered = '登记选民2100人，') =>
    '2026年3月15日，河西村举行第十三届村民委员会选举。全村登记选民2100人，参加投票的选民1560人，发出选票1560张，收回选票1558张，其中有效票1540张，无效票18张。刘明得票1200票，当选为村民委员会主任；陈芳（女）得票900票，当选为委员。委员职数尚缺1名。\n' +
    `2026年3月29日，河西村进行另行选举，${registered}参加投票的选民${voted}人，发出选票${voted}张，收回选票${voted}张。委员候选人黄涛得票520票，吴刚得票400票。黄涛得票最多，且不少于已投选票总数的三分之一，当选为委员。`;

  it('holds the runoff’s voters to the quorum of the registered voters', () => {
    expect(alarms(runoff(1180), true)).toEqual([]);
    expect(judgedWork(runoff(1180))).toContain(
      'quorum ✓ the runoff (另行选举): 1,180 voted out of 2,100 registered voters; more than half of the registered voters (at least 1,051) must take part: met',
    );
    expect(alarms(runoff(1020), true)).toEqual(['TURNOUT_BELOW_QUORUM 1020/1051']);
  });

  it('takes the notice’s register where the runoff states none of its own', () => {
    expect(alarms(runoff(1020, ''), true)).toEqual(['TURNOUT_BELOW_QUORUM 1020/1051']);
  });
});
