import type { Bilingual } from '../model/finding.js';
import { chengDigit } from './shares-in-cheng.js';

/**
 * How a judged share's line ends, in words a reader without arithmetic terms follows: the exact share
 * worked out, then how the stated one comes from it. A share cut short rather than rounded (71.07… %
 * written 71.0 %) is right too, and said so in plain words, never as "truncated" or 截尾.
 */
export type ShareAgreement = 'rounded' | 'truncated' | 'equal';

/** The end of the line of a share found right: "…, which rounds to the 71.1% stated: right". */
export function shareRightWords(exact: string, stated: string, how: ShareAgreement): Bilingual {
  switch (how) {
    case 'equal':
      return { zh: `${exact}，与公告写的${stated}相同：正确`, en: `${exact}, as the notice states: right` };
    case 'rounded':
      return {
        zh: `${exact}，四舍五入为${stated}，与公告相同：正确`,
        en: `${exact}, which rounds to the ${stated} the notice states: right`,
      };
    case 'truncated':
      return {
        zh: `${exact}，公告写${stated}，是把后面的数位直接舍去（没有四舍五入）：正确`,
        en: `${exact}; the notice's ${stated} drops the digits after it instead of rounding: right`,
      };
  }
}

/** The end of the line of a share found wrong: "…; the notice states 72.1%, but it should be 71.1%". */
export function shareWrongWords(exact: string, stated: string, expected: string): Bilingual {
  return {
    zh: `${exact}，四舍五入应为${expected}，公告却写${stated}`,
    en: `${exact}; the notice states ${stated}, but rounded it is ${expected}`,
  };
}

/** A share in 成 as a text writes it: 6成5, 六成五, 6.5成, 七成. */
const CHENG_WORDS = /([1-9一二两三四五六七八九])(?:\.(\d))?成([\d零〇一二三四五六七八九])?/g;

/**
 * The words a share written in 成 has in the text (6成5 in 参选率6成5), when they state the share's value
 * (65 %): a message quotes them beside the percent they stand for. Null for a share in percent.
 */
export function chengWords(text: string, value: { digits: bigint; decimals: number }): string | null {
  for (const match of text.matchAll(CHENG_WORDS)) {
    const tens = chengDigit(match[1] ?? '');
    const ones = match[2] ?? match[3];
    const units = ones === undefined ? 0n : chengDigit(ones);
    if (tens === null || units === null || (match[2] !== undefined && match[3] !== undefined)) continue;
    if ((tens * 10n + units) * 10n ** BigInt(value.decimals) === value.digits) return match[0];
  }
  return null;
}

/** A whole percent from 10 to 99 written in 成 (65 → 6成5, 70 → 7成), as a message set beside 成 words. */
export function chengOf(percent: string): string | null {
  const whole = /^([1-9])(\d)%$/.exec(percent);
  if (!whole) return null;
  return `${whole[1]}成${whole[2] === '0' ? '' : whole[2]}`;
}
