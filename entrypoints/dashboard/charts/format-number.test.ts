import { expect, test } from 'vitest';
import { formatCount, formatTenthsOfPercent } from './format-number';

test('numbers are formatted for the language', () => {
  expect(formatCount(1476, 'zh')).toBe('1,476');
  expect(formatCount(null, 'en')).toBe('—');
  expect(formatTenthsOfPercent(690, 'en')).toBe('69.0%');
  expect(formatTenthsOfPercent(5, 'zh')).toBe('0.5%');
  expect(formatTenthsOfPercent(null, 'zh')).toBe('—');
});
