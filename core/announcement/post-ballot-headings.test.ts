import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/** Each post voted for on a ballot of its own, under a heading line naming it. Every number and name is invented. */
describe('a heading line naming one post’s election over its ballot’s counts', () => {
  const NUMBERED = (returned: number, invalid: number) =>
    [
      '本社区登记选民3214人，参加投票的选民2980人。',
      '一、主任选举',
      '发出选票2980张，收回选票2951张，有效票2930张，无效票21张。赵海燕得2410票，当选为居民委员会主任。',
      '',
      '二、委员选举',
      `发出选票2980张，收回选票${returned}张，有效票2915张，无效票${invalid}张。孙丽得2203票，当选为居民委员会委员。`,
    ].join('\n');

  it('keeps the two ballots apart: the 委员 ballot’s returned is no restatement of the 主任 ballot’s', () => {
    expect(findings(NUMBERED(2944, 29))).toEqual([]);
  });

  it('checks the 委员 ballot against itself', () => {
    // 2915 + 19 = 2934, not 2944.
    expect(findings(NUMBERED(2944, 19))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票2944张']]);
  });

  it('reads a bracketed number and a colon on the heading, one count line under it', () => {
    const text = [
      '青山村登记参加选举的村民2046人，参加投票的选民1911人。',
      '（一）主任选举：',
      '发出选票1911张，收回选票1903张，有效票1894张，无效票9张。',
      '周德胜得1402票，当选为村民委员会主任。',
      '',
      '（二）委员选举：',
      '发出选票1911张，收回选票1899张，有效票1877张，无效票22张。',
      '冯玉兰得1311票，当选为村民委员会委员。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  /** The heading names the post's ballot paper (选票) rather than its election (选举): the same ballot of its own. */
  const BALLOT_PAPER = (returned: number, invalid: number) =>
    [
      '云溪村登记选民1876人，参加投票的选民1593人。',
      '一、主任、委员选票',
      '发出1593张，收回1593张，其中有效票1581张，无效票12张。',
      '主任：邓卫东，得1411票；委员：邓海涛，得1366票。',
      '',
      '二、妇女委员选票',
      `发出选票1593张，收回选票${returned}张，其中有效票1576张，无效票${invalid}张。`,
      '妇女委员：吴桂芳，得1215票。',
    ].join('\n');

  it('keeps a 妇女委员选票 heading’s counts apart from the 主任、委员选票 heading’s', () => {
    expect(findings(BALLOT_PAPER(1590, 14))).toEqual([]);
  });

  it('checks the 妇女委员选票 heading’s counts against themselves', () => {
    // 1576 + 4 = 1580, not 1590.
    expect(findings(BALLOT_PAPER(1590, 4))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1590张']]);
  });

  it('reads a line naming the ballot with its counts after a colon as no heading', () => {
    // Not a heading line: the counts on it are read as before (the woman's ballot, from its words).
    const text = [
      '云溪村登记选民1876人，参加投票的选民1593人。',
      '发出选票1593张，收回1593张，其中有效票1581张，无效票12张。',
      '主任：邓卫东，得1411票；委员：邓海涛，得1366票。',
      '妇女委员选票：发出1593张，收回1590张，其中有效票1576张，无效票14张。妇女委员：吴桂芳，得1215票。',
    ].join('\n');
    expect(findings(text).filter(([code]) => code !== 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
  });
});
