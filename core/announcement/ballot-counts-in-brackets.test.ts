import { describe, expect, it } from 'vitest';
import { alarms, findings } from './corpus/read-shapes.js';

/**
 * A ballot's counts given in the bracket after its name (第一次投票（登记选民1,680人，参加投票1,702人，…）) are that
 * ballot's own, as after 第一次投票：; and the register with those who voted in one phrase
 * (1,204名登记选民中1,102人投票). Every number and name is invented.
 */

const TITLE = '青山村第十二届村民委员会选举结果公告\n';
const BALLOT = (name: string, voters = '1,602', issued = voters) =>
  `${TITLE}2026年6月18日，本村召开选举大会。${name}（登记选民1,680人，参加投票${voters}人，发出选票${issued}张，收回选票1,600张，其中有效票1,588张，无效票12张），主任候选人张建国得票1,206票，当选为村民委员会主任。`;

describe('a ballot’s counts in brackets after its name', () => {
  it.each(['第一次投票', '第一轮投票', '首轮投票'])(
    'finds more voters than registered after %s（',
    (name) => {
      expect(findings(BALLOT(name, '1,702'))).toEqual(
        expect.arrayContaining([['ANNOUNCED_SUM_MISMATCH', '参加投票1,702人']]),
      );
    },
  );

  it('finds more ballots issued than voters registered in the bracket', () => {
    expect(findings(BALLOT('首轮投票', '1,602', '1,702'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '发出选票1,702张'],
    ]);
  });

  it('finds more voters than registered after the first round’s name and a colon', () => {
    const text = BALLOT('第一轮投票', '1,702')
      .replace('第一轮投票（', '第一轮投票：')
      .replace('），主任', '。主任');
    expect(findings(text)).toEqual(expect.arrayContaining([['ANNOUNCED_SUM_MISMATCH', '参加投票1,702人']]));
  });

  it.each(['第一次投票', '第一轮投票', '首轮投票'])('raises nothing on a right ballot after %s（', (name) => {
    expect(alarms(BALLOT(name), true)).toEqual([]);
  });

  it.each([
    [
      'another time',
      '本届登记选民1,680人。第一次投票（上届登记选民1,550人，参加投票1,420人）：本届参加投票1,602人',
    ],
    ['a township', '第一次投票（全镇当天参加投票19,870人）：本村登记选民1,680人，参加投票1,602人'],
    [
      'a part of the voters',
      '登记选民1,680人。第一次投票（其中流动票箱投票87人，委托投票35人），参加投票1,602人',
    ],
  ])('raises nothing on a bracket holding the counts of %s', (_, opening) => {
    const text = `${TITLE}${opening}，发出选票1,602张，收回选票1,600张，其中有效票1,588张，无效票12张。主任候选人张建国得票1,206票，当选为村民委员会主任。`;
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('the register and those who voted among it', () => {
  const NOTICE = (phrase: string) =>
    `石桥村第十二届村民委员会选举结果公告\n2026年11月20日，本村召开选举大会，${phrase}，收回选票1,102张，其中有效票1,090张，无效票12张。\n主任候选人易志刚得票900票，当选为村民委员会主任。`;

  it.each(['选举日1,204名登记选民中1,302人投票', '选举日登记选民1,204人中有1,302人参加投票'])(
    'finds more voters than registered in %s',
    (phrase) => {
      expect(findings(NOTICE(phrase))).toEqual([['ANNOUNCED_SUM_MISMATCH', phrase.replace(/^.*中有?/, '')]]);
    },
  );

  it.each([
    '选举日1,204名登记选民中1,102人投票，参选率91.53%',
    '选举日登记选民1,204人中有1,102人参加投票，参选率91.53%',
    // The village's people, not its register: the turnout has no stated base and is not judged.
    '选举日全村1,310人中1,102人投票，参选率91.53%',
    // A count at some hour among the register, not the day's voters.
    '截至上午10时30分，选举日1,204名登记选民中856人投票，最终参加投票1,102人',
  ])('raises nothing on %s', (phrase) => {
    expect(alarms(NOTICE(phrase), true)).toEqual([]);
  });
});
