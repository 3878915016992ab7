import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * Shares whose part and base the sentence itself counts: the registration rate (登记率) of the people of
 * voting age, and an English part whose share is of a whole named with the same noun. Every number and
 * name here is invented.
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

describe('an English part, then its share of a whole with the same noun', () => {
  const text = (share: string) =>
    `The county now has 412 women village heads, ${share} of the 3,030 village heads.`;

  it('judges the part of the whole', () => {
    expect(findings(text('13.6%'))).toEqual([]);
    expect(shares(text('13.6%'))).toEqual([
      ['412 women village heads, 13.6% of the 3,030 village heads', true],
    ]);
    const all =
      'In the township, 96 young committee members, 24.6 per cent of all 390 committee members, are under 35.';
    expect(shares(all)).toEqual([
      ['96 young committee members, 24.6 per cent of all 390 committee members', true],
    ]);
  });

  it('flags a wrong one', () => {
    expect(findings(text('16.3%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '412 women village heads, 16.3% of the 3,030 village heads'],
    ]);
  });

  it('judges nothing when the nouns differ, the whole names others too, or a count is approximate', () => {
    const cases = [
      'The county elected 412 women, 16.3% of the 3,030 village heads.',
      'There are 412 women village heads, 16.3% of all 3,030 village heads and secretaries.',
      'The county has about 412 women village heads, 16.3% of the 3,030 village heads.',
    ];
    for (const one of cases) {
      expect(findings(one).filter(([code]) => code === 'ANNOUNCED_PERCENT_MISMATCH')).toEqual([]);
      expect(shares(one)).toEqual([]);
    }
  });
});
