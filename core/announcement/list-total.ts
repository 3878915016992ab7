import type { CountMeaning } from './announced-figures.js';
import { countMeaningOf } from './figure-words.js';

/**
 * The total after a list given respectively (登记选民分别为420人、386人、512人，合计1318人): a count of the
 * list's kind, when 合计 (共计, 总计) alone names it, it follows the list in its sentence with nothing
 * between, in the list's unit, and is the sum of the list's counts. The list's members stay unread
 * (which place each is of is not read); null when any of this does not hold.
 */
export function totalOfListBefore(
  label: string,
  before: string,
  unit: string | null,
  value: bigint,
): CountMeaning | null {
  if (!TOTAL_ALONE.test(label.trim()) || unit === null) return null;
  // Only the end of the sentence before is looked at: the pattern is anchored there and bounded.
  if (!TOTAL_AT_END.test(before)) return null;
  const reach = before.slice(-LIST_REACH);
  // The list's noun before 分别 (登记选民分别为…), or its predicate after the list (分别有412人、356人参加投票).
  const list = LIST_BEFORE.exec(reach) ?? LIST_THEN_PREDICATE.exec(reach);
  const words = list?.[1] || list?.[3];
  if (!list || !words || !list[2]) return null;
  const counts = [...list[2].matchAll(/(?<!\d)(\d{1,9})([人名户张票])/g)];
  if (counts.some((count) => count[2] !== unit)) return null;
  const sum = counts.reduce((total, count) => total + BigInt(count[1] ?? '0'), 0n);
  return sum === value ? countMeaningOf(words) : null;
}

/**
 * Whether a count closes a list given respectively (分别有412人、356人、291人参加投票): the words after
 * it are the predicate of every count in the list, each of some place the text does not pair it with, so
 * the last count is no more the voters than the first.
 */
export function closesRespectiveList(before: string): boolean {
  return LIST_UP_TO_LAST.test(before.slice(-LIST_REACH));
}

const TOTAL_ALONE = /^(?:合计|共计|总计)[为:：]?$/;
const LIST_REACH = 160;
const TOTAL_AT_END = /(?:合计|共计|总计)[为:：]?$/;
// The list's noun (登记选民), 分别 (为), then counts with their units parted by 、, and a comma.
const LIST_BEFORE =
  /([\u4e00-\u9fff]{2,8})分别(?:为|是|有)?((?:\d{1,9}[人名户张票]、){1,11}\d{1,9}[人名户张票])[，,]\s*(?:合计|共计|总计)[为:：]?$/;
// 分别有412人、356人、291人参加投票，共计: no noun before 分别; the words after the list say what it counts.
const LIST_THEN_PREDICATE =
  /()分别(?:为|是|有)?((?:\d{1,9}[人名户张票]、){1,11}\d{1,9}[人名户张票])([\u4e00-\u9fff]{2,8})[，,]\s*(?:合计|共计|总计)[为:：]?$/;
const LIST_UP_TO_LAST = /分别(?:为|是|有)?(?:\d{1,9}[人名户张票]、){1,11}$/;
