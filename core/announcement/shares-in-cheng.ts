/**
 * Shares written in 成 (tenths): 6成8, 六成八, 6.8成, 七成, 近三成. The number scanner (scan-numbers.ts) reads
 * one as a single figure in percent, never as two numbers.
 */

/** A digit of a share in 成: Arabic or a Chinese numeral (两 for 2 in 两成). */
const CHENG_DIGITS: Readonly<Record<string, bigint>> = {
  零: 0n,
  〇: 0n,
  一: 1n,
  二: 2n,
  两: 2n,
  三: 3n,
  四: 4n,
  五: 5n,
  六: 6n,
  七: 7n,
  八: 8n,
  九: 9n,
};
export function chengDigit(character: string): bigint | null {
  if (/^\d$/.test(character)) return BigInt(character);
  return CHENG_DIGITS[character] ?? null;
}
/**
 * 6成8, 六成八, 6.8成, 七成: tenths (one digit, 1 to 9), 成, then the hundredths (one digit) if any; digits
 * run on after 成 (4成22) are taken whole, to be listed unread.
 */
const CHENG_AFTER = /^成(?:(\d{1,6})|([零〇一二三四五六七八九])(?![\d零〇一二两三四五六七八九十百千万亿]))?/;
/**
 * What may follow 七成 (no digit after 成) for it to be a share: no Han character (a mark, a space, the
 * line's end), a bound or approximation (以上, 左右, 多), 的, or the people it is a share of. Else the 成 is a
 * word's (一成不变, 3成员, 成立).
 */
const AFTER_TENTHS_ONLY =
  /^(?:[^\u3400-\u9fff]|$|以上|以下|左右|上下|多|余|的|[选村居农]民|党员|户|人|参|投|登)/;
/** Words before a share in 成 that make it approximate (近七成, 超六成, 不足一成). */
const CHENG_APPROXIMATE_BEFORE = /(?:近|约|大约|接近|将近|逾|超|超过|破|突破|不足|不到|几)[^\S\n]*$/;
const CHENG_APPROXIMATE_AFTER = /^(?:多|余|来|以上|以下|左右|上下)/;

/**
 * A share written in 成 at a number (`written`, its digits or Chinese numeral, from `start` to
 * `numberEnd` in the folded text): its value in percent, where it ends, and how exact it is; null when
 * no 成 after it makes it one.
 */
export function shareInCheng(
  folded: string,
  written: string,
  start: number,
  numberEnd: number,
): { percent: bigint; end: number; unjudged: boolean; approximate: boolean } | null {
  const after = CHENG_AFTER.exec(folded.slice(numberEnd, numberEnd + 8));
  if (!after) return null;
  const arabic = /^([1-9])(?:\.(\d))?$/.exec(written);
  const tens = arabic ? BigInt(arabic[1] ?? '0') : written.length === 1 ? chengDigit(written) : null;
  if (tens === null || tens === 0n) return null;
  const following = after[1] ?? after[2];
  // 6.8成8 names the hundredths twice: no share.
  if (arabic?.[2] !== undefined && following !== undefined) return null;
  const hundredths = arabic?.[2] ?? following;
  const end = numberEnd + (arabic?.[2] !== undefined ? 1 : after[0].length);
  const rest = folded.slice(end, end + 2);
  if (hundredths === undefined && !AFTER_TENTHS_ONLY.test(rest)) return null;
  // 4成22: the hundredths run on, written for 40.22 % (3376 of 8393), not 42.2 %: no form to judge.
  const runOn = hundredths !== undefined && hundredths.length > 1;
  const ones = hundredths === undefined || runOn ? 0n : chengDigit(hundredths);
  if (ones === null) return null;
  const approximate =
    CHENG_APPROXIMATE_BEFORE.test(folded.slice(Math.max(0, start - 6), start)) ||
    CHENG_APPROXIMATE_AFTER.test(rest);
  return { percent: tens * 10n + ones, end, unjudged: hundredths === undefined || runOn, approximate };
}
