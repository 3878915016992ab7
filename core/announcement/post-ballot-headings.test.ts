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
});
