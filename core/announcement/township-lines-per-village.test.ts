import { describe, expect, it } from 'vitest';
import { alarms, work } from './corpus/read-shapes.js';

// Written for these tests: invented townships, villages, names and counts, in the shapes of township summaries.

/** Each check made, as its work in English. */
const checks = (text: string) =>
  work(text).judged.map((figure) => `${figure.right ? '✓' : '✗'} ${figure.work.en}`);

describe("a township's summary in prose blocks, one per village: each block checked within it", () => {
  const blocks = (westValid: string) =>
    `龙泉镇第十二届村民委员会选举情况通报 全镇12个村于2026年5月9日同日选举。 东湾村：参加投票1230人，有效票1200张，主任候选人周明远，得票 1002票，当选。 西岭村：参加投票880人，有效票${westValid}张，孙丽，得票 700票，当选主任。 南塘村：参加投票1010人，有效票998张，郑强，得票 812票，当选主任。 龙泉镇人民政府 2026年5月12日`;

  it("checks a later village's valid ballots against its own voters, naming the village", () => {
    expect(checks(blocks('890'))).toContain(
      '✗ 西岭村: more valid ballots (890) than voters who cast a ballot (880)',
    );
    expect(alarms(blocks('890'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 890/880']);
  });

  it('checks every village right when each is right, never one against another', () => {
    const made = checks(blocks('860'));
    expect(made).toContain(
      '✓ 西岭村: 860 valid ballots, no more than the 880 voters who cast a ballot: right',
    );
    expect(made).toContain(
      '✓ 南塘村: 998 valid ballots, no more than the 1,010 voters who cast a ballot: right',
    );
    expect(made.filter((line) => line.startsWith('✗'))).toEqual([]);
    expect(alarms(blocks('860'), true)).toEqual([]);
  });

  it("leaves the township's totals after the blocks out of every village's account", () => {
    const text =
      '青松镇选举情况通报\n东湾村：登记选民1,480人，参加投票1,230人，有效票1,200张。\n西岭村：登记选民1,020人，参加投票880人，有效票860张。\n全镇合计登记选民2,500人，参加投票2,110人，有效票2,060张。';
    expect(alarms(text, true)).toEqual([]);
    expect(checks(text)).toContain('✓ 西岭村: 880 voters, no more than the 1,020 registered: right');
  });

  it("checks a community's block under the same rule", () => {
    const text =
      '云溪街道社区居民委员会换届选举情况通报\n桂花社区：登记选民3,210人，参加投票2,804人，有效票2,790张。\n枫林社区：登记选民2,650人，参加投票2,717人，有效票2,706张。';
    expect(checks(text)).toContain(
      '✗ 枫林社区: more voters cast a ballot (2,717) than are registered (2,650)',
    );
  });
});

describe("a township's lines of places, each opened by its village: each village's places summed", () => {
  const lines = (west: string) =>
    `关于全镇村民委员会换届选举投票情况的通报\n部分村投票情况如下：\n东坡村：中心会场参加投票612人，流动票箱参加投票489人，合计1,101人；另有委托投票87人，全村共有1,188人参加投票。\n西岭村：中心会场参加投票${west}人，流动票箱参加投票230人，合计1,034人；另有委托投票41人，全村共有1,075人参加投票。`;

  it("catches a later village's places not making its 合计", () => {
    expect(checks(lines('840'))).toContain(
      '✗ “西岭村：中心会场参加投票840人” and “流动票箱参加投票230人” come to 1,070, not the 1,034 of “合计1,034人”',
    );
  });

  it("sums each village's places and proxies right when they are right", () => {
    const made = checks(lines('804'));
    expect(made).toContain(
      '✓ “西岭村：中心会场参加投票804人” and “流动票箱参加投票230人” make “合计1,034人”: right',
    );
    expect(made).toContain(
      '✓ “东坡村：中心会场参加投票612人” and “流动票箱参加投票489人” make “合计1,101人”: right',
    );
    expect(alarms(lines('804'), true)).toEqual([]);
  });

  it('keeps two villages with the very same numbers apart', () => {
    const same =
      '白沙镇投票情况\n东坡村：中心会场参加投票612人，流动票箱参加投票489人，合计1,101人；另有委托投票87人，全村共有1,188人参加投票。\n西岭村：中心会场参加投票612人，流动票箱参加投票489人，合计1,101人；另有委托投票87人，全村共有1,188人参加投票。';
    expect(alarms(same, true)).toEqual([]);
  });
});
