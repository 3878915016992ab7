import { describe, expect, it } from 'vitest';
import { alarms, findings } from './corpus/read-shapes.js';

/** Sums the reader did not take before: figures invented. */
const TITLE = '石桥村第十二届村民委员会选举结果公告\n';

describe('the venue and the mobile box joint voters held against the ballots returned', () => {
  const text = (returned: string, valid: string, more = '') =>
    `${TITLE}2026年5月16日，石桥村召开选举大会。本村登记选民1,420人，现场及流动票箱合计投票1,101人${more}。收回选票${returned}张，其中有效票${valid}张，无效票11张，选举有效。`;

  it('flags more ballots returned than the joint voters when no proxies are named', () => {
    expect(findings(text('1,101', '1,090'))).toEqual([]);
    expect(findings(text('1,110', '1,099'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '现场及流动票箱合计投票1,101人'],
    ]);
  });

  it('does not hold them to the returned when the notice names proxies', () => {
    expect(findings(text('1,110', '1,099', '，另有委托投票9人'))).toEqual([]);
    expect(findings(text('1,110', '1,099', '（凭委托书代为投票的未计入）'))).toEqual([]);
  });
});

describe('stations named without 第 summed by the 合计 after them', () => {
  const text = (east: string) =>
    `${TITLE}2026年4月26日，石桥村分片设立投票站。全村登记选民1,530人。\n东片投票站：参加投票446人；\n西片投票站：参加投票${east}人；\n一组投票站：参加投票395人；\n合计参加投票1,262人。共发出选票1,262张，收回选票1,262张，有效票1,251张，无效票11张。`;

  it('flags stations that do not make the 合计', () => {
    expect(findings(text('421'))).toEqual([]);
    expect(findings(text('412'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票1,262人']]);
  });

  it('does not sum stations beside proxies the 合计 holds', () => {
    const proxies = `${TITLE}全村登记选民980人。\n一组投票站：参加投票301人；\n二组投票站：参加投票287人；\n委托投票21人；\n合计参加投票609人。收回选票608张，有效票601张，无效票7张。`;
    expect(findings(proxies)).toEqual([]);
  });
});

describe('the voters of each 村民小组 before the whole', () => {
  const text = (third: string, registered = '1,420') =>
    `${TITLE}全村登记选民${registered}人。各村民小组参加投票情况如下：\n第一村民小组：登记选民356人，参加投票301人；\n第二村民小组：登记选民330人，参加投票284人；\n第三村民小组：登记选民392人，参加投票${third}人；\n第四村民小组：登记选民342人，参加投票296人。\n全村共有1,219人参加投票，收回选票1,216张，其中有效票1,205张，无效票11张。`;

  it('flags groups whose registered make the whole but whose voters do not', () => {
    expect(findings(text('338'))).toEqual([]);
    expect(findings(text('388'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1,219人参加投票']]);
  });

  it('does not sum groups whose registered are not every registered voter', () => {
    expect(findings(text('310', '1,456'))).toEqual([]);
  });
});

describe("a confirmation vote's 赞成, 反对 and 弃权 of each candidate", () => {
  const text = (against: string, apart = '') =>
    `${TITLE}石桥村采取等额选举方式。本村登记选民986人，参加投票842人，发出选票842张，收回选票840张，其中有效票834张，无效票6张${apart}。\n主任候选人韩德明：赞成716票，反对${against}票，弃权36票；\n委员候选人蔡秀芬（女）：赞成689票，反对97票，弃权48票。`;

  it('flags three counts of one candidate above the valid ballots', () => {
    expect(findings(text('82'))).toEqual([]);
    expect(alarms(text('92'))).toHaveLength(1);
    expect(findings(text('92'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票834张']]);
  });

  it('does not sum them when abstentions are a kind of ballot of the notice', () => {
    expect(findings(text('92', '，弃权票8张'))).toEqual([]);
  });
});
