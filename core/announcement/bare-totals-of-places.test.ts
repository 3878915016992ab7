import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

describe('a bare 合计 or 共计 right after the polling places (and proxies) of its sentence', () => {
  const STATIONS = (west: number) =>
    `东湾村第十二届村民委员会选举结果公告\n本村登记选民1,480人。设东片、西片两个投票站。\n东片投票站参加投票612人，西片投票站参加投票${west}人，合计1,230人，参选率83.11%。\n有效票1,200张，周明远得票1,102票，当选主任。`;

  it('holds the stations to the 合计 and reads the 合计 as their sum', () => {
    expect(findings(STATIONS(618))).toEqual([]);
    expect(unread(STATIONS(618)).map(([text]) => text)).not.toContain('1,230');
    expect(findings(STATIONS(628))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计1,230人']]);
  });

  const PLACES = (proxies: number) =>
    `中心会场参加投票1,004人，流动票箱参加投票186人，委托投票${proxies}人，共计1,230人。\n登记选民1,480人，参选率83.11%。\n有效票1,200张，无效票30张。周明远得票1,102票，当选主任。`;

  it('sums the proxies listed among the places with them', () => {
    expect(findings(PLACES(40))).toEqual([]);
    expect(findings(PLACES(50))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共计1,230人']]);
  });

  it('sums only what stands before the 合计, not proxies or places after it', () => {
    const after =
      '登记选民1,480人。中心会场参加投票1,004人，流动票箱参加投票186人，合计1,190人，另有委托投票40人，全村共有1,230人参加投票。有效票1,200张，无效票30张。';
    expect(findings(after)).toEqual([]);
    const later =
      '登记选民1,480人。东片投票站参加投票612人，西片投票站参加投票538人，合计1,150人；流动票箱投票80人，全村参加投票1,230人。';
    expect(findings(later)).toEqual([]);
  });

  it('sums nothing where a clause in the list is no place of its own (其中, a count of the whole, one place)', () => {
    const own =
      '登记选民1,480人。东片投票站参加投票612人，其中委托投票20人，西片投票站参加投票618人，合计1,250人。';
    expect(findings(own)).toEqual([]);
    const whole =
      '参加投票1,270人，东片投票站参加投票612人，西片投票站参加投票618人，合计1,240人，另有委托投票40人。';
    expect(findings(whole)).toEqual([]);
    const one = '登记选民1,480人。委托投票40人，中心会场参加投票1,004人，合计1,230人。';
    expect(findings(one)).toEqual([]);
  });
});

describe('numbered groups’ lines, then the whole’s registered voters and voters with no 合计 word', () => {
  const GROUPS = (third: number, whole = '全村登记选民1,480人，参加投票1,230人，参选率83.11%。') =>
    `第一村民小组：登记选民210人，参加投票178人；\n第二村民小组：登记选民305人，参加投票251人；\n第三村民小组：登记选民288人，参加投票${third}人；\n第四村民小组：登记选民677人，参加投票561人。\n${whole}`;

  it('holds the groups’ voters to the whole’s where their registered voters are the whole’s', () => {
    expect(findings(GROUPS(240))).toEqual([]);
    expect(findings(GROUPS(250))).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票1,230人']]);
  });

  it('sums nothing where the groups are not every voter’s or some voted apart', () => {
    // The groups' registered voters are not the whole's (1,480 of 1,490).
    expect(findings(GROUPS(250, '全村登记选民1,490人，参加投票1,230人。'))).toEqual([]);
    // Voters of the mobile box within the whole's.
    expect(findings(GROUPS(250, '全村登记选民1,480人，参加投票1,240人（含流动票箱投票10人）。'))).toEqual([]);
    // Proxies apart.
    expect(findings(GROUPS(250, '全村登记选民1,480人，参加投票1,230人，另有委托投票20人。'))).toEqual([]);
    // Not the whole's line (本镇).
    expect(findings(GROUPS(250, '本镇登记选民1,480人，参加投票1,230人。'))).toEqual([]);
  });
});
