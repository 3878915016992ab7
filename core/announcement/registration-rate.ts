import type { TextSpan, WrittenCalculation } from './announced-figures.js';
import { exactDecimalOf } from './announced-figures.js';

/**
 * The registration rate (登记率, 选民登记率): `全区18周岁以上选民总数为458638人，登记选民总数为394073人，登记率
 * 达到86%`. It is the registered voters of the people of voting age, 394073 ÷ 458638, both counted in
 * the sentence itself; it is kept as a calculation stated with its terms in words (judge-calculations.ts
 * judges it, rule `share`). Read alone, the two counts are both the electorate (选民), and the rate a
 * figure of no meaning.
 *
 * Only where the paragraph states, within REACH characters before the rate, exactly one exact count of
 * the people aged 18 and over (18周岁以上选民总数, 年满18周岁的人口) and exactly one exact count of the
 * registered voters (登记选民, 登记的选民), at least as many people of age as registered voters, and no
 * other count the rate may be of (应登记选民); otherwise nothing is kept here and the rate stays as the
 * reader left it.
 */

/** How far before the rate its two counts may be stated: a sentence or two. */
const REACH = 120;
const RATE = /(?:选民)?登记率(?:为|是|达到?了?)?\s*(\d+(?:\.\d+)?)\s*%/g;
/** 18周岁以上选民总数为, 年满18周岁的人口: the people of voting age, then their count. */
const OF_AGE =
  /(?:年满\s*18\s*(?:周岁|岁)(?:以上|及以上)?|18\s*(?:周岁|岁)(?:以上|及以上))(?:的)?(?:人口|选民|居民|村民|公民)(?:总数|人数|数)?(?:共|为|是|有|达)?\s*(\d+)\s*(?:名|人)/g;
/** 登记选民总数为, 登记的选民, 选民登记人数: the registered voters, then their count. */
const REGISTERED =
  /(?<!应)(?:登记(?:的)?选民|选民登记)(?:总数|人数|数)?(?:共|为|是|有|达)?\s*(\d+)\s*(?:名|人)/g;
/** Another count a registration rate may be of: the voters who should register. */
const OTHER_BASE = /应登记|应参加登记/;
/** Words that make a count no exact one: 约, 近 before it; 多, 余 after it. */
const NOT_EXACT_BEFORE = /[约近逾超]\s*$/;
const NOT_EXACT_AFTER = /^\s*[多余万]/;
/** A rate followed by 以上, 以下, 左右, 上下 is a bound. */
const BOUND_AFTER = /^(?:以上|以下|左右|上下|之上)/;

function exactCounts(words: string, pattern: RegExp): bigint[] | null {
  const found: bigint[] = [];
  for (const match of words.matchAll(pattern)) {
    const digits = match[1];
    if (digits === undefined) continue;
    const start = match.index + match[0].lastIndexOf(digits);
    const end = start + digits.length;
    if (NOT_EXACT_BEFORE.test(words.slice(Math.max(0, start - 2), start))) return null;
    if (NOT_EXACT_AFTER.test(words.slice(end, end + 2))) return null;
    found.push(BigInt(digits));
  }
  return found;
}

export function registrationRates(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  if (!folded.includes('登记率')) return found;
  let from = 0;
  for (const paragraph of folded.split(/\n\s*\n/)) {
    const offset = folded.indexOf(paragraph, from);
    from = offset + paragraph.length;
    if (!paragraph.includes('登记率')) continue;
    for (const match of paragraph.matchAll(RATE)) {
      const digits = match[1];
      if (digits === undefined) continue;
      const shareEnd = match.index + match[0].length;
      if (BOUND_AFTER.test(paragraph.slice(shareEnd, shareEnd + 2))) continue;
      const before = paragraph.slice(Math.max(0, match.index - REACH), match.index);
      if (OTHER_BASE.test(before)) continue;
      const ofAge = exactCounts(before, OF_AGE);
      const registered = exactCounts(before, REGISTERED);
      if (ofAge?.length !== 1 || registered?.length !== 1) continue;
      const [population] = ofAge;
      const [voters] = registered;
      if (population === undefined || voters === undefined || population === 0n || voters > population)
        continue;
      const span: TextSpan = [offset + match.index, offset + shareEnd];
      found.push({
        span,
        text: original.slice(span[0], span[1]),
        numerator: voters,
        denominator: population,
        result: exactDecimalOf(digits),
        resultPercent: true,
        statedOf: `${voters} ÷ ${population}`,
      });
    }
  }
  return found;
}
