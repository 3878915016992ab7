import { describe, expect, it } from 'vitest';
import { alarms, counts } from './corpus/read-shapes.js';

/**
 * Reports of candidates registering (Taiwan's 登記參選, before a vote): `有10人登記` counts people signing up,
 * and each district's line (第1選舉區…) is its own place. Names and numbers are invented.
 */

describe('people registering are no register of voters', () => {
  it('reads 有10人登記 and 4人登記參選 as no registered voters', () => {
    for (const text of [
      '里長補選登記今天截止，有4人登記。',
      '這次里長補選有6人登記參選，創下歷年最多。',
      '全市649個里有1273人登记参选里长。',
    ])
      expect(counts(text).filter((count) => count.startsWith('registered'))).toEqual([]);
  });

  it('still reads the register named after its count and the register stated plainly', () => {
    expect(counts('6,796名登記選民中有2,567人投了票。')).toContain('registered 6796');
    expect(counts('全村登记选民1204人，参加投票1102人。')).toContain('registered 1204');
    expect(counts('全村共有1204名登记在册的选民，参加投票1102人。')).toEqual(
      expect.arrayContaining(['cast 1102']),
    );
  });

  it('raises no alarm on districts each with their own registrations', () => {
    const text = [
      '市議員部分：',
      '第1選舉區（後壁區、白河區）含婦女保障名額應選6人，有10人登記。',
      '第2選舉區（北門區、學甲區）含婦女保障名額應選5人，有10人登記。',
      '第3選舉區（下營區、六甲區）應選3人，有4人登記。',
      '第4選舉區（楠西區）應選1人，有4人登記。',
      '第5選舉區（安南區）含婦女保障名額應選6人，有12人登記。',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
  });

  it('raises no alarm on a part of the registrations after a district of fewer', () => {
    const text =
      '原民區長方面，茂林區2人爭1席，那瑪夏區5人爭1席。里長方面有1713人登記（共891里），其中鳳山區中正里7人角逐最激烈。';
    expect(alarms(text)).toEqual([]);
  });
  it('keeps a part told of yesterday (昨天…有9人登記) apart from today’s total', () => {
    const text = (day: string) =>
      [
        '登記第3天 4人登記參選直轄市長',
        '（本報記者台北3日電）年底選舉1日起至5日受理候選人登記；根據選委會統計，今天第3天有4位直轄市長參選人完成登記。',
        '選委會晚間發布新聞稿指出，今天第3天共有4位直轄市長、70位直轄市議員、5位縣市長、900位村里長完成登記。',
        `其中，6都直轄市長候選人部分，${day}一口氣有9人登記，今天則有4人登記。`,
      ].join('\n');
    expect(alarms(text('昨天'))).toEqual([]);
    expect(alarms(text('前天'))).toEqual([]);
    // A part told of yesterday is kept from the total; told of today (or of no day), it is held to it.
    const part = (day: string) => `全镇村民代表候选人40人，其中${day}报到的女性45人。`;
    expect(alarms(part('昨天'))).toEqual([]);
    expect(alarms(part('今天'))).toEqual(['ANNOUNCED_SUM_MISMATCH 45/40']);
    expect(alarms(part(''))).toEqual(['ANNOUNCED_SUM_MISMATCH 45/40']);
  });
});

describe('a numbered 選舉區 is a place of its own', () => {
  it('keeps the counts of 第1選舉區 and 第2選舉區 apart', () => {
    for (const text of [
      '第1選舉區應選6人，投票數1200票。\n第2選舉區應選5人，投票數1500票。',
      '第一选举区应选6人，投票数1200票。\n第二选举区应选5人，投票数1500票。',
      '第1選舉區登記選民1200人，參加投票800人。\n第2選舉區登記選民1500人，參加投票900人。',
    ])
      expect(alarms(text)).toEqual([]);
  });
});
