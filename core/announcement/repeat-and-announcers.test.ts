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
