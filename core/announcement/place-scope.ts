import { withoutTitlesBeforeNames } from './person-name.js';
import type { SentenceState } from './sentence-state.js';

/** Which place a figure is of: the places a sentence names, and the notice's own. */

/**
 * A place named in words (甲村, 光明社区, 柿树岗乡, 全镇, 第二选区, a villagers' group by its number alone:
 * 第一组, 第二小组), not a word about villagers or committees
 * (村民, 村委会, 村级, 村两委, 村医). A venue or box counted (设两个投票站和一个流动票箱) is no place named.
 * A group numbered without 第 is one only as a station's heading at a line's or clause's start
 * (一组投票站：参加投票308人): 选出一组 or 分一组 is no place. So is a quarter's station (东片投票站：参加投票446人).
 */
/**
 * A kind of place named bare as a part of a township's or county's total, its count right after it
 * (全镇登记选民43747人，其中村登记选民32707人、社区登记选民11040人; 其中，村参加投票32177人…；社区参加投票7395人):
 * the villages' or the communities' part, a place of its own. Only after 其中, 、 or ；: a village notice's
 * `村登记选民` elsewhere may be its own.
 */
const KIND_OF_PLACE =
  /(?<=其中[，,]?|[、；;])(?:农村|城市社区|城镇社区|村|社区)(?=[^\S\n]*(?:登记|参加|参选|实际参|投票|选民|发出|收回))/;
/** A place that is a kind of place listed as a part (KIND_OF_PLACE). */
const KIND_ONLY = /^(?:农村|城市社区|城镇社区|村|社区)$/;

/**
 * The place of a count that may be a listed kind's or the whole's (其中，村登记选民32707人；参加投票30100人: the
 * villages' or the township's; 其中村…、社区…，参加投票30689人: the communities' or the township's). It is
 * no place named, so such a count is compared with no other place's.
 */
export const UNCLEAR_PLACE = '（村或全部）';

/**
 * The kind of place a sentence opens with, bare before its count, where the sentence lists another kind
 * after ； (村登记选民45481人，参加投票40799人；社区登记选民19931人…): else null (a village notice's own
 * 村登记选民 lists no other kind).
 */
export function kindOpeningList(sentence: string): string | null {
  const match = KIND_OPENING_LIST.exec(sentence);
  return match?.[1] !== undefined && match[1] !== match[2] ? match[1] : null;
}
const KIND_COUNT_WORD = '(?=[^\\S\\n]*(?:登记|参加|参选|实际参|投票|选民|发出|收回))';
const KIND_OPENING_LIST = new RegExp(
  `^[^\\S\\n]*(农村|城市社区|城镇社区|村|社区)${KIND_COUNT_WORD}[^。\\n；;]*[；;][^\\S\\n]*(农村|城市社区|城镇社区|村|社区)${KIND_COUNT_WORD}`,
);

/** Whether a count's place is a kind of place listed as a part of a total (其中村…、社区…). */
export function isKindOfPlace(scope: string): boolean {
  return KIND_ONLY.test(scope);
}

/**
 * A count of villages or communities before a count of people (全镇14个村登记选民18,204人, 3个社区登记选民…, 有12个村
 * 参选率…): the places counted, never a place named 个村 or 个社区. After a wider place alone (全镇14个村) they are
 * all of that place's villages (or communities) together, its place (WIDER_KIND_COUNT); else (已完成换届的12个村)
 * some of them, a place of their own, apart from the notice's. Not 6个村民小组 (groups counted).
 */
const KIND_COUNT =
  /(?:全(?:镇|乡|县|区|市|街道)|(?<![\d〇零一二三四五六七八九十百]))[\d〇零一二三四五六七八九十百]{1,8}个(?:行政村|自然村|村|城市社区|社区)(?![民委两级干务组长集庄医（(])/;
/** A wider place's villages or communities counted right after it (全镇14个村, 全乡3个社区): that wider place. */
const WIDER_KIND_COUNT = /^(全(?:镇|乡|县|区|市|街道))[\d〇零一二三四五六七八九十百]+个/;

/** A wider place right before a count of villages or communities (全镇 of 全镇14个村). */
const WIDER_BEFORE = /全(?:镇|乡|县|区|市|街道)$/;

/**
 * The words opening an election that no place name holds (；同日进行社区居民委员会换届选举，…, 本次社区居委会选举): a day
 * (同日, 当日), 进行, 举行, 开展, 本次, 本届. A place name neither holds one (before, 同日进行社区 was read as a
 * place and every block's counts after it were taken as one place's, stated twice) nor starts inside one
 * (行社区 of 进行社区): VOTE_OPENING_TAIL, the first character of each such word before its second.
 */
const VOTE_OPENING_WORD = '同日|当日|进行|举行|开展|本次|本届';
const VOTE_OPENING_TAIL = '同(?=日)|当(?=日)|进(?=行)|举(?=行)|开(?=展)|本(?=[次届])';
const PLACE_WORD = new RegExp(
  KIND_COUNT.source +
    '|' +
    String.raw`(?:现场|中心会场|主会场)(?:和|及|与)流动(?:投)?票箱(?=[^\S\n]*(?:共|合计|总计|共计|一共))|全(?:镇|乡|县|区|市|街道)|(?<=^|[\n，,；;。])(?:[一二三四五六七八九十]{1,3}(?:村民小组|小组|组)|[东南西北中](?:片|片区))(?:投票站|投票点|投票箱)(?=[^\S\n]*(?:[：:]|$))|第[一二三四五六七八九十\d]+(?:选举?区|投票站|投票点|分会场|村民小组|居民小组|网格|小组|组|片区)|(?<=^|[\s，,；;。：:])(?:[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]?[东南西北中]|[东南西北中上下前后新老][\u4e00-\u9fff]?)片区|(?<![个只])(?:中心会场|主会场|流动票箱)|(?<![个只各每第一二三四五六七八九十\d])(?:(?:巡回|流动|入户)投票小?组|流动投票箱|(?:投票站|投票点|投票处|分会场|村民小组|入户投票)(?=[^\S\n]*(?:收回|发出|领取|投票|参加|参选|实到|到会|选民|选票|有效|\d[\d,，]*[^\S\n]*(?:张|人|名))))|` +
    KIND_OF_PLACE.source +
    String.raw`|(?<!其|${VOTE_OPENING_TAIL})(?!其中|分别)(?:(?!${VOTE_OPENING_WORD})[\u4e00-\u9fff]){1,6}?(?:村|社区|镇|乡|街道)(?![民委两级干务组长集庄医（(])`,
  'g',
);
/**
 * A part of the vote named without a number: a roving team or box (巡回投票组, 流动投票箱, 入户投票), a
 * polling station, point or venue, a villagers' group. Its counts are that part's, never the whole vote's.
 */
const PART_OF_VOTE =
  /^(?:(?:巡回|流动|入户)投票小?组|流动投票箱|投票站|投票点|投票处|分会场|村民小组|入户投票)$/;
/** A numbered group and then only the words of its count (第五村民小组登记选民), at the end of the text before 合计. */
const GROUP_THEN_COUNT_WORDS =
  /第[一二三四五六七八九十\d]+(?:选举?区|村民小组|居民小组|网格|小组|组)[\u4e00-\u9fff]{0,8}$/;
/** How far before 合计 its groups are looked for. */
const GROUP_SUM_REACH = 24;
/** Whether the 合计 at `at` follows a numbered group with only its count's words between (no number, no mark). */
function sumsTheGroupsBefore(folded: string, from: number, at: number): boolean {
  return GROUP_THEN_COUNT_WORDS.test(folded.slice(from, at));
}
/**
 * The venue and the mobile box named together before their joint count (现场和流动票箱共参加投票1188人,
 * 中心会场和流动票箱共…, 现场及流动票箱合计投票…): every place there is, so the count is the whole's, unless it
 * is a part (其中, 含, 包括 before it) or proxies were cast apart (the notice names 委托 anywhere).
 */
export const BOTH_PLACES = /^(?:现场|中心会场|主会场)(?:和|及|与)流动(?:投)?票箱$/;
/**
 * The venue and the mobile box named together before their joint count (现场及流动票箱合计投票, 中心会场和流动
 * 投票箱共), with the bare 投票 figure-words.ts reads there as voting.
 */
export const VENUE_AND_BOX =
  /(?:现场|中心会场|主会场)(?:和|及|与)流动(?:投)?票箱(?:\s*(?:共计|合计|总计|一共|共)\s*投票(?!率|权|站|点|箱))?/g;

/** Words before the joint count that make it a part of a count stated before it. */
const PART_BEFORE_BOTH = /其中|含|包括/;
/** How far back in its sentence a part's word before the joint count is looked for; beyond, not the whole's. */
const BOTH_PLACES_REACH = 120;
/** Whether the notice names proxies (委托投票, 委托书): the venue and the box are then not every voter. */
export function namesProxies(folded: string): boolean {
  return /委托|代投|代为投票|proxy|proxies/i.test(folded);
}
/** Words that sum the places or polling stations stated before them (合计, 总计, 共计). */
const ALL_PLACES = /^(?:合计|总计|共计)$/;
// 中心会场发出选票812张，流动票箱发出选票392张，共发出1204张: 共 opening a clause of ballots after a station
// is the whole place's again, as 共 before a number is.
const PLACE_OR_ALL = new RegExp(
  `${PLACE_WORD.source}|合计|总计|共计|共(?=\\d|$)|(?<=[，,；;])共(?=(?:发出|发放|收回|回收)(?:了)?(?:选票)?[^\\S\\n]*\\d)|[；;，,]`,
  'g',
);
/**
 * A numbered part of the place that holds an election of its own (第一村民小组 electing its 村民代表, 第二选区,
 * 第三组 electing its 组长).
 * A polling station is not one: the sentence after the stations (共发出选票1401张) is the whole place's.
 */
export const NUMBERED_PART = /^第[一二三四五六七八九十\d]+(?:选举?区|村民小组|居民小组|网格|小组|组)$/;
/**
 * A sentence that refers back to the numbered part named before it (该组, 本组, 该网格, 该村民小组, 该选区):
 * still about that part, though it does not name it.
 */
export const REFERS_BACK_TO_PART =
  /^\s*(?:其中[，,]?)?(?:该|本|此)(?:村民小组|居民小组|小组|组|网格|选举?区)/;

const NUMBERED_PARTS = /第[一二三四五六七八九十\d]+(?:选举?区|村民小组|居民小组|网格|小组|组)/g;

/** The last numbered part a sentence names (第3网格 in 第3网格为新建小区，选民在中心投票站投票), else null. */
export function lastNumberedPart(sentence: string): string | null {
  let last: string | null = null;
  for (const match of sentence.matchAll(NUMBERED_PARTS)) last = match[0];
  return last;
}

/**
 * The numbered part a sentence opens with as its heading, a colon after it (第一网格：…, 二、第二村民小组：…),
 * else null: the sentences after it on its line are that part's, whether or not this one states a figure.
 */
export function partHeading(sentence: string): string | null {
  const opening =
    /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(第[一二三四五六七八九十\d]+[\u4e00-\u9fff]{1,4}?)\s*[：:]/.exec(
      sentence,
    );
  const part = opening?.[1];
  return part !== undefined && NUMBERED_PART.test(part) ? part : null;
}

/** A sentence that opens with the whole place's total (共发出…, 合计…, 全村…) carries no group's name. */
export const OPENS_WITH_TOTAL = /^\s*(?:共|合计|总计|共计|全村|全社区|全体)/;
/** A place that is one polling station, venue or mobile box of the election (第二投票站, 分会场, 流动票箱). */
export const POLLING_STATION = /(?:投票站|投票点|投票处|会场|流动票箱|投票小?组|投票箱|入户投票)$/;
/** A box, station or venue's word right after a numbered part's name (第三网格投票箱, 第二小组投票点). */
const STATION_AFTER_PART = /^(?:投票箱|投票站|投票点|投票处|分会场|会场)/;
/** Words for the notice's own place, which name no other one. */
const OWN_PLACE = /^(?:.*?)(本|该|全|我)(村|社区)$/;

/**
 * A clause of a station's or box's part that counts voters only (流动票箱投票186人), no ballots: no 张, no
 * ballots issued, returned, valid or invalid.
 */
const VOTERS_ONLY = /^[^张发收回有效无废]*$/;
/** A clause opening with a measure of the whole ballot account or of a candidate's votes (发出选票, 收回, 有效票, 得票). */
const WHOLE_MEASURE =
  /^[^\S\n]*(?:共|合计)?(?:发出|发放|收回|回收|有效|无效|废票|[\u4e00-\u9fff]{0,12}?得票)/;
/** How far before a station's name the 其中 that makes it a part is looked for. */
const PART_UNDER_REACH = 40;
/**
 * Where the 其中 opens that the station named at `at` is listed under (其中流动票箱…, 其中委托投票46人，流动票箱…),
 * when the words since it count voters only; null when there is none within reach.
 */
function partUnderOf(folded: string, start: number, at: number): number | null {
  const back = folded.slice(Math.max(start, at - PART_UNDER_REACH), at);
  const under = back.lastIndexOf('其中');
  if (under < 0) return null;
  const since = back.slice(under + 2);
  return /[。；;\n]/.test(since) || !VOTERS_ONLY.test(since) ? null : at - since.length - 2;
}
/** How far after a comma the opening of its clause is read. */
const WHOLE_MEASURE_REACH = 16;

/** How far back a search for places starts before where the last one stopped. */
const PLACE_OVERLAP = 8;

/** How many characters after a count's end are read to see what a place word before it is said to do. */
const PLACE_CONTEXT = 8;

/** How far into the text its own place is looked for (the title and first sentence). */
export const OWN_PLACE_REACH = 200;

/**
 * 我村2026年4月2日发布的选举结果公告…有误 … 柳湾村登记选民1650人: a text that opens on its own village
 * unnamed (我村, 本村) and names one village in all, and no place of another kind: that village is its own,
 * not another place whose counts are a part of a wider one's. Null when it names none, or two (甲村 and
 * 乙村 of a township's notice), or a township or a community.
 */
export function onlyVillageNamed(folded: string): string | null {
  if (!/[我本]村/.test(folded.slice(0, OWN_PLACE_REACH))) return null;
  let named: string | null = null;
  for (const match of folded.matchAll(PLACE_WORD)) {
    const word = match[0];
    if (OWN_PLACE.test(word) || POLLING_STATION.test(word) || NUMBERED_PART.test(word)) continue;
    if (!word.endsWith('村') || (named !== null && named !== word)) return null;
    named = word;
  }
  return named;
}

/**
 * The last place the words before a count name (the first with `first`), or null when they name none
 * but the notice's own (本村, 全村, or the place its title names).
 */
export function placeScope(before: string, own: string | null, first = false): string | null {
  // A part of the vote already found by placeBefore, its name alone (巡回投票组): that part.
  if (PART_OF_VOTE.test(before)) return before;
  // A kind of place listed as a part (其中村…、社区…), its name alone as placeBefore found it: that part.
  if (KIND_ONLY.test(before) || before === UNCLEAR_PLACE) return before;
  let found: string | null = null;
  for (const match of before.matchAll(PLACE_WORD)) {
    // The notice's own place is never one of its polling stations or numbered parts (a text that opens
    // with 第一投票站：发出选票451张 has them as its first place words).
    if (first && (POLLING_STATION.test(match[0]) || NUMBERED_PART.test(match[0]))) continue;
    found = match[0];
    if (first) break;
  }
  if (found === null || OWN_PLACE.test(found)) return null;
  // 全镇14个村登记选民…: the township's villages together, the township's count.
  found = WIDER_KIND_COUNT.exec(found)?.[1] ?? found;
  return own !== null && (found.endsWith(own) || own.endsWith(found)) ? null : found;
}

/** The words said of places right after their noun, up to the clause's end (8个村一次选举成功 → 一次选举成功). */
export function saidOfPlaces(rest: string): string {
  return /^[^\S\n]*([\p{Script=Han}“”"]{2,12})[^\S\n]*$/u.exec(rest)?.[1] ?? '';
}

/**
 * The place the sentence names before `end` (甲村 in 甲村登记选民800人，参加投票700人), null for the notice's
 * own. The sentence is searched once, from where the last search stopped, so that a sentence of many
 * counts is read in linear time.
 */
export function placeBefore(
  folded: string,
  end: number,
  state: Pick<SentenceState, 'start' | 'place'>,
  ownPlace: string | null,
  proxies = true,
): string | null {
  // A little overlap, so that a place written across the last stop is found whole.
  const from = Math.max(state.start, state.place.scannedTo - PLACE_OVERLAP);
  if (end > state.place.scannedTo) {
    // Searched with a character before `from` and a few after `end`, so that the words either side of a
    // place are seen (巡回投票组 before 收回选票; 三 before 村民小组 of 第三村民小组 where the search starts
    // inside the name), and in time linear in the text.
    const opening = Math.max(0, from - 1);
    // 主任候选人村党支部书记高志远得票1004票: a title a person holds before their name names no place (候选人村).
    const words = withoutTitlesBeforeNames(
      folded.slice(opening, Math.min(folded.length, end + PLACE_CONTEXT)),
    );
    for (const match of words.matchAll(PLACE_OR_ALL)) {
      if (opening + match.index >= end) break;
      if (opening + match.index < from) continue;
      // 全镇14个村 re-read from inside it (the overlap): the wider place before the count is still its own.
      const word = /^[\d〇零一二三四五六七八九十百]/.test(match[0])
        ? `${WIDER_BEFORE.exec(folded.slice(Math.max(0, opening + match.index - 3), opening + match.index))?.[0] ?? ''}${match[0]}`
        : match[0];
      // 第一投票站…，第二投票站…；合计发出选票1300张, 流动票箱投票96人，参加投票的选民共1401人: the sum of
      // the stations is of the whole place again (共 before a number only after a station: 甲村…共1200人
      // stays 甲村's).
      const kinds = state.place.kinds ?? 0;
      // The overlap is searched again: a mark or a kind already read there is not read twice.
      const fresh = opening + match.index >= state.place.scannedTo;
      if (!fresh && /^(?:[；;，,]|农村|城市社区|城镇社区|村|社区)$/.test(word)) continue;
      if (word === '；' || word === ';') {
        // A list of kinds of place ends with its clause: what follows names the place before it again
        // (其中村…、社区…；参加投票39572人 is the township's). After one kind alone it may still be that
        // kind's (其中，村登记选民32707人；参加投票30100人): unclear.
        if (KIND_ONLY.test(state.place.name ?? ''))
          state.place.name = kinds > 1 ? (state.place.whole ?? null) : UNCLEAR_PLACE;
        state.place.kinds = 0;
        continue;
      }
      if (word === '，' || word === ',') {
        // 其中村登记选民22230人、社区登记选民14113人，参加投票30689人: after a list of kinds in the clause, a
        // count naming no place may be the last kind's or the whole's.
        if (kinds > 1 && KIND_ONLY.test(state.place.name ?? '')) state.place.name = UNCLEAR_PLACE;
        // 参加投票的选民1102人，其中流动票箱投票186人，发出选票1098张: a station named after 其中 as a part of
        // the voters, its clause counting voters only, and the next clause opening with a measure of the
        // whole account (发出, 收回, 有效, 无效, 得票): that clause is the whole's again.
        const at = opening + match.index;
        if (
          state.place.partFrom !== undefined &&
          fresh &&
          VOTERS_ONLY.test(folded.slice(state.place.partFrom, at)) &&
          WHOLE_MEASURE.test(folded.slice(at + 1, Math.min(folded.length, at + 1 + WHOLE_MEASURE_REACH)))
        )
          state.place.name = '';
        if (
          state.place.partFrom !== undefined &&
          state.place.name !== null &&
          !POLLING_STATION.test(state.place.name)
        )
          delete state.place.partFrom;
        continue;
      }
      if (KIND_ONLY.test(word)) state.place.kinds = kinds + 1;
      if (
        KIND_ONLY.test(word) &&
        !KIND_ONLY.test(state.place.name ?? '') &&
        state.place.name !== UNCLEAR_PLACE
      )
        state.place.whole = state.place.name;
      // 第四、第五村民小组登记选民合计612人: 合计 right after numbered groups, with only their count's words
      // between, sums those groups, not the whole place.
      // 现场和流动票箱共参加投票1188人: the venue and the box together, with no proxies and not as a part, are
      // every voter, the whole place's count (else the pair is a part, as one box is).
      const bothAt = opening + match.index;
      if (
        BOTH_PLACES.test(word) &&
        !proxies &&
        bothAt - state.start <= BOTH_PLACES_REACH &&
        !PART_BEFORE_BOTH.test(folded.slice(state.start, bothAt))
      ) {
        delete state.place.partFrom;
        state.place.name = '';
        continue;
      }
      if (
        ALL_PLACES.test(word) &&
        !sumsTheGroupsBefore(
          folded,
          Math.max(state.start, opening + match.index - GROUP_SUM_REACH),
          opening + match.index,
        )
      )
        state.place.name = '';
      else if (ALL_PLACES.test(word)) continue;
      else if (word !== '共') {
        if (
          NUMBERED_PART.test(word) &&
          NUMBERED_PART.test(state.place.name ?? '') &&
          word !== state.place.name
        )
          state.place.parts = (state.place.parts ?? 0) + 1;
        // 第三网格投票箱收回选票594张…，共收回选票2002张: a numbered part named as a box, station or venue
        // (网格投票箱, 村民小组投票点) is a polling station, and 共 after it is the whole place's again.
        // 其中流动票箱投票186人, 其中委托投票46人，流动票箱投票120人: a station or box named as a part of the
        // count before it, under a 其中 whose clauses so far count voters only.
        const partOpening = POLLING_STATION.test(word)
          ? partUnderOf(folded, state.start, opening + match.index)
          : null;
        if (partOpening !== null) state.place.partFrom = partOpening;
        else delete state.place.partFrom;
        state.place.name =
          NUMBERED_PART.test(word) &&
          STATION_AFTER_PART.test(words.slice(match.index + word.length, match.index + word.length + 3))
            ? `${word}${STATION_AFTER_PART.exec(words.slice(match.index + word.length))![0]}`
            : word;
      } else if (POLLING_STATION.test(state.place.name ?? '')) state.place.name = '';
      else if (
        // 第一网格收回选票688张，第二网格…，第三网格收回选票594张，共收回选票2002张: 共 opening a clause after
        // two or more numbered parts sums them; whether they are all the place's is not said, so its counts
        // are neither the last part's nor surely the whole's.
        NUMBERED_PART.test(state.place.name ?? '') &&
        (state.place.parts ?? 0) > 0 &&
        /[，,；;]/.test(folded[opening + match.index - 1] ?? '')
      )
        state.place.name = UNCLEAR_PLACE;
    }
    state.place.scannedTo = end;
  }
  return placeScope(state.place.name ?? '', ownPlace);
}

/**
 * A part of the place named at a sentence's opening in English, before its counts: `Of the 640 ballots
 * cast at the second polling station,`, `At the east polling station,`, `In Xiazhuang hamlet,`. The counts
 * of that sentence are that part's (a station's valid and invalid ballots add up to its own ballots, not
 * the whole election's). Only a station or box named by a number, a direction, as mobile or as the main one (there are others), and a hamlet
 * (always a part of the village): `at the polling station` alone may be the only one there is.
 */
const ENGLISH_PART_OPENING =
  /^[^\S\n]*(?:(?:of|among)[^\S\n]+(?:the|all)[^\S\n]+\d[\d,]{0,12}(?:[^\S\n]+[a-z-]{1,20}){1,4}?[^\S\n]+)?(?:at|in|from)[^\S\n]+((?:the[^\S\n]+)?(?:(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|east(?:ern)?|west(?:ern)?|north(?:ern)?|south(?:ern)?|mobile|main)[^\S\n]+(?:polling[^\S\n]+)?(?:station|booth|ballot[^\S\n]+box|box))|(?:polling[^\S\n]+)?station[^\S\n]+(?:no\.?[^\S\n]*)?\d{1,2}|(?:[a-z-]{1,20}[^\S\n]+){1,2}hamlet))\b/i;

/**
 * The same part as a label opening its sentence or line, before a colon or a dash (`Polling station 1:
 * 512 ballots cast.`, `Station No. 2 -`, `The east polling station:`, `Mobile ballot box:`): the counts
 * after it are that part's. The part is named as ENGLISH_PART_OPENING names it.
 */
const ENGLISH_PART_LABEL =
  /^[^\S\n]*((?:the[^\S\n]+)?(?:(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|east(?:ern)?|west(?:ern)?|north(?:ern)?|south(?:ern)?|mobile|main)[^\S\n]+(?:polling[^\S\n]+)?(?:station|booth|ballot[^\S\n]+box|box))|(?:polling[^\S\n]+)?station[^\S\n]+(?:no\.?[^\S\n]*)?\d{1,2}))[^\S\n]*(?::|：|[-–—][^\S\n])/i;

/** How far into its sentence an English part of the place is looked for: the opening words only. */
export const PART_OPENING_REACH = 100;

/** The part of the place an English sentence opens with (ENGLISH_PART_OPENING), lower-cased; else null. */
export function englishPartOpening(before: string): string | null {
  const name = ENGLISH_PART_OPENING.exec(before)?.[1] ?? ENGLISH_PART_LABEL.exec(before)?.[1];
  return name === undefined ? null : name.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A clause opening with a named place (`In Liujia, 1,204 voters took part`, `…; in Dongfeng Village,
 * 1,330 voters`): its counts are that place's, not the whole village's, unless the place is the notice's
 * own (named in its title or opening). One to four capitalised words, none a month, a day or a word that
 * opens a sentence of the whole (`In total,`, `In all,`, `In the end,`).
 */
const ENGLISH_PLACE_OPENING = /^[^\S\n]*in[^\S\n]+((?:[A-Z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w'’-]*)[^\S\n]*,/i;
/** `In the Liujia group,`, `In the Beiwan natural village,`: a named part after `the`. */
const ENGLISH_NAMED_PART_OPENING =
  /^[^\S\n]*[Ii]n[^\S\n]+the[^\S\n]+((?:[A-Z][\w'’-]*[^\S\n]+){1,3}(?:villagers'?[^\S\n]+)?(?:group|hamlet|team|natural[^\S\n]+village|village|community))[^\S\n]*,/;
const NOT_A_NAMED_PLACE =
  /^(?:the|this|that|these|those|all|total|sum|short|brief|summary|addition|particular|accordance|line|contrast|comparison|response|fact|practice|principle|order|general|detail|turn|round|person|public|english|chinese|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|each|every|both|our|its|their|which|one|two)\b/i;

/**
 * The place an English clause opens with (`In Liujia,`), lower-cased, when it is not the notice's own
 * place (`opening`: its title and first lines, where the own place is named); else null.
 */
export function englishPlaceOpening(clause: string, opening: string): string | null {
  const name = [ENGLISH_PLACE_OPENING.exec(clause)?.[1], ENGLISH_NAMED_PART_OPENING.exec(clause)?.[1]].find(
    (found) => found !== undefined && /^[A-Z]/.test(found) && !NOT_A_NAMED_PLACE.test(found),
  );
  if (name === undefined) return null;
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  return opening.toLowerCase().replace(/\s+/g, ' ').includes(lower) ? null : lower;
}

/**
 * A place wider than any villagers' or residents' committee, the subject of the words right before a
 * count (`The township has 18,406 registered voters`, `…, the town 18,406`): the count is of that wider
 * place (a sum of its villages), never of one election. Only within the count's own comma-clause, and not
 * when a village or community is named after it (`the township's Dongfeng Village has 1,620`).
 */
const WIDER_PLACE_SUBJECT =
  /\b(?:the|whole|entire)[^\S\n]+(township|town|county|subdistrict|district)\b(?![^,;]*\b(?:village|community)\b)/i;

/** The wider place named in the clause before a count (WIDER_PLACE_SUBJECT); else null. */
export function englishWiderPlace(before: string): string | null {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const opening = before.slice(before.lastIndexOf(';') + 1);
  return (
    WIDER_PLACE_SUBJECT.exec(clause)?.[1]?.toLowerCase() ??
    WIDER_PLACE_OPENING.exec(opening)?.[1]?.toLowerCase() ??
    WIDER_PLACE_TOTAL_LABEL.exec(opening)
      ?.slice(1)
      .find((place) => place !== undefined)
      ?.toLowerCase() ??
    null
  );
}

/** A clause opening with a wider place (`Across the township,`, `In the whole town,`, `Township-wide,`). */
const WIDER_PLACE_OPENING =
  /^[^\S\n]*(?:(?:across|in|throughout)[^\S\n]+the[^\S\n]+(?:(?:whole|entire)[^\S\n]+)?(township|town|county|subdistrict)|(township|town|county)-wide)[^\S\n]*,/i;

/**
 * A line or clause opening with the label of a wider place's total (`Township total: 3,403 registered
 * voters, 2,835 voted`, `County totals:`, `Total for the town:`): its counts sum the villages listed
 * before, never one election's.
 */
const WIDER_PLACE_TOTAL_LABEL =
  /^[^\S\n]*(?:(township|town|county|subdistrict)(?:-wide)?[^\S\n]+(?:grand[^\S\n]+)?totals?|(?:grand[^\S\n]+)?totals?[^\S\n]+(?:for|of)[^\S\n]+the[^\S\n]+(?:(?:whole|entire)[^\S\n]+)?(township|town|county|subdistrict))[^\S\n]*[:：,]/i;

/**
 * A count whose own noun names a group of the voters (`662 women took part in the vote`, `802 registered
 * women`, `410 female voters voted`): that group's, never all the voters of the election.
 */
const ENGLISH_GROUP_NOUN =
  /^[^\S\n]*\d[\d,]*[^\S\n]+(?:(?:registered|eligible)[^\S\n]+)?(women|men|female|male|elderly|older|young|migrant|first-time|minority)\b/i;

/** `662 of the women took part`: the count is some of a group. */
const ENGLISH_OF_GROUP =
  /^[^\S\n]*\d[\d,]*[^\S\n]+(?:of|among)[^\S\n]+(?:the|these|those|them)[^\S\n]+(?:registered[^\S\n]+)?(women|men|female|male|elderly|migrant|minority)\b/i;
/** `Of the women, 662 took part`, `Among the women, …`, `Women: 662 …`: a clause opening with a group. */
const ENGLISH_GROUP_OPENING =
  /^[^\S\n]*(?:(?:of|among)[^\S\n]+(?:the|these|those)[^\S\n]+(?:registered[^\S\n]+)?)?(women|men|female|male|elderly|migrant|minority)(?:[^\S\n]+(?:voters|electors|villagers|workers))?[^\S\n]*[:,]/i;

/**
 * The group a count is of: named by its own words (ENGLISH_GROUP_NOUN, ENGLISH_OF_GROUP) or by the
 * opening of its clause (`clause`, ENGLISH_GROUP_OPENING), lower-cased; else null.
 */
export function englishGroupNoun(words: string, clause = ''): string | null {
  const group = (
    ENGLISH_GROUP_NOUN.exec(words)?.[1] ??
    ENGLISH_OF_GROUP.exec(words)?.[1] ??
    ENGLISH_GROUP_OPENING.exec(clause)?.[1]
  )?.toLowerCase();
  if (group === undefined) return null;
  return group === 'female' ? 'women' : group === 'male' ? 'men' : group;
}

/** How far before a count a place named mid-sentence is looked for (`…in Liujia, where 1,204 of 1,388`). */
const PLACE_MID_REACH = 120;
/** `in Liujia`, `in the Liujia group`, `in Dongfeng Village`: a place named after `in` inside a sentence. */
const ENGLISH_IN_PLACE =
  /\b[Ii]n[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})(?:[^\S\n]+(?:village|hamlet|group|team|community))?/g;
/**
 * What may stand between such a place and its count: a comma and `where` or `with` (`in Liujia, where
 * 1,204 of 1,388 …`; `in Qianjia it was 76.4 percent, where 1,003 of …`: `where` after the place's own
 * share is of that place too), then words with no clause mark and no capital (a number's own comma aside, and a
 * comma that opens the clause's own turnout: `, a turnout of 80.3% of its 927 registered voters`, `, or`). Another
 * name (`in Liujia and Zhoujia 2,106 voted`), a full stop, `;` or a clause's comma ends the place's reach.
 */
const AFTER_MID_PLACE =
  /^(?:[^\S\n]*,[^\S\n]*(?:where|with)\b|(?:[^,;.:!?()\n\d[A-Z]|\d(?:[,.]\d)?)*,[^\S\n]*where\b)?(?:[^,;.:!?()\n\d[A-Z]|\d(?:[,.]\d)?|,[^\S\n]*(?:a[^\S\n]+turnout[^\S\n]+of|or)[^\S\n])*$/;

/**
 * The place a sentence names in its middle, right before a count's clause (`Turnout was 86.7% in Liujia,
 * where 1,204 of 1,388 registered voters cast ballots`, `…, and in Liujia 1,204 voted`), lower-cased, when
 * it is not the notice's own place (named in `opening`); else null. Only the last place before the count,
 * within PLACE_MID_REACH characters of it and with nothing but AFTER_MID_PLACE between.
 */
export function englishPlaceMidSentence(before: string, opening: string): string | null {
  const window = before.slice(Math.max(0, before.length - PLACE_MID_REACH));
  let last: RegExpMatchArray | undefined;
  for (const match of window.matchAll(ENGLISH_IN_PLACE)) last = match;
  if (last?.[1] === undefined || last.index === undefined) return null;
  if (!AFTER_MID_PLACE.test(window.slice(last.index + last[0].length))) return null;
  return ownOrPlace(last[1], opening);
}

/**
 * A place named right after a count that is a part of a stated whole (`1,388 of them in Liujia`, `of
 * whom 1,204 in Liujia`, `1,204 voters in Liujia`): the words after the count's number, `after`.
 */
const ENGLISH_PLACE_AFTER_COUNT =
  /^[^\S\n]*(?:(?:of|among)[^\S\n]+(?:them|whom|these|those)[^\S\n]+)?(?:(?:were|are|was|is|living|lived|live)[^\S\n]+)?(?:(?:registered|eligible)[^\S\n]+)?(?:(?:voters|electors|villagers|residents|people|ballots)[^\S\n]+)?(?:were[^\S\n]+)?in[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})/;

/** The place named right after a count (ENGLISH_PLACE_AFTER_COUNT), lower-cased, when not the notice's own. */
export function englishPlaceAfterCount(after: string, opening: string): string | null {
  const found = ENGLISH_PLACE_AFTER_COUNT.exec(after);
  const name = found?.[1];
  if (name === undefined) return null;
  // `a village of 2,642 registered voters in Shandong province`: where the village lies, no part of it.
  if (REGION_AFTER.test(after.slice(found![0].length))) return null;
  return ownOrPlace(name, opening);
}
/** A province, prefecture, county or city after a place's name: a region the election lies in. */
const REGION_AFTER = /^[^\S\n]+(?:province|prefecture|county|city|region|autonomous)\b/i;

/** `… 86.7% in Liujia`, `86.7 per cent in the Liujia group`: a share said of a named place right after it. */
const ENGLISH_PLACE_AFTER_SHARE =
  /^(?:[^\S\n]*(?:percent|per[^\S\n]+cent))?[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})/;

/** The place named right after a share (ENGLISH_PLACE_AFTER_SHARE), lower-cased, when not the notice's own. */
export function englishPlaceAfterShare(after: string, opening: string): string | null {
  const name = ENGLISH_PLACE_AFTER_SHARE.exec(after)?.[1];
  return name === undefined ? null : ownOrPlace(name, opening);
}

/** A capitalised name as a place, lower-cased: null when it is a month, a day or such, or the notice's own. */
export function ownOrPlace(name: string, opening: string): string | null {
  if (NOT_A_NAMED_PLACE.test(name) || /^(?:round|first|second|third|total|overall|all)\b/i.test(name))
    return null;
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  return opening.toLowerCase().replace(/\s+/g, ' ').includes(lower) ? null : lower;
}
