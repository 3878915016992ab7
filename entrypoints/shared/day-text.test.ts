import { describe, expect, it } from 'vitest';
import { readDayText } from './day-text.js';

describe('readDayText', () => {
  it('reads the ways a day is written as YYYY-MM-DD', () => {
    for (const typed of [
      '2026-04-18',
      '2026-4-18',
      '2026/4/18',
      '2026.4.18',
      '2026年4月18日',
      ' 2026 年 4 月 18 日 ',
      '２０２６／４／１８',
      '2026年4月18号',
    ])
      expect(readDayText(typed), typed).toEqual({ ok: true, day: '2026-04-18' });
  });

  it('takes nothing typed as no day', () => {
    expect(readDayText('  ')).toEqual({ ok: true, day: null });
  });

  it('refuses a day that does not exist, saying why in both languages', () => {
    const result = readDayText('2026-02-30');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.zh).toBe('2026年2月没有30日：这个月只有 28 天。请检查日期。');
    expect(result.problem.en).toBe('February 2026 has no day 30: it has 28 days. Please check the day.');
    expect(readDayText('2024年2月29日')).toEqual({ ok: true, day: '2024-02-29' });
    expect(readDayText('2026/4/0').ok).toBe(false);
  });

  it('refuses a month that does not exist', () => {
    const result = readDayText('2026-13-01');
    expect(!result.ok && result.problem.en).toContain('There is no month 13');
  });

  it('does not guess at a day in another order or an unreadable text', () => {
    // 04/18/2026, as an English-locale browser writes it, is not read as April 18th: it says how to write it.
    for (const typed of ['04/18/2026', '18.4.2026', '二〇二六年四月十八日', 'next Sunday', '2026-04']) {
      const result = readDayText(typed);
      expect(result.ok, typed).toBe(false);
      expect(!result.ok && result.problem.zh, typed).toContain('2026-04-18');
    }
  });
});
