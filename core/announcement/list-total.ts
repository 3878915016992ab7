import { digitsValue } from './parse-number.js';
import type { CountMeaning } from './announced-figures.js';
import { countMeaningOf } from './figure-words.js';
import { OTHER_REGISTERS, OTHER_WAYS_OF_VOTING } from './box-list-heading.js';
import { listedVoters, placesVotersListed, VOTERS_HEADING } from './headed-voters-list.js';

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

/**
 * The total that closes a list of places under a heading of one kind of count (收回选票：村部投票站901张，
 * 流动票箱188张，委托投票71张，共1,160张): the whole election's ballots of the heading's kind. Read only
 * where plain: the sentence opens with the heading (发出, 发放, 收回 or 回收选票 and a colon, unqualified
 * by a place or a way of voting), every item
 * after it is a name and its count in the total's unit and nothing else, 共 (合计, 共计, 总计) alone opens
 * the total right after the last item, and the items sum to it. The items stay unread (each is one place's
 * or one way of voting's); the words after the total (其中有效票…) are then the whole's, not a place's.
 * `sentence` is the sentence from its start up to the total's count; null when any of this does not hold.
 *
 * The voters listed so (参加投票：中心投票站1,040人，第一分站128人，流动票箱120人，共1,288人; 各投票站参加投票人数：
 * 第一组412人，…，合计1,188人): the total is the whole's voters when every item is a polling place named once
 * (a numbered station, group or grid, the central station, the mobile box) and its count in 人 or 名, and
 * the `notice` speaks nowhere of proxies or of one place counted in another (委托, 代投, 计入, 另计 …): a
 * proxy may be counted apart from the places, so their sum may not be every voter.
 */
export function totalOfHeadedList(
  label: string,
  sentence: string,
  unit: string | null,
  value: bigint,
  notice = '',
  after = '',
): CountMeaning | null {
  if (unit === null || sentence.length > HEADED_LIST_REACH || !TOTAL_OR_GONG.test(label.trim())) return null;
  const voters = VOTERS_HEADING.exec(sentence);
  // The voters' total ends its sentence, or only their turnout follows (共1,288人，参选率92.00%): a bracket
  // or a 其中 after it (共1,220人（不含寄居选民30人）) may say it is of some voters only.
  if (voters)
    return TOTAL_ENDS.test(after)
      ? votersOfList(sentence.slice(voters[0].length), unit, value, notice, listedVoters(voters))
      : null;
  const heading = LIST_HEADING.exec(sentence);
  if (!heading?.[1]) return null;
  const rest = sentence.slice(heading[0].length);
  const closing = CLOSING_TOTAL.exec(rest);
  if (!closing) return null;
  // An item that names a kind of ballot or voter (其中无效票8张, 有效票…) is no place's count.
  const sum = sumOfPlaces(rest.slice(0, closing.index), HEADED_ITEM, unit, NOT_A_PLACE);
  if (sum !== value) return null;
  if (unit !== '张') return null;
  const meaning = countMeaningOf(heading[1]);
  return meaning === 'issued' || meaning === 'returned' ? meaning : null;
}

const HEADED_LIST_REACH = 240;
const TOTAL_OR_GONG = /^(?:共|合计|共计|总计)[为:：]?$/;
/** The heading at the sentence's start: one kind of ballot, then a colon. */
const LIST_HEADING = /^[\s，,]*((?:发出|发放|收回|回收)(?:的)?选票)(?:情况|数)?(?:如下)?[：:]\s*/;
/** The total's opening at the end of the words before its count: a comma, then 共 (合计, 共计, 总计). */
const CLOSING_TOTAL = /[，,]\s*(?:共|合计|共计|总计)[为:：]?$/;
/** A name of two to ten characters and its count, in the list's unit, nothing else. */
const HEADED_ITEM = /^([\u4e00-\u9fff]{2,10}?)[:：]?(\d{1,3}(?:,\d{3})+|\d{1,9})(张)$/;
/** Names of no place: kinds of ballots or voters, parts (其中, 含), counts of another time or body. */
const NOT_A_PLACE = /其中|含|包括|有效|无效|废票|弃权|选民|户|代表|另|上届|累计|截至|部分|等/;

const TOTAL_ENDS =
  /^[^\S\n]*(?:$|\n|[。；;]|[，,][^\S\n]*(?:参选率|投票率)(?:为)?\d{1,3}(?:\.\d{1,4})?%[^\S\n]*(?:$|\n|[。；;]))/;

/** The whole's voters closing a list of places' voters (`rest`: the items, then the total's opening). */
function votersOfList(
  rest: string,
  unit: string,
  value: bigint,
  notice: string,
  meaning: 'cast' | 'registered',
): CountMeaning | null {
  if (unit !== '人' && unit !== '名') return null;
  if ((meaning === 'cast' ? OTHER_WAYS_OF_VOTING : OTHER_REGISTERS).test(notice)) return null;
  if (!CLOSING_TOTAL.test(rest)) return null;
  // The list as written, closed by this total (headed-voters-list.ts): every place in the total's unit.
  const found = placesVotersListed(`${rest}${value}${unit}`);
  if (!found?.total || found.after.length > 0 || found.places.some((place) => place.unit !== unit))
    return null;
  const sum = found.places.reduce((total, place) => total + digitsValue(place.digits), 0n);
  return sum === value ? meaning : null;
}

/**
 * The sum of a list's items, each a place's name and its count in `unit` (`item`: name, digits, unit),
 * or null when there are fewer than two, a name comes twice, an item has another shape or unit, or a
 * name is of no place (`notAPlace`).
 */
function sumOfPlaces(list: string, item: RegExp, unit: string, notAPlace?: RegExp): bigint | null {
  // Split at the commas between items, never at those grouping a count's thousands (1,320张).
  const items = list.split(/[，、；;]|,(?!\d{3}(?:\D|$))/);
  if (items.length < 2) return null;
  let sum = 0n;
  const names = new Set<string>();
  for (const entry of items) {
    const shape = item.exec(entry.trim());
    if (!shape?.[1] || !shape[2] || shape[3] !== unit || names.has(shape[1])) return null;
    if (notAPlace?.test(shape[1])) return null;
    names.add(shape[1]);
    sum += digitsValue(shape[2]);
  }
  return sum;
}
