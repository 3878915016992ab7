import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, unread, voteRows } from './corpus/read-shapes.js';

/**
 * Vote tables whose 得票率 cells are bare numbers, whose 当选职务 column names the post won, and whose 备注
 * names another ballot (corpus-written/table3). Every number and name here is invented.
 */
const OPENING = '青山村第十二届村民委员会选举结果公告\n本村登记选民1500人，实际参加投票1320人，选举有效。\n';

const shares = (header: string, chen: string, above = '') =>
  `${OPENING}${above}姓名\t得票数\t${header}\t是否当选\n王建国\t812\t61.52\t是\n陈明\t702\t${chen}\t是\n`;

describe('a 得票率 column of bare numbers', () => {
  it('judges them under a header or a unit line giving %', () => {
    for (const [header, above] of [
      ['得票率/%', ''],
      ['得票率（百分比）', ''],
      ['得票率', '单位：票、%\n'],
      ['得票率', '（单位：票、%）\n\n'],
    ] as const) {
      expect(alarmCodes(shares(header, '53.18', above))).toEqual([]);
      expect(unread(shares(header, '53.18', above))).toEqual([]);
      expect(alarmCodes(shares(header, '55.18', above))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    }
  });

  it('lists them unread under a bare 得票率, the unit not stated', () => {
    expect(unread(shares('得票率', '55.18'))).toEqual([
      ['61.52', 'no-unit'],
      ['55.18', 'no-unit'],
    ]);
    expect(alarmCodes(shares('得票率', '55.18'))).toEqual([]);
  });

  it('lists a bare number above 100 unread, even under 得票率（%）', () => {
    expect(unread(shares('得票率（%）', '702'))).toEqual([['702', 'no-unit']]);
    expect(alarmCodes(shares('得票率（%）', '702'))).toEqual([]);
  });

  it('leaves fractions of one unread as before', () => {
    expect(unread(shares('得票率/%', '0.5318').replace('61.52', '0.6152'))).toEqual([
      ['0.6152', 'fraction-of-one'],
      ['0.5318', 'fraction-of-one'],
    ]);
  });
});

const WINNERS = (chen: string, lacking = '\t—') =>
  `${OPENING}姓名\t性别\t当选职务\t得票数\t得票率（%）\n` +
  '王建国\t男\t主任\t812\t61.52\n' +
  `李秀英\t女${lacking}\t480\t36.36\n` +
  '张伟\t男\t委员\t905\t68.56\n' +
  `陈明\t男\t委员\t${chen}\n`;

describe('a 当选职务 column', () => {
  it('declares each row elected to the post its cell names, a dash no one', () => {
    expect(electedRows(WINNERS('702\t53.18'))).toEqual([
      ['主任', ['王建国']],
      ['委员', ['张伟']],
      ['委员', ['陈明']],
    ]);
    expect(alarmCodes(WINNERS('702\t53.18'))).toEqual([]);
  });

  it('judges a winner under half of the ballots cast', () => {
    expect(alarmCodes(WINNERS('602\t45.61'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads a cell left empty as no post won, never the post of the row above', () => {
    expect(electedRows(WINNERS('702\t53.18', '\t'))).toEqual([
      ['主任', ['王建国']],
      ['委员', ['张伟']],
      ['委员', ['陈明']],
    ]);
    const spaces =
      `${OPENING}姓名 得票数 得票率 当选职务\n周海 768 58.18% 主任\n吴兰 530 40.15%\n` +
      '孙强 690 52.27% 委员\n何军 498 37.73%\n';
    expect(voteRows(spaces).map(([name]) => name)).toEqual(['周海', '吴兰', '孙强', '何军']);
    expect(electedRows(spaces)).toEqual([
      ['主任', ['周海']],
      ['委员', ['孙强']],
    ]);
    expect(alarmCodes(spaces)).toEqual([]);
    expect(alarmCodes(spaces.replace('孙强 690 52.27%', '孙强 637 48.26%'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('still gives a 职务 column’s post to the votes, declaring no one', () => {
    const text = `${OPENING}姓名\t职务\t得票数\n王建国\t主任\t812\n李秀英\t主任\t480\n`;
    expect(electedRows(text)).toEqual([]);
  });
});

describe('a winner whose 备注 names another ballot', () => {
  const REMARK = (remark: string, result = '是') =>
    `${OPENING}姓名\t得票数\t得票率\t是否当选\t备注\n王磊\t905\t68.56%\t是\t\n` +
    `李刚\t520\t39.39%\t${result}\t${remark}\n`;

  it('is not judged by the first ballot’s rule, its votes and share listed unread', () => {
    for (const remark of ['另行选举当选', '经另行选举产生', '第二轮投票当选']) {
      expect(alarmCodes(REMARK(remark))).toEqual([]);
      expect(unread(REMARK(remark))).toEqual([
        ['520', 'other-round'],
        ['39.39%', 'other-round'],
      ]);
    }
    const spaces = `${OPENING}姓名 得票数 得票率 是否当选 备注\n王磊 905 68.56% 是\n李刚 520 39.39% 是 另行选举当选\n`;
    expect(alarmCodes(spaces)).toEqual([]);
  });

  it('reads a row not elected with the remark 另行选举 as before', () => {
    expect(unread(REMARK('另行选举', '否'))).toEqual([]);
    expect(alarmCodes(REMARK('另行选举', '否'))).toEqual([]);
  });

  it('judges a winner without such a remark', () => {
    expect(alarmCodes(REMARK('连任'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});
