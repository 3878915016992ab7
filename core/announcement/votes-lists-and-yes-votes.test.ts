import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, judged, unread, voteRows } from './corpus/read-shapes.js';

const COUNTS =
  '本村登记选民1492人，参加投票选民1230人，选举有效。共发出选票1230张，收回选票1230张，其中有效票1223张，无效票7张。';

describe('votes given respectively in more shapes of the list', () => {
  it('reads a list headed by its post’s 候选人, the post the contest of every name', () => {
    for (const list of [
      '委员候选人周强、李芳、王敏得票数依次为812票、790票、700票，均当选。',
      '委员候选人周强、李芳、王敏，得票数依次为812票、790票、700票，均当选。',
      '委员候选人周强 李芳 王敏分别得票812票、790票、700票，均当选。',
      '委员：周强 李芳 王敏，分别得票812票、790票、700票，均当选。',
    ]) {
      expect(voteRows(COUNTS + list)).toEqual([
        ['周强', '委员', 812],
        ['李芳', '委员', 790],
        ['王敏', '委员', 700],
      ]);
      expect(electedRows(COUNTS + list)).toEqual([['委员', ['周强', '李芳', '王敏']]]);
    }
  });

  it('reads the names before their count (二人, 两人, 三位候选人), never the count as part of a name', () => {
    expect(voteRows(`${COUNTS}委员候选人王林、李红，二人分别得票812票、790票，当选为委员。`)).toEqual([
      ['王林', '委员', 812],
      ['李红', '委员', 790],
    ]);
    expect(voteRows(`${COUNTS}委员候选人王林、李红两人分别获得812票、790票，当选为委员。`)).toEqual([
      ['王林', '委员', 812],
      ['李红', '委员', 790],
    ]);
    const three = `${COUNTS}王林、李红、赵强三位候选人分别以812票、790票、700票当选为委员。`;
    expect(voteRows(three).map(([name]) => name)).toEqual(['王林', '李红', '赵强']);
    const section = `${COUNTS}\n三、主任候选人张伟、李强二人分别得票1002票、201票，张伟当选为村民委员会主任。`;
    expect(voteRows(section)).toEqual([
      ['张伟', '主任', 1002],
      ['李强', '主任', 201],
    ]);
  });

  it('declares only the names before their count (王林、李红两人当选), not the whole list read before', () => {
    const list = `${COUNTS}委员候选人王林 李红 赵强分别得票812票、790票、402票，`;
    for (const declared of [
      '王林、李红两人当选为村民委员会委员。',
      '王林、李红二人均当选为村民委员会委员。',
      '王林、李红2人当选为村民委员会委员。',
      '王林、李红两位候选人当选为村民委员会委员。',
    ]) {
      expect(electedRows(list + declared)).toEqual([['委员', ['王林', '李红']]]);
      expect(alarmCodes(list + declared)).toEqual([]);
    }
    // A name whose last character is a numeral (王二) keeps it.
    expect(electedRows(`${COUNTS}委员候选人王二、李红分别得票812票、790票，王二当选为委员。`)).toEqual([
      ['委员', ['王二']],
    ]);
  });

  it('leaves the votes unread when the count is not the names’', () => {
    const text = `${COUNTS}王林、李红、赵强二人分别以812票、790票、700票当选为委员。`;
    expect(voteRows(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['812', 'respective-unmatched']);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('judges a winner so listed', () => {
    expect(
      alarmCodes(`${COUNTS}委员候选人周强、李芳、王敏得票数依次为812票、790票、600票，均当选。`),
    ).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(alarmCodes(`${COUNTS}委员候选人周强 李芳 王敏分别得票812票、790票、610票，均当选。`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    expect(
      alarmCodes(`${COUNTS}委员候选人周强、李芳、王敏得票数依次为812票、790票、700票，均当选。`),
    ).toEqual([]);
  });

  it('compares the first votes of such a list with the valid ballots', () => {
    const text = `${COUNTS}委员候选人周强、李芳、王敏得票数依次为1300票、790票、700票，均当选。`;
    expect(judged(text).filter(([rule, , right]) => rule === 'votes-within-ballots' && !right)).toHaveLength(
      1,
    );
  });
});

describe('a yes-or-no vote on one candidate', () => {
  it('reads the votes for as the candidate’s, and the 当选 after the votes against declares the candidate', () => {
    const text = `${COUNTS}主任候选人张伟得赞成票1100票，反对票80票，弃权票43票，当选为村民委员会主任。`;
    expect(voteRows(text)).toEqual([['张伟', '主任', 1100]]);
    expect(electedRows(text)).toEqual([['主任', ['张伟']]]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('flags a winner whose votes for are not more than half of the ballots cast', () => {
    const text = `${COUNTS}主任候选人张伟得赞成票600票，反对票580票，弃权票43票，当选为村民委员会主任。`;
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads 获得赞成票 and ，得赞成票 as votes for', () => {
    expect(voteRows(`${COUNTS}主任候选人张伟获得赞成票1100票，当选为村民委员会主任。`)).toEqual([
      ['张伟', '主任', 1100],
    ]);
    expect(voteRows(`${COUNTS}主任候选人张伟，得赞成票1100票，当选为村民委员会主任。`)).toEqual([
      ['张伟', '主任', 1100],
    ]);
  });
});

describe('a bracket holding the post and the votes after a name', () => {
  const list = '王林（主任，得票1,004票）、李红（副主任，女，得票850票）、赵强（委员，得票765票）';

  it('reads the votes, the post their contest, and declares every name of the list', () => {
    const text = `${COUNTS}\n三、${list}当选为第十二届村民委员会成员。`;
    expect(voteRows(text)).toEqual([
      ['王林', '主任', 1004],
      ['李红', '副主任', 850],
      ['赵强', '委员', 765],
    ]);
    expect(electedRows(text)).toEqual([['成员', ['王林', '李红', '赵强']]]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('declares names of different posts to no one post by a bare 当选, and judges each by its votes', () => {
    expect(electedRows(`${COUNTS}${list}当选。`)).toEqual([[null, ['王林', '李红', '赵强']]]);
    expect(alarmCodes(`${COUNTS}${list.replace('1,004', '600')}当选。`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('sums the chair’s candidates so written within the valid ballots', () => {
    const text = `${COUNTS}${list}当选。孙伟（主任，得票280票）未当选。`;
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('reads no post that is not the bare post (原主任)', () => {
    const text = `${COUNTS}王林（原主任，得票1,004票）当选为村委会主任。`;
    expect(voteRows(text)).toEqual([]);
  });
});
