import { describe, expect, it } from 'vitest';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';

describe('the way into the audit by sample, on the dashboard', () => {
  it('says what it is for in the words the Audit step uses, with no method’s name', () => {
    const zh = AUDIT_MATH_WORDS.zh;
    const en = AUDIT_MATH_WORDS.en;
    expect(zh.wayIn).toBe('手工清点了部分票箱或选票？看是停止还是继续抽查，哪些数字看起来异常');
    expect(en.wayIn).toBe(
      'Counted some boxes or ballots by hand? See whether to stop or draw more, and where the numbers look odd',
    );
    // The step's own headings: "人工计数：停止还是继续抽查", "筛查：哪些数字看起来异常".
    expect(zh.handCountsTitle).toContain('停止还是继续抽查');
    expect(zh.screensSectionTitle).toContain('哪些数字看起来异常');
    expect(en.handCountsTitle).toContain('stop or draw more');
    expect(en.screensSectionTitle).toContain('where the numbers look odd');
    for (const words of [zh.wayIn, en.wayIn])
      expect(words).not.toMatch(/风险限制|快速计票|risk-limiting|quick count|screens/i);
  });
});
