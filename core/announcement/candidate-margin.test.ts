import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** A margin stated as a count (差额31名): the candidates less the seats (candidate-margin.ts). */
describe('a margin of candidates over seats stated as a count', () => {
  const text = (margin: string) =>
    `全镇应选村委会成员98名，经村民提名确定正式候选人129名，差额${margin}名，差额比例为31.6%。`;

  it('is judged right when it is the candidates less the seats and flagged when it is not', () => {
    expect(findings(text('31'))).toEqual([]);
    expect(judged(text('31')).filter(([, words]) => words === '差额31名')).toEqual([
      ['calculation', '差额31名', true],
    ]);
    expect(findings(text('33'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '差额33名']]);
    expect(findings('本届应选居委会成员7人，正式候选人9人，差额为3人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '差额为3人'],
    ]);
  });

  it('is not judged for several posts, approximate counts or a difference of votes', () => {
    for (const other of [
      '主任应选1名、候选人2名，委员应选4名、候选人6名，差额3名。',
      '应选村委会成员约98名，正式候选人129名，差额33名。',
      '应选村委会成员98名，正式候选人129名，差额33名以上。',
      '应选村委会成员5名，候选人7名。张三得票512票，李四得票498票，差额14票。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(judged(other).filter(([, words]) => /差额/.test(String(words)))).toEqual([]);
    }
  });
});
