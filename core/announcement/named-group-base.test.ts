import { describe, expect, it } from 'vitest';
import { findings, judged, unread } from './corpus/read-shapes.js';

/** A ballot count's share of a group named after 占 and stated once with its count (named-rate-base.ts). */
describe('a share of a group named by its stated label', () => {
  const right = '在村选民2204人，参加投票2004人，占在村选民的90.93%。';
  const wrong = '在村选民2204人，参加投票2004人，占在村选民的91.93%。';

  it('judges the voters of the group stated once, right when right and wrong when wrong', () => {
    expect(findings(right)).toEqual([]);
    expect(judged(right).filter(([, text]) => text === '占在村选民的90.93%')).toEqual([
      [expect.any(String), '占在村选民的90.93%', true],
    ]);
    expect(findings(wrong)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占在村选民的91.93%']]);
  });

  it('leaves the share unread when the group is stated twice, approximately or only after it', () => {
    for (const text of [
      '第一选区在村选民620人，第二选区在村选民580人。参加投票1100人，占在村选民的90.67%。',
      '在村选民约2200人，参加投票2004人，占在村选民的81.09%。',
      '参加投票1100人，占在村选民的90.67%。在村选民1200人。',
    ]) {
      expect(findings(text)).toEqual([]);
      expect(unread(text).map(([number]) => number)).toContainEqual(expect.stringContaining('%'));
    }
  });
});

/** A total named short after 占 by its opening qualifier and its noun (named-rate-base.ts, totalNamedShort). */
describe('a share of a total named by its qualifier and its noun', () => {
  it('judges the part of the total so named, right when right and wrong when wrong', () => {
    const text = (share: string) =>
      `新当选的村（居）两委成员共312名，其中女性58名，占新当选成员总数的${share}%。`;
    expect(findings(text('18.6'))).toEqual([]);
    expect(judged(text('18.6')).filter(([, words]) => words === '占新当选成员总数的18.6%')).toEqual([
      [expect.any(String), '占新当选成员总数的18.6%', true],
    ]);
    expect(findings(text('16.6'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占新当选成员总数的16.6%']]);
  });

  it('takes no other total for it', () => {
    const text =
      '新当选的村（居）两委成员共312名。村务监督委员会成员90名，其中女性20名，占新当选成员总数的12.6%。';
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([, words]) => /12\.6%/.test(String(words)))).toEqual([]);
  });
});

/** 总户数 named after 占: the one household total the text states (本村共有530户, 全村530户). */
describe('a share of the households stated once', () => {
  const text = (share: string) =>
    `本村共有530户，本次选举以户代表形式投票，参加投票497户，占总户数的${share}%。`;

  it('judges the households who voted of the one household total, right when right and wrong when wrong', () => {
    expect(findings(text('93.77'))).toEqual([]);
    expect(judged(text('93.77')).filter(([, words]) => words === '占总户数的93.77%')).toEqual([
      [expect.any(String), '占总户数的93.77%', true],
    ]);
    expect(findings(text('95.77'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占总户数的95.77%']]);
  });

  it('leaves it unjudged of voters counted in people, or of two household totals', () => {
    for (const other of [
      '全村530户，参加投票482人，占总户数的93.77%。',
      '本村共有530户。全社区共有560户，参加投票497户，占总户数的93.77%。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(judged(other).filter(([, words]) => /93\.77%/.test(String(words)))).toEqual([]);
    }
  });
});

/** 全村户籍户数812户 is the village's households, the base 占全村总户数的 and 占户籍户数的 name. */
describe('a share of the households on the register', () => {
  const text = (base: string, share: string) =>
    `全村户籍户数812户，本次选举以户代表形式投票。参加投票761户，占${base}的${share}%。`;

  it('judges the households who voted of the registered households, right when right and wrong when wrong', () => {
    for (const base of ['全村总户数', '户籍户数', '总户数']) {
      expect(findings(text(base, '93.72'))).toEqual([]);
      expect(judged(text(base, '93.72')).filter(([, words]) => words === `占${base}的93.72%`)).toEqual([
        [expect.any(String), `占${base}的93.72%`, true],
      ]);
      expect(findings(text(base, '95.72'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', `占${base}的95.72%`]]);
    }
  });

  it('leaves it unjudged beside a second household total, or of a group’s households', () => {
    for (const other of [
      '全村户籍户数812户，常住户数790户。全村总户数830户，参加投票761户，占全村总户数的95.72%。',
      '第一组户籍户数120户，参加投票110户，占户籍户数的93.67%。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(judged(other).filter(([, words]) => /%/.test(String(words)))).toEqual([]);
    }
  });
});

describe('people counted, then 中, as the total of the parts after them (成员1,028名中，女性486名)', () => {
  const TEXT = (share: string) =>
    `全区共选出社区居委会成员412名。新当选的社区“两委”成员1,028名中，女性486名，占47.28%；35岁以下402名，占${share}。`;

  it('takes the parts after 名中 as parts of that count, not of a total stated before it', () => {
    expect(findings(TEXT('39.11%'))).toEqual([]);
  });

  it('still judges a wrong share of that count', () => {
    expect(findings(TEXT('39.01%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占39.01%']]);
  });

  it('keeps a total stated with 其中, and a village’s, as before', () => {
    for (const text of [
      '全镇共选出村委会成员42名。新当选的村“两委”成员128名，其中女性46名，占35.94%。',
      '新当选的村“两委”成员128名中，女性46名，占35.94%。全镇共选出村委会成员42名。',
      '全县选出村委会成员1,236名。在新当选的成员中，35岁以下318名，占25.73%。',
    ])
      expect(findings(text)).toEqual([]);
  });
});
