import { describe, expect, it } from 'vitest';
import { alarms, reportAlone, work } from './corpus/read-shapes.js';

// Written for these tests: invented townships, villages, communities and counts, in the shape of a
// township's summary with a block for each village.

const codes = (text: string) => alarms(text, true).map((alarm) => alarm.split(' ')[0]);
const checks = (text: string) => work(text).judged.map((figure) => figure.work.zh);
/** The judged lines as the report prints them, each block's lines named by its place, the first's too. */
const printed = (text: string) =>
  (reportAlone(text).announcement?.judged ?? []).map((figure) => figure.work.zh);

const stations = (share: string, total = '3,043') => `青山镇第十二届村民委员会换届选举情况通报
全镇3个村于2026年5月9日同日选举。
东湾村：登记选民1,206人。中心会场参加投票612人，流动票箱投票376人，合计988人，参选率${share}。
西岭村：登记选民934人，参加投票753人，参选率80.62%。
南塘村：登记选民1,480人，参加投票1,302人，参选率87.97%。
全镇合计：登记选民3,620人，参加投票${total}人。
青山镇人民政府`;

describe("a block's voters stated only as its polling places' sum", () => {
  it('judges the turnout by the sum, and sums the total with it', () => {
    expect(codes(stations('81.92%'))).toEqual([]);
    expect(checks(stations('81.92%'))).toContain(
      '东湾村：参加投票人数988占登记选民数1206的81.9237…%，四舍五入为81.92%，与公告相同：正确',
    );
    expect(codes(stations('80.92%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(codes(stations('81.92%', '3,143'))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it("never takes a runoff's places' sum, nor a sum over two villages, as a block's voters", () => {
    const runoff = `清河镇村民委员会换届选举情况
东湾村：登记选民1,206人。5月16日另行选举主任，中心会场参加投票612人，流动票箱投票376人，合计988人，参选率80.92%。
西岭村：登记选民934人，参加投票753人，有效票741张。
清河镇人民政府`;
    expect(codes(runoff)).toEqual([]);
    const two = `石门乡村民委员会换届选举投票情况
东湾村：登记选民1,206人。中心会场参加投票612人，流动票箱投票376人，合计988人。
西岭村：登记选民934人。中心会场参加投票601人，流动票箱投票152人，合计753人。
两村流动票箱合计投票528人，占两村参加投票人数的30.33%。
石门乡人民政府`;
    expect(codes(two)).toEqual([]);
  });
});

describe("a meeting's body named after a block's counts in their sentence", () => {
  const text = (valid: string) => `云溪街道社区居民委员会换届选举情况通报
全街道3个社区于2026年6月6日同日选举。
桂花社区：登记选民3,210人，参加投票2,804人，有效票${valid}张，无效票14张；同日居民代表会议推选居务监督委员会，到会居民代表45人，有效票45张。
枫林社区：登记选民2,650人，参加投票2,217人，有效票2,206张，无效票11张。
银杏社区：登记选民1,980人，参加投票1,612人，有效票1,600张，无效票12张。
全街道合计：登记选民7,840人，参加投票6,633人，无效票37张。
云溪街道办事处`;

  it("leaves the counts before it the community's own, checked in its block", () => {
    expect(codes(text('2,790'))).toEqual([]);
    expect(printed(text('2,790'))).toContain(
      '桂花社区：有效票2790加无效票14共2804张，不多于参加投票人数2804：正确',
    );
    expect(codes(text('2,799'))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });
});

describe('totals stated before the blocks', () => {
  const text = (places: number, voters: string) => `青松镇第十二届村民委员会换届选举情况通报
全镇${places}个村共有登记选民3,690人，参加投票${voters}人，有效票3,058张，无效票62张。
东湾村：登记选民1,480人，参加投票1,230人，有效票1,200张，无效票30张。
西岭村：登记选民1,020人，参加投票880人，有效票860张，无效票20张。
南塘村：登记选民1,190人，参加投票1,010人，有效票998张，无效票12张。
青松镇人民政府`;

  it('sums them from the blocks where the text counts as many villages as blocks', () => {
    expect(codes(text(3, '3,120'))).toEqual([]);
    expect(checks(text(3, '3,120'))).toContain(
      '东湾村、西岭村、南塘村各板块：参加投票人数1230、880、1010合计3120，等于合计数3120：正确',
    );
    expect(codes(text(3, '3,210'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('never sums them for more villages than blocks', () => {
    // The same totals are wrong of 3 villages (above); of 12, the 3 blocks are some of them only.
    expect(codes(text(12, '3,210'))).toEqual([]);
    expect(checks(text(12, '3,210')).filter((line) => line.includes('各板块'))).toEqual([]);
  });
});

describe("a street's summary of its communities", () => {
  const text = `和平街道社区居民委员会换届选举情况
和平社区：参加投票2,804人，有效票2,790张，主任候选人林芳得票2,001票，当选。
枫林社区：参加投票2,217人，有效票2,206张；委员未选足，6月13日另行选举委员，参加投票1,830人，有效票1,822张，何文得票640票，当选委员。
和平街道办事处`;

  it('prints each ballot check once, under its community, the first block named too', () => {
    const lines = printed(text);
    expect(lines.filter((line) => line.includes('有效票2206张不多于参加投票人数2217'))).toEqual([
      '枫林社区：有效票2206张不多于参加投票人数2217：正确',
    ]);
    expect(lines).toContain('和平社区：有效票2790张不多于参加投票人数2804：正确');
  });
});
