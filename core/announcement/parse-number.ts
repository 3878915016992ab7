import type { ExactDecimal } from './announced-figures.js';

/**
 * Numbers as announcements write them, read exactly (BigInt): Arabic digits with thousands separators
 * and decimals (1,322 / 71.1), Chinese numerals (一千二百三十四, 两百, 十二, 七十一点一, 二〇二四), and the
 * multipliers 万 and 亿 after either (1.2万). Full-width forms are folded before (normalize-text.ts).
 */

const CHINESE_DIGITS = new Map<string, bigint>([
  ['零', 0n], ['〇', 0n], ['一', 1n], ['二', 2n], ['两', 2n], ['三', 3n], ['四', 4n],
  ['五', 5n], ['六', 6n], ['七', 7n], ['八', 8n], ['九', 9n],
  ['壹', 1n], ['贰', 2n], ['貳', 2n], ['叁', 3n], ['參', 3n], ['肆', 4n], ['伍', 5n],
  ['陆', 6n], ['陸', 6n], ['柒', 7n], ['捌', 8n], ['玖', 9n],
]); // prettier-ignore
const CHINESE_UNITS = new Map<string, bigint>([
  ['十', 10n], ['拾', 10n], ['百', 100n], ['佰', 100n], ['千', 1000n], ['仟', 1000n],
]); // prettier-ignore
const MULTIPLIERS = new Map<string, bigint>([
  ['万', 10_000n], ['萬', 10_000n], ['亿', 100_000_000n], ['億', 100_000_000n],
]); // prettier-ignore

/** Characters that may appear in a Chinese numeral (for scanning). */
export const CHINESE_NUMERAL_CHARS = [
  ...CHINESE_DIGITS.keys(),
  ...CHINESE_UNITS.keys(),
  ...MULTIPLIERS.keys(),
  '点',
  '點',
].join('');

/** `1,322`, `1322`, `71.1`, `1.2万` → exact decimal; null if it is not such a number. */
export function parseArabicNumber(written: string): ExactDecimal | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([万萬亿億])?$/.exec(written.trim());
  if (!match) return null;
  const whole = (match[1] ?? '').replaceAll(',', '');
  const fraction = match[2] ?? '';
  const value: ExactDecimal = { digits: BigInt(whole + fraction), decimals: fraction.length };
  const multiplier = match[3] === undefined ? 1n : (MULTIPLIERS.get(match[3]) ?? 1n);
  return scale(value, multiplier);
}

/** `一千二百三十四` → 1234, `两百` → 200, `十二` → 12, `七十一点一` → 71.1; null if malformed. */
export function parseChineseNumber(written: string): ExactDecimal | null {
  const [integerPart = '', fractionPart, extra] = written.trim().split(/[点點]/);
  if (extra !== undefined || integerPart === '') return null;
  const integer = parseChineseInteger(integerPart);
  if (integer === null) return null;
  if (fractionPart === undefined) return { digits: integer, decimals: 0 };
  let digits = integer;
  for (const char of fractionPart) {
    const digit = CHINESE_DIGITS.get(char);
    if (digit === undefined) return null;
    digits = digits * 10n + digit;
  }
  return fractionPart.length === 0 ? null : { digits, decimals: fractionPart.length };
}

function parseChineseInteger(written: string): bigint | null {
  let total = 0n; // completed 万/亿 sections
  let section = 0n; // below 万
  let number = 0n; // the digits since the last unit
  let hasNumber = false;
  let lastWasDigit = false;
  for (const char of written) {
    const digit = CHINESE_DIGITS.get(char);
    if (digit !== undefined) {
      // Digits in a row are read positionally: 二〇二四 → 2024.
      number = lastWasDigit ? number * 10n + digit : digit;
      hasNumber = true;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    const unit = CHINESE_UNITS.get(char);
    if (unit !== undefined) {
      // A unit with no digit before it counts once: 十二 → 12, 一百十 → 110.
      section += (hasNumber ? number : 1n) * unit;
    } else {
      const multiplier = MULTIPLIERS.get(char);
      if (multiplier === undefined) return null;
      const sum = section + number;
      if (sum === 0n && total === 0n) return null;
      total = multiplier === 100_000_000n ? (total + sum) * multiplier : total + sum * multiplier;
      section = 0n;
    }
    number = 0n;
    hasNumber = false;
  }
  return total + section + number;
}

/** Multiplies an exact decimal by an integer, dropping decimals that become whole. */
export function scale(value: ExactDecimal, multiplier: bigint): ExactDecimal {
  let digits = value.digits * multiplier;
  let decimals = value.decimals;
  while (decimals > 0 && digits % 10n === 0n && multiplier !== 1n) {
    digits /= 10n;
    decimals -= 1;
  }
  return { digits, decimals };
}

/** The value as an integer, or null if it has a fractional part (1.25万 is 12500; 1.23456万 is not whole). */
export function wholeNumber(value: ExactDecimal): bigint | null {
  const unit = 10n ** BigInt(value.decimals);
  return value.digits % unit === 0n ? value.digits / unit : null;
}

/** A whole number written in digits with or without thousands commas (`1,604`, `1604`), exactly. */
export const digitsValue = (written: string): bigint => BigInt(written.replaceAll(',', ''));
