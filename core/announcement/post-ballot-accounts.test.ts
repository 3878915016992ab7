import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/** A notice of both rounds, the runoff with its own ballots. Every number and name is invented. */
describe('the ballots of a runoff, an account of their own', () => {
  const RUNOFF = (invalid: number) =>
    [
      '本村登记选民2400人，参加投票2010人，参选率83.75%。收回选票2010张，其中有效票1998张，无效票12张。',
      '主任：张建国得票1620票，当选。委员王强得票960票，未过半数。',
      `所缺委员1名于当日进行另行选举。另行选举参加投票的选民1850人，收回选票1850张，有效票1842张，无效票${invalid}张。王强得票1004票，当选为委员。`,
    ].join('\n');

  it('checks that the runoff’s valid and invalid ballots make up those it returned', () => {
    expect(findings(RUNOFF(8))).toEqual([]);
    expect(work(RUNOFF(8)).judged.map((figure) => figure.work.en)).toContain(
      '另行选举: 1,842 valid and 8 invalid make the 1,850 ballots returned: right',
    );
    // 1842 + 18 = 1860, not 1850.
    expect(findings(RUNOFF(18))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1850张']]);
  });

  it('does the same for a 第二轮 with its own ballots issued, and holds them to its voters', () => {
    const text = (returned: number) =>
      [
        '一、第一轮投票',
        '本村登记选民3000人，参加投票的选民2400人。发出选票2400张，收回选票2400张，有效票2380张，无效票20张。',
        '二、第二轮投票',
        `副主任第二轮投票，参加投票的选民2100人，发出选票2200张，收回选票${returned}张，有效票${returned - 10}张，无效票10张。周敏得票1020票，当选为副主任。`,
      ].join('\n');
    expect(findings(text(2100))).toEqual([]);
    // 2110 returned of 2200 issued, but only 2100 voted.
    expect(findings(text(2110))).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票的选民2100人']]);
  });

  it('keeps two runoffs of one setting apart: which count is which runoff’s is not certain', () => {
    const text = [
      '本村登记选民2400人，参加投票2010人。收回选票2010张，有效票1998张，无效票12张。',
      '另行选举主任：收回选票1850张，有效票1842张，无效票18张。另行选举委员：收回选票1840张，有效票1830张，无效票10张。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });
});
