import type { ExactDecimal, TextSpan } from './announced-figures.js';
import { parseArabicNumber, parseChineseNumber } from './parse-number.js';
import { rowNumberStarts } from './row-numbers.js';
import { shareInCheng } from './shares-in-cheng.js';
import {
  cellsMayPart,
  isSpacePartedHalf,
  SPACE_GROUPED,
  withoutGroupingSpaces,
} from './space-parted-digits.js';

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
  /**
   * 近3万8千人, 2750多万, 约1200人, 300余名: the text gives no exact figure, so it is never judged
   * (the reader lists it as unread, approximate).
   */
  readonly approximate?: boolean;
  /**
   * An age stated as a figure (平均年龄44.9岁, 由原来的38岁降到33岁, 比上届下降5.1岁), not a bracket of a
   * label (35岁以下): no other figure can check it, so the reader lists it as unread.
   */
  readonly age?: 'age' | 'change';
  /**
   * A stated quantity that no election counts, listed unread with its kind: a span of time (已经8年,
   * 历时2个月, for 14 years), work points (一个工分最低值8分, 300分工分), or a measure of area, length,
   * volume or money (耕地3578亩, 12.5公里, 9 m3, 230万元), or an average count (平均每村5人, 村均5.2人).
   */
  readonly quantity?: 'span' | 'points' | 'measure' | 'ordinal' | 'average';
  /**
   * A number inside a range (1-2人), a fraction (1/10) or a calculation (3÷(5+7-3)×100%=33.3%): no
   * single stated figure, so the reader lists it as unread.
   */
  readonly inExpression?: true;
  /**
   * Digits run together with a letter a scan's character reader takes for one (1O23, l236, 12I5): the
   * figure is damaged, its value unknown, so the reader lists it as unread. The span covers the run.
   */
  readonly garbled?: true;
  /**
   * A whole number past 2^53 − 1 (登记选民99999999999999999999人): no notice counts so many, and the
   * report's JSON numbers could not carry it exactly, so the reader lists it as unread.
   */
  readonly tooLarge?: true;
  /**
   * One of two numbers a plain space parts where they may be one (`voted 3 118,`: 3,118, or 3 and 118):
   * its value is uncertain, so the reader lists it as unread (space-parted-digits.ts).
   */
  readonly spaceParted?: true;
  /**
   * A run of a web page's anti-copy chaff (`U8 l0 a3 D5 J9 x5 E. I$`): no figure of the election, one
   * token for the whole run (with `garbled`, so that no stage takes it for a count), listed unread.
   */
  readonly chaff?: true;
  /**
   * A share written in 成 in no form the percentage rule holds: with no digit after 成 (七成, 7成: 70 %, to
   * a tenth), or with the hundredths run on (4成22, written for 40.22 %): listed unread (`in-cheng`).
   */
  readonly chengUnjudged?: true;
  /**
   * Digits with Chinese place words in a form whose value is uncertain (`1千2`: 1,200 or 1,002? `3万5`):
   * listed unread (`mixed-places`); `garbled` is set too, so that no stage takes it for a count.
   */
  readonly mixedPlaces?: true;
  /** A share written in 成 (6成8, 六成八, 七成, 近三成). */
  readonly cheng?: true;
}

/**
 * A share in 成 that is no exact figure (七成: to a tenth only; 4成22; 近三成, 六成多: approximate): listed unread
 * and kept out of the clauses' numbers, so that a heading such as `性别：女性占近三成` stays a heading and
 * no figure after it reads differently for it.
 */
export function chengAside(token: NumberToken): boolean {
  return token.cheng === true && (token.chengUnjudged === true || token.approximate === true);
}

/** A letter a scanned page's digits are misread as (O for 0, l or I for 1), standing in a run of digits. */
const MISREAD_DIGIT = /[OoIl]/;
const CJK_OR_DIGIT = /[\d\u3400-\u9fff]/;
/** The run of digits and misread letters (and thousands commas, decimal points) from a point on. */
const GARBLED_RUN = /^(?:[\dOoIl]|[,.](?=\d))*/;

const CHINESE = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
/**
 * A comma a copy wrote for the decimal point of a share: one or two digits, then %, after a number of
 * one to three digits that stands right after 占, 占比, 比例, 比重 or a rate (…率, with 为/达/达到/是),
 * after 占…的 in its clause, or after such a share and 和、及、与 (分别占总数的18，0%和60，0%). A thousands
 * separator has three digits after it; elsewhere (`女性18，2%`) the comma may part a count from a share.
 */
const COMMA_POINT_AFTER = /^,(\d{1,2})%/;
const SHARE_WORD_BEFORE =
  /(?:(?:占比|比例|比重|率|占|占[^,。;；\n]{0,12}的)(?:为|达到|达|是)?|\d,\d{1,2}%(?:和|、|及|与))$/;
export { withoutGroupingSpaces };
/**
 * A name opening with the surname 万 after a number and a space (`12  万强伟`, a row's number and then a
 * name): one or two more characters of the name, then a cell break, a mark or the text's end. Its 万
 * scales no number; 12万人, 12 万人, 1.2 万选民, 3 万余名 and 5 万以上 are read in 万 as before.
 */
const NAME_AFTER_WAN =
  '(?![人票张名余多户元个位份千百亿选次以左])[\\u3400-\\u9fff]{1,2}(?![^\\s|,，、;；。:：])';
/**
 * A number written with digits and Chinese place words, as a phone's input or a hurried copy writes it:
 * `1千8百`, `1千2百零4`, `2千零50`, `1千2` (digits after a place word), or one digit group and 千 or 百
 * right before a unit (`8百人`, `3千票`). Read as written, `1千8百人` was the registered voters 1 and
 * 百人 a count of 100. Its value is taken only where the form is certain (parseMixedPlaces); `1千2` (1,200
 * or 1,002?) is kept whole and listed unread. A name after a row's number (`12千红`, `13百里杰`) has no
 * digit or unit after its place word and stays as before.
 */
const MIXED_PLACES = '\\d+(?:[千百十]零?\\d+)+[千百十]?|\\d+[千百](?=[人名票张户位个])';
const NUMBER = new RegExp(
  [
    '(百分之\\s*)?', // 1: 百分之 before the number
    '(?:',
    // 1,009 ends at a comma before a space or a word (1,009, of which), not at one before a digit.
    // 90。5%: a copy that wrote 。 for the decimal point of a share (directly before %) — read as a point.
    // 2 740张, 1 998票, 3 604 voters: thousands parted by a space (space-parted-digits.ts).
    // 1千8百, 2千零50, 8百人: digits with Chinese place words (MIXED_PLACES), one number.
    `((?:${SPACE_GROUPED}|\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)|${MIXED_PLACES}|\\d+)(?:\\.\\d+|。\\d+(?=\\s*%))?(?:(?:[万亿]|\\s+亿|\\s+万(?!${NAME_AFTER_WAN}))(?:零?\\d+(?:[千百十]零?\\d+)*[千百十]?(?![\\d零〇一二两三四五六七八九]))?)?)`, // 2: Arabic (with 万/亿; 3万8千)
    `|([${CHINESE}]+(?:点[零〇一二三四五六七八九]+)?)`, // 3: Chinese numeral
    ')',
    // 82pc, 61.0 pc: the British papers' per cent, written against its number or one space after it.
    '(\\s*(?:%|percent\\b|per cent\\b)|(?<=\\d)[^\\S\\n]?pc\\b)?', // 4: percent sign after
  ].join(''),
  'gi',
);
/** NUMBER without thousands parted by spaces, tried at one place (sticky) when a line is a table's row. */
const NUMBER_UNGROUPED = new RegExp(NUMBER.source.replace(`(?:${SPACE_GROUPED}|`, '(?:'), 'iy');
/** A number standing apart by a space, as a table's cells do (城关镇 18 112人 28人). */
const CELL_NUMBER = /(?:^|[^\S\n])\d/;
const SPACE_GROUPED_ALL = new RegExp(SPACE_GROUPED, 'g');
/**
 * Digits grouped in thousands by a space before a unit of people or ballots, a letter a scan misread
 * among them (登记选民l 420人, 参加投票1 2O4人, 有效票1 l96张): one number whose value is unknown.
 */
const GROUPED_RUN = /[\dOoIl]{1,3}(?: [\dOoIl]{3})+(?=[^\S\n]{0,3}[人张票名户])/y;
const GROUPED_RUN_ALL = new RegExp(GROUPED_RUN.source, 'g');
/** A line with its numbers grouped by spaces (a misread letter among them or not) taken out. */
const withoutGroupedRuns = (line: string) =>
  line
    .replace(SPACE_GROUPED_ALL, ' ')
    .replace(GROUPED_RUN_ALL, (run) => (MISREAD_DIGIT.test(run) && /\d.*\d/.test(run) ? ' ' : run));

/**
 * Whether the line of a number written with a grouping space (18 112人) holds other numbers standing
 * apart by spaces, once such numbers are taken out: then it is a table's row, and the space parts cells
 * (18 villages, 112 people), not thousands. 许丽 1 998票、曹军 1 876票 stays one line of two numbers.
 */
function isTableRow(folded: string, start: number): boolean {
  const lineStart = folded.lastIndexOf('\n', start) + 1;
  const lineEnd = folded.indexOf('\n', start);
  // With the next line's first characters, which may hold the unit of a number ending this line (1 700⏎张).
  const line = folded.slice(lineStart, lineEnd < 0 ? folded.length : lineEnd + NEXT_LINE_UNIT_REACH);
  return hasCell(withoutGroupedRuns(line).split('\n')[0] ?? '');
}
/** How far into the next line a unit of a number ending a line may stand (SPACE_GROUPED's). */
const NEXT_LINE_UNIT_REACH = 12;

/**
 * A share a space parts from the word before it (参选率 92.19%, typed so or left by a copy's line break
 * moved after 参选率) is prose, no cell: a share cell stands after another cell (28人 25.0%; after a unit,
 * as in 18 112人 25.0%, it may be one).
 */
const SHARE_AFTER_WORD = /(?<=[\u3400-\u9fff])(?<![人名票张户个位])[^\S\n]+\d+(?:\.\d+)?[^\S\n]*%/g;

/**
 * A count opening its line with a space before its measure word and the words it counts (`2 个村民小组设立投票站`,
 * `3 名候选人`): prose, no cell; a table's cell of a count (28 人) has no words run on after its unit.
 */
const COUNT_OPENING_LINE = /^[^\S\n]{0,8}\d{1,3}[^\S\n]{1,3}[个名位户人张票](?=[\u3400-\u9fff])/;

/**
 * A count typed with spaces around it in prose (`有效票 1 096 张，无效票 6 张。`, as a page's or a phone's copy
 * spaces every number): after a word, before its measure word and then a clause mark. Prose, no cell; a
 * table's cell (`无效票 6 张 弃权 2 张`) has no clause mark after its unit. Taken for cells, the line's
 * `1 096` was read as 1 and a right notice's sums failed.
 */
const COUNT_IN_PROSE =
  /(?<=[\u3400-\u9fff])[^\S\n]+(?:\d{1,3}(?:,\d{3})+|\d+)[^\S\n]*[个名位户人张票](?=[，。；、,;])/g;

/**
 * A date typed with spaces around its numbers (`2026 年 3 月 28 日`, as a page's copy spaces every number):
 * prose, no cell. Taken for cells, `登记选民 1 356 人` on its line was read as 1 and a right turnout failed.
 */
const SPACED_DATE =
  /(?<!\d)\d{4}[^\S\n]*年[^\S\n]*\d{1,2}[^\S\n]*月(?:[^\S\n]*\d{1,2}[^\S\n]*[日号])?(?=[^\S\n]*[，,、（(\u3400-\u9fff])/g;

/**
 * A count inside a line, after a word, with a space before its measure word and the words it counts
 * (`本村共设 3 个投票站 1 个流动票箱，登记选民 1 846 人`): prose, no cell, as a count opening its line is. A
 * table's cell of a count (28 人) has no words run on after its unit. 人, 张 and 票 are left out: a name
 * may follow a cell (`李四 2 张三`), and 人数, 票数 name columns.
 */
const COUNT_BEFORE_WORDS = /(?<=[\u3400-\u9fff])[^\S\n]+\d{1,3}[^\S\n]{1,3}[个名位户](?=[\u3400-\u9fff])/g;

/** Whether some words hold a number standing apart by a space, as a table's cells do. */
function hasCell(words: string): boolean {
  return CELL_NUMBER.test(
    words
      .replace(SPACED_DATE, '')
      .replace(COUNT_OPENING_LINE, '')
      .replace(SHARE_AFTER_WORD, '')
      .replace(COUNT_IN_PROSE, '')
      .replace(COUNT_BEFORE_WORDS, ''),
  );
}
// [^\S\n]: a unit stands on the number's line (22.1 at a line's end takes no 年 from the next line).
const UNIT =
  /^[^\S\n]*(人|名|票|张|份|个|位|户|周岁|岁|年|月|日|号|届|次|轮|时|点|分钟|分|小时|天|votes?\b|ballots?\b|voters?\b|people\b|persons?\b|members?\b|women\b|men\b|villages\b|communities\b)/i;
/**
 * A count's unit that a copy's line break parts from its number (`获得1302⏎票，当选`, `参加投票13011⏎人，`): the
 * number ends its line and the next line opens with the unit and then a mark, 当选, or its end, so that the
 * unit is no word's first character (`人大代表`, `票数`).
 */
const UNIT_ON_NEXT_LINE = /^[^\S\n]{0,8}\n[^\S\n]{0,8}(人|名|票|张|户)(?=[,;:。、)）\s]|当选|$)/;
/**
 * Units that mark a number as no figure of the election: dates, times of day, ordinals. Counts of
 * meetings or rounds (4次座谈会) and spans of days (历时80多天) are stated figures, kept for the reader to
 * list as unread.
 */
const NOT_A_FIGURE = new Set(['周岁', '岁', '年', '月', '日', '号', '届', '时', '点', '分']);
/**
 * A span of years, a stated figure (已经8年, 已有5年的时间, 工作了12年, 6年来, 38年前, 过去的19年里, 在3年内), not a year (2019年, 19年3月), a
 * term of office (任期5年, 3年任期, 每3年) nor a condition of the law (住满1年, 居住1年以上, as 年满18周岁).
 */
const YEARS_SPAN_BEFORE =
  /(?:已经|已有|已|长达|历时|整整|连续|先后|了|过去的?|近|任职|超过|经过|连任|尚余|尚有|剩余|判刑|徒刑|缓刑|公权|政治权利)[^\S\n]*$/;
/**
 * A post held for years or terms (担任里长38年, 连任协和里长6届): the verb, then at most a post's words ending in
 * a post (长, 主任, 书记, 委员, 干部, 村官), right before the number.
 */
const POST_HELD_BEFORE =
  /(?:担任|连任|当了|做了|干了)[\u3400-\u9fff]{0,8}(?:长|主任|书记|委员|干部|村官)[^\S\n]*$/;
/**
 * Terms served (连任7届, 连续担任3届, 连续7届当选, 已參選3屆, 擔任里長38年、共10屆): a count of terms of office, a span listed
 * unread, no date nor ordinal (第11届 has 第 right before its number).
 */
const TERMS_SERVED_BEFORE =
  /(?:连任|连续担任|连续当选|连续|参选|担任了?|当了|做了|干了|年、共|年，共)[^\S\n]*$/;
/** A span or a sentence's bound in years (6年来, 38年前, 处1年以下有期徒刑): not a year, no condition of the law. */
const YEARS_SPAN_AFTER = /^[^\S\n]*年(?:来|间|之久|前|后|里|裡|内|的?时间|以[下上](?:有期)?徒刑)/;
/**
 * A span of days before 内 (当选公告后10日内宣誓就职, 7日以内): a time allowed, no date (a date's day has its
 * month right before it, 3月10日).
 */
const DAYS_SPAN_AFTER = /^[^\S\n]*日(?:内|以内|之内)/;
function isSpanOfDays(folded: string, start: number, end: number): boolean {
  return (
    DAYS_SPAN_AFTER.test(folded.slice(end, end + 5)) &&
    !/月[^\S\n]*$/.test(folded.slice(Math.max(0, start - 2), start))
  );
}
/** The last year a notice may date itself: a larger number before 年 is years (2300年的收入), never a year. */
const LAST_YEAR = 2100;
function isSpanOfYears(folded: string, start: number, end: number, written: string): boolean {
  if (
    /^\d{4}$/.test(written) &&
    Number(written) > LAST_YEAR &&
    !/^[^\S\n]*年[^\S\n]*[\d月级度代]/.test(folded.slice(end, end + 4))
  )
    return true;
  if (
    !/^\d{1,2}(?:\.\d)?$/.test(written) ||
    /^[^\S\n]*年[^\S\n]*[\d月级度代]/.test(folded.slice(end, end + 4))
  )
    return false;
  return (
    YEARS_SPAN_BEFORE.test(folded.slice(Math.max(0, start - 5), start)) ||
    POST_HELD_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) ||
    YEARS_SPAN_AFTER.test(folded.slice(end, end + 8))
  );
}
/** Words before a number that make it approximate: 近3万, 约1200人, 逾百人. */
const APPROXIMATE_BEFORE = /(近|约|大约|接近|将近|逾|超过|不足|几)[^\S\n]*$/;
/** The same in English (turnout was above 80 percent, more than 6,000 villagers): a bound, no exact figure. */
const APPROXIMATE_BEFORE_EN =
  /\b(?:more than|over|above|exceed(?:s|ed|ing)?|at least|nearly|almost|about|around|approximately|roughly|close to|some|under|below|less than|fewer than|up to)\s+$/i;
/**
 * The same written short or as a sign (`approx. 1,400`, `est. 1,400`, `ca. 1,400`, `an estimated 1,400`,
 * `~1,400`, `upwards of 1,400`): a writer's rounding, no exact figure. A sign right after a digit is a
 * range (`1,200~1,400`), not this; a lone `c.` may letter a list (`c. 1,380 valid ballots`), not this.
 */
export const APPROXIMATE_SHORT_BEFORE_EN =
  /(?:\bapprox\b\.?|\b(?:est|ca)\.|\b(?:circa|estimated|upwards of|in excess of)|(?:^|\n|[^\d\s~≈∼])[^\S\n]*[~≈∼])[^\S\n]*$/i;
/**
 * Words right after a number that make it approximate, with a multiplier after them: 2750多万, 300余名,
 * and as a copy may space them, 2750 多万.
 */
const APPROXIMATE_AFTER = /^[^\S\n]*(多|余|来)\s*[万亿千百]?/;
/** 三个方面, 两个阶段: a Chinese numeral with 个 is a figure only when places follow (三个村). */
const PLACES_AFTER_GE = /^\s*(行政村|自然村|村(?!民|代表)|社区|居委会)/;
/**
 * 其中村一百八十个、社区三十六个, 共有村（社区）二百一十六个，: places of one kind named right before a Chinese
 * numeral with 个 (after at most 有, 为, 共有, 共计), which ends its clause or item: a count of those places.
 * Not 全村三个村民小组 (a noun after 个), nor 村两委 (no 个).
 */
const PLACES_BEFORE_GE =
  /(?:^|[\s，,：:；;。、（(]|其中|全(?:县|市|区|镇|乡)|共有|共计|合计|总计|共|有)(?:行政村|村（社区）|村\(社区\)|村(?!民|代表)|城市社区|社区|居委会)(?:有|为|共有|共计|共)?$/;
const CLAUSE_ENDS_AFTER_GE = /^[^\S\n]*(?:[，,。；;、）)]|\n|$|均|全部|都)/;
function placesNamedBeforeGe(folded: string, start: number, unitEnd: number): boolean {
  return (
    PLACES_BEFORE_GE.test(folded.slice(Math.max(0, start - 16), start)) &&
    CLAUSE_ENDS_AFTER_GE.test(folded.slice(unitEnd, unitEnd + 4))
  );
}
/** A year in English prose (in 2021, the 2021 elections, 5 March 2026, March 5, 2026): no figure. */
const YEAR_BEFORE =
  /\b(?:in|the|of|since|year|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,)?)\s+$/i;
/**
 * A year opening a line of English, a title's or a heading's (`2019 Hong Kong Rural Representative
 * Election`, `2024 village committee election results`): no figure. Not before what a count counts or a
 * verb of voting (`1980 voters took part`, `2012 Voters`).
 */
const YEAR_OPENS_LINE = /(?:^|\n)[^\S\n]*$/;
/**
 * A year ending a heading line after a comma (`Nanyuan Village committee election, 2026`): words of an
 * election, a comma, the year and the line's end (not `Wang Bo, 1998`, which may be votes).
 */
const WORDS_AND_COMMA_BEFORE =
  /\b(?:elections?|by-election|results|committee|notice|runoff|recall)\b[^\n,\d]{0,24},[^\S\n]*$/i;
const LINE_ENDS_AFTER = /^[^\S\n]*(?:\n|$)/;
/** A title's words: a capital and a small letter (not `ABC` or `I`), or a word of an election. */
const TITLE_AFTER_YEAR =
  /^[^\S\n]+(?:[A-Z][a-z]|(?:village|rural|residents|community|committee|election|by-election|results)\b)/;
/** What a count counts, or a verb of voting, within the two words after the number. */
const COUNTED_AFTER_YEAR =
  /^(?:[^\S\n]+[A-Za-z'’-]+){0,1}[^\S\n]+(?:voters?|electors?|ballots?|votes?|people|persons?|residents|households|villagers|members|representatives|voted|cast|took|turned|attended)\b/i;
/** A day of an English date (5 March, March 5): no figure. */
const DAY_AFTER = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const DAY_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;
/** An age in English words (under 35, aged 55 and over, 35 years old): part of a label, no figure. */
const AGE_BEFORE = /\b(?:aged|ages?|age of|under|over|below|above)\s+$/i;
const AGE_AFTER = /^\s*(?:years?\b|-year)/i;
/**
 * A time of day, never a count: 9 am, 9 a.m., 3 pm, 9 o'clock, 9 and 9 to 3 pm (the first of a range of
 * hours), 9:30 (left out by the colon rule below), and in Chinese 上午9时, 下午4点 (by their unit) or
 * 上午9 / 晚上8 with no unit at all.
 */
const TIME_AFTER =
  /^\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|o['’]clock\b|hours?\b|hrs?\b|(?:to|and|till|until|-|–|—)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|o['’]clock\b))/i;
const TIME_BEFORE = /(?:上午|下午|早上|早晨|晚上|中午|凌晨|傍晚)\s*$/;
const CHINESE_FIGURE_UNITS = new Set(['人', '名', '票', '张', '份', '个', '位', '户']);
/** A list number's mark after it (1. 2、 3） (4)), never a decimal point. */
const LIST_MARK_AFTER = /^(?:[.、)]|\.(?=\D))(?!\d)/;
/** What may stand before a list number on its line: spaces, a bullet, an opening bracket. */
export const LIST_PREFIX = /^[^\S\n]*(?:[●■◆▲•·*-][^\S\n]*)?\(?$/;
/** A list opened by a heading word and a colon at the start of a line (注：1. …, 附件：1.…, 说明：1、…). */
const LIST_AFTER_HEADING = /^[^\S\n]*(?:注|附件|附|说明|备注|注释)[^\S\n]*[:：][^\S\n]*\(?$/;
/**
 * The year of a document number (X政发〔2026〕12号, 【2026】, [2026]): the bracket before it, the closing one
 * and the document's number with 号 after it. No figure.
 */
const DOC_NUMBER_OPENS = /[〔【[]$/;
/**
 * A year alone in round brackets after a label whose count follows a colon (`Registered voters (2026):
 * 2,587`, `Households (2025)：1,204`): the bracket dates the label, the count is the number after the
 * colon. No figure.
 */
const YEAR_BRACKET_OPENS = /[^\d\s([（][^\S\n]*[(（]$/;
const YEAR_BRACKET_CLOSES = /^[)）][^\S\n]*[:：][^\S\n]*\d/;
const DOC_NUMBER_CLOSES = /^[〕】\]][^\S\n]?第?\d{1,5}[^\S\n]?号/;
/** The same after the end of a sentence on the line (…。2、本村…). */
const LIST_AFTER_SENTENCE = /[。！？;][^\S\n]*(?:[●■◆▲•·*-][^\S\n]*)?\(?$/;

/** The word of a rate a share may be written against (`Turnout60.58%`). */
const GLUED_RATE_WORD = /\b(?:turnout|rate|share)$/i;

/** The first age of a range inside a label (31至55岁33人): part of the label, no figure. */
const AGE_RANGE_AFTER = /^\s*(?:至|到|~)\s*\d+\s*(?:周岁|岁)/;

/**
 * Runs of a web page's anti-copy chaff, in text order: on one line, at least CHAFF_TOKENS tokens of one or
 * two printable ASCII characters parted by spaces (`U8 l0 a3 D5 J9 x5 E. I$ F$`), none a number alone (5),
 * none a word of two letters (or, in), at least one with a digit and at least two with a sign ($ . & ;).
 * Box or room names (A1 A2 B1 B2) have no signs; a number alone or a longer word ends a run.
 */
const CHAFF_TOKENS = 4;
const CHAFF_SIGNS = 2;
export function chaffRuns(folded: string): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let end = -1;
  let count = 0;
  let signs = 0;
  let digit = false;
  const close = (): void => {
    if (count >= CHAFF_TOKENS && signs >= CHAFF_SIGNS && digit) runs.push([start, end]);
    count = 0;
    signs = 0;
    digit = false;
  };
  for (const match of folded.matchAll(/\S+/g)) {
    const token = match[0];
    const at = match.index;
    const chaff = /^[!-~]{1,2}$/.test(token) && !/^\d+$/.test(token) && !/^[A-Za-z]{2}$/.test(token);
    // A line break between two tokens ends the run: chaff stands on its own line.
    if (!chaff || (count > 0 && folded.slice(end, at).includes('\n'))) close();
    if (!chaff) continue;
    if (count === 0) start = at;
    end = at + token.length;
    count++;
    if (/[^A-Za-z0-9]/.test(token)) signs++;
    if (/\d/.test(token)) digit = true;
  }
  close();
  return runs;
}

export function scanNumbers(folded: string): NumberToken[] {
  return scanNumbersUpTo(folded, Infinity).tokens;
}

/**
 * Where a text's first `limit` numbers end, tables and prose alike, and how many numbers follow: the
 * reader reads the text before `cut` only (NUMBERS_READ). Every number holds a digit or a character of a
 * Chinese numeral, so a text with no more of those than `limit` is whole without being scanned (`tokens`
 * null); else `tokens` are its numbers before the cut, for a reader of the same text not to scan it again.
 */
export function numbersReadUpTo(folded: string, limit: number): ScannedNumbers | null {
  let characters = 0;
  for (const _ of folded.matchAll(NUMERAL_CHARACTER)) if (++characters > limit) break;
  return characters <= limit ? null : scanNumbersUpTo(folded, limit);
}

const NUMERAL_CHARACTER = new RegExp(`[\\d${CHINESE}]`, 'g');

/** The numbers of a text up to a bound (scanNumbersUpTo), and how many more it holds. */
export interface ScannedNumbers {
  /** The first `limit` numbers, in text order. */
  readonly tokens: NumberToken[];
  /** How many numbers follow them (0 when the text has no more than `limit`). */
  readonly more: number;
  /** Where the first number past the bound starts (the text's length when there is none). */
  readonly cut: number;
}

/**
 * scanNumbers keeping only the first `limit` numbers and counting the rest, so that memory stays
 * bounded on hostile text (10 MB of "7 " holds five million numbers; a token costs about 200 bytes).
 */
export function scanNumbersUpTo(folded: string, limit: number): ScannedNumbers {
  const tokens: NumberToken[] = [];
  let more = 0;
  let cut = folded.length;
  // The end of the last token taken with its approximate words (2750多万): nothing inside it is a number.
  let consumed = 0;
  const numbers = new RegExp(NUMBER.source, NUMBER.flags);
  const chaff = chaffRuns(folded);
  const rowNumbers = rowNumberStarts(folded);
  let nextChaff = 0;
  for (let found = numbers.exec(folded); found !== null; found = numbers.exec(folded)) {
    let match: RegExpExecArray = found;
    const start = match.index;
    if (start < consumed) continue;
    while ((chaff[nextChaff]?.[1] ?? Infinity) <= start) nextChaff++;
    const run = chaff[nextChaff];
    if (run && run[0] <= start) {
      consumed = run[1];
      if (tokens.length >= limit) {
        if (more++ === 0) cut = run[0];
        continue;
      }
      const value = { digits: 0n, decimals: 0 };
      tokens.push({ span: run, value, percent: false, unit: null, end: run[1], garbled: true, chaff: true });
      continue;
    }
    // 城关镇 18 112人 28人: in a table's row the space parts two cells; read the first number alone.
    if (
      match[2] !== undefined &&
      cellsMayPart(match[2], folded.slice(start + match[0].length, start + match[0].length + 4)) &&
      isTableRow(folded, start)
    ) {
      NUMBER_UNGROUPED.lastIndex = start;
      match = NUMBER_UNGROUPED.exec(folded) ?? match;
      numbers.lastIndex = start + match[0].length;
    }
    const commaPoint = commaPointAt(folded, start, match);
    const numberEnd = start + match[0].length + (commaPoint?.[0].length ?? 0);
    // 6成8, 六成八, 七成: a share in tenths (成) and hundredths, one figure, never two numbers.
    const cheng =
      match[1] === undefined && match[4] === undefined && !commaPoint
        ? shareInCheng(folded, match[2] ?? match[3] ?? '', start, start + match[0].length)
        : null;
    if (cheng) {
      consumed = cheng.end;
      if (tokens.length >= limit) {
        if (more++ === 0) cut = start;
        continue;
      }
      tokens.push({
        span: [start, cheng.end],
        value: { digits: cheng.percent, decimals: 0 },
        percent: true,
        unit: null,
        end: cheng.end,
        cheng: true,
        ...(cheng.approximate
          ? { approximate: true }
          : cheng.unjudged
            ? { chengUnjudged: true as const }
            : {}),
      });
      continue;
    }
    const approximateAfter =
      match[4] === undefined && !commaPoint
        ? APPROXIMATE_AFTER.exec(folded.slice(numberEnd, numberEnd + 8))
        : null;
    const end = numberEnd + (approximateAfter?.[0].length ?? 0);
    const before = folded.slice(Math.max(0, start - 1), start);
    const after = folded.slice(end, end + 2);
    const hundredthsOf = match[1] !== undefined;
    const percent = hundredthsOf || match[4] !== undefined || commaPoint !== null;
    const unitMatch = percent
      ? null
      : (UNIT.exec(folded.slice(end, end + 12)) ?? UNIT_ON_NEXT_LINE.exec(folded.slice(end, end + 24)));
    const unit = unitMatch?.[1]?.toLowerCase() ?? null;
    const age =
      unit === '岁' || unit === '周岁' ? statedAge(folded, start, end + (unitMatch?.[0].length ?? 0)) : null;
    const years =
      (unit === '年' && isSpanOfYears(folded, start, end, match[0])) ||
      (unit === '日' && isSpanOfDays(folded, start, end)) ||
      (unit === '届' &&
        (TERMS_SERVED_BEFORE.test(folded.slice(Math.max(0, start - 6), start)) ||
          POST_HELD_BEFORE.test(folded.slice(Math.max(0, start - 16), start))));
    const unitEnd = end + (unitMatch?.[0].length ?? 0);
    const points = unit === '分' && isWorkPoints(folded, start, unitEnd);
    if (
      age === null &&
      !years &&
      !points &&
      ((unit !== null && NOT_A_FIGURE.has(unit)) || /^(st|nd|rd|th)\b/i.test(folded.slice(end, end + 3)))
    )
      continue;
    const bare = !percent && unit === null;
    // 1. 本村登记选民980人, 2、…, （3）…: a list's number at the start of a line or sentence, no figure.
    if (bare && match[2] !== undefined && isListNumber(folded, start, end)) continue;
    // 序号 委托人 …⏎12  万强伟 …: a row's number under a 序号 column, no figure (row-numbers.ts); so is
    // one of a numbered list of candidates' votes (1 陈明 1122票⏎2万强伟 356票), with the 万 or 亿 of a
    // name run against it (万强伟: the number is 2, no 20000).
    // The 张 of a name after a row's number (1 张伟 856票) is no unit of it.
    if (!percent && /^\d{1,3}[万亿]?$/.test(match[0]) && rowNumbers.has(start)) continue;
    if (!percent && isTimeOfDay(folded, start, end, match[2] !== undefined, unit)) continue;
    if (
      bare &&
      /^(?:19|20)\d\d$/.test(match[0]) &&
      ((DOC_NUMBER_OPENS.test(folded.slice(Math.max(0, start - 1), start)) &&
        DOC_NUMBER_CLOSES.test(folded.slice(end, end + 10))) ||
        (YEAR_BRACKET_OPENS.test(folded.slice(Math.max(0, start - 4), start)) &&
          YEAR_BRACKET_CLOSES.test(folded.slice(end, end + 6))) ||
        YEAR_BEFORE.test(folded.slice(Math.max(0, start - 20), start)) ||
        (YEAR_OPENS_LINE.test(folded.slice(Math.max(0, start - 20), start)) &&
          yearTitleAfter(folded.slice(end, end + 24))) ||
        (WORDS_AND_COMMA_BEFORE.test(folded.slice(Math.max(0, start - 48), start)) &&
          LINE_ENDS_AFTER.test(folded.slice(end, end + 20))))
    )
      continue;
    if (
      bare &&
      /^\d{1,2}$/.test(match[0]) &&
      (DAY_AFTER.test(folded.slice(end, end + 12)) ||
        DAY_BEFORE.test(folded.slice(Math.max(0, start - 12), start)))
    )
      continue;
    // over 400 signatures: a bound of a count no age can be, not an age (under 35, over 55).
    const countBound =
      !percent &&
      unit === null &&
      isCountBound(folded, start, end, withoutGroupingSpaces(match[0].replace(/,/g, '')));
    const englishAge =
      !percent && unit === null && !countBound ? statedAgeInEnglish(folded, start, end) : null;
    const englishSpan =
      !percent && unit === null && !countBound && englishAge === null && isSpanInEnglish(folded, start, end);
    if (
      !percent &&
      unit === null &&
      !countBound &&
      englishAge === null &&
      !englishSpan &&
      (AGE_BEFORE.test(folded.slice(Math.max(0, start - 12), start)) ||
        AGE_AFTER.test(folded.slice(end, end + 8)))
    )
      continue;
    const garbled =
      match[2] !== undefined
        ? (garbledGroupedRun(folded, start) ?? garbledRun(folded, start, numberEnd))
        : null;
    if (garbled) {
      consumed = garbled[1];
      if (tokens.length >= limit) {
        if (more++ === 0) cut = garbled[0];
        continue;
      }
      const unitAfter = UNIT.exec(folded.slice(garbled[1], garbled[1] + 12));
      tokens.push({
        span: garbled,
        value: { digits: 0n, decimals: 0 },
        percent: false,
        unit: unitAfter?.[1]?.toLowerCase() ?? null,
        end: garbled[1] + (unitAfter?.[0].length ?? 0),
        garbled: true,
      });
      continue;
    }
    // A letter before a number makes it an identifier (A3, 第3), not a figure; not a share written
    // against the word of its rate (`Turnout60.58%`, a copy that lost a space).
    const gluedRate = percent && GLUED_RATE_WORD.test(folded.slice(Math.max(0, start - 16), start));
    if ((/[A-Za-z_第]/.test(before) && !gluedRate) || AGE_RANGE_AFTER.test(folded.slice(end, end + 8)))
      continue;
    // 2025-07-01, 9:30, 2021/5/1, 2018-2021: a date, a time or an identifier, no figure; 1-2人, 1/10,
    // 7-3 in a calculation: a range, a fraction or a difference, read as no single figure.
    const joined = /^[-/:]\d/.test(after) || /\d[-/:]$/.test(folded.slice(Math.max(0, start - 2), start));
    if (joined && !isRangeOrFraction(folded, start, end) && !isGroupedFractionOfShare(folded, start))
      continue;
    const inExpression = joined || (match[2] !== undefined && isInCalculation(folded, start, end));
    let value: ExactDecimal | null;
    let mixedUnsure = false;
    if (match[2] !== undefined) {
      const digits = withoutGroupingSpaces(match[2]);
      const arabic = commaPoint ? `${digits}.${commaPoint[1]}` : digits.replace('。', '.');
      value = parseArabicNumber(arabic) ?? parseMixedNumber(arabic) ?? parseMixedPlaces(arabic);
      // 1千2 (1,200 or 1,002?), 3万5: digits and place words in no certain form, listed unread whole.
      if (value === null && /[千百十万亿]/.test(arabic)) {
        mixedUnsure = true;
        value = { digits: 0n, decimals: 0 };
      }
    } else {
      // Chinese numeral characters also occur in words and names (统一, 万斌刚): only a numeral with a
      // unit after it, or a share after 百分之, is taken as a number.
      if (!hundredthsOf && (unit === null || !CHINESE_FIGURE_UNITS.has(unit))) continue;
      if (
        unit === '个' &&
        !PLACES_AFTER_GE.test(folded.slice(unitEnd, unitEnd + 6)) &&
        !placesNamedBeforeGe(folded, start, unitEnd)
      )
        continue;
      // 一个村的选举日, 一位母亲: 一 alone before 个 or 位 is the article "a", no count.
      if (match[3] === '一' && (unit === '个' || unit === '位')) continue;
      // 使用同一张选票, 统一票样, 唯一一张: 一 after 同, 统 or 唯 is "the same" or "the only", no count.
      if (match[3]?.startsWith('一') && /[同统唯]/.test(before)) continue;
      value = parseChineseNumber(match[3] ?? '');
    }
    if (value === null) continue;
    const approximate =
      countBound ||
      approximateAfter !== null ||
      APPROXIMATE_BEFORE.test(folded.slice(Math.max(0, start - 6), start)) ||
      APPROXIMATE_BEFORE_EN.test(folded.slice(Math.max(0, start - 16), start)) ||
      APPROXIMATE_SHORT_BEFORE_EN.test(folded.slice(Math.max(0, start - 16), start));
    consumed = end;
    if (tokens.length >= limit) {
      if (more++ === 0) cut = start;
      continue;
    }
    // 18⏎60人, 15 06张: digits a copy's line break or one space parts from a bare number before them.
    const parted = match[2] !== undefined && partsDigits(folded, start, tokens.at(-1));
    if (parted) tokens[tokens.length - 1] = { ...parted, spaceParted: true };
    tokens.push({
      span: [start, end],
      value,
      percent,
      unit,
      end: end + (unitMatch?.[0].length ?? 0),
      ...(approximate ? { approximate } : {}),
      ...((age ?? englishAge) !== null ? { age: age ?? englishAge ?? 'age' } : {}),
      ...quantityOf(folded, unit, percent, years || englishSpan, points, end, unitEnd, start),
      ...(inExpression && !approximate ? { inExpression } : {}),
      ...(!percent && isPastExact(value) ? { tooLarge: true as const } : {}),
      ...(mixedUnsure ? { garbled: true as const, mixedPlaces: true as const } : {}),
      ...(parted || (!percent && unit === null && isSpacePartedHalf(folded, start, match[0]))
        ? { spaceParted: true as const }
        : {}),
    });
  }
  return { tokens, more, cut };
}

/** What parts two runs of digits where a copy may have parted one number: a line break, or one space. */
/** A character a number runs into (登记选民18): a Chinese word's. */
const RUN_INTO_PROSE = /[\u3400-\u9fff]/;
const DIGITS_PARTED = /\d(?:[,，]?[^\S\n]{0,8}\n[^\S\n]{0,8}| )$/;

/**
 * The bare number right before the digits at `start` when only a line break (`登记选民18⏎60人`) or one plain
 * space (`有效票15 06张`) parts them, so that they may be one number (1860) or two: read as two, 60
 * registered voters made a valid election's figures fail. Null when they are no such pair: the number
 * before has a unit or is a share, or the space parts a table's cells (城关镇 18 112人 28人). Digits a
 * space groups in thousands (2 740张) are one number already (SPACE_GROUPED).
 */
function partsDigits(folded: string, start: number, before: NumberToken | undefined): NumberToken | null {
  if (!before || before.percent || before.unit !== null || before.garbled) return null;
  const joint = DIGITS_PARTED.exec(folded.slice(Math.max(0, start - 18), start));
  if (!joint || before.span[1] !== start - joint[0].length + 1) return null;
  // Digits with a separator (2,300) are a whole number; so is one after a label's colon or space
  // (Registered voters: 2300⏎1980 voters took part): a copy's line break parts digits run into prose.
  if (!/^\d+$/.test(folded.slice(before.span[0], before.span[1]))) return null;
  // 登记选民1,⏎204人: a thousands separator a line break follows, and three digits after it (1,204, or 1
  // and 204?); with other digits after it (1,⏎20人) the comma parts a list, as before.
  if (/[,，]/.test(joint[0]) && !/^\d{3}(?!\d)/.test(folded.slice(start, start + 4))) return null;
  // 登记选民：3，⏎412人: one to three digits, a thousands separator and a line break before three digits are a
  // number a copy parted (3,412) or two, after a label's colon as much as in prose.
  if (/[,，]/.test(joint[0]) && before.span[1] - before.span[0] <= 3) return before;
  if (joint[0].includes('\n')) return RUN_INTO_PROSE.test(folded.charAt(before.span[0] - 1)) ? before : null;
  return hasCellsBesides(folded, start) ? null : before;
}

/** How far along its line the cells of a pair's row are looked for, each way (bounded: a 100 KB line). */
const CELL_REACH = 40;

/**
 * Whether the line of the pair parted by the space before `start` holds other numbers standing apart,
 * within CELL_REACH characters of it: a table's row, whose cells the space parts.
 */
function hasCellsBesides(folded: string, start: number): boolean {
  const from = Math.max(0, start - 1 - CELL_REACH);
  const before = folded.slice(from, start - 1);
  const lineBreak = before.lastIndexOf('\n');
  // Where the reach cuts a line, the cut is no line's start (where a number would stand apart).
  const head = lineBreak >= 0 ? before.slice(lineBreak + 1) : from === 0 ? before : `x${before}`;
  const after = folded.slice(start, start + CELL_REACH);
  const tail = after.includes('\n') ? after.slice(0, after.indexOf('\n')) : after;
  return hasCell(withoutGroupedRuns(head + tail));
}

/** A figure whose whole part is past what a JSON number holds exactly. */
function isPastExact(value: ExactDecimal): boolean {
  return value.digits / 10n ** BigInt(value.decimals) > BigInt(Number.MAX_SAFE_INTEGER);
}

/**
 * Where a number runs together with a misread letter (1O23, 选民l236人, 86l张), the whole run; null when it
 * does not. A letter after a Latin letter (No.12, Room 3) is a word, not a misread digit.
 */
function garbledRun(folded: string, start: number, end: number): [number, number] | null {
  const letterBefore =
    start > 0 &&
    MISREAD_DIGIT.test(folded.charAt(start - 1)) &&
    (start === 1 || CJK_OR_DIGIT.test(folded.charAt(start - 2)));
  // 1O23, and a letter that ends the number before its unit, share or decimals (有效票86l张, 7O%, 8l.8%).
  const letterAfter =
    MISREAD_DIGIT.test(folded.charAt(end)) &&
    /^(?:[\d%\u3400-\u9fff]|\.\d)/.test(folded.slice(end + 1, end + 3));
  if (!letterBefore && !letterAfter) return null;
  const runEnd = end + (GARBLED_RUN.exec(folded.slice(end, end + 40))?.[0].length ?? 0);
  return [letterBefore ? start - 1 : start, runEnd];
}

/**
 * Where the digits at `start` are a group of a number grouped in thousands by spaces in which a scan
 * misread a digit as a letter (登记选民l 420人, 参加投票1 2O4人), the whole run; null when they are not.
 * Read as written, the 1 of `1 2O4人` was the voters and the 420 of `l 420人` unread, and a right notice
 * was said to be void. The run starts after no Latin letter (a word's), holds two digits at least, and
 * is looked for back over at most GROUPED_REACH characters.
 */
function garbledGroupedRun(folded: string, start: number): [number, number] | null {
  let from = start;
  while (from > Math.max(0, start - GROUPED_REACH) && /[\dOoIl ]/.test(folded.charAt(from - 1))) from--;
  while (folded.charAt(from) === ' ') from++;
  if (/[A-Za-z]/.test(folded.charAt(from - 1))) return null;
  GROUPED_RUN.lastIndex = from;
  const run = GROUPED_RUN.exec(folded)?.[0];
  if (!run || from + run.length <= start || !MISREAD_DIGIT.test(run) || !/\d.*\d/.test(run)) return null;
  return [from, from + run.length];
}
const GROUPED_REACH = 16;

/** `占18，2%`: the comma, decimals and % after the number (COMMA_POINT_AFTER), or null. */
function commaPointAt(folded: string, start: number, match: RegExpMatchArray): RegExpExecArray | null {
  if (match[2] === undefined || match[4] !== undefined || !/^\d{1,3}$/.test(match[2])) return null;
  const end = start + match[0].length;
  const after = COMMA_POINT_AFTER.exec(folded.slice(end, end + 4));
  return after && SHARE_WORD_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) ? after : null;
}

/** The characters of a range or fraction written with digits: 1-2, 30%-40%, 1/10. */
const JOINED_CHAIN = /[\d.%\-/:]/;
const CHAIN_REACH = 24;

/**
 * Whether a number joined to another by - or / is one end of a range or fraction (1-2人, 1/10, 7-3),
 * not part of a date, time or identifier (2025-07-01, 07-01, 9:30, 2018-2021, 5-6月, 18-35岁).
 */
function isRangeOrFraction(folded: string, start: number, end: number): boolean {
  let from = start;
  while (from > Math.max(0, start - CHAIN_REACH) && JOINED_CHAIN.test(folded[from - 1] ?? '')) from--;
  let to = end;
  while (to < Math.min(folded.length, end + CHAIN_REACH) && JOINED_CHAIN.test(folded[to] ?? '')) to++;
  const chain = folded.slice(from, to);
  // 男女比例为1:5: a ratio, listed unread with its expression; 9:30 and 2:1 elsewhere stay no figure.
  if (RATIO.test(chain) && RATIO_BEFORE.test(folded.slice(Math.max(0, from - 10), from))) return true;
  if (chain.includes(':') || /[A-Za-z_#№第]/.test(folded[from - 1] ?? '')) return false;
  const ends = chain.split(/[-/]/);
  if (ends.length !== 2) return false;
  // Each end a plain number: no year (2018), no leading zero (07, a date's or a telephone's).
  if (
    !ends.every(
      (written) => /^(?:0|[1-9]\d*)(?:\.\d+)?[万亿]?%?$/.test(written) && !/^(?:19|20)\d\d$/.test(written),
    )
  )
    return false;
  // 5-6月, 18-35岁: a range of dates or ages, left with its label as before.
  const unit = UNIT.exec(folded.slice(to, to + 12))?.[1]?.toLowerCase();
  return unit === undefined || !NOT_A_FIGURE.has(unit);
}

/**
 * `1,402/1,630 (86.0%)`: a fraction whose terms are grouped in thousands, then its share alone in brackets,
 * is a fraction (english-fractions.ts judges it), not an identifier: its terms are numbers the reader sees.
 * Only two terms, nothing glued before the first nor after the second but the bracket.
 */
const GROUPED_FRACTION_OF_SHARE =
  /^(\d{1,3}(?:,\d{3})+|\d+)[^\S\n]*\/[^\S\n]*(\d{1,3}(?:,\d{3})+|\d+)[^\S\n]*\([^\S\n]*\d{1,3}(?:\.\d{1,2})?[^\S\n]?%[^\S\n]*\)/;
const SLASH_BEFORE = /(?<![\d,])(?:\d{1,3}(?:,\d{3})+|\d{1,7})[^\S\n]{0,2}\/[^\S\n]{0,2}$/;
function isGroupedFractionOfShare(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 16), start);
  const slashBefore = SLASH_BEFORE.exec(before);
  const from = slashBefore ? start - slashBefore[0].length : start;
  if (/[\d.,/:\-A-Za-z]/.test(folded[from - 1] ?? '')) return false;
  const found = GROUPED_FRACTION_OF_SHARE.exec(folded.slice(from, from + 48));
  return found !== null && (found[1]?.includes(',') === true || found[2]?.includes(',') === true);
}

const RATIO = /^\d+(?:\.\d+)?:\d+(?:\.\d+)?$/;
/** Words that name a ratio right before it: 比例为, 之比, 比, ratio of … was. */
const RATIO_BEFORE = /(?:比例|比率|之比|比)[^\S\n]*(?:(?:为|是|达到?|约)[^\S\n]*)?$|\bratio\b[^\d\n]{0,12}$/i;

/** A digit (or bracket, or %) and an arithmetic sign beside a number: 3÷(5+7-3)×100%=33.3%. */
const CALCULATION_AFTER = /^[^\S\n]*(?:[%)）][^\S\n]*)?[+÷×*=][^\S\n]*[\d(（]/;
export const CALCULATION_BEFORE = /[\d)）%][^\S\n]*[+÷×*=][^\S\n]*(?:[(（][^\S\n]*)?$/;

/** Whether an Arabic number is a term of a calculation written out. */
function isInCalculation(folded: string, start: number, end: number): boolean {
  return (
    CALCULATION_AFTER.test(folded.slice(end, end + 8)) ||
    CALCULATION_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) ||
    FORMULA_IN_WORDS_BEFORE.test(folded.slice(Math.max(0, start - FORMULA_REACH), start))
  );
}

/**
 * A rate's formula written in words (注：得票率=得票数÷有效票数×100%, 参选率=参加投票人数/登记选民数×100%): the
 * 100% it is multiplied by is a term of the formula, no share of the notice.
 */
const FORMULA_IN_WORDS_BEFORE = /=[^=\n\d]{1,30}[÷/][^=\n\d]{1,24}[×*][^\S\n]*$/;
const FORMULA_REACH = 64;

/**
 * A person's age set off after the name, before what the person did: `Li Na, 52, was re-elected`, `Zhang
 * Wei (45) won 1,204 votes`, `Ma Lin, 56, won the chairmanship`. Two digits, 18 to 99, after a capitalised
 * word and a comma or an opening bracket, and before the comma or the closing bracket and a verb or an
 * article of a description: no count of the election (`Zhang Wei, 812; Li Na, 640` is not set off so).
 */
const NAME_THEN_APPOSITION = /\b[A-Z][A-Za-z'’-]*(?:,[^\S\n]{1,2}|[^\S\n]{0,2}\()$/;
const APPOSITION_THEN_VERB =
  /^(?:,|[^\S\n]{0,2}\))[^\S\n]{0,2}(?:was|is|has|had|won|wins|received|got|took|secured|polled|obtained|became|beat|who|a|an|the)\b/;
function isAgeSetOffAfterName(digits: string, before: string, after: string): boolean {
  if (!/^[1-9]\d$/.test(digits) || Number(digits) < 18) return false;
  const bracketed = before.endsWith('(') || /\([^\S\n]{1,2}$/.test(before);
  if (bracketed !== /^[^\S\n]{0,2}\)/.test(after)) return false;
  return NAME_THEN_APPOSITION.test(before) && APPOSITION_THEN_VERB.test(after);
}

/**
 * An age stated in English as a figure (is about 41.4 years old, 10 years younger than): 'age', or
 * 'change' for younger or older; null for a label's bound (under 35 years old, 30 years old or younger,
 * aged 55 and over) or a hyphened age (a 67-year-old).
 */
function statedAgeInEnglish(folded: string, start: number, end: number): 'age' | 'change' | null {
  const before = folded.slice(Math.max(0, start - 12), start);
  if (isAgeSetOffAfterName(folded.slice(start, end), before, folded.slice(end, end + 16))) return 'age';
  // a 52-year-old man, the 47-year-old; Wei Huaneng, aged 57.
  if (/^-years?-old\b/i.test(folded.slice(end, end + 12)))
    return AGE_BEFORE.test(before) && !/\baged?\s+$/i.test(before) ? null : 'age';
  if (/\baged[^\S\n]+$/i.test(before) && /^[^\S\n]*(?:[,;)]|\.(?!\d)|\n|$)/.test(folded.slice(end, end + 2)))
    return 'age';
  const after = /^[^\S\n]+years?[^\S\n]+(old|younger|older)\b/i.exec(folded.slice(end, end + 20));
  if (!after) return null;
  if (AGE_BEFORE.test(before)) return null;
  const rest = folded.slice(end + after[0].length, end + after[0].length + 16);
  if (/^[^\S\n]*(?:and|or)[^\S\n]+(?:over|above|under|below|older|younger|more|less)\b/i.test(rest))
    return null;
  return after[1]?.toLowerCase() === 'old' ? 'age' : 'change';
}

/**
 * A span of time stated in English (village head for 14 years, the past 10 years, 20 years ago, three
 * months): a figure no other can check. Not an age (35 years old), a label's bound (aged 18 years or
 * over, under 35 years) nor a term of office (a 5-year term, a term of 3 years, 3 years a term).
 */
const SPAN_AFTER_EN = /^[^\S\n]+(?:years?|months?|weeks?|days?)\b/i;
const NOT_SPAN_AFTER_EN =
  /^[^\S\n]+years?[^\S\n]+(?:old|of[^\S\n]+age|younger|older)\b|^[^\S\n]+\w+(?:[^\S\n]+(?:a|each|per))?[^\S\n]+terms?\b|^[^\S\n]+\w+[^\S\n]+(?:and|or)[^\S\n]+(?:over|above|under|below|older|younger|more|less)\b/i;
const TERM_BEFORE_EN = /\bterms?[^\S\n]+of[^\S\n]+$/i;
/** A span joined to its noun (a 99-year lease, a 10-year plan); not an age (a 35-year-old) nor a term (a 5-year term). */
const HYPHENED_SPAN_AFTER_EN = /^-(?:years?|months?|weeks?|days?)\b(?!-)/i;
const HYPHENED_TERM_AFTER_EN = /^-\w+[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:terms?|tenure)\b/i;
function isSpanInEnglish(folded: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 32);
  const before = folded.slice(Math.max(0, start - 12), start);
  const spanAfter =
    (SPAN_AFTER_EN.test(after) && !NOT_SPAN_AFTER_EN.test(after)) ||
    (HYPHENED_SPAN_AFTER_EN.test(after) && !HYPHENED_TERM_AFTER_EN.test(after));
  return spanAfter && !AGE_BEFORE.test(before) && !TERM_BEFORE_EN.test(before);
}

/**
 * Work points of a collective's days (一个工分最低值8分, 补贴300分工分, 民主测评得分95分): points, not minutes
 * of a time (8时30分) nor a count of the election.
 */
const POINTS_BEFORE = /(?:工分|得分|评分|积分|打分|分值|满分)[^。；;\n]{0,8}$/;
function isWorkPoints(folded: string, start: number, unitEnd: number): boolean {
  return (
    folded.startsWith('工分', unitEnd) || POINTS_BEFORE.test(folded.slice(Math.max(0, start - 16), start))
  );
}

/** A span of days or hours (公示7天, 历时2个月, 相隔15分钟), after its unit. */
const DURATION_UNITS = new Set(['天', '小时', '分钟']);
/**
 * A measure of area, length, volume or money right after a number (耕地3578亩, 12.5公里, 33.4平方公里,
 * 600万方的水库, 230万元, 30块钱, 9 m3, 40 hectares, 2,000 yuan): no count of the election.
 */
const MEASURE_AFTER =
  /^[^\S\n]*(?:平方公里|平方千米|平方米|立方米|公里|千米|公顷|亩|米(?![粉饭])|方(?![面案式向法针])|元(?![旦月素宵])|块钱|(?:m[23²³]|km2?|km²|hectares?|acres?|yuan|kilomet(?:re|er)s?|square[^\S\n]+(?:met|kilomet|mile)|cubic[^\S\n]+met)(?![a-z]))/i;

/**
 * A candidate's ballot number before the name (1號廖郁林412票, 2号王林): a position on the ballot, no count.
 * Not 第1号 (a notice's number) nor 5月28号 (a day).
 */
function isBallotNumber(folded: string, start: number, end: number): boolean {
  return (
    /^[号號][\u3400-\u9fff]/.test(folded.slice(end, end + 2)) && !/[第月]/.test(folded.charAt(start - 1))
  );
}

/**
 * A rank after 前 (得票前两名当选, 得票居前3位, 按得票多少取前五名): the first N by votes, a position, no count of
 * people (it had been read as a group 得票前 of 2).
 */
function isRank(folded: string, unit: string | null, start: number): boolean {
  return (unit === '名' || unit === '位') && /前[^\S\n]?$/.test(folded.slice(Math.max(0, start - 2), start));
}

/** The kind of a quantity no election counts that a number states, as the token's `quantity` field. */
function quantityOf(
  folded: string,
  unit: string | null,
  percent: boolean,
  span: boolean,
  points: boolean,
  end: number,
  unitEnd: number,
  start: number,
): Pick<NumberToken, 'quantity'> {
  if (percent) return {};
  if (unit === null && isBallotNumber(folded, start, end)) return { quantity: 'ordinal' };
  if (isRank(folded, unit, start)) return { quantity: 'ordinal' };
  if (
    span ||
    (unit !== null && DURATION_UNITS.has(unit)) ||
    (unit === '个' && folded.startsWith('月', unitEnd))
  )
    return { quantity: 'span' };
  if (points) return { quantity: 'points' };
  // 平均每村5人, 每个社区平均4024人, 村均5.2人: an average, no count of any group (an age is read as such).
  if (unit !== '岁' && AVERAGE_BEFORE.test(folded.slice(Math.max(0, start - 12), start)))
    return { quantity: 'average' };
  if (unit === null && MEASURE_AFTER.test(folded.slice(end, end + 16))) return { quantity: 'measure' };
  return {};
}

/** Words right before a number that make it an average (平均每村, 每个社区平均, 村均, 平均为). */
const AVERAGE_BEFORE =
  /(?:平均|[村户人组]均)(?:每(?:个|一个)?[\u3400-\u9fff]{1,4})?(?:为|是|有|达到?)?[^\S\n]*$/;
/** Words that bound a count from below or above (over 400 signatures); an age after them is a label's. */
const BOUND_BEFORE = /\b(?:over|under|above|below)\s+$/i;
/**
 * Something counted after a number, not an age (400 signatures, 100 government officials; not 35 years,
 * nor 55 and over).
 */
const COUNTED_AFTER = /^\s+(?!years?\b|and\b|or\b|to\b)(?:[a-z]+\s+(?!years?\b))?[a-z]+s\b/i;
/** No age is this high: a number past it after `over` bounds a count. */
const OLDEST = 130n;

/** Whether `over N` (under, above, below) bounds a count rather than an age. */
function isCountBound(folded: string, start: number, end: number, written: string): boolean {
  if (!BOUND_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) || !/^\d+$/.test(written)) return false;
  return BigInt(written) > OLDEST || COUNTED_AFTER.test(folded.slice(end, end + 24));
}

/**
 * Whether an Arabic number is a time of day: followed by am / pm / o'clock (or the end of a range of
 * hours), or, with no unit, after 上午 / 下午 (上午9). Only small
 * numbers (up to 24) can be hours.
 */
function isTimeOfDay(
  folded: string,
  start: number,
  end: number,
  arabic: boolean,
  unit: string | null,
): boolean {
  if (!arabic || end - start > 5) return false;
  // 9, 10, 9.30 (9.30 am): an hour, with its minutes after a point.
  const written = folded.slice(start, end);
  if (!/^\d{1,2}(?:\.\d\d)?$/.test(written) || Number.parseInt(written, 10) > 24) return false;
  if (TIME_AFTER.test(folded.slice(end, end + 16))) return true;
  return unit === null && TIME_BEFORE.test(folded.slice(Math.max(0, start - 8), start));
}

/** Whether a bare number numbers a list: a mark after it, nothing but a bullet or bracket before it. */
function isListNumber(folded: string, start: number, end: number): boolean {
  if (end - start > 3 || !LIST_MARK_AFTER.test(folded.slice(end, end + 2))) return false;
  // Only the 8 characters before the number matter: a line break is looked for there, not back to the
  // text's start (a search per number over one long line is quadratic). A line starting further back
  // stands at start - 9 here, which gives the same prefix and the same test below.
  const reach = Math.max(0, start - 9);
  const newline = folded.slice(reach, start).lastIndexOf('\n');
  const lineStart = newline >= 0 ? reach + newline + 1 : reach;
  const prefix = folded.slice(Math.max(lineStart, start - 8), start);
  return (
    (start - lineStart <= 8 && (LIST_PREFIX.test(prefix) || LIST_AFTER_HEADING.test(prefix))) ||
    LIST_AFTER_SENTENCE.test(prefix)
  );
}

/** The value of each place word of a number written with digits (MIXED_PLACES). */
const PLACE_VALUE: Readonly<Record<string, bigint>> = { 十: 10n, 百: 100n, 千: 1000n };

/**
 * A number written with digits and place words in a form whose value is certain, or null: single digits
 * before place words that fall (千, 百, 十), a 零 where places are skipped, and digits after the last place
 * word only after 零 (less than the place skipped to: `2千零50` 2050, `1千2百零4` 1204) or filling the
 * places left exactly (`2百34` 234, `3十4` 34). `1千2` and `1千2百5`, which speech shortens (1,200? 1,250?),
 * are null. A 万 or 亿 after the whole scales it (`1千2百万`); digits before 万 and then such a number of
 * thousands (`1万2千3百`) add up.
 */
export function parseMixedPlaces(written: string): ExactDecimal | null {
  const scaled = /^(.*?)([万亿])$/.exec(written);
  if (scaled) {
    const inner = parseMixedPlaces(scaled[1] ?? '') ?? parseArabicNumber(scaled[1] ?? '');
    if (inner === null || inner.decimals !== 0) return null;
    return { digits: inner.digits * (scaled[2] === '万' ? 10_000n : 100_000_000n), decimals: 0 };
  }
  const high = /^(\d+)万(零?)(.+)$/.exec(written);
  if (high) {
    const low = belowTenThousand(high[3] ?? '', high[2] === '零' ? null : 1000n);
    return low === null ? null : { digits: BigInt(high[1] ?? '0') * 10_000n + low, decimals: 0 };
  }
  const whole = belowTenThousand(written, undefined);
  return whole === null ? null : { digits: whole, decimals: 0 };
}

/**
 * The value of `1千2百零4` and the like below 10,000, or null when uncertain. `first`: the place the
 * number must open with (1000n after 3万: `3万8千`), null when a 零 before it lets it open lower, undefined
 * when any.
 */
function belowTenThousand(written: string, first: bigint | null | undefined): bigint | null {
  const parts = /^((?:[1-9][千百十]零?)*)(\d*)$/.exec(written);
  if (!parts) return null;
  const groups = [...(parts[1] ?? '').matchAll(/([1-9])([千百十])(零?)/g)];
  if (groups.length === 0) return null;
  let total = 0n;
  let last = 10_000n;
  let zeroAfterLast = false;
  for (const [index, group] of groups.entries()) {
    const place = PLACE_VALUE[group[2] ?? ''] ?? 0n;
    if (place >= last) return null;
    // 1千零5十: a 零 must skip a place; 1千2百 skips none.
    if (zeroAfterLast && place * 10n === last) return null;
    if (index === 0 && first !== undefined && first !== null && place !== first) return null;
    total += BigInt(group[1] ?? '0') * place;
    last = place;
    zeroAfterLast = group[3] === '零';
    if (zeroAfterLast && index < groups.length - 1 && place === 10n) return null;
  }
  const tail = parts[2] ?? '';
  if (tail === '') return zeroAfterLast ? null : total;
  const value = BigInt(tail);
  if (zeroAfterLast) {
    // 2千零50: less than the place skipped to, and more than the place after it holds.
    return value > 0n && value < last / 10n && !tail.startsWith('0') ? total + value : null;
  }
  // 2百34: digits filling every place left; 1千2 (1,200 or 1,002?) does not.
  return tail.length === String(last).length - 1 ? total + value : null;
}

/** 3万8千 → 38000: a count written with 万 (or 亿) and then 千 or 百. */
function parseMixedNumber(written: string): ExactDecimal | null {
  const match = /^(\d+)\s*([万亿])(\d+)([千百])$/.exec(written);
  if (!match) return null;
  const big = match[2] === '万' ? 10_000n : 100_000_000n;
  const small = match[4] === '千' ? 1_000n : 100n;
  return { digits: BigInt(match[1] ?? '0') * big + BigInt(match[3] ?? '0') * small, decimals: 0 };
}

/**
 * Whether an age is stated as a figure (平均年龄44.9岁, 从51.4岁降到49.8岁, 比上届下降5.1岁) rather than
 * bounding a label (35岁以下的委员, 31至55岁): 'change' for a change against another term, 'age' for an
 * age (also a person's: 男，47岁, 47岁的李春生, 今年38岁), null for a label's bracket.
 */
function statedAge(folded: string, start: number, unitEnd: number): 'age' | 'change' | null {
  // 选民年龄从20岁到82岁: the ages a range of ages runs between are ages, its first end too.
  if (
    /(?:年龄|岁数)[^，,。；;\n\d]{0,6}(?:从|由)[^\S\n]*$/.test(folded.slice(Math.max(0, start - 12), start))
  )
    return 'age';
  if (/^[^\S\n]*(以下|以上|及以下|及以上|以内|至|到|~|-|—|\d)/.test(folded.slice(unitEnd, unitEnd + 4)))
    return null;
  const before = folded.slice(Math.max(0, start - 10), start);
  // 年满18周岁, 未满18岁, 不超过35岁: a condition or a bound, no one's age.
  if (/(满|超过|低于|高于|不到)\s*$/.test(before)) return null;
  if (/(下降|降低|提高|增加|减少|上升|增长|延长|缩短)了?\s*$/.test(before)) return 'change';
  // 预期寿命为77.25岁, 平均34.2岁: no label is bounded by an age with decimals.
  if (/[.。]\d/.test(folded.slice(start, unitEnd))) return 'age';
  // The age of the person the words after it name: 回来的26岁青年, 这位31岁村医.
  if (/(的|这位|那位|一位)$/.test(before)) return 'age';
  // A person's age: 张三，男，47岁; （女，39岁）; 47岁的李春生; 今年38岁, 现年52岁.
  if (
    /[男女族][，,、]$/.test(before) ||
    /(今年|现年|年仅|年方|享寿|享年|终年|得年)$/.test(before) ||
    (/^的/.test(folded.slice(unitEnd, unitEnd + 1)) && !/[至到~\-—]$/.test(before))
  )
    return 'age';
  if (
    /平均|年龄|年轻|年长|寿命/.test(before) ||
    /(从|由|原来的|降到|降至|升到|升至|只有|仅|才|最小的?|最大的?)\s*$/.test(before)
  )
    return 'age';
  // A person's age by the words around it: 40岁出头的虞廷顺, 她4岁离开时, 那时58岁, 这个19岁“明星村官”, and
  // a headline's (女村官19岁 at its line's end).
  if (
    /^(?:出头|时|那年|离开|[“"「]|[^\S\n]*(?:\n|$))/.test(folded.slice(unitEnd, unitEnd + 4)) ||
    /(那时|当时|这个|那个|这名|那名|他|她)$/.test(before)
  )
    return 'age';
  return null;
}

/** The words after a year at a line's start: a title's, never what a count counts. */
function yearTitleAfter(after: string): boolean {
  return TITLE_AFTER_YEAR.test(after) && !COUNTED_AFTER_YEAR.test(after);
}
