import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * Notices in Chinese and again in English, and the English shapes that go with them
 * (docs/announcement.md, “A notice in Chinese, then in English”, “Given respectively”, “Candidates' votes
 * and winners”). Names and numbers are invented; every share was worked out with exact fractions.
 */

describe('valid ballots against the ballots returned, no invalid ballots stated', () => {
  it('flags more valid ballots than returned, in Chinese and in English', () => {
    const zh =
      '东风村选举结果公告\n本村登记选民1620人，参加投票1300人，收回选票1300张，有效票1320张。\n主任：张伟得票812票，当选。';
    expect(alarms(zh, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1320/1300']);
    const en =
      'Dongfeng Village election results\nThere were 1,620 registered voters and 1,300 voted. 1,300 ballots were returned, and 1,320 were valid.\nZhang Wei received 812 votes and was elected chair.';
    expect(alarms(en, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1320/1300']);
    // As many or fewer: right, and judged so.
    const fewer = zh.replace('有效票1320张', '有效票1288张');
    expect(alarms(fewer, true)).toEqual([]);
    expect(judged(fewer)).toContainEqual(['ballots', '有效票1288张', true]);
  });

  it('compares no counts of two rounds, two places or valid votes of several seats', () => {
    for (const text of [
      '东风村选举结果公告\n第一轮投票：本村登记选民1620人，参加投票1300人，收回选票1300张，有效票1290张，无效票10张。\n另行选举：参加投票1350人，收回选票1350张，有效票1320张。李强得票700票，当选为委员。',
      '东风村选举结果公告\n本村登记选民1620人。5月10日第一轮投票收回选票1300张，主任未选出。5月17日另行选举，有效票1320张，张伟得票812票，当选为主任。',
      'Dongfeng Village election results\nIn the first round on 10 May, 1,300 ballots were returned; no chair was elected. In the runoff on 17 May, 1,320 ballots were valid, and Zhang Wei was elected chair with 812 votes.',
      '东风村选举结果公告\n本村登记选民1620人，第一投票站收回选票600张，全村有效票1320张，无效票0张。',
      'Dongfeng Village election results\nThere were 1,620 registered voters. 1,300 ballots were returned. Members (three seats): 2,950 valid votes were counted.',
    ])
      expect(alarms(text, true)).toEqual([]);
  });
});
