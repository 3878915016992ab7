import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** 到会率 of a meeting whose expected count stands in an earlier sentence of its paragraph (attendance-base.ts). */
describe('a meeting’s attendance rate with those expected stated before its sentence', () => {
  const text = (rate: string) =>
    `桃源村村民代表会议纪要\n\n本次村民代表会议应到会代表45人。实到会代表41人，到会率${rate}%，符合法定人数。`;
  const rates = (notice: string) => judged(notice).filter(([, words]) => /到会率/.test(String(words)));

  it('judges those present of those expected, right when right and wrong when wrong', () => {
    expect(findings(text('91.1'))).toEqual([]);
    expect(rates(text('91.1'))).toEqual([['share', '到会率91.1%', true]]);
    expect(findings(text('93.1'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率93.1%']]);
    const households = (rate: string) =>
      `东山村户代表会议纪要\n\n户代表会议应到户代表120名。实际到会112名，到会率为${rate}%。`;
    expect(findings(households('93.3'))).toEqual([]);
    expect(findings(households('95.3'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率为95.3%']]);
  });

  it('leaves the rate as before when those expected are in another paragraph, stated twice, or it follows another figure', () => {
    for (const other of [
      '桃源村会议纪要\n\n村民代表会议应到45人。\n\n实到会代表41人，到会率93.2%。',
      '桃源村会议纪要\n\n村民代表会议应到45人，户代表会议应到60人。实到会代表41人，到会率93.2%。',
      '桃源村会议纪要\n\n村民代表会议应到45人。实到会代表41人，其中女性代表12人，到会率93.2%。',
      '桃源村会议纪要\n\n村民代表会议应到40人。实到会代表41人，到会率93.2%。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(rates(other)).toEqual([]);
    }
  });
});
