import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * Shares and sums whose parts and whole the sentence itself counts: the registration rate (登记率) of the
 * people of voting age, an English part whose share is of a whole named with the same noun, and seats told
 * by what became of them with the last as the rest. Every number and name here is invented.
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

describe('seats told by what became of them, the last as the rest', () => {
  const text = (rest: string) =>
    `2011年村代表選舉共設1,500個席位，其中1,003名候選人因無對手而自動當選，另有150個村代表席位因沒有接獲有效提名而懸空，餘下${rest}個席位則由700名候選人競逐。`;
  /** The sums of parts judged, as [text, right]. */
  const sums = (one: string) =>
    work(one)
      .judged.filter((judged) => judged.rule === 'calculation')
      .map((judged) => [judged.text, judged.right]);

  it('judges the seats elected unopposed, left empty and the rest against the total', () => {
    expect(findings(text('347'))).toEqual([]);
    expect(sums(text('347'))).toEqual([
      [
        '共設1,500個席位，其中1,003名候選人因無對手而自動當選，另有150個村代表席位因沒有接獲有效提名而懸空，餘下347個席位',
        true,
      ],
    ]);
    const nextSentence =
      '這次補選共設90個席位，其中33名候選人因無對手而自動當選。補選中其餘57個村代表空缺，都沒有有效提名。';
    expect(sums(nextSentence)).toEqual([
      ['共設90個席位，其中33名候選人因無對手而自動當選。補選中其餘57個村代表空缺', true],
    ]);
  });

  it('reads 其中 set off by a comma, and spaces or a line break after a clause mark', () => {
    const loose =
      '这次补选共设 40 个席位，其中，12 名候选人因无对手而自动当选，\n其余 28 个席位由55名候选人竞逐。';
    expect(sums(loose)).toEqual([[loose.slice(loose.indexOf('共'), loose.indexOf('席位由') + 2), true]]);
    expect(findings(loose.replace('28 个', '26 个'))).toEqual([
      [
        'ANNOUNCED_SUM_MISMATCH',
        loose.slice(loose.indexOf('共'), loose.indexOf('席位由') + 2).replace('28 个', '26 个'),
      ],
    ]);
  });

  it('flags parts that do not add up to the seats', () => {
    expect(findings(text('345'))).toEqual([
      [
        'ANNOUNCED_SUM_MISMATCH',
        '共設1,500個席位，其中1,003名候選人因無對手而自動當選，另有150個村代表席位因沒有接獲有效提名而懸空，餘下345個席位',
      ],
    ]);
  });

  it('sums nothing with no rest, a part in other words or in Chinese numerals', () => {
    const cases = [
      '这次补选共设40个席位，其中12名候选人因无对手而自动当选，另有10个席位悬空。',
      '这次补选共设40个席位，其中12名候选人因无对手而自动当选，还有十个席位悬空，其余18个席位由55名候选人竞逐。',
      '这次补选共设40个席位，其中12名候选人因无对手而自动当选，还有10个席位悬空，其余18个席位由55名候选人竞逐。',
      '这次补选共设40个席位，其中12名候选人竞逐，其余18个席位悬空。',
    ];
    for (const one of cases) {
      expect(findings(one).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
      expect(sums(one)).toEqual([]);
    }
  });
});
