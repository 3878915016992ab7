import type { TextSpan } from './announced-figures.js';
import { sexNoteAtEnd } from './english-sex-note.js';
import { relativeClauseAtEnd } from './english-winner-shapes.js';
import { TITLE_BEFORE_NAME, isHanPersonName } from './person-name.js';

/**
 * Finds "A、B、C当选为…委员" and "A, B and C were elected members" in folded text. Names come back as
 * spans, so that the reader takes them from the original text as written; the role is the text after
 * 当选(为) or "elected (as)", for the contest resolver.
 */
export interface ElectedMention {
  /** From the first name to the end of 当选 / elected. */
  readonly span: TextSpan;
  /** The declaring word itself: 当选, or "elected" (listed whole when the names cannot be told). */
  readonly word: TextSpan;
  readonly names: readonly TextSpan[];
  readonly role: string;
  /** Where the role text read ends (bounded: a role is a few words). */
  readonly roleEnd: number;
}

/** How far before 当选 / elected names may stand, and how far after it the role is read. */
const NAMES_REACH = 160;
const ROLE_REACH = 40;

const CHINESE = /当选/g;
// `was re-elected` declares as `was elected` does. `had been elected` too: reported speech (announced that Lin had been elected chief) declares the result.
const ENGLISH = /\b(?:was|were|is|are|has been|have been|had been|been)\s+(?:duly\s+)?(?:re-?)?elected\b/gi;
// 未当选 and 新当选 (the newly elected, a group of a summary) declare no one; nor do 未能当选, 不能当选, 均未获当选
// and a rule's 方能当选, 始得当选.
const NEGATED = /(未|没有|没|无人|不|落|新|能|得|(?:未|没有|没)获)$/;
/**
 * 陈立新当选为村民委员会主任, 王秀珍、杨建新当选为委员, 副主任：何建新当选，得票3187票: a name ending in 新 right
 * before 当选, opening its clause (after a mark, or a post's 候选人), with 为 or a mark right after 当选: the
 * name keeps its 新. 新当选的, 新当选村委会成员, 新当选49人, 本次新当选居民代表, 重新当选 stay no declaration.
 */
const NAME_ENDING_XIN = /(?:[、，,：:；;。\n]|候选人)[^\S\n]*([\u3400-\u9fff]{1,3}新)$/u;
/**
 * Words ending in 新 that are no name's end (重新当选, 最新当选, 全新), and a place or term before 新当选
 * (全村新当选为委员的是…, 本届新当选, 各村新当选): no name.
 */
const WORD_ENDING_XIN =
  /[重最全更创革刷清崭从]新$|^(?:全|本|各|该|此|今|当)(?:村|届|次|组|社区|镇|乡|街道|年|体)新$/;
const ROLE_AFTER_NAME = /^(?:为|[^\S\n]*[，,。；;])/;
function nameEndsWithXin(text: string, from: number, at: number): boolean {
  if (text.charAt(at - 1) !== '新' || !ROLE_AFTER_NAME.test(text.slice(at + 2, at + 4))) return false;
  const low = Math.max(from, at - 12);
  // The stretch searched is bounded (12 characters), so the name's run stays linear.
  const name = NAME_ENDING_XIN.exec(`${low === 0 ? '\n' : ''}${text.slice(low, at)}`)?.[1];
  return name !== undefined && !WORD_ENDING_XIN.test(name) && isHanPersonName(name);
}
/** 差4票当选, 只差 4 票当选 (a count of at most 9 digits): the votes someone was short of being elected. */
const SHORT_OF = /差[^\S\n]?\d{1,9}[^\S\n]?票(?:就能|就可|即可|便可|才能)?$/;
const SHORT_OF_REACH = 18;
export const NOT_A_RESULT = /^(票|人|名|结|情|条|的|\s*(?:[:：]\s*)?\d)/;
/** The end of a count of people or of 候选人 right before a piece's 中 (两人中, 3名中, 候选人中). */
const AMONG_COUNTED = /^[人名位]$/u;
const NAME_PIECE = /[^、,，;；和及与\s]+/g;
const LATIN_PIECE = /[^,;]+/g;
/**
 * Words opening a piece before its name (经选举, 其中, 由 …), and a post's 候选人 (主任候选人张建华（男，得票1021票）当选,
 * 委员候选人李梅、赵强当选): the candidate is named after them. So too the words of those the winner is among,
 * ending in 中 (以上两人中王林当选, 上述候选人中, 3名候选人中, 候选人中): no name starts with that 中. And a title
 * held before (村党支部书记杨宏伟当选为村民委员会主任, 村党委书记, 社区党委书记, 原村委会主任, 现任村委会委员, 村民小组长,
 * 退役军人, 致富带头人: TITLE_BEFORE_NAME): the winner is named after it.
 */
export const PIECE_HEAD = new RegExp(
  String.raw`^(经选举|${TITLE_BEFORE_NAME}|依法|正式|其中|分别|同志|(?:均|都)(?:获$)?|由|(?:(?:以上|上述|上列|前述|这)(?:[两二三四五六七八九十]|\d{1,2})?[人名位]?|(?:[两二三四五六七八九十]|\d{1,2})[人名位])(?:正式)?(?:候选人|人选|人员)?中|(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|主任|妇女委员|委员))?候选人中?)+`,
);
// Pieces are cut from at most NAMES_REACH (160) characters before 当选 (pieces, below), so the tail's
// restarts along a run are bounded; the same for the English pieces and their `and`.
// 张伟再次连任, 张伟高票当选, 张伟成功当选: how one was elected is no part of the name; 成功 only after two
// characters (王成功 is a name). The count of the names written after the last (王林、李红两人当选, 二人均当选,
// 2人当选, 两位候选人当选) is no part of it, also only after two characters (王二 is a name). 均获 (三人均获当选)
// says the same as 均.
const PIECE_TAIL =
  // eslint-disable-next-line regexp/no-super-linear-move
  /(同志|等|已|被|均|都|(?:均|都)获|依次|分别|顺利|为|再次|再度|高票|(?<=[\u3400-\u9fff]{2})成功|(?<=[\u3400-\u9fff]{2})(?:[二两三四五六七八九十]|\d{1,2})[人名位](?:候选人|同志)?)+$/u;
/**
 * The way the votes were won, between a name and its 当选 (马文斌以超过三分之一的得票当选, 以过半数的选票当选,
 * 以全票当选, 以最高票当选): no part of the name.
 */
const MANNER_TAIL =
  /以(?:超过|过|获得|得)?(?:半数以上|过半数|半数|三分之一以上|三分之一|多数|最多|最高|较多|高|全)(?:的)?(?:得票|选票|票数|赞成票|票)$/;

/**
 * @param folded  the folded announcement
 * @param region  where names may stand: from the clause start (Chinese) or sentence start (English), or
 *                after the last number or heading colon before the mention
 * @param clauseEnd where the role text ends
 */
export function findElected(folded: string, regionStart: number, clauseEnd: number): ElectedMention[] {
  const mentions: ElectedMention[] = [];
  // Only the stretch where names and roles may stand is searched: offsets below are into it, from `base`.
  const base = regionStart;
  const text = folded.slice(base, clauseEnd);
  const end = text.length;
  const shift = (span: TextSpan): TextSpan => [span[0] + base, span[1] + base];
  // Each declaration's names stand after the one before it: the text read per declaration is bounded.
  let previousEnd = 0;
  for (const match of text.matchAll(CHINESE)) {
    const at = match.index;
    const from = Math.max(previousEnd, at - NAMES_REACH);
    previousEnd = at + 2;
    if (NEGATED.test(text.slice(Math.max(from, at - 2), at)) && !nameEndsWithXin(text, from, at)) continue;
    // 仅差4票当选: short of being elected, no declaration.
    if (SHORT_OF.test(text.slice(Math.max(from, at - SHORT_OF_REACH), at))) continue;
    const roleEnd = Math.min(end, at + 2 + ROLE_REACH);
    const role = text.slice(at + 2, roleEnd);
    if (NOT_A_RESULT.test(role)) continue;
    // 选举结果如下：陈立新当选为…, 主任：王林当选: the words up to a colon before the names are no name.
    const reach = text.slice(from, at);
    const colon = from + Math.max(reach.lastIndexOf('：'), reach.lastIndexOf(':')) + 1;
    const names = pieces(
      text,
      Math.max(from + sectionMarkAt(folded, base + from), colon),
      at - (MANNER_TAIL.exec(text.slice(from, at))?.[0].length ?? 0),
      NAME_PIECE,
      PIECE_HEAD,
      PIECE_TAIL,
    );
    // 以上两人中王林当选, the region opening after the count 两人: the 中 (among) of those counted opens no name.
    const first = names[0];
    if (
      first &&
      first[1] - first[0] > 2 &&
      text.charAt(first[0]) === '中' &&
      AMONG_COUNTED.test(folded.charAt(base + first[0] - 1))
    )
      names[0] = [first[0] + 1, first[1]];
    mentions.push({
      span: shift([names[0]?.[0] ?? at, at + 2]),
      word: shift([at, at + 2]),
      names: names.map(shift),
      role: role.replace(/^为/, ''),
      roleEnd: roleEnd + base,
    });
  }
  previousEnd = 0;
  for (const match of text.matchAll(ENGLISH)) {
    const at = match.index;
    const after = at + match[0].length;
    // announced that Lin had been elected: the names stand after "that", the words before it are no name.
    const from = afterRound(text, afterThat(text, Math.max(previousEnd, at - NAMES_REACH), at), at);
    previousEnd = after;
    // `Li Na, who won the vice chair with 655 votes in 2023, was re-elected chair`: the clause of `who` is
    // no name; the names end before it.
    const namesEnd = at - relativeClauseAtEnd(text.slice(from, at));
    // At most NAMES_REACH (160) characters (see PIECE_TAIL).
    // eslint-disable-next-line regexp/no-super-linear-move
    const names = pieces(text, from, namesEnd, LATIN_PIECE, /^\s*(and\s+)?/i, /\s*(?:(and)\s*)?$/i)
      .flatMap((piece) => splitAnd(text, piece))
      // `Zhou Min (female) was elected`: the sex set off after the name is no part of it.
      .map(([start, stop]): TextSpan => [start, stop - sexNoteAtEnd(text.slice(start, stop))]);
    const roleEnd = Math.min(end, after + ROLE_REACH);
    mentions.push({
      span: shift([names[0]?.[0] ?? at, after]),
      word: shift([after - 'elected'.length, after]),
      names: names.map(shift),
      role: text.slice(after, roleEnd).replace(/^\s*(as\s+)?(the\s+)?/i, ''),
      roleEnd: roleEnd + base,
    });
  }
  return mentions;
}

/**
 * A section's numeral opening a line or sentence before the names (四、王林、李红分别当选为…, （五）王林同志当选为…,
 * 3．王林当选为…): no name of the list.
 */
const SECTION_MARK =
  /[^\S\n]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[、.．](?!\d))[^\S\n]*/y;
/** How long the section mark at `at` of the folded text is, where it opens a line or a sentence; else 0. */
function sectionMarkAt(folded: string, at: number): number {
  let opening = at;
  while (opening > 0 && /[^\S\n]/.test(folded[opening - 1] ?? '')) opening -= 1;
  if (opening > 0 && !/[\n。]/.test(folded[opening - 1] ?? '')) return 0;
  SECTION_MARK.lastIndex = at;
  return SECTION_MARK.exec(folded)?.[0].length ?? 0;
}

function pieces(
  text: string,
  start: number,
  end: number,
  piece: RegExp,
  head: RegExp,
  tail: RegExp,
): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.slice(start, end).matchAll(piece)) {
    let from = start + match.index;
    let to = from + match[0].length;
    const word = text.slice(from, to);
    from += head.exec(word)?.[0].length ?? 0;
    to -= tail.exec(text.slice(from, to))?.[0].length ?? 0;
    if (to > from) spans.push([from, to]);
  }
  return spans;
}

/** "Cheng Yong and Yao Bin" → two names. */
function splitAnd(text: string, [from, to]: TextSpan): TextSpan[] {
  const word = text.slice(from, to);
  // A piece of at most NAMES_REACH (160) characters (see PIECE_TAIL).
  // eslint-disable-next-line regexp/no-super-linear-move
  const and = /\s+and\s+/i.exec(word);
  if (!and) return [[from, to]];
  return [
    [from, from + and.index],
    [from + and.index + and[0].length, to],
  ];
}

/** A section's numeral opening a line (三、, （三）, 3．). */
const SECTION_NUMERAL =
  /^[^\S\n]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])/;
/** One winner with the votes in brackets after the name: 吴刚（得票600张）, 吴刚（600票）. */
export const BRACKETED_VOTER =
  /\s*([^、，,（(）)\s]+)\s*[（(][^（()）\d]*\d[^（()）票张]*[票张][^（()）]*[）)]\s*([、，,和及与]|$)/y;

/**
 * The names of a list of winners each followed by their votes in brackets, standing right before 当选
 * (吴刚（得票600张）、郑华（得票450张）当选), as spans of `text`; null unless all of [from, to) is such a list.
 */
export function bracketedVoters(text: string, start: number, to: number): TextSpan[] | null {
  // 三、王林（主任，得票1,004票）、…当选: a section's numeral opening the line is no name of the list.
  const numeral =
    start === 0 || text.charAt(start - 1) === '\n' ? SECTION_NUMERAL.exec(text.slice(start, to)) : null;
  const from = start + (numeral?.[0].length ?? 0);
  const stretch = text.slice(from, to);
  const names: TextSpan[] = [];
  BRACKETED_VOTER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (BRACKETED_VOTER.lastIndex < stretch.length && (match = BRACKETED_VOTER.exec(stretch))) {
    const name = match[1] ?? '';
    const at = match.index + match[0].indexOf(name);
    names.push([from + at, from + at + name.length]);
    if (match[2] === '') break;
  }
  return names.length > 0 && BRACKETED_VOTER.lastIndex === stretch.length ? names : null;
}

/** Where the names before `at` begin: after the last "that" between `from` and `at`, else `from`. */
/**
 * In the first round, Wang Fang was elected: the round the sentence opens with is no name; the names stand
 * after it.
 */
const ROUND_OPENING = /\bIn[^\S\n]the[^\S\n](?:first[^\S\n]round|second[^\S\n]round|run-?off),/gi;
function afterRound(text: string, from: number, at: number): number {
  let start = from;
  for (const round of text.slice(from, at).matchAll(ROUND_OPENING))
    start = from + round.index + round[0].length;
  return start;
}

function afterThat(text: string, from: number, at: number): number {
  let start = from;
  for (const that of text.slice(from, at).matchAll(/\bthat\s+/gi)) start = from + that.index + that[0].length;
  return start;
}
