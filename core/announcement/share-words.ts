import type { Bilingual } from '../model/finding.js';

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
