import { describe, expect, it } from 'vitest';
import { alarms, findings, unread } from './corpus/read-shapes.js';

/**
 * `发出1,402张，收回1,398张，其中有效票1,390张，无效票8张` with no 选票 after 收回, in a ballot's own account (a
 * heading `二、妇女委员选票`, a 另行选举): the valid and invalid ballots are the parts of the ballots returned
 * where the sentence or the one before names 选票 or 投票, and no other papers (选民证, 委托书, 问卷). Every
 * number and name is invented.
 */

describe('ballots returned with no 选票 after 收回, split by 其中', () => {
  // The woman's ballot: 1,398 returned, 1,390 valid and 8 invalid.
  const WOMAN = (valid: string) =>
    [
      '柳塘村村民委员会选举结果公告',
      '2026年5月10日，柳塘村举行选举大会。本村登记选民1,655人，参加投票的选民1,402人，占登记选民的84.71%，选举有效。',
      '',
      '一、主任、委员选票',
      '发出1,402张，收回1,402张，其中有效票1,395张，无效票7张。',
      '主任：黄建国，得1,230票；委员：黄小军，得1,102票；周明，得987票。',
      '',
      '二、妇女委员选票',
      `发出1,402张，收回1,398张，其中有效票${valid}张，无效票8张。`,
      '妇女委员：林秀英，得1,166票。',
      '',
      '柳塘村村民选举委员会',
      '2026年5月10日',
    ].join('\n');

  it('sums the woman’s ballot’s valid and invalid against its own returned ballots', () => {
    expect(findings(WOMAN('1,390'))).toEqual([]);
    expect(unread(WOMAN('1,390'))).toEqual([]);
    // 1,380 + 8 = 1,388, not 1,398.
    expect(findings(WOMAN('1,380'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1,398张']]);
  });

  // A runoff whose sentence names the ballots issued, then 收回 alone.
  const RUNOFF = (invalid: number) =>
    [
      '石门社区第十二届居民委员会选举结果公告',
      '2026年4月26日，本社区登记选民2,310人，参加投票的选民1,960人，共发出选票1,960张，收回选票1,958张，其中有效票1,941张，无效票17张。张伟得1,512票，当选为居民委员会主任。',
      `5月3日另行选举委员1名，参加投票的选民1,208人，共发出选票1,208张，收回1,205张，其中有效票1,199张，无效票${invalid}张。王丽得801票，当选为居民委员会委员。`,
    ].join('\n');

  it('reads a runoff’s bare 收回 after 发出选票 in its sentence', () => {
    expect(findings(RUNOFF(6))).toEqual([]);
    expect(alarms(RUNOFF(6))).toEqual([]);
    // 1,199 + 16 = 1,215, not 1,205.
    expect(findings(RUNOFF(16))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1,205张']]);
  });

  it('leaves the parts unread where 收回 may be of voter cards', () => {
    const CARDS = [
      '青山村村民委员会选举结果公告',
      '本村登记选民1,320人，参加投票的选民1,150人，发出选票1,150张，收回选票1,150张，其中有效票1,141张，无效票9张。',
      '二、另行选举',
      '5月9日另行选举委员1名。选举委员会发放选民证1,160张，收回1,152张，其中有效票1,130张，无效票12张。李强得702票，当选为委员。',
    ].join('\n');
    expect(findings(CARDS)).toEqual([]);
    expect(alarms(CARDS)).toEqual([]);
    expect(unread(CARDS).map(([text]) => text)).toContain('1,130');
  });

  it('keeps a right notice with one bare 收回 in the first vote unflagged', () => {
    const ONE = [
      '下坝村村民委员会选举结果公告',
      '本次选举登记选民980人，参加投票的选民861人，参选率87.86%。共发出选票861张，收回861张，其中有效票853张，无效票8张。',
      '何春林得702票，当选为村民委员会主任。',
    ].join('\n');
    expect(findings(ONE)).toEqual([]);
    expect(alarms(ONE)).toEqual([]);
  });
});
