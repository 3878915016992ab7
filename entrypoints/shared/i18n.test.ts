import { describe, expect, test } from 'vitest';
import { formatBytes, formatDateTime, formatNumber, languageFrom, localeOf, messagesFor } from './i18n';

describe('page language', () => {
  test('Chinese for any zh browser language, English otherwise', () => {
    expect(languageFrom('zh-CN')).toBe('zh');
    expect(languageFrom('zh-Hant-TW')).toBe('zh');
    expect(languageFrom('ZH')).toBe('zh');
    expect(languageFrom('en-US')).toBe('en');
    expect(languageFrom('zu')).toBe('en');
    expect(languageFrom(undefined)).toBe('en');
  });
  test('each language has its locale and its own words', () => {
    expect(localeOf('zh')).toBe('zh-CN');
    expect(localeOf('en')).toBe('en');
    expect(messagesFor('zh').runAudit).toBe('开始核对');
    expect(messagesFor('en').runAudit).toBe('Run the audit');
    expect(messagesFor('zh').formProblems(3)).toContain('3');
    expect(messagesFor('en').imported(2)).toBe('2 saved checks imported.');
  });
});

describe('one language per page', () => {
  /** Every message as text: functions called with placeholder arguments, groups as their JSON. */
  const texts = (lang: 'zh' | 'en') =>
    Object.entries(messagesFor(lang) as Record<string, unknown>).map(([key, value]) => {
      if (typeof value === 'function')
        return [key, String((value as (...a: unknown[]) => unknown)('1', '2', '3', '4'))];
      return [key, typeof value === 'string' ? value : JSON.stringify(value)];
    });
  // On purpose in both: the product's name, the switch's own label, a term of the law kept as written,
  // and the ways a day of the vote may be typed (a notice's own 2026年4月18日 among them).
  const BOTH = ['appName', 'language', 'competitiveRule', 'electionDayFormat'];

  test('the English pages say nothing in Chinese', () => {
    const chinese = texts('en').filter(
      ([key, text]) => !BOTH.includes(key!) && /[\u4e00-\u9fff]/.test(text!),
    );
    expect(chinese).toEqual([]);
  });
  test('the Chinese pages carry no English sentence', () => {
    const english = texts('zh').filter(
      ([key, text]) => !BOTH.includes(key!) && /(?<![A-Za-z])[A-Za-z]+ [a-z]+ [a-z]+/.test(text!),
    );
    expect(english).toEqual([]);
  });
});

describe('formatting for people', () => {
  test('whole numbers grouped by thousands in both languages', () => {
    expect(formatNumber(1860, 'zh')).toBe('1,860');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
  test('a date that does not parse is shown as given', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    // The day depends on the machine's time zone; the order of the parts does not.
    expect(formatDateTime('2024-05-03T12:00:00Z', 'zh')).toMatch(/^2024年5月\d+日 \d\d:\d\d$/);
  });
  test('bytes in the largest unit under 1024, one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(4 * 1024 ** 3)).toBe('4.0 GB');
    expect(formatBytes(2048 * 1024 ** 4)).toBe('2048.0 TB');
  });
});
