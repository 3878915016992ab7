import type { ExactDecimal, TextSpan } from './announced-figures.js';
import { parseArabicNumber, parseChineseNumber } from './parse-number.js';

/**
 * Finds the numbers in a folded announcement text (see normalize-text.ts) with the unit written after
 * them. Numbers that are not figures (dates, ordinals such as 第十二届, ages inside a label such as
 * 35岁以下, identifiers such as c001) are left out, so that they stay part of the words around them.
 */

export interface NumberToken {
  /** The number itself, from its first digit (or 百分之) to its last digit, %, 万 or 亿. */
  readonly span: TextSpan;
  readonly value: ExactDecimal;
  readonly percent: boolean;
  /** The unit written after it (人, 张, 票, votes …), folded to lower case; null when none. */
  readonly unit: string | null;
  /** Where the unit ends (equals span[1] without a unit). */
  readonly end: number;
}

const CHINESE = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
const NUMBER = new RegExp(
  [
    '(百分之\\s*)?', // 1: 百分之 before the number
    '(?:',
    '((?:\\d{1,3}(?:,\\d{3})+(?![,\\d])|\\d+)(?:\\.\\d+)?(?:\\s*[万亿])?)', // 2: Arabic (with 万/亿)
    `|([${CHINESE}]+(?:点[零〇一二三四五六七八九]+)?)`, // 3: Chinese numeral
    ')',
    '(\\s*(?:%|percent\\b|per cent\\b))?', // 4: percent sign after
  ].join(''),
  'gi',
);
const UNIT =
  /^\s*(人|名|票|张|份|个|位|户|周岁|岁|年|月|日|号|届|次|轮|时|votes?\b|ballots?\b|voters?\b|people\b|persons?\b|members?\b|women\b|men\b|villages\b|communities\b)/i;
/** Units that mark a number as no figure of the election. */
const NOT_A_FIGURE = new Set(['周岁', '岁', '年', '月', '日', '号', '届', '次', '轮', '时']);
/** A year in English prose (in 2021, the 2021 elections): no figure. */
const YEAR_BEFORE = /\b(?:in|the|of|since|year)\s+$/i;
/** An age in English words (under 35, aged 55 and over, 35 years old): part of a label, no figure. */
const AGE_BEFORE = /\b(?:aged|ages?|age of|under|over|below|above)\s+$/i;
const AGE_AFTER = /^\s*(?:years?\b|-year)/i;
const CHINESE_FIGURE_UNITS = new Set(['人', '名', '票', '张', '份', '个', '位', '户']);
/** The first age of a range inside a label (31至55岁33人): part of the label, no figure. */
const AGE_RANGE_AFTER = /^\s*(?:至|到|~)\s*\d+\s*(?:周岁|岁)/;

export function scanNumbers(folded: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of folded.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = folded.slice(Math.max(0, start - 1), start);
    const after = folded.slice(end, end + 2);
    const hundredthsOf = match[1] !== undefined;
    const percent = hundredthsOf || match[4] !== undefined;
    const unitMatch = percent ? null : UNIT.exec(folded.slice(end, end + 12));
    const unit = unitMatch?.[1]?.toLowerCase() ?? null;
    if ((unit !== null && NOT_A_FIGURE.has(unit)) || /^(st|nd|rd|th)\b/i.test(folded.slice(end, end + 3)))
      continue;
    const bare = !percent && unit === null;
    if (
      bare &&
      /^(?:19|20)\d\d$/.test(match[0]) &&
      YEAR_BEFORE.test(folded.slice(Math.max(0, start - 7), start))
    )
      continue;
    if (
      !percent &&
      unit === null &&
      (AGE_BEFORE.test(folded.slice(Math.max(0, start - 12), start)) ||
        AGE_AFTER.test(folded.slice(end, end + 8)))
    )
      continue;
    if (
      /[A-Za-z_第]/.test(before) ||
      /^[-/:]\d/.test(after) ||
      AGE_RANGE_AFTER.test(folded.slice(end, end + 8)) ||
      /\d[-/:]$/.test(folded.slice(Math.max(0, start - 2), start))
    )
      continue;
    let value: ExactDecimal | null;
    if (match[2] !== undefined) value = parseArabicNumber(match[2]);
    else {
      // Chinese numeral characters also occur in words and names (统一, 万斌刚): only a numeral with a
      // unit after it, or a share after 百分之, is taken as a number.
      if (!hundredthsOf && (unit === null || !CHINESE_FIGURE_UNITS.has(unit))) continue;
      value = parseChineseNumber(match[3] ?? '');
    }
    if (value === null) continue;
    tokens.push({ span: [start, end], value, percent, unit, end: end + (unitMatch?.[0].length ?? 0) });
  }
  return tokens;
}
