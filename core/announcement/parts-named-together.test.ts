import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';
import { labelsNamedTogether } from './parts-named-together.js';

/**
 * A share whose part names stated groups together (大专和本科学历的占总数的…, after 大专学历17人，本科学历
 * 20人): of those people together, at most the sum of their counts — never of the last group alone.
 * Every number and name here is invented.
 */

describe('labelsNamedTogether', () => {
  const stated = (labels: string[]) => (label: string) => labels.includes(label);

  it('names the stated labels, with the ending the last one shares', () => {
    expect(labelsNamedTogether('大专和本科学历', stated(['大专学历', '本科学历']))).toEqual([
      '大专学历',
      '本科学历',
    ]);
    expect(labelsNamedTogether('大专、本科', stated(['大专', '本科']))).toEqual(['大专', '本科']);
    expect(labelsNamedTogether('女性、党员及连任', stated(['女性', '党员', '连任']))).toEqual([
      '女性',
      '党员',
      '连任',
    ]);
  });

  it('names nothing unless every piece is a stated label', () => {
    expect(labelsNamedTogether('女性和党员', stated(['女性成员', '党员']))).toBeNull();
    expect(labelsNamedTogether('本科学历', stated(['本科学历']))).toBeNull();
    // 大专及以上: one open group, not 大专 and 以上.
    expect(labelsNamedTogether('大专及以上学历', stated(['大专学历', '以上学历']))).toBeNull();
    // The same label twice, or an ending that fits two ways, is no list.
    expect(labelsNamedTogether('党员和党员', stated(['党员']))).toBeNull();
  });
});

const MEMBERS =
  '全区共选出新一届村（社区）党组织班子成员132人，其中连任74人，占总数的56.1%；大专学历17人，本科学历20人，';

describe('a share of groups named together', () => {
  it('is never judged as a share of the last group alone', () => {
    // 37/132 = 28.03…%: right if no one is both; 20/132 would have flagged it.
    const text = `${MEMBERS}大专和本科学历的占总数的28.0%。`;
    expect(findings(text)).toEqual([]);
    expect(work(text).judged.filter((judged) => judged.text.includes('28.0%'))).toEqual([]);
    const unjudged = work(text).unjudged.find((figure) => figure.text.includes('28.0%'));
    expect(unjudged?.reason).toBe('counts-not-stated');
    expect(unjudged?.work.zh).toContain('大专学历、本科学历');
  });

  it('flags a share more than the sum of the groups gives, in both languages', () => {
    // At most 17 + 20 = 37 of 132 = 28.03…%; 30.3% is 40 of 132.
    const text = `${MEMBERS}大专、本科学历的占总数的30.3%。`;
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '大专、本科学历的占总数的30.3%']]);
    const [finding] = work(text).findings;
    expect(finding?.messages.zh).toContain('大专学历17人与本科学历20人合计至多37人');
    expect(finding?.messages.en).toContain('are at most 37 together, at most 28.0303…% of 132');
    expect(finding?.expected).toBe('≤ 28.0%');
    expect(work(text).judged.find((judged) => judged.rule === 'share-of-whole')?.right).toBe(false);
  });

  it('leaves a share no more than the sum unjudged, overlapping groups too', () => {
    // 女性成员 and 党员 may overlap: 45.5% (60 of 132) is possible, and so is anything up to 100 of 132.
    const text = (share: string) =>
      `共选出村委会成员132人，其中女性成员40人，党员60人，女性成员和党员占总数的${share}%。`;
    expect(findings(text('45.5'))).toEqual([]);
    expect(findings(text('75.8'))).toEqual([]);
    expect(findings(text('76.5'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '女性成员和党员占总数的76.5%']]);
  });

  it('judges nothing when the share names no base, or the groups are not all stated', () => {
    expect(findings(`${MEMBERS}大专和本科学历的占比30.3%。`)).toEqual([]);
    // 大专及以上 is an open group (研究生 may be unstated): only its whole can judge it.
    expect(findings(`${MEMBERS}大专及以上学历的占总数的30.3%。`)).toEqual([]);
  });
});

describe('English groups joined by “and” before a share', () => {
  const text = (words: string, share: string) =>
    `A total of 132 committee members were elected, including 40 women and 60 party members. ${words} accounted for ${share}% of the total.`;

  it('is never judged as a share of the last group alone', () => {
    // 60/132 = 45.45…%: “party members” alone would have flagged 75.8%.
    expect(findings(text('Women and party members', '75.8'))).toEqual([]);
    const unjudged = work(text('Women and party members', '75.8')).unjudged.find((figure) =>
      figure.text.includes('75.8%'),
    );
    expect(unjudged?.work.en).toContain('“women and party members”');
  });

  it('flags a share more than the sum of the stated groups gives', () => {
    expect(findings(text('Women and party members', '76.5'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', 'party members accounted for 76.5%'],
    ]);
  });

  it('leaves groups not all stated unjudged, and reads “…, and women accounted for” as before', () => {
    expect(findings(text('Women and young members', '76.5'))).toEqual([]);
    expect(
      findings('A total of 132 committee members were elected, and women accounted for 28.8% of the total.'),
    ).toEqual([]);
  });
});
