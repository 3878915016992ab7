import type { TextSpan, WrittenCalculation } from './announced-figures.js';
import { exactDecimalOf } from './announced-figures.js';

/**
 * The share of a named group of the register or of the voters, its base and its part stated right before it
 * (`1,480名登记选民中有265人年满65周岁，占17.91%`, `1,480名登记选民中有702人为女性选民，占47.43%`,
 * `参加投票的1,230名选民中有588人是女性，占47.80%`, `1,268名参加投票的选民中有601名女性，占47.40%`): the base is the count before 中, the part the count right
 * after it, the share the next clause's `占…%` with no base of its own named, so the share is the part of
 * that base and nothing else. Judged as a calculation written out (judge-calculations.ts). Read only where
 * plain: the group's words hold no other count (an age such as 65周岁 aside), no 其中, and the share is no
 * approximation (左右, 以上); a part more than its base is left as it was.
 */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})`;
const SHARE_OF_GROUP = new RegExp(
  String.raw`(?<![\d,.])(?:参加投票的)?${NUMBER}名(?:登记选民|(?:参加投票|投票|参选)的?选民|选民)中[，,]?有${NUMBER}[人名]([^，,。；;：:\n]{1,16}?)[，,]占(\d{1,3}(?:\.\d{1,4})?)%`,
  'g',
);
/** Words of the group that may not stand in it: another count, a part within it, a share. */
const NOT_PLAIN = /其中|占|\d/;
/** Words right after the share that make it no exact figure. */
const APPROXIMATE = /^(?:左右|以上|以下|多|强|弱)/;

const count = (written: string): bigint => BigInt(written.replace(/,/g, ''));

export function sharesOfGroupsOfBase(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  if (!folded.includes('中')) return found;
  for (const match of folded.matchAll(SHARE_OF_GROUP)) {
    const [whole, baseWritten, partWritten, words, digits] = match;
    if (!baseWritten || !partWritten || words === undefined || !digits) continue;
    if (NOT_PLAIN.test(words.replace(/\d{1,3}周?岁/g, ''))) continue;
    const end = match.index + whole.length;
    if (APPROXIMATE.test(folded.slice(end, end + 2))) continue;
    const base = count(baseWritten);
    const part = count(partWritten);
    if (base === 0n || part > base) continue;
    const span: TextSpan = [match.index, end];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: part,
      denominator: base,
      result: exactDecimalOf(digits),
      resultPercent: true,
      statedOf: `${partWritten} ÷ ${baseWritten}`,
    });
  }
  return found;
}
