import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, voteRows } from './corpus/read-shapes.js';

/**
 * Titles a winner holds written before the name (村党委书记, 社区党委书记, 原村委会主任, 现任村委会委员, 村民小组长,
 * 退役军人, 致富带头人), and a bracket of the sex and nation in either order. 1,230 voters and 1,223 valid
 * ballots: a winner needs at least 616 votes. Every number and name is invented.
 */
const HEAD =
  '东塘村第十二届村民委员会选举结果公告\n登记选民1468人，参加投票选民1230人，共发出选票1230张，收回1230张，有效票1223张，无效票7张。\n';

const TITLES = [
  '村党委书记',
  '村党总支书记',
  '社区党委书记',
  '原村委会主任',
  '现任村委会委员',
  '村民小组长',
  '退役军人',
  '致富带头人',
];

describe('a title before a winner’s name', () => {
  it('declares the name after the title, with the votes after the declaration, and judges them', () => {
    for (const title of TITLES) {
      const text = (votes: number) => `${HEAD}${title}杨宏伟当选为村民委员会主任，得票${votes}票。`;
      expect(electedRows(text(1004))).toEqual([['主任', ['杨宏伟']]]);
      expect(voteRows(text(1004))).toEqual([['杨宏伟', '主任', 1004]]);
      expect(alarmCodes(text(1004))).toEqual([]);
      expect(alarmCodes(text(604))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    }
  });

  it('reads the votes after a post’s 候选人 and the title, the title no part of the name nor the post', () => {
    for (const title of TITLES) {
      const text = (votes: number) => `${HEAD}主任候选人${title}杨宏伟得票${votes}票，当选为村民委员会主任。`;
      expect(voteRows(text(1004))).toEqual([['杨宏伟', '主任', 1004]]);
      expect(alarmCodes(text(604))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
      expect(alarmCodes(text(1304))).toContain('ANNOUNCED_SUM_MISMATCH');
    }
  });

  it('never files the votes under the post of a title held before (现任村委会委员 is no member’s votes)', () => {
    const text = `${HEAD}现任村委会委员杨宏伟得票1004票，当选为村民委员会主任。`;
    expect(voteRows(text)).toEqual([['杨宏伟', null, 1004]]);
    expect(electedRows(text)).toEqual([['主任', ['杨宏伟']]]);
  });

  it('declares a run of votes whose names each have a title', () => {
    const text = (votes: number) =>
      `${HEAD}委员应选2名，致富带头人刘春生得票850票，村民小组长陈志明得票${votes}票，均当选为村民委员会委员。`;
    expect(electedRows(text(812))).toEqual([['委员', ['刘春生', '陈志明']]]);
    expect(alarmCodes(text(812))).toEqual([]);
    expect(alarmCodes(text(512))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('takes no title alone for a winner (退役军人当选为委员 names no one)', () => {
    const text = `${HEAD}主任候选人杨宏伟得票1004票，当选为村民委员会主任。委员应选2名，李红得票850票，赵强得票812票，均当选为村民委员会委员。新一届村民委员会中，退役军人当选为委员，致富带头人当选为村委会委员，村民小组长当选为委员。`;
    expect(electedRows(text)).toEqual([
      ['主任', ['杨宏伟']],
      ['委员', ['李红', '赵强']],
    ]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('keeps a title before words that are no name (村党支部书记选举结果) as written', () => {
    const text = `${HEAD}主任候选人杨宏伟得票1004票，当选为村民委员会主任。村党支部书记当选为村民委员会主任，实现“一肩挑”。`;
    expect(electedRows(text)).toEqual([['主任', ['杨宏伟']]]);
    expect(alarmCodes(text)).toEqual([]);
  });
});

describe('a bracket of the sex and the nation', () => {
  it('reads the votes after the declaration of 李红（女，回族）', () => {
    const text = (votes: number) => `${HEAD}李红（女，回族）当选为村民委员会主任，得票${votes}票。`;
    expect(voteRows(text(1004))).toEqual([['李红', '主任', 1004]]);
    expect(alarmCodes(text(604))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads 马兰（回族，女）得票 as 马兰’s votes, the nation first', () => {
    const text = (votes: number) => `${HEAD}主任候选人马兰（回族，女）得票${votes}票，当选为村民委员会主任。`;
    expect(voteRows(text(1004))).toEqual([['马兰', '主任', 1004]]);
    expect(alarmCodes(text(604))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('leaves a bracket with a number or another word in it as before', () => {
    expect(voteRows(`${HEAD}委员候选人赵强（男，连任）得票850票，当选为委员。`)).toEqual([]);
  });
});

describe('names listed before 以 and as many counts after it, with no 分别', () => {
  it('gives each name its count in order, a loser named after them no winner', () => {
    const text = (second: number) =>
      `${HEAD}委员应选2名，赵强、周丽（女）以812票、${second}票当选村民委员会委员，李明得票503票未当选。`;
    expect(voteRows(text(790))).toEqual([
      ['赵强', null, 812],
      ['周丽', null, 790],
      ['李明', null, 503],
    ]);
    expect(electedRows(text(790))).toEqual([['委员', ['赵强', '周丽']]]);
    expect(alarmCodes(text(790))).toEqual([]);
    expect(alarmCodes(text(590))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads no count of names and counts not as many', () => {
    expect(voteRows(`${HEAD}赵强、周丽、孙明以812票、790票当选委员。`)).toEqual([]);
  });
});
