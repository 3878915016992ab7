import { describe, expect, it } from 'vitest';
import { alarms, counts, findings } from './corpus/read-shapes.js';

/** The venue and the mobile box named together before one count (现场和流动票箱共参加投票), figures invented. */
const HEAD = '柳塘村村民委员会选举结果公告\n柳塘村于2026年4月26日进行村民委员会选举。全村登记选民1,320人，';

describe('the venue and the mobile box named together before their joint count', () => {
  it('is every voter when no proxies are named and it is no part', () => {
    for (const both of [
      '现场和流动票箱共参加投票',
      '中心会场和流动票箱共参加投票',
      '现场及流动票箱合计参加投票',
    ]) {
      const text = `${HEAD}${both}1,188人，参选率90.00%。`;
      expect(counts(text)).toContain('cast 1188');
      expect(findings(text)).toEqual([]);
      expect(findings(`${HEAD}${both}1,188人，参选率92.00%。`)).toEqual([
        ['ANNOUNCED_PERCENT_MISMATCH', '参选率92.00%'],
      ]);
    }
  });

  it('judges the winners on it', () => {
    const text = (votes: string) =>
      `${HEAD}中心会场和流动票箱共参加投票1,188人，参选率90.00%。\n当选名单：\n主任：郑国强，得票${votes}票。`;
    expect(alarms(text('902'), true)).toEqual([]);
    expect(alarms(text('590'), true)).toHaveLength(1);
  });

  it('is not every voter when proxies are counted apart', () => {
    const text = `${HEAD}现场和流动票箱共参加投票1,101人，另有委托投票87人，参选率90.00%。`;
    expect(counts(text)).not.toContain('cast 1101');
    expect(findings(text)).toEqual([]);
  });

  it('is a part after 其中', () => {
    const text = `${HEAD}参加投票1,188人，参选率90.00%，其中现场和流动票箱共参加投票1,150人。`;
    expect(counts(text)).not.toContain('cast 1150');
    expect(findings(text)).toEqual([]);
  });

  it('agrees with the venue and the box stated apart before it', () => {
    const text = `${HEAD}现场投票953人，流动票箱投票235人，现场和流动票箱共参加投票1,188人，参选率90.00%。`;
    expect(findings(text)).toEqual([]);
  });
});
