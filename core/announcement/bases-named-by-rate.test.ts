import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * Shares whose part and base the sentence itself counts, named by the rate's own word: the registration
 * rate (登记率) of the people of voting age. Every number and name here is invented.
 */

/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);

describe('the registration rate (登记率) of the people aged 18 and over', () => {
  const text = (share: string) =>
    `统计显示，全区18周岁以上选民总数为458638人，登记选民总数为394073人，登记率达到${share}，超过上届。`;

  it('judges it as the registered voters of the people of voting age', () => {
    expect(findings(text('86%'))).toEqual([]);
    expect(shares(text('86%'))).toEqual([['登记率达到86%', true]]);
    const village = '本村年满18周岁的村民有1260人，其中登记的选民1183人，选民登记率为93.9%。';
    expect(shares(village)).toEqual([['选民登记率为93.9%', true]]);
  });

  it('flags a wrong one', () => {
    expect(findings(text('89%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '登记率达到89%']]);
  });

  it('judges nothing when either count is not one exact count, or another base is stated', () => {
    const cases = [
      '全镇18岁以上人口5万多人，登记选民48360人，登记率为96.7%。',
      '本村18周岁以上村民1260人，应登记选民1200人，登记选民1183人，登记率98.6%。',
      '本村登记选民1183人，登记率98.6%。',
      '本村18周岁以上村民1260人，登记选民1183人，登记率在90%以上。',
      '甲村18周岁以上村民1260人，乙村18周岁以上村民900人，登记选民1183人，登记率93.9%。',
    ];
    for (const one of cases) {
      expect(findings(one)).toEqual([]);
      expect(shares(one)).toEqual([]);
    }
  });
});
