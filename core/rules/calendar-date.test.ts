import { describe, expect, it } from 'vitest';
import { isCalendarDate, todayUtc } from './calendar-date.js';

describe('isCalendarDate', () => {
  it('takes real days written YYYY-MM-DD, leap days included', () => {
    for (const day of ['2026-01-01', '2025-12-31', '2024-02-29', '2000-02-29'])
      expect(isCalendarDate(day)).toBe(true);
  });

  it('refuses days that do not exist and other ways of writing them', () => {
    for (const day of [
      '2025-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-1',
      '2026/01/01',
      ' 2026-01-01',
      '2026-01-01T00:00',
    ])
      expect(isCalendarDate(day)).toBe(false);
  });

  it('gives today in UTC', () => {
    expect(todayUtc(new Date('2026-01-01T23:30:00+08:00'))).toBe('2026-01-01');
    expect(todayUtc(new Date('2026-01-01T07:59:59+08:00'))).toBe('2025-12-31');
  });
});
