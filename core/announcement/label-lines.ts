import { linesOf, type TextLine } from './text-lines.js';
import { isHanPersonName } from './person-name.js';
import { pushAll } from '../model/long-lists.js';
import { firstStartingAfter } from './text-places.js';

/**
 * A results report form (选举结果报告单, 选举情况报告单) captured from a scan or a web page whose table was
 * flattened puts each label on its own line and its value on the next:
 *
 *     登记选民数
 *     1,630
 *     参加投票人数
 *     1,402人
 *
 * Read so, the number stands alone on its line, with no words of its own. Where a line is only the label
 * of one of the election's counts (below) and the next line only a count (`1,402`, `1,402人`, `1,398张`),
 * (or a line only 参选率 or 投票率 and the next only its share, `86.01%`),
 * the line break between them is written as a space in the folded text (the same length, so that offsets
 * hold): the pair reads as `参加投票人数 1,402人` does on one line. A pair is joined only where the form
 * proves it: the line before the label is no label of a count or a table's column (two labels stacked
 * over two numbers pair in no certain order), and the line after the number is no number (a number line
 * after it leaves which label each is of uncertain) nor the rest of a date (`2026` ⏎ `年5月`), nor a bare 1
 * before a post opening a row of candidates (`无效票` ⏎ `1` ⏎ `主任`: the 1 may be the first row's number,
 * 无效票 left blank). The candidates' rows (职务 ⏎ 姓名 ⏎ 得票数 ⏎ 主任 ⏎ 王立新 ⏎ 912) are a flattened vote table's
 * (read-vote-table.ts), never joined here.
 */
export function labelLinesJoined(folded: string): string {
  if (!folded.includes('\n') || !(COUNT_LABEL_ANYWHERE.test(folded) || folded.includes('当选人')))
    return folded;
  const lines = linesOf(folded);
  // The line breaks to write as spaces, in text order: the text is built once from them.
  const breaks: number[] = [];
  for (let index = 0; index + 1 < lines.length; index++) {
    const label = lines[index];
    const value = lines[index + 1];
    if (!label || !value) continue;
    // 主任当选人 ⏎ 张建华 ⏎ 得票数 ⏎ 735: a winner's name between the post's label and the votes' label, each on its
    // line: the three line breaks written as spaces, the row read as `主任当选人 张建华 得票数 735` is.
    const winner = winnerRow(lines, index);
    if (winner !== null) {
      pushAll(breaks, winner);
      index += 3;
      continue;
    }
    const count = value.text.trim();
    const pair =
      (isCountLabel(label.text) && COUNT_LINE.test(count)) ||
      (RATE_LABEL.test(squeezed(label.text)) && RATE_LINE.test(count));
    if (!pair) continue;
    if (isStackedLabel(lines[index - 1]) || isNumberLine(lines[index + 2])) continue;
    const after = lines[index + 2]?.text.trim() ?? '';
    if (DATE_AFTER.test(after)) continue;
    if (FIRST_ROW_NUMBER.test(count) && POST_LINE.test(squeezed(after))) continue;
    breaks.push(value.start - 1);
    index++;
  }
  if (breaks.length === 0) return folded;
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += `${folded.slice(from, at)} `;
    from = at + 1;
  }
  return out + folded.slice(from);
}

/**
 * Where the folded text holds labels of counts stacked on their own lines over numbers on theirs (two
 * labels or more, then as many numbers or more, none of them paired by labelLinesJoined): the numbers'
 * starts, for the reader to list them unread as `labels-apart` rather than as of no meaning.
 */
export function numbersUnderStackedLabels(folded: string): ReadonlySet<number> {
  const starts = new Set<number>();
  if (!folded.includes('\n') || !COUNT_LABEL_ANYWHERE.test(folded)) return starts;
  const lines = linesOf(folded);
  for (let index = 0; index < lines.length; index++) {
    let labels = 0;
    while (isFormLabel(lines[index + labels]?.text ?? '')) labels++;
    if (labels < 2) continue;
    let numbers = 0;
    while (isNumberLine(lines[index + labels + numbers])) numbers++;
    if (numbers >= 2)
      for (let at = 0; at < numbers; at++) {
        const line = lines[index + labels + at];
        if (line) starts.add(line.start + (line.text.length - line.text.trimStart().length));
      }
    index += labels + numbers - 1;
  }
  return starts;
}

/**
 * The labels of the election's own counts a report form writes, each alone on its line, with the unit
 * in brackets perhaps (`发出选票（张）`) and a colon after it perhaps.
 */
const COUNT_LABEL =
  /^(?:其中[:：]?)?(?:登记(?:的)?选民(?:总)?(?:人)?数?|选民总数|(?:实际)?参加投票(?:的)?(?:选民)?(?:人数|数)?|参加选举(?:的)?(?:选民)?人数|投票人数|发出选票(?:数|总数)?|收回选票(?:数|总数)?|有效(?:选)?票(?:数)?|无效(?:选)?票(?:数)?|废票(?:数)?)(?:[（(](?:人|张|票|份)[）)])?[:：]?$/;
/** The turnout's label alone on its line (参选率, 投票率), and a line of its share (`86.01%`). */
const RATE_LABEL = /^(?:参选率|投票率)(?:[（(]%[）)])?[:：]?$/;
const RATE_LINE = /^\d{1,3}(?:\.\d{1,4})?[^\S\n]?%$/;
/** A label of a count anywhere: the text is looked at line by line only where one is. */
const COUNT_LABEL_ANYWHERE = /登记|选民|参加|投票|选票|有效|无效|废票|参选率/;
/** A column's or another label's line: a header of a flattened table, or a count's label. */
const COLUMN_LABEL =
  /^(?:序号|编号|职务|职位|姓名|性别|年龄|得票(?:数|总数)?|得票率|是否当选|当选情况|备注|候选人|村名|村（社区）|村\(社区\)|社区|乡镇|单位|项目|内容|数量|人数|票数)$/;
/** A line of one count, with its unit perhaps: `1,402`, `1402人`, `1,398张`. */
const COUNT_LINE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:[^\S\n]?(?:人|张|票|名|份))?$/;
/** A line of digits only, with or without a unit, grouped or not. */
const NUMBER_LINE = /^[\d,，.]+(?:[^\S\n]?(?:人|张|票|名|份|%))?$/;
/** The rest of a date or a time after a year's or a day's digits: `年5月`, `月18日`, `-05-18`, `:30`. */
const DATE_AFTER = /^(?:年|月|日|号|时|点|[-/.:：]\d)/;

/** A bare 1 (or 01) on its line: perhaps the first row's number under 序号. */
const FIRST_ROW_NUMBER = /^0?1$/;
/**
 * A post alone on its line: a flattened row of candidates opens with it, and a number right before it
 * may be that row's number (序号), not the count of the label above.
 */
const POST_LINE =
  /^(?:村(?:民)?委员会|居(?:民)?委员会|村务监督委员会|监委会)?(?:主任|副主任|委员|妇女委员|成员)$/;

/**
 * The line breaks of a winner's row of a report form, each part on its own line: the post's winner's label
 * (`主任当选人`, `村民委员会委员当选人：`), the winner's name alone, the votes' label (`得票数`, `得票（票）`) and the
 * votes alone (`735`, `735票`); null for any other lines. Not where a number line follows (which label each
 * number is of is then uncertain) nor where the label before is a table's column (a flattened table's
 * header, read-vote-table.ts).
 */
function winnerRow(lines: readonly TextLine[], index: number): number[] | null {
  const [post, name, label, votes] = [0, 1, 2, 3].map((at) => lines[index + at]);
  if (post === undefined || name === undefined || label === undefined || votes === undefined) return null;
  const named = name.text.trim();
  if (!WINNER_LABEL.test(squeezed(post.text)) || !isHanPersonName(named) || NO_WINNER.test(named))
    return null;
  if (!VOTES_LABEL.test(squeezed(label.text)) || !VOTES_LINE.test(votes.text.trim())) return null;
  if (isStackedLabel(lines[index - 1]) || isNumberLine(lines[index + 4])) return null;
  return [name.start - 1, label.start - 1, votes.start - 1];
}

/** A post's winner's label alone on its line: `主任当选人`, `委员当选人：`, `村民委员会副主任当选人`. */
const WINNER_LABEL =
  /^(?:村民委员会|村委会|居民委员会|居委会)?(?:主任|副主任|委员|妇女委员|成员)当选人(?:姓名)?[:：]?$/;
/** Words in a winner's cell that name no one: a seat left empty (空缺, 暂缺), a pointer (见附表), a runoff to come. */
const NO_WINNER = /空缺|暂缺|缺额|见附|详见|附表|未产生|未选出|待定|另行|^无$/;
/** The votes' label alone on its line: `得票数`, `得票`, `所得票数`, `得票数（票）`. */
const VOTES_LABEL = /^(?:所)?得票(?:数|总数)?(?:[（(]票[）)])?[:：]?$/;
/** A line of one count of votes: `735`, `1,035票`. */
const VOTES_LINE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:[^\S\n]?票)?$/;

/** A line's words with no space in them (`发出选票 （张）`, a label's cell padded). */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Whether a line is only a table's column label (职务, 姓名, 得票数, 是否当选, 备注): a flattened table's header,
 * which names no round nor body, so a round's heading over it (另行选举 ⏎ … ⏎ 职务 ⏎ 姓名 ⏎ 得票数) still sets the
 * rows under it (mention-settings.ts).
 */
export function isColumnLabelLine(text: string): boolean {
  return COLUMN_LABEL.test(squeezed(text).replace(/[:：]$/, ''));
}

function isCountLabel(text: string): boolean {
  return COUNT_LABEL.test(squeezed(text));
}

/** A label of a count or of the turnout, stacked over numbers with others. */
function isFormLabel(text: string): boolean {
  return isCountLabel(text) || RATE_LABEL.test(squeezed(text));
}

function isStackedLabel(line: TextLine | undefined): boolean {
  return line !== undefined && (isFormLabel(line.text) || COLUMN_LABEL.test(squeezed(line.text)));
}

function isNumberLine(line: TextLine | undefined): boolean {
  return line !== undefined && /\d/.test(line.text) && NUMBER_LINE.test(line.text.trim());
}

/**
 * Where a report form heads a block with another body than the committee on a line of its own
 * (`二、村务监督委员会`, `村民小组长选举情况`, `党支部`): the starts of those lines. The counts under such a
 * heading are that body's own (its voters, ballots and candidates), never the committee's.
 */
export function otherBodyHeadingsAt(folded: string): number[] {
  const at: number[] = [];
  if (!folded.includes('\n') || !OTHER_BODY_ANYWHERE.test(folded)) return at;
  for (const line of linesOf(folded)) if (OTHER_BODY_HEADING.test(squeezed(line.text))) at.push(line.start);
  return at;
}

const OTHER_BODY_ANYWHERE = /监督委员会|监委会|监督小组|小组长|党支部|党总支/;
const OTHER_BODY_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])?(?:村务监督委员会|村务监督小组|监委会|村民小组长|党支部|党总支)(?:成员|委员)?(?:的)?(?:选举|推选)?(?:情况|结果)?[:：]?$/;

/**
 * The villages (or communities) a township's report form heads a block with, each name alone on its
 * line right over a count's label on the next (`西岭村` ⏎ `登记选民数` ⏎ `984`), in text order: each
 * block's counts are that village's own account, checked within it and never with another's.
 */
export function villageBlockNames(folded: string): string[] {
  const names: string[] = [];
  if (!folded.includes('\n') || !COUNT_LABEL_ANYWHERE.test(folded)) return names;
  const lines = linesOf(folded);
  for (let index = 0; index + 1 < lines.length; index++) {
    const name = squeezed(lines[index]?.text ?? '');
    const next = lines[index + 1]?.text ?? '';
    if (VILLAGE_LINE.test(name) && (isCountLabel(next) || COUNT_LABEL_START.test(squeezed(next))))
      if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** A line only a village's or a community's name: `西岭村`, `光明社区` (no 村民委员会, no title). */
const VILLAGE_LINE =
  /^(?!(?:农村|行政村|自然村|全村|本村|各村|该村|城市社区|城镇社区|本社区|各社区|全社区)$)[\u4e00-\u9fff]{1,8}(?:村|社区)$/;
/** A count's label opening a line, its count after it on the same line (`登记选民数 984`). */
const COUNT_LABEL_START =
  /^(?:登记(?:的)?选民(?:总)?(?:人)?数?|选民总数|(?:实际)?参加投票(?:的)?(?:选民)?(?:人数|数)?|发出选票(?:数|总数)?)[:：]?\d/;

/**
 * The villages (or communities) a township's summary written in prose opens a block with, each name
 * followed by a colon and a count's label (`东湾村：参加投票1230人，有效票1200张…。 西岭村：参加投票880人…`), in
 * text order: each block's counts, the reader's scope of that village, are its own account, checked within
 * it as a report form's blocks are (villageBlockNames). The name stands at the start of a line or after a
 * sentence's end, a clause's end or a colon.
 */
export function villageBlockNamesInProse(folded: string): string[] {
  const found: { readonly at: number; readonly name: string }[] = [];
  for (const match of folded.matchAll(PROSE_VILLAGE_BLOCK)) {
    const name = match[1] ?? match[2] ?? match[3] ?? '';
    if (VILLAGE_LINE.test(name)) found.push({ at: match.index, name });
  }
  pushAll(found, namesAgainOfLines(folded));
  // A set keeps a summary of many villages linear; its insertion order is the text's.
  return [...new Set(found.sort((a, b) => a.at - b.at).map((block) => block.name))];
}

/**
 * `长岭村：村务监督委员会…；选举产生村务监督委员会成员3名…。长岭村登记选民1,288人，参加投票…`: a line opened by a village's
 * name and its colon over another body's vote, its own counts in a later sentence that opens with the same name
 * again, no colon (the line's counts named by it): the line is that village's block, as if its name and colon
 * stood right before the counts. Only the line's own name: any other name before counts after `。` opens no block.
 * Each name again is found by one pass over the text and the line's head by halving: linear.
 */
function namesAgainOfLines(folded: string): { at: number; name: string }[] {
  const found: { at: number; name: string }[] = [];
  let lines: { starts: number[]; names: string[] } | null = null;
  for (const match of folded.matchAll(NAME_AGAIN)) {
    const name = match[1] ?? '';
    if (!VILLAGE_LINE.test(name)) continue;
    lines ??= labelledLines(folded);
    // The line it stands in: the last to start at or before it.
    const line = firstStartingAfter(lines.starts, match.index, (start) => start) - 1;
    const at = lines.starts[line];
    if (at !== undefined && lines.names[line] === name) found.push({ at, name });
  }
  return found;
}

/** Each line's start and the village's name its head labels with a colon ('' for none). */
function labelledLines(folded: string): { starts: number[]; names: string[] } {
  const starts: number[] = [];
  const names: string[] = [];
  for (const line of linesOf(folded)) {
    starts.push(line.start);
    names.push(LINE_LABEL.exec(line.text.slice(0, LINE_LABEL_REACH))?.[1] ?? '');
  }
  return { starts, names };
}

/** A list's number before a block's name: `一、`, `（二）`, `3.`. */
const LIST_NUMBER =
  '(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．])';
/** A block's name in lenticular brackets at a line's head (`【西岭村】登记选民…`), its colon optional. */
const BRACKETED_NAME = '【([\\u4e00-\\u9fff]{1,8}?(?:村|社区))】[：:]?';
const BLOCK_NAME = '([\\u4e00-\\u9fff]{1,8}?(?:村|社区))';
const LINE_LABEL = new RegExp(`^[ \\t\\u3000]{0,8}${LIST_NUMBER}?${BLOCK_NAME}[^\\S\\n]*[：:]`, 'u');
/**
 * The count that follows a block's name, perhaps said of the village itself: `登记选民…`, `本村登记选民…`,
 * `全村共有登记选民…`. Exported for village-block-scopes.ts, which finds the same blocks' reach.
 */
export const BLOCK_COUNT_AHEAD =
  '(?=(?:(?:本|全|该)(?:村|社区)(?:共有|共)?|共有)?(?:登记(?:的)?选民|选民总数|(?:实际)?参加投票|发出选票|收回选票|有效票))';
/**
 * After a block's name and its colon, the supervisory committee's vote and then, after `；` in the same sentence,
 * the committee's own election with its counts (`东湾村：村务监督委员会由村民代表会议选举产生，到会村民代表31人，有效票29张；
 * 选举参加投票876人…`, `；本次换届选举参加投票…`, `；村委会选举参加投票…`, `；同日进行村民委员会换届选举，登记选民…`): the
 * block of that village as well (committee-after-mark.ts reads the clause after the mark as the committee's).
 * Bounded: the body's clauses up to the mark, at most SUPERVISORY_REACH characters.
 */
const SUPERVISORY_VOTE_AHEAD =
  '(?<=[：:][^\\S\\n]?)(?=(?:同日|当日)?[，,]?(?:村务监督委员会|居务监督委员会|村务监督小组|监委会|村监委|居监委)[^；;。\\n]{0,100}[；;][^\\S\\n]*' +
  '(?:(?:同日|当日|同一天|当天)[，,]?)?(?:(?:进行|举行)了?)?(?:本次|本届)?(?:(?:社区)?(?:村民委员会|居民委员会|村委会|居委会)的?)?(?:换届)?选举[，,]?' +
  `${BLOCK_COUNT_AHEAD})`;

/** A village's name and its colon at a line's head (`长岭村：`, `一、东坪村：`), read within LINE_LABEL_REACH. */
const LINE_LABEL_REACH = 24;
/** A village's name after a sentence's or clause's end, no colon, right before a count (`。长岭村登记选民…`). */
const NAME_AGAIN = new RegExp(`[。；;]${BLOCK_NAME}(?=[^\\S\\n]*${BLOCK_COUNT_AHEAD})`, 'gu');

/**
 * A block's name after a sentence's or clause's end with its colon (`。西岭村：参加投票…`), or at a line's
 * head, perhaps numbered, with or without its colon (`一、东坪村：本村登记选民…`, `（二）西坪村登记选民…`).
 */
const PROSE_VILLAGE_BLOCK = new RegExp(
  `(?:^[ \\t\\u3000]{0,8}(?:${LIST_NUMBER}?${BLOCK_NAME}[：:，,]?|${BRACKETED_NAME})|[\\s。；;：:]${LIST_NUMBER}?${BLOCK_NAME}[：:])[^\\S\\n]*(?:${BLOCK_COUNT_AHEAD}|${SUPERVISORY_VOTE_AHEAD})`,
  'gmu',
);

/**
 * Where a report form heads the block of a later round with a line of its own right over a count's label
 * (`另行选举` ⏎ `参加投票人数` ⏎ `1,047`; `二、第二轮投票情况`, `再次投票：`): the starts of those lines. The counts
 * under such a heading are that round's own account, read as that round's (mention-settings.ts sets them
 * so from the heading line) and never the first vote's stated again. A line that only mentions a runoff
 * (`另行选举` as a candidate's remark under 是否当选, then his next row) is no heading: the next line must be
 * the label of one of the election's counts.
 */
export function roundHeadingsAt(folded: string): number[] {
  const at: number[] = [];
  if (!folded.includes('\n') || !ROUND_ANYWHERE.test(folded)) return at;
  const lines = linesOf(folded);
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || !ROUND_HEADING.test(squeezed(line.text))) continue;
    const next = squeezed(lines[index + 1]?.text ?? '');
    if (isCountLabel(next) || RATE_LABEL.test(next) || COUNT_LABEL_START.test(next)) at.push(line.start);
  }
  return at;
}

const ROUND_ANYWHERE = /另行选举|第二轮|第二次投票|再次投票|重新投票/;
const ROUND_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])?(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:委员|副主任|主任)?(?:另行选举|第二轮(?:投票|选举)?|第二次投票|再次投票|重新投票)(?:[（(](?:另行选举|第二轮投票|第二次投票)[)）])?)(?:的)?(?:投票|选举)?(?:情况|结果)?[:：]?$/;
