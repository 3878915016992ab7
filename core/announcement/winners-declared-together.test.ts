import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows } from './corpus/read-shapes.js';

/**
 * Winners declared together in one sentence: a run of votes after a post's 候选人 with 均当选 (or the run's
 * count, 二人均当选, 以上两人均当选, 三人均获当选), and 赵强、孙明等3人当选 held against the members' seats. 1,230
 * voters and 1,223 valid ballots: a winner needs at least 616 votes. Every number and name is invented.
 */
const HEAD =
  '东塘村第十二届村民委员会选举结果公告\n登记选民1468人，参加投票选民1230人，共发出选票1230张，收回1230张，有效票1223张，无效票7张。\n主任候选人杨宏伟得票1004票，当选为村民委员会主任。';
const CHAIR: [string | null, string[]] = ['主任', ['杨宏伟']];

describe('a run of votes after a post’s candidates, declared together', () => {
  it('declares every name of the run to the post named at its start, and judges each', () => {
    for (const declared of [
      '均当选',
      '均当选为村民委员会委员',
      '二人均当选',
      '以上两人均当选',
      '两人均获当选',
    ]) {
      const text = (votes: number) =>
        `${HEAD}委员应选2名，委员候选人李红得票850票，赵强得票${votes}票，${declared}。`;
      expect(electedRows(text(812)), declared).toEqual([CHAIR, ['委员', ['李红', '赵强']]]);
      expect(alarmCodes(text(812)), declared).toEqual([]);
      expect(alarmCodes(text(612)), declared).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    }
  });

  it('holds the winners of the run against the members’ seats', () => {
    const text = (seats: number) =>
      `${HEAD}委员应选${seats}名，委员候选人李红得票850票，赵强得票812票，孙明得票700票，三人均获当选。`;
    expect(electedRows(text(3))).toEqual([CHAIR, ['委员', ['李红', '赵强', '孙明']]]);
    expect(alarmCodes(text(3))).toEqual([]);
    expect(alarmCodes(text(2))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('declares no one where the words say they lost or say something else', () => {
    for (const said of [
      '均未当选，所缺2名委员另行选举',
      '均未获当选',
      '均未过半数，另行选举',
      '均得票未过半数',
    ]) {
      const text = `${HEAD}委员应选2名，委员候选人李红得票550票，赵强得票512票，${said}。`;
      expect(electedRows(text), said).toEqual([CHAIR]);
      expect(alarmCodes(text), said).toEqual([]);
    }
  });

  it('never takes in a loser stated on his own before the run', () => {
    const text = `${HEAD}委员应选2名，委员候选人王五得票300票，未当选；李红得票850票，赵强得票812票，均当选。`;
    expect(electedRows(text)).toEqual([CHAIR, [null, ['李红', '赵强']]]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('tells no winner where the count is not the run’s, or the run holds two posts', () => {
    const wrongCount = `${HEAD}委员应选2名，委员候选人李红得票850票，赵强得票812票，孙明得票600票，二人均当选。`;
    expect(electedRows(wrongCount)).toEqual([CHAIR]);
    expect(alarmCodes(wrongCount)).toEqual([]);
    const twoPosts = `${HEAD}委员候选人李红得票850票，妇女委员候选人王芳得票700票，均当选。`;
    // Two posts make no run: the last name alone is declared, as before.
    expect(electedRows(twoPosts)).toEqual([CHAIR, ['委员', ['王芳']]]);
    const oneSeat = `${HEAD}委员候选人李红得票850票，赵强得票612票，均当选为村民委员会主任。`;
    expect(electedRows(oneSeat)).toEqual([CHAIR]);
  });
});

describe('some winners named and the count of all (等N人)', () => {
  const members = '委员候选人赵强得票850票，当选；孙明得票812票，当选；王芳得票700票，当选。';
  it('holds the count against the members’ seats stated for the election', () => {
    const text = (seats: number) => `${HEAD}委员应选${seats}名。${members}赵强、孙明等3人当选为委员。`;
    expect(alarmCodes(text(3))).toEqual([]);
    expect(alarmCodes(text(2))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('never holds a township’s total, or seats not surely this election’s, against the count', () => {
    const township = `${HEAD}委员应选2名，委员候选人李红得票850票，赵强得票812票，均当选。全镇共有杨宏伟、李红等126人当选为村民委员会委员。`;
    expect(alarmCodes(township)).toEqual([]);
    const lastTerm = `${HEAD}委员候选人赵强得票850票，孙明得票812票，王芳得票700票，赵强、孙明等3人当选为委员。上届委员应选2名。`;
    expect(alarmCodes(lastTerm)).toEqual([]);
  });
});

describe('a declaration by rank in votes naming another body', () => {
  it('elects to that body (得票前两名当选为村务监督委员会成员), never judged by the committee’s voters', () => {
    const text = `${HEAD}委员候选人孙丽得票900票，周平得票850票，均当选为委员。村务监督委员会由村民代表会议推选，参加会议村民代表35人。成员候选人何一得30票，何二得28票，何三得11票，得票前两名当选为村务监督委员会成员。`;
    expect(alarmCodes(text)).toEqual([]);
  });
});
