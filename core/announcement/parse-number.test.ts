import { describe, expect, it } from 'vitest';
import { parseArabicNumber, parseChineseNumber, wholeNumber } from './parse-number.js';

const d = (digits: bigint, decimals = 0) => ({ digits, decimals });

describe('parseArabicNumber', () => {
  it('reads plain numbers, thousands separators and decimals', () => {
    expect(parseArabicNumber('1322')).toEqual(d(1322n));
    expect(parseArabicNumber('1,322')).toEqual(d(1322n));
    expect(parseArabicNumber('12,345,678')).toEqual(d(12345678n));
    expect(parseArabicNumber('71.1')).toEqual(d(711n, 1));
    expect(parseArabicNumber('0.05')).toEqual(d(5n, 2));
  });
  it('applies 万 and 亿 exactly', () => {
    expect(parseArabicNumber('1.2万')).toEqual(d(12000n));
    expect(parseArabicNumber('3亿')).toEqual(d(300_000_000n));
    expect(parseArabicNumber('1.23456万')).toEqual(d(123456n, 1));
  });
  it('rejects misplaced separators', () => {
    expect(parseArabicNumber('1,32')).toBeNull();
    expect(parseArabicNumber('1,3222')).toBeNull();
    expect(parseArabicNumber('abc')).toBeNull();
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['一千二百三十四', 1234n],
    ['两百', 200n],
    ['十二', 12n],
    ['十', 10n],
    ['二十', 20n],
    ['一百零五', 105n],
    ['一百一十', 110n],
    ['一千零一', 1001n],
    ['三万二千', 32000n],
    ['十二万三千四百五十六', 123456n],
    ['一亿二千万', 120_000_000n],
    ['二〇二四', 2024n],
    ['壹仟贰佰', 1200n],
    ['零', 0n],
  ])('%s = %s', (written, value) => {
    expect(parseChineseNumber(written)).toEqual(d(value));
  });
  it('reads decimals after 点', () => {
    expect(parseChineseNumber('七十一点一')).toEqual(d(711n, 1));
    expect(parseChineseNumber('零点五')).toEqual(d(5n, 1));
  });
  it('rejects what is not a numeral', () => {
    expect(parseChineseNumber('万')).toBeNull();
    expect(parseChineseNumber('一点')).toBeNull();
    expect(parseChineseNumber('一二x')).toBeNull();
  });
});

describe('wholeNumber', () => {
  it('gives integers only', () => {
    expect(wholeNumber(d(12000n))).toBe(12000n);
    expect(wholeNumber(d(120n, 1))).toBe(12n);
    expect(wholeNumber(d(711n, 1))).toBeNull();
  });
});
