import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Shares (and stated results) judged where the text proves their base, by class (docs/announcement.md,
 * “Sixth round: recall”), each class with shapes judged right, the same with a figure altered judged
 * wrong, and near shapes whose base is not proved that stay unread with their reason. Every sentence is
 * invented, phrased as notices phrase them.
 */

/** The judged figures of a text: rule, verdict and the text judged. */
const judged = (text: string) =>
  work(text).judged.map((figure) => [figure.rule, figure.right, figure.text] as const);

describe('a calculation written out with its result', () => {
  it('judges a rate worked out in the text, right by rounding', () => {
    const text = '某社区党委委员7人、居委会委员9人，其中4人交叉任职，交叉任职率为4÷(7+9-4)×100%=33.3%。';
    expect(judged(text)).toContainEqual(['share', true, '4÷(7+9-4)×100%=33.3%']);
    expect(findings(text)).toEqual([]);
    // The terms and the result are shown in the calculation's work, not listed as unread.
    expect(unread(text).filter(([, reason]) => reason === 'in-expression')).toEqual([]);
  });

  it('flags the same rate with a result the calculation does not give', () => {
    const text = '某社区党委委员7人、居委会委员9人，其中4人交叉任职，交叉任职率为4÷(7+9-4)×100%=36.4%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '4÷(7+9-4)×100%=36.4%']]);
    const [finding] = work(text).findings;
    expect(finding?.expected).toBe('33.3%');
    expect(finding?.found).toBe('36.4%');
  });

  it('judges a sum of ballots written as a calculation, full-width signs and spaces included', () => {
    const right = '两名候选人分别得票，合计为 402 + 377 + 21 = 800 张，与收回选票一致。';
    expect(judged(right)).toContainEqual(['calculation', true, '402 + 377 + 21 = 800']);
    expect(findings(right)).toEqual([]);
    const wrong = '唱票结果：４０２＋３７７＋２１＝８０４。';
    expect(findings(wrong)).toEqual([['ANNOUNCED_SUM_MISMATCH', '４０２＋３７７＋２１＝８０４']]);
    expect(work(wrong).findings[0]?.expected).toBe(800);
  });

  it('takes ≈ as a rounded result and judges a result with decimals by the percentage rule', () => {
    expect(judged('得票率＝1046÷1587≈65.9%，超过半数。')).toContainEqual(['share', true, '1046÷1587≈65.9%']);
    expect(findings('平均每个投票站 1587÷6=264.5 人。')).toEqual([]);
    expect(findings('平均每个投票站 1587÷6=246.5 人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '1587÷6=246.5'],
    ]);
  });

  it('leaves a calculation with no result stated unread, term by term', () => {
    const text = '交叉任职率按4÷(7+9-4)×100%计算。';
    expect(judged(text)).toEqual([]);
    expect(unread(text).map(([, reason]) => reason)).toEqual(Array(5).fill('in-expression'));
  });

  it('leaves a chain of results, a scaled result, units inside and points of a percentage unread', () => {
    for (const text of [
      '合计402+377=779=800-21。', // a chain: which result is stated?
      '两镇选民合计12+3=15万人。', // 15万: the result is scaled, the terms may be too
      '得票402票+377票=779票。', // units inside: the words, not the signs, carry the meaning
      '女性占比由20%提高到32%，提高了12个百分点（32-20=12%）。', // points written as %: no ratio
      '交叉率3÷9×100%=33.3。', // hundredths on the left, none in the result: which is meant?
    ]) {
      expect(readAnnouncementText(text).calculations, text).toBeUndefined();
      expect(findings(text), text).toEqual([]);
    }
  });

  it('takes no date, year span, telephone or division by zero for a calculation', () => {
    for (const text of [
      '任期为2021-2026=5年。', // years: 2021 - 2026 is below zero
      '咨询电话0371-1234=总机。',
      '比例为5÷0=0%。',
    ])
      expect(readAnnouncementText(text).calculations, text).toBeUndefined();
  });

  it('keeps only the expression after the words before it, a clause comma included', () => {
    const text = '党员14人，3+11=14。';
    expect(judged(text)).toContainEqual(['calculation', true, '3+11=14']);
  });
});
