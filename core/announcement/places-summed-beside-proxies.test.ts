import { describe, expect, it } from 'vitest';
import { counts, findings, unread } from './corpus/read-shapes.js';

describe('numbered mobile boxes, each on a line of its own, then 合计参加投票', () => {
  const NOTICE = (second: number) =>
    `本村登记选民1,420人。\n中心会场参加投票612人；\n1号流动票箱参加投票143人；\n2号流动票箱参加投票${second}人；\n3号流动票箱参加投票170人；\n合计参加投票1,101人。\n收回选票1,101张，其中有效票1,090张，无效票11张。`;

  it('holds the venue and the numbered boxes to the 合计', () => {
    // 612 + 143 + 176 + 170 = 1,101.
    expect(findings(NOTICE(176))).toEqual([]);
    expect(findings(NOTICE(186))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票1,101人']]);
  });

  it('reads 第1流动票箱, 第一号流动票箱 and 中心投票会场 as places too', () => {
    const notice = (first: number) =>
      `登记选民2,120人。\n中心投票会场投票1,390人；\n第1流动票箱投票${first}人；\n第二号流动票箱投票172人；\n第3号流动票箱投票106人；\n合计参加投票1,809人。`;
    expect(findings(notice(141))).toEqual([]);
    expect(findings(notice(96))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票1,809人']]);
  });

  it('sums nothing under a 共 alone, nor when the proxies are inside the 合计', () => {
    const gong =
      '本村登记选民1,420人。\n中心会场参加投票612人；\n1号流动票箱参加投票143人；\n2号流动票箱参加投票176人；\n共有1,001人参加投票。';
    expect(findings(gong)).toEqual([]);
    const within =
      '本村登记选民1,450人。\n中心会场参加投票612人；\n1号流动票箱参加投票143人；\n2号流动票箱参加投票176人；\n3号流动票箱参加投票170人；\n合计参加投票1,188人（含委托投票87人）。';
    expect(findings(within)).toEqual([]);
  });

  it('does not take a 合计 of some boxes as the whole', () => {
    const some =
      '本村登记选民1,420人。\n1号流动票箱参加投票143人；\n2号流动票箱参加投票176人；\n3号流动票箱参加投票170人，三个流动票箱合计参加投票489人；\n中心会场参加投票612人；\n全村合计参加投票1,101人。';
    expect(findings(some)).toEqual([]);
  });
});

describe('the venue and the mobile box summed with 投票 alone (现场及流动票箱合计投票)', () => {
  it('reads the count as the voters', () => {
    const notice = '本村登记选民1,420人，现场及流动票箱合计投票1,101人，参选率77.54%。';
    expect(counts(notice)).toContain('cast 1101');
    expect(findings(notice.replace('77.54%', '75.54%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率75.54%'],
    ]);
  });

  it('reads 现场和流动票箱合计投票 beside proxies counted apart without a false alarm', () => {
    const notice =
      '全村登记选民1,450人。现场和流动票箱合计投票1,101人，另有委托投票87人，全村共有1,188人参加投票。收回选票1,188张，其中有效票1,176张，无效票12张。';
    expect(findings(notice)).toEqual([]);
  });
});

describe('the places’ bare 合计, then proxies counted apart with 另有 and the whole', () => {
  const NOTICE = (centre: number, whole: number) =>
    `全村登记选民1,450人。中心会场参加投票${centre}人，流动票箱参加投票489人，合计1,101人；另有委托投票87人，全村共有${whole.toLocaleString('en')}人参加投票。收回选票1,188张，其中有效票1,176张，无效票12张。`;

  it('sums the places against the 合计 and the 合计 and the proxies against the whole', () => {
    // 612 + 489 = 1,101; 1,101 + 87 = 1,188.
    expect(findings(NOTICE(612, 1188))).toEqual([]);
    expect(unread(NOTICE(612, 1188))).toEqual([]);
    expect(findings(NOTICE(621, 1188))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计1,101人']]);
    expect(findings(NOTICE(612, 1198))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1,198人参加投票']]);
  });

  it('never reads the 合计 as the whole’s voters', () => {
    expect(counts(NOTICE(612, 1188))).toEqual([
      'registered 1450',
      'cast 1188',
      'returned 1188',
      'valid 1176',
      'invalid 12',
    ]);
  });

  it('reads a 合计 without the proxies right after it as the places’ sum only, the group after it summed with nothing', () => {
    const others = (mobile: number) =>
      `全村登记选民1,520人，另有外来登记选民35人。中心会场参加投票700人，流动票箱参加投票${mobile}人，合计1,101人；另有外来选民参加投票35人，共有1,136人参加投票。`;
    expect(findings(others(401))).toEqual([]);
    expect(unread(others(401)).map(([text]) => text)).not.toContain('1,101');
    expect(findings(others(411))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计1,101人']]);
  });
});
