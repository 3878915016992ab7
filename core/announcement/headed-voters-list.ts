/**
 * The places' voters listed under a voters' heading (各投票站参加投票人数：第一组412人，…，合计1,188人; 参加投票：
 * 中心投票站1,040人，第一分站128人，流动票箱120人，共1,288人): the heading, the places and the total closing
 * them, as written. What they mean, and whether they sum, is for the callers (box-list-heading.ts,
 * list-total.ts).
 */

/**
 * The heading of a list of the places' voters at the sentence's start: each place (各投票站, 各组) or none,
 * then 参加投票 (人数, 的选民), or 登记选民 (the places' registered voters), and a colon. Never any other count.
 */
export const VOTERS_HEADING =
  /^[^\S\n]*(?:全村|本村|全社区|本社区)?(?:各(?:网格|村民小组|居民小组|小组|组)?(?:投票箱|投票站|投票点|票箱|会场|分会场|投票站点)?)?(参加投票(?:的)?(?:选民)?|登记(?:的)?选民)(?:人数|数|情况)?(?:如下|分别为|为)?[：:][^\S\n]*/;

/** What the places' counts under a voters' heading are: the voters who voted there, or those registered there. */
export const listedVoters = (heading: RegExpExecArray): 'cast' | 'registered' =>
  heading[1]?.startsWith('登记') ? 'registered' : 'cast';

/**
 * A place of a list of voters: a numbered grid, group, box, station or sub-station (第一组, 第一分站, 第二分投票站),
 * the central station or venue, the mobile box; under a heading of the places' voters each is one place of voting;
 * so is a lone 分会场 beside the 中心会场 (参加投票：中心会场1,506人，分会场362人，流动票箱119人，合计1,987人: named
 * once, as the list requires).
 */
export const VOTERS_PLACE = String.raw`(?:第[一二三四五六七八九十\d]{1,3}(?:网格|居民小组|村民小组|小组|组|投票站|投票点|投票箱|分会场|分站|分投票站)(?:投票箱|投票站|投票点)?|中心(?:投票站|会场|投票点)|主会场|分会场|流动(?:投)?票箱)`;

/** A count as written: its digits and unit, and where it and the words before it start and it ends. */
export interface ListedCount {
  readonly digits: string;
  readonly unit: string;
  /** Where the item's words start, where its count starts and where it ends (offsets in the list). */
  readonly start: number;
  readonly count: number;
  readonly end: number;
}

/** One place's count in the list. */
export interface ListedPlace extends ListedCount {
  readonly name: string;
}

/** The places, the total closing them if any, and the pieces after the total (its turnout …). */
export interface PlacesVoters {
  readonly places: readonly ListedPlace[];
  readonly total: ListedCount | null;
  readonly after: readonly string[];
}

/**
 * The places' voters in `list` (the words after the heading): each item a place named once and its count
 * in 人 or 名, the list closed by its total (合计, 共计, 总计 or 共) or by nothing; the pieces after the total
 * are handed back unread. Null when there are fewer than two places or any item before the total has
 * another shape.
 */
export function placesVotersListed(list: string): PlacesVoters | null {
  let stop = list.length;
  while (stop > 0 && /[。.；;，,\s]/.test(list.charAt(stop - 1))) stop--;
  const places: ListedPlace[] = [];
  const names = new Set<string>();
  const after: string[] = [];
  let total: ListedCount | null = null;
  let at = 0;
  // Parted at the commas between items, never at those grouping a count's thousands (1,188人).
  for (const piece of list.slice(0, stop).split(/[，、；;]|,(?!\d{3}(?:\D|$))/)) {
    const from = at;
    at += piece.length + 1;
    const words = piece.trim();
    if (total) {
      after.push(words);
      continue;
    }
    const start = from + piece.indexOf(words);
    const closing = VOTERS_TOTAL.exec(words);
    if (closing?.[1] && closing[2]) {
      total = countOf(closing[1], closing[2], start, words.length);
      continue;
    }
    const item = VOTERS_ITEM.exec(words);
    if (!item?.[1] || !item[2] || !item[3] || names.has(item[1])) return null;
    names.add(item[1]);
    places.push({ name: item[1], ...countOf(item[2], item[3], start, words.length) });
  }
  return places.length >= 2 ? { places, total, after } : null;
}

const countOf = (digits: string, unit: string, start: number, length: number): ListedCount => ({
  digits,
  unit,
  start,
  count: start + length - unit.length - digits.length,
  end: start + length,
});

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,9})([人名])`;
const VOTERS_ITEM = new RegExp(String.raw`^(${VOTERS_PLACE})[：:]?(?:参加投票|投票)?${COUNT}$`);
const VOTERS_TOTAL = new RegExp(String.raw`^(?:合计|共计|总计|共)(?:参加投票)?[：:为]?${COUNT}$`);
