/**
 * Places in English texts that hold more than one election's counts: a report giving two villages'
 * results one after the other under a heading line each (`Gaoping Village`, then `Shuikou Village`), and a
 * count of some of the places (`Two villages, with a combined 2,870 registered voters, will vote again`).
 * Taken as one election's, the first raised “the same figure stated twice” for every count, the second
 * “more voters than registered”.
 */

import { linesOpening, type LineOpening } from './linear-scans.js';
import { firstStartingAfter } from './text-places.js';

/**
 * A line that is only a place's name: `Gaoping Village`, `Huayuan Community:`, `Village of Xiwan`. After
 * the line's spaces (read by linesOpening, once for a run of line starts).
 */
const PLACE_HEADING =
  /((?:[A-Z][\w'’-]*[^\S\n]+){1,4}(?:Village|Community|Township|Town)|(?:Village|Community)[^\S\n]+of[^\S\n]+[A-Z][\w'’-]*)[^\S\n]*(?::[^\S\n]*)?$/my;

/**
 * A Hong Kong village's heading line naming the post elected there (`Lam Tsuen San Tsuen (Resident
 * Representative)`, `Tai Po Tau (Indigenous Inhabitant Representative)`): the village is the place.
 */
const REPRESENTATIVE_HEADING =
  /((?:[A-Z][\w'’-]*[^\S\n]+){0,4}[A-Z][\w'’-]*)[^\S\n]*\((?:Resident|Indigenous[^\S\n]+Inhabitant)[^\S\n]+Representative\)[^\S\n]*$/my;

/**
 * A line of one capitalised word (`Dongwan`, `Xiwan:`): a place's heading when the next line that is not
 * blank is a ballot account of its own (`Registered voters: 1,630`). A word that says what a count is or
 * names a post (`Results`, `Chair`) is none.
 */
const ONE_WORD_HEADING = /([A-Z][a-z'’-]{1,30})[^\S\n]*(?::[^\S\n]*)?$/my;

/** Groups of voters and times of day, not places (`Women`, then `Registered voters: 802`). */
const NOT_ONE_PLACE =
  /^(?:men|women|male|females?|males|youth|morning|afternoon|evening|noon|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|update|updated|final|provisional)$/i;

/** The next line after `end` that is not blank, within ACCOUNT_LINE_REACH, a ballot account. */
function accountOnNextLine(text: string, end: number): boolean {
  const newline = text.indexOf('\n', end);
  if (newline < 0) return false;
  let at = newline + 1;
  const reach = Math.min(text.length, at + ACCOUNT_LINE_REACH);
  while (at < reach && /\s/.test(text[at] ?? '')) at++;
  return at < reach && accountAfter(text, at);
}

function oneWordHeadings(text: string): PlaceHeading[] {
  return linesOpening(text, ONE_WORD_HEADING).flatMap((match) => {
    const name = match.body[1] ?? '';
    return NOT_A_PLACE.test(name) ||
      NOT_ONE_PLACE.test(name) ||
      !accountOnNextLine(text, match.index + match.text.length)
      ? []
      : [{ at: match.index, name }];
  });
}

export interface PlaceHeading {
  readonly at: number;
  readonly name: string;
}

/**
 * A line that opens with a name and a colon, then a ballot account of its own (`Liujia: registered 1,388;
 * voted 1,204; turnout 86.7%`): a place's results, one a line. The name is one to four capitalised words.
 */
const ACCOUNT_LINE_LABEL = /((?:[A-Z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w'’-]*)[^\S\n]*:/y;
/** The rest of such a line: words of a ballot account, with a number. */
const ACCOUNT_WORDS = /\b(?:registered|voted|turnout|ballots|electors|voters)\b/i;
/**
 * Label words that say what a count is, name a post, a round or the text itself (`Valid ballots:`,
 * `Chair:`, `Runoff:`, `Results:`): no place.
 */
const NOT_A_PLACE =
  /\b(?:registered|voters?|voted|turnout|ballots?|valid|invalid|spoilt|spoiled|votes?|total|totals|all|chair\w*|vice|deputy|members?|directors?|secretary|representatives?|rounds?|runoff|first|second|results?|elections?|electors?|note|notes|source|candidates?|item|table|summary|key|figures?|overall|township|county|city)\b/i;
/**
 * Whether a line's label (`Dongwan` of `Dongwan: Turnout: 1,402 of 1,640 eligible voters`) may be a place's
 * name: one to four capitalised words, none a word of a count, a post, a round or the text itself
 * (NOT_A_PLACE), nor a group of voters or a time of day (`Women`, `Morning`).
 */
export function placeLabel(label: string): boolean {
  return (
    /^(?:[A-Z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w'’-]*$/.test(label) &&
    !NOT_A_PLACE.test(label) &&
    !label.split(/[^\S\n]+/).some((word) => NOT_ONE_PLACE.test(word))
  );
}
/** How far into such a line its account words are looked for. */
const ACCOUNT_LINE_REACH = 200;

/**
 * Any line that opens with a label of a few words and a colon (`Both villages:`, `Total:`, `The village:`):
 * with a ballot account after it and no place's name, it ends the place line before it, as 全村合计 does.
 */
const ANY_LINE_LABEL = /([A-Za-z][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,3})[^\S\n]*:/y;

/** The rest of a line after its label, up to ACCOUNT_LINE_REACH, when it is a ballot account. */
function accountAfter(text: string, end: number): boolean {
  const newline = text.indexOf('\n', end);
  const rest = text.slice(end, Math.min(newline < 0 ? text.length : newline, end + ACCOUNT_LINE_REACH));
  return ACCOUNT_WORDS.test(rest) && /\d/.test(rest);
}

function accountLines(text: string): PlaceHeading[] {
  const places = linesOpening(text, ACCOUNT_LINE_LABEL).flatMap((match) => {
    const name = (match.body[1] ?? '').trim();
    return NOT_A_PLACE.test(name) || !accountAfter(text, match.index + match.text.length)
      ? []
      : [{ at: match.index, name }];
  });
  const first = places[0]?.at ?? 0;
  const placeAt = new Set(places.map((place) => place.at));
  // Other labelled accounts after the first place line (a total, the whole village, a round): no one
  // place's, so the place line before them stops there.
  const others = linesOpening(text, ANY_LINE_LABEL)
    .filter((match) => match.index > first && !placeAt.has(match.index))
    .filter((match) => accountAfter(text, match.index + match.text.length))
    .map((match) => ({ at: match.index, name: '' }));
  return [...places, ...others].sort((a, b) => a.at - b.at);
}

/**
 * The place headings of a text, in order; none unless it names two places or more (a title is no scope).
 * Lines each opening with a place's name and its own ballot account count as such headings, where two
 * or more name different places.
 */
export function englishPlaceHeadings(text: string): readonly PlaceHeading[] {
  const headings = /(?:Village|Community|Township|Town)\b/.test(text)
    ? linesOpening(text, PLACE_HEADING).map((match) => ({
        at: match.index,
        name: (match.body[1] ?? '').trim(),
      }))
    : [];
  // Hong Kong's village representative results, one constituency a heading line (`Lam Tsuen San Tsuen
  // (Resident Representative)`): each is a place of its own.
  if (/Representative\)/.test(text))
    headings.push(
      ...linesOpening(text, REPRESENTATIVE_HEADING).map((match) => ({
        at: match.index,
        name: (match.body[1] ?? '').trim(),
      })),
    );
  headings.sort((a, b) => a.at - b.at);
  if (new Set(headings.map((heading) => heading.name)).size > 1) return headings;
  // One capitalised word a line over each place's own account (`Dongwan`, then `Registered voters: 1,630`).
  const words = oneWordHeadings(text);
  if (new Set(words.map((heading) => heading.name)).size > 1) return words;
  const lines = accountLines(text);
  return new Set(lines.map((line) => line.name).filter((name) => name !== '')).size > 1 ? lines : [];
}

/**
 * A line that is only a village's or community's name, after a list's number or not: `一、东村`,
 * `（二）西岭村：`, `2. 南坪社区`, and with how it voted in brackets after it (`一、东门社区（户代表投票）`), or
 * the day it voted (`一、东湖村（4月19日选举）`, `三、南溪村（2026年4月20日）`: a day is the one bracket of digits
 * a heading may carry; a count in a bracket is no heading). Not a whole place (全村, 本社区, 各村), which names
 * no one of several.
 */
const CHINESE_PLACE_HEADING =
  /(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[^\S\n]*((?![全本该各每此])[\u4e00-\u9fff\d]{1,10}?(?:村|社区|投票站|投票点|投票箱|票箱|会场))[^\S\n]*(?:[（(](?:[^\d\n（）()：:]{1,16}|(?:\d{4}年)?\d{1,2}月\d{1,2}日[^\d\n（）()：:]{0,8})[）)][^\S\n]*)?(?:[：:][^\S\n]*)?$/my;
/**
 * A line that opens with the whole place or its total after such headings (`全村合计：登记选民1318人`,
 * `合计`, `全镇`): what follows is no one place's, and counts under it are the notice's own.
 */
const CHINESE_WHOLE_LINE =
  /(?:全(?:村|镇|乡|社区|街道)|本(?:村|社区))?(?:合计|总计|共计|汇总)|全(?:村|镇|乡|社区|街道)/y;

/**
 * The Chinese place headings of a text, in order: two villages' results under a heading line each, in
 * one notice (`一、东村 … 二、西村 …`). None unless it names two places or more.
 */
export function chinesePlaceHeadings(text: string): readonly PlaceHeading[] {
  if (!/村|社区/.test(text)) return [];
  const headings = linesOpening(text, CHINESE_PLACE_HEADING).map((match) => ({
    at: match.index,
    name: (match.body[1] ?? '').trim(),
  }));
  if (new Set(headings.map((heading) => heading.name)).size < 2) return [];
  const first = headings[0]?.at ?? 0;
  const wholes = linesOpening(text, CHINESE_WHOLE_LINE)
    .filter((match) => match.index > first && !ownPlaceUnderHeading(text, headings, match))
    .map((match) => ({ at: match.index, name: '' }));
  const sorted = [...headings, ...wholes].sort((a, b) => a.at - b.at);
  return [...sorted, ...boxScopeEnds(text, sorted)].sort((a, b) => a.at - b.at);
}

/**
 * A line opening with 全村 or 全社区 alone (no 合计, 总计…) right under a village's or community's heading, no
 * other line between (`1.桃源村（2026年4月25日）` ⏎ `全村登记选民1,253人…`): the place of that heading, as 本村
 * would be, not the whole of a summary. Under a box's heading, or after the block's own lines (`李家村` ⏎
 * `登记选民400人` ⏎ `全村登记选民700人`, the natural villages of one village summed), it stays the whole.
 */
function ownPlaceUnderHeading(
  text: string,
  headings: readonly { readonly at: number; readonly name: string }[],
  line: LineOpening,
): boolean {
  if (!/^全(?:村|社区)$/.test(line.body[0])) return false;
  const heading = lastBefore(headings, line.index);
  if (heading === null || !/(?:村|社区)$/.test(heading.name)) return false;
  const headingEnd = text.indexOf('\n', heading.at);
  // Only blank lines between, read within a bounded reach: each line is read once, so a summary stays linear.
  return (
    headingEnd >= 0 &&
    headingEnd < line.index &&
    line.index - headingEnd <= BLANK_LINES_REACH &&
    text.slice(headingEnd, line.index).trim() === ''
  );
}
/** How many characters of blank lines may stand between a heading and the line under it. */
const BLANK_LINES_REACH = 16;

/** The last of the sorted headings that opens before `at`, found by a binary search (a long summary stays linear). */
function lastBefore<T extends { readonly at: number }>(sorted: readonly T[], at: number): T | null {
  return sorted[firstStartingAfter(sorted, at - 1, (heading) => heading.at) - 1] ?? null;
}

/** A box's, polling station's or venue's name (`第一投票站`, `流动投票箱`, `中心会场`, `分会场`): a part of one election. */
const BOX_NAME = /(?:投票站|投票点|投票箱|票箱|会场)$/;
/**
 * A line of one box's own figures under its heading (`收回选票1386张`, `发出选票60张，收回选票56张`,
 * `参加投票812人`): ballots or voters only, no total, no candidate, no post.
 */
const BOX_FIGURE_LINE =
  /^[^\S\n]*(?:共|计)?(?:发出|发放|收回|收到|有效|无效|废票|参加投票|参与投票|投票|实到|实际参加|应到|登记|选民|领取)[^\n]*$/;
const NOT_A_BOX_FIGURE = /合计|总计|共计|汇总|全村|全社区|当选|得票|主任|委员|书记|代表|候选人/;

/**
 * Where each box heading's scope ends: at the first line after it that is not one of the box's own
 * figures (a winners' line, a total, a post, a heading of another kind). What follows is the place's
 * the box stands in (the heading of a village before it, or the notice's own), never the box's.
 */
function boxScopeEnds(text: string, headings: readonly PlaceHeading[]): PlaceHeading[] {
  const ends: PlaceHeading[] = [];
  let outer = '';
  headings.forEach((heading, index) => {
    if (!BOX_NAME.test(heading.name)) {
      outer = heading.name;
      return;
    }
    const next = headings[index + 1]?.at ?? text.length;
    let at = text.indexOf('\n', heading.at);
    while (at !== -1 && at + 1 < next) {
      const lineEnd = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, lineEnd === -1 ? text.length : lineEnd);
      if (line.trim() !== '' && (!BOX_FIGURE_LINE.test(line) || NOT_A_BOX_FIGURE.test(line))) {
        ends.push({ at: at + 1, name: outer });
        return;
      }
      at = lineEnd;
    }
  });
  return ends;
}

/** The heading the offset `at` stands under, or null before the first. */
export function englishPlaceAt(headings: readonly PlaceHeading[], at: number): string | null {
  let name: string | null = null;
  for (const heading of headings) {
    if (heading.at > at) break;
    name = heading.name;
  }
  // A line of the whole (全村合计) after the headings: no one place's.
  return name === '' ? null : name;
}

/** How far before a count its clause is searched for the places it is of. */
export const SOME_PLACES_REACH = 80;
/**
 * A count of some of the places, named in its clause before it: `Two villages, with a combined 2,870`,
 * `in 5 villages, 4,120 voted`, `the remaining 26 villages`. `all 37 communities` are all of them.
 */
const SOME_PLACES =
  /\b(?<!all\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|remaining|other)\s+(?:of\s+the\s+)?(?:villages|communities|townships|polling stations|stations)\b|\bcombined\b/i;

export function ofSomePlaces(before: string): boolean {
  return /[A-Za-z]/.test(before) && SOME_PLACES.test(before);
}
