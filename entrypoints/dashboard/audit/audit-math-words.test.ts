import { describe, expect, it } from 'vitest';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';

describe('the way into the audit by sample, on the dashboard', () => {
  it('says in plain words what it is for before the methods’ names, which follow in brackets', () => {
    const zh = AUDIT_MATH_WORDS.zh.wayIn;
    const en = AUDIT_MATH_WORDS.en.wayIn;
    expect(zh.indexOf('确认当选结果')).toBeGreaterThan(-1);
    expect(zh.indexOf('确认当选结果')).toBeLessThan(zh.indexOf('（风险限制审计'));
    expect(en.indexOf('confirms the winners')).toBeGreaterThan(-1);
    expect(en.indexOf('confirms the winners')).toBeLessThan(en.indexOf('(risk-limiting audit'));
  });
});
