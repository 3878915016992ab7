import { describe, expect, it } from 'vitest';
import { alarms } from './corpus/read-shapes.js';

const BALLOTS =
  '全村登记选民1500人，参加投票的选民1300人，发出选票1300张，收回选票1300张，其中有效票1290张，无效票10张，选举有效。\n';
const RESULTS =
  '刘志强得票1120票，当选为村民委员会主任；黄丽（女）得票1040票，当选为委员；林涛得票930票，当选为委员。';

describe('the officer of the election committee who announces the results is no post elected', () => {
  it('reads no chair contest from 选举委员会主任 before the colon of the announcement', () => {
    for (const opening of [
      '经计票，村民选举委员会主任赵德胜当场宣布当选结果：',
      '村民选举委员会主任赵德胜宣布：',
      '选委会主任赵德胜宣布：',
      '社区居民选举委员会副主任刘德明宣布：',
      '原村委会主任张伟主持会议并宣布：',
    ])
      expect(alarms(`${BALLOTS}${opening}${RESULTS}`, true)).toEqual([]);
  });

  it('still reads a heading naming the chair as the chair contest', () => {
    const text = `${BALLOTS}主任：刘志强得票1120票，黄丽得票1040票，林涛得票930票，当选。`;
    expect(alarms(text, true)[0]).toMatch(/^ANNOUNCED_SUM_MISMATCH/);
  });
});

describe('counts after a sentence saying a runoff was held there and then are the runoff’s', () => {
  const FIRST =
    '委员候选人刘霞（女）得票1000票，当选为委员；委员候选人王刚得票600票、杨军得票560票，均未过半数。\n主任候选人胡涛得票1010票，当选为主任。\n';
  it('keeps the runoff’s voters and ballots apart from the first round’s on the same line', () => {
    for (const held of ['不足的1名委员当场另行选举。', '随即对不足的1名委员进行了另行选举。'])
      expect(
        alarms(
          `${BALLOTS}${FIRST}${held}参加投票的选民1250人，收回选票1250张。王刚得票700票，杨军得票540票，王刚得票最多，且不少于已投选票总数的三分之一，当选为委员。`,
          true,
        ),
      ).toEqual([]);
  });

  it('still compares counts restated with no runoff between', () => {
    expect(
      alarms(`${BALLOTS}${FIRST}计票结束。参加投票的选民1250人，收回选票1250张。`, true).some((alarm) =>
        alarm.startsWith('ANNOUNCED_SUM_MISMATCH'),
      ),
    ).toBe(true);
  });
});
