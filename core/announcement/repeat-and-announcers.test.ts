import { describe, expect, it } from 'vitest';
import { alarms } from './corpus/read-shapes.js';

const BALLOTS =
  '全村登记选民1500人，参加投票的选民1300人，发出选票1300张，收回选票1300张，其中有效票1290张，无效票10张，选举有效。\n';
const RESULTS =
  '刘志强得票1120票，当选为村民委员会主任；黄丽（女）得票1040票，当选为委员；林涛得票930票，当选为委员。';

describe('an officer named by post and name who announces the results is no heading of a post', () => {
  it('reads no chair contest from 主任赵德胜宣布： with no election committee named before it', () => {
    for (const opening of [
      '计票结束后，主任赵德胜宣布：',
      '主任赵德胜宣布：',
      '总监票人宣读计票结果后，主任赵德胜宣布：\n',
      '副主任王林当场宣布选举结果：',
      '委员周明宣读选举结果：',
    ])
      expect(alarms(`${BALLOTS}${opening}${RESULTS}`, true)).toEqual([]);
  });

  it('still reads a heading naming the chair as the chair contest', () => {
    const text = `${BALLOTS}主任：刘志强得票1120票，黄丽得票1040票，林涛得票930票，当选。`;
    expect(alarms(text, true)[0]).toMatch(/^ANNOUNCED_SUM_MISMATCH/);
  });
});

describe('a vote the notice declares void, and the repeat it reports', () => {
  it('judges the repeat, not the void vote, and compares no count of one with the other', () => {
    const voidFirst =
      '2026年11月22日，全村登记选民1760人，参加投票的选民812人，因参加投票的选民未过半，本次选举无效，定于12月6日重新选举。\n' +
      '2026年12月6日，本村重新选举第十三届村民委员会。全村登记选民1760人，参加投票的选民1402人，发出选票1402张，收回选票1400张，其中有效票1389张，无效票11张，选举有效。\n' +
      '郑国华得票1180票，当选为村民委员会主任；吴小燕（女）得票1022票，当选为委员；马军得票960票，当选为委员。';
    expect(alarms(voidFirst, true)).toEqual([]);
    const returnedOver =
      '全村登记选民1420人，参加投票的选民1210人，发出选票1205张，收回选票1210张，收回选票多于发出选票，本次投票无效，当场重新投票。\n' +
      '重新投票：参加投票的选民1210人，发出选票1210张，收回选票1208张，其中有效票1196张，无效票12张，选举有效。\n' +
      '严振华得票1002票，当选为村民委员会主任；邹丽（女）得票865票，当选为委员；易军得票742票，当选为委员。';
    expect(alarms(returnedOver, true)).toEqual([]);
  });

  it('still judges the repeat’s winners by half of its voters', () => {
    const text =
      '全村登记选民1760人，参加投票的选民812人，因参加投票的选民未过半，本次选举无效，定于12月6日重新选举。\n' +
      '本村重新选举第十三届村民委员会。全村登记选民1760人，参加投票的选民1402人，发出选票1402张，收回选票1400张，其中有效票1389张，无效票11张。\n' +
      '郑国华得票1180票，当选为村民委员会主任；马军得票690票，当选为委员。';
    expect(alarms(text, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 690/702']);
  });

  it('reads one contest declared void (本次委员选举无效) and voted again as that contest’s repeat', () => {
    const text = (member: number) =>
      '全村登记选民1480人，参加投票的选民1260人。\n' +
      '主任选举：发出选票1260张，收回选票1258张，其中有效票1250张，无效票8张。王建军得票980票，当选为村民委员会主任。\n' +
      '委员选举：发出选票1260张，收回选票1262张，收回选票多于发出选票，本次委员选举无效，当场重新投票。\n' +
      `委员重新投票：发出选票1260张，收回选票1255张，其中有效票1247张，无效票8张。刘芳（女）得票901票，陈东得票${member}票，当选为委员。`;
    expect(alarms(text(850), true)).toEqual([]);
    expect(alarms(text(600), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 600/631']);
  });

  it('reads 本次选举无效票 as the invalid ballots, no vote declared void', () => {
    const text = (member: number) =>
      '全村登记选民1180人，参加投票的选民1032人，发出选票1032张，收回选票1030张。本次选举有效票1021张，本次选举无效票9张。\n' +
      `贺明得票820票，当选为村民委员会主任；蔡斌得票${member}票，当选为委员。\n` +
      '根据选举办法，得票相等时就票数相等的候选人重新投票，本次选举未出现得票相等情形。';
    expect(alarms(text(630), true)).toEqual([]);
    expect(alarms(text(500), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 500/517']);
  });

  // 参加投票689人，未超过登记选民半数，选举无效 (no 本次, no 因): the repeat's 1,093 valid ballots were held to 689.
  it('reads a void vote declared by its turnout alone (未超过登记选民半数，选举无效) before its repeat', () => {
    const text = (member: number) =>
      '2026年4月18日上湾村选举，登记选民1,428人，参加投票689人，未超过登记选民半数，选举无效。\n\n' +
      '2026年4月25日重新选举，参加投票1,107人，参选率77.52%，有效票1,093张。石国平得票901票当选主任，' +
      `宋丽（女）得票842票、孟建军得票${member}票当选委员。`;
    expect(alarms(text(779), true)).toEqual([]);
    expect(alarms(text(540), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 540/554']);
    const notOver =
      '本村登记选民980人，参加投票的选民452人，未过半数，选举无效。2026年5月9日再次选举，参加投票的选民702人，' +
      '有效票695张，无效票7张。赵明得票610票，当选为主任。';
    expect(alarms(notOver, true)).toEqual([]);
  });

  it('keeps a rule quoted (未过半数的，选举无效) from setting any figure apart', () => {
    const text =
      '依照规定，参加投票的选民未过半数的，选举无效，应当重新选举。全村登记选民1760人，参加投票的选民812人。\n郑国华得票700票，当选为村民委员会主任。';
    expect(alarms(text, true)).toContain('TURNOUT_BELOW_QUORUM 812/881');
  });
});

describe('a notice of both rounds, each named on its counts’ line', () => {
  const text = (runoffVotes: number) =>
    '全村登记选民1620人。\n第一轮投票：参加投票的选民1388人，发出选票1388张，收回选票1385张，其中有效票1371张，无效票14张。\n' +
    '主任候选人周建国得票1102票，当选为村民委员会主任；委员候选人李秀英（女）得票866票，当选为委员。\n' +
    '第二轮投票：参加投票的选民1204人，发出选票1204张，收回选票1204张，其中有效票1196张，无效票8张。\n' +
    `委员候选人王海涛得票${runoffVotes}票，得票最多，当选为委员。`;
  it('judges the first round’s winners by half of its voters and the runoff’s by a third of its own', () => {
    expect(alarms(text(532), true)).toEqual([]);
    expect(alarms(text(392), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 392/402']);
  });
});

describe('a runoff’s ballots returned split into valid and invalid after 其中', () => {
  const text = (invalid: number) =>
    '一、第一次投票情况\n本村登记选民1480人，参加投票的选民1296人，收回选票1296张，其中有效票1283张，无效票13张，选举有效。\n' +
    '黄志刚得票998票，当选为主任；林涛得票590票，未过半数。\n二、另行选举情况\n' +
    `参加投票的选民1150人，收回选票1150张，其中有效票1141张，无效票${invalid}张。\n林涛得票520票，得票最多，当选为委员。`;
  it('reads the runoff’s valid ballots and sums its own account', () => {
    expect(alarms(text(9), true)).toEqual([]);
    expect(alarms(text(19), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1160/1150']);
  });

  it('still leaves a part after 其中 of the same figure unread, with no runoff between', () => {
    const part =
      '本村登记选民1480人，参加投票的选民1296人，收回选票1296张，有效票1283张，无效票13张。收回选票1296张，其中有效票1141张为直接投票。';
    expect(alarms(part, true)).toEqual([]);
  });
});
