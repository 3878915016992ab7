import type { Bilingual } from '../model/finding.js';
import { groupedCount } from '../text/english-count.js';
import type { Threshold, ThresholdBase } from './rule-pack.js';

/** How messages name what a threshold is measured against. */
export const THRESHOLD_BASE_NAMES: Readonly<Record<ThresholdBase, Bilingual>> = {
  registered: { zh: '登记选民数', en: 'the registered voters' },
  cast: { zh: '投票总数', en: 'the ballots cast' },
  valid: { zh: '有效票数', en: 'the valid ballots' },
};

/** Such a name with its count, for a message that states it: "the 1,322 ballots cast", 投票总数1322. */
export function countedBaseName(base: ThresholdBase, count: number | bigint): Bilingual {
  const name = THRESHOLD_BASE_NAMES[base];
  return { zh: `${name.zh}${count}`, en: name.en.replace(/^the /, `the ${groupedCount(count)} `) };
}

/** Whether `count` reaches the threshold over `base`, in BigInt so that no rounding can decide it. */
export function meetsThreshold(count: number, base: number, threshold: Threshold): boolean {
  const left = BigInt(count) * BigInt(threshold.den);
  const right = BigInt(threshold.num) * BigInt(base);
  return threshold.strict ? left > right : left >= right;
}

/** The least whole count that meets the threshold over `base`. */
export function votesNeeded(base: number, threshold: Threshold): number {
  const product = BigInt(threshold.num) * BigInt(base);
  const den = BigInt(threshold.den);
  const needed = threshold.strict ? product / den + 1n : (product + den - 1n) / den;
  return Number(needed);
}

const SHARE_NAMES: Record<string, Bilingual> = {
  '1/2': { zh: '半数', en: 'half' },
  '1/3': { zh: '三分之一', en: 'one third' },
  '4/5': { zh: '五分之四', en: 'four fifths' },
  '2/3': { zh: '三分之二', en: 'two thirds' },
};

/** "超过…的半数" / "more than half of", for messages. */
export function describeThreshold(threshold: Threshold, baseName: Bilingual): Bilingual {
  const share = SHARE_NAMES[`${threshold.num}/${threshold.den}`] ?? {
    zh: `${threshold.den}分之${threshold.num}`,
    en: `${threshold.num}/${threshold.den}`,
  };
  return threshold.strict
    ? { zh: `超过${baseName.zh}的${share.zh}`, en: `more than ${share.en} of ${baseName.en}` }
    : { zh: `不少于${baseName.zh}的${share.zh}`, en: `at least ${share.en} of ${baseName.en}` };
}
