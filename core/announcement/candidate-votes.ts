import { withoutOrderNotes } from './order-notes.js';
import type { AnnouncedContest, TextSpan, UnreadReason, VotesFigure } from './announced-figures.js';
import { NAME_BEFORE_VOTES_BRACKET, nameAtEnd, withoutTitleAtEnd } from './figure-words.js';
import { TITLE_BEFORE_NAME, isMarginWords, isPersonName } from './person-name.js';
import type { ContestResolver } from './resolve-contest.js';
import type { NumberToken } from './scan-numbers.js';
import { NEXT_SHARE, type SentenceState } from './sentence-state.js';
import { ENGLISH_NOT_NAME } from './votes-then-share.js';
import { ENGLISH_POST_HEAD, ENGLISH_VOTES_TAIL, subjectWithVotes } from './english-candidate-votes.js';
import { firstGroupSpan } from './group-span.js';
import { otherBodyBefore } from './english-winner-shapes.js';
import { DESCRIPTION_WORD, personBracket } from './person-bracket.js';
import { postPastSemicolon } from './post-past-semicolon.js';
import { inLastTermAside } from './change-words.js';

/** A candidate's votes in prose: whose they are, from the words before the count. */

/** 张 followed by what the ballots are: 4210张赞成票, 4210张选票. */
export const BALLOTS_OF_VOTES = /^\s*(赞成|同意)?(选)?票/;
/**
 * A post's candidates heading the list (委员候选人张伟、李强、王芳分别得票…): the post is the list's contest,
 * no part of its first name.
 */
const LIST_HEAD = String.raw`(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|妇女委员|主任|委员|成员)?候选人)?`;
/**
 * The count of the list's names after them (王林、李红二人分别得票, 张伟、李强两位候选人得票依次为): it says how many
 * the names are, no part of the last one (before, 李红二人 was read as a name).
 */
const LIST_COUNT = String.raw`(?:(?:[二两三四五六七八九十]|\d{1,2})[人名位](?:候选人|同志)?)`;
function respectiveVotes(): RegExp {
  const names = String.raw`${LIST_HEAD}([^，,；;：:（(]+?)${LIST_COUNT}?[，,（(]?${LIST_COUNT}?`;
  // A section's numeral opening the line (三、主任候选人张伟、李强二人分别得票…) is no name of the list.
  const section = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])?`;
  return new RegExp(
    String.raw`^(?:.*[：:])?${section}(?:\s*(?=[^，,；;：:（(\s])|\s*(?=\s[，,（(]?(?:分别|依次)))${names}(?:分别|依次)(?:以|获得|获|得票数?为?|得)?\s*$` +
      String.raw`|^(?:.*[：:])?${section}(?:\s*(?=[^，,；;：:（(\s])|\s*(?=\s[，,（(]?得票))${names}得票数?(?:分别|依次)(?:为|是)?\s*$`,
  );
}
/**
 * 甲、乙和丙分别以 (获得, 得票): names given their votes respectively; also after a comma or an opening
 * bracket (委员：甲、乙、丙，分别得票…; 甲、乙（分别得…) and as 得票分别为 (甲、乙、丙，得票分别为…;
 * 甲、乙、丙得票数依次为…).
 */
export const RESPECTIVE_VOTES = respectiveVotes();
/**
 * The names of a list (甲、乙和丙): split at 、 and commas, then at 和, 及 or 与 inside a name's place; a
 * place that opens with 和 after a 、 is a name of the surname 和 (王林、和志远), no conjunction: a
 * conjunction never follows 、.
 */
export function namesOfList(written: string): string[] {
  // 王林、李红（按得票多少为序）分别得票…: a note on the list's order is no part of the last name.
  const list = withoutOrderNotes(written);
  // 张伟 李强 王芳分别得票…: names parted by spaces alone, with no mark between any two.
  const pieces = /[、，,和及与]/.test(list.trim()) ? list.split(/[、，,]/) : list.trim().split(/\s+/);
  return pieces.flatMap((piece, index) => {
    const name = piece.trim();
    if (index > 0 && name.startsWith('和') && !/[和及与]/.test(name.slice(1))) return [name];
    return name.split(/[和及与]/).map((part) => part.trim());
  });
}
/**
 * A clause that is a name alone, as the last words before a 得票 clause (see nameClauseBefore). It opens
 * its line or a clause after a colon or a semicolon, or its sentence after 。: a page's capture turns the
 * line break after a candidate's sentence into a space (`当选。 委员候选人周强，得票 696票`). The post may
 * stand right before the name with no space (`当选人员：主任姚德华，得票1,382票`, `；委员姚丽萍（女），得票`) where
 * two to four characters follow it up to the comma: the post is no part of the name. Not a post of two words
 * (`主任委员李四，`, a supervisory committee's chair): its second word is no part of a name either.
 */
const NAME_CLAUSE =
  /(?:^|[：:；;\n。！？!?])[^\S\n]*((?:主任|副主任|委员|妇女委员)?候选人|(?:副主任|妇女委员|主任|委员)[^\S\n]+|(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|妇女委员|主任|委员)(?!副主任|主任|委员)(?=[\u3400-\u9fff]{2,4}(?:同志)?[^\S\n]*(?:[（(][男女][）)][^\S\n]*)?[，,][^\S\n]*$))?([^\s：:；;，,。、（）()\d]{2,4}?)(?:同志)?[^\S\n]*(?:(?:[（(][男女][）)])[^\S\n]*)?[，,][^\S\n]*$/;
/**
 * A name alone in its clause before a bracketed description: as NAME_CLAUSE (after its post and a space,
 * as a web table's row is copied: 委员 吕燕（女，得票842票）), also after a comma or opening its sentence
 * (。张建华（男，得票1021票）), a minority name with its dot (阿依古丽·买买提（女，…）), and
 * after 、 right after the votes of the name before (张海涛得票1120票、陈丽（女）得票1046票), or after the bracket
 * that closes them (李梅（女，得票1021票）、赵强（男，得票998票）), or after a section's numeral opening the line
 * (三、王林（主任，得票1,004票）), or right after the post with no space (委员李秀英（女，934票）: the post is
 * no part of the name).
 */
const NAME_BEFORE_DESCRIPTION =
  /(?:^|[：:；;\n,，。]|(?<=[票张)）])、|(?<=(?:^|\n)[一二三四五六七八九十]{1,3})、)[^\S\n]*((?:主任|副主任|委员|妇女委员)?候选人|(?:副主任|妇女委员|主任|委员)[^\S\n]+|(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|妇女委员|主任|委员)(?=[\u3400-\u9fff]{2,4}[^\S\n]*[，,][^\S\n]*$))?([^\s：:；;，,。、（）()\d·•]{2,4}?|[\u3400-\u9fff]{1,8}[·•][\u3400-\u9fff]{1,8})(?:同志)?[^\S\n]*[，,][^\S\n]*$/u;
const NAME_CLAUSE_REACH = 48;
/**
 * `Chair: Sun Mei, 802 votes`, `Sun Mei – 802 votes`: in English a name alone (two to four capitalised
 * words) opening its clause, then a comma or a dash, names the votes that follow it alone.
 */
const ENGLISH_NAME_CLAUSE =
  /(?:^|[:：;；\n])[^\S\n]{0,3}([A-Z][a-z'’-]{0,20}(?:[^\S\n][A-Z][a-z'’-]{0,20}){1,3})[^\S\n]?(?:,|[–—-](?=[^\S\n]))[^\S\n]{0,3}$/;

/**
 * A label that is an English name alone set off by a comma (`Zhang Wei, ` after a colon or a semicolon):
 * the number after it says nothing of what it counts unless a unit or the sentence does.
 */
export function englishNameThenComma(label: string): boolean {
  return /,[^\S\n]{0,3}$/.test(label) && ENGLISH_NAME_CLAUSE.test(label);
}

/**
 * One of the particulars a notice sets off by commas after a winner's name, before the votes: a word of
 * DESCRIPTION_WORD, the age after 年龄 (年龄42岁, 年龄：42岁) or the month of birth (1984年3月出生, 1984.03生,
 * 出生年月：1984年3月, 生于1984年). Each holds a number, none of them votes; another count (家庭人口5人, 连任2届)
 * is none of these and ends the run, as does another name or a post.
 */
const PARTICULAR = String.raw`(?:${DESCRIPTION_WORD}|年龄[:：]?\d{1,3}周?岁|出生年月[:：]?\d{4}(?:年\d{1,2}月|[.．]\d{1,2})|\d{4}(?:年\d{1,2}月|[.．]\d{1,2})(?:出)?生|\d{4}年出生|生于\d{4}年(?:\d{1,2}月)?)`;
/**
 * The person's own description right where their name stood in a votes' mention, the name cut out
 * (` （女，45岁，得票 票）`, ` ，男，47岁，高中文化，得票 票`, after the votes up to the bracket's close: `（得票 ，男）`): the
 * sex and the words after it say who the candidate is,
 * not which votes these are (comparable-mentions.ts), unlike 女性选民 or 连任 of the votes themselves.
 */
export const CANDIDATE_DESCRIPTION = new RegExp(
  String.raw`(?<=^|\s)(?:[（(][男女]|[,，]${PARTICULAR})(?:[,，、]${PARTICULAR}){0,7}(?=[,，、）)])`,
  'g',
);
/**
 * 杨建华，男，47岁，高中文化，得票1106票 and 马建军，男，年龄42岁，大专学历，中共党员，得票1,310票: the person's
 * particulars between the name's clause and the votes.
 */
const DESCRIPTION_CLAUSES = new RegExp(String.raw`[,，]${PARTICULAR}(?:[,，、]${PARTICULAR}){0,7}[,，]$`);
/** 大庆丰（男，50岁）得票1003票: the description in brackets, opening with the sex, up to the votes' label. */
const DESCRIPTION_BRACKET = new RegExp(String.raw`[（(][男女](?:[,，、]${DESCRIPTION_WORD}){0,5}$`);
/**
 * 李梅（女，得票1021票）, 李梅（女，45岁，中共党员，1021票）: a bracket opening with the person's sex and any
 * words of their description, then the votes inside the same bracket (the clause before the count ends here).
 */
const OPEN_DESCRIPTION = new RegExp(
  String.raw`[（(][男女](?:[,，、]${DESCRIPTION_WORD}){0,5}[,，、][^\S\n]*$`,
);
/** A post of the committee, the committee's name before it or not (主任, 村委会副主任, 妇女委员). */
export const POST_OF_COMMITTEE = String.raw`(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|妇女委员|主任|委员))`;
/**
 * 王林（主任，得票1,004票）, 李红（副主任，女，得票850票）: a bracket opening with the post the person was
 * elected to, then words of their description, then the votes inside the same bracket.
 */
const OPEN_POST = new RegExp(
  String.raw`[（(]${POST_OF_COMMITTEE}(?:[,，、](?:[男女]|${DESCRIPTION_WORD})){0,5}[,，、][^\S\n]*$`,
);
/** The post opening the bracket right after a name, before a comma (（主任，得票1,004票）): its words. */
const POST_OPENING_BRACKET = new RegExp(String.raw`^[（(](${POST_OF_COMMITTEE})[,，、]`);
/**
 * What must follow the count for OPEN_DESCRIPTION: its unit of votes, then the bracket's close on the line,
 * with at most the votes' share and words of the description between (（女，得票1021票，得票率78.5%）,
 * （男，得票998票，中共党员）). An age (45岁) or a count of anything else inside the bracket is never votes.
 */
const VOTES_CLOSING_BRACKET = new RegExp(
  String.raw`^[\d,.]{1,12}[^\S\n]?[票张](?:[,，、][^\S\n]?(?:(?:得票率|占)?[^（()）\n]{0,20}%|${DESCRIPTION_WORD})){0,6}[^\S\n]?[)）]`,
);
/**
 * The person whose bracket of sex and description stands open right before `at` (李梅（女，45岁，|得票率82.4%）):
 * the name before the bracket, as written in the folded text; null when there is none.
 */
export function personOfOpenBracket(folded: string, at: number): string | null {
  const open = openDescription(folded.slice(Math.max(0, at - NAME_CLAUSE_REACH), at));
  return open === null || open === 'no-person' ? null : open.person;
}

/**
 * A bracket of a person's sex and description left open at the end of `before` (OPEN_DESCRIPTION): the
 * name before it and where that name starts in `before`; 'no-person' when no name stands there; null when
 * no such bracket is open.
 */
function openDescription(
  before: string,
  withPost = false,
): { readonly person: string; readonly at: number } | 'no-person' | null {
  const open = OPEN_DESCRIPTION.exec(before) ?? (withPost ? OPEN_POST.exec(before) : null);
  if (open === null) return null;
  const named = NAME_BEFORE_DESCRIPTION.exec(`${before.slice(0, open.index)},`);
  const person = named?.[2];
  if (named === null || person === undefined || NO_CANDIDATE.test(person)) return 'no-person';
  // The name's clause ends at the bracket (the comma put in its place): its start, then the name in it.
  return { person, at: open.index + 1 - named[0].length + named[0].indexOf(person) };
}
/** The words of a clause that says only that the count is the votes of the name before it. */
const VOTES_ONLY = /^\s*(?:得票(?:数为?|为)?|得|获得|获票|获|(?:得|获得|获)赞成票)\s*$/;
/** Words a ballot may say in place of a name (弃权，35票): no candidate's votes. */
const NO_CANDIDATE = /^(?:弃权|赞成|反对|另选他人|其他|其它)$/;

/** The words of a respective list of votes when its names stand in the clause before (，分别得票; ，得票分别为). */
export const RESPECTIVE_WORDS_ONLY =
  /^\s*(?:(?:[二两三四五六七八九十]|\d{1,2})?[人名位])?(?:候选人|同志)?(?:(?:分别|依次)(?:以|获得|获|得票数?为?|得)?|得票数?(?:分别|依次)(?:为|是)?)\s*$/;
/** How far before such words the names may start. */
const RESPECTIVE_NAMES_REACH = 40;
/**
 * 赵强、周丽以 (委员候选人赵强、周丽以, 赵强、周丽（女）以 with the sex blanked): names listed with 、 opening their
 * clause, then 以 right before the count.
 */
const LIST_BEFORE_YI = new RegExp(
  String.raw`(?:^|[：:，,。；;\n])[^\S\n]*${LIST_HEAD}((?:[^，,。；;：:（()）\s、\d][^，,。；;：:（()）\n、\d]{1,11})(?:、[^，,。；;：:（()）\s、\d][^，,。；;：:（()）\n、\d]{1,11})+)以[^\S\n]*$`,
  'u',
);
/** 812票、790票 (和 or 及 before the last): two counts of votes or more listed right from a count's start. */
const COUNTS_LISTED = /^[\d,]{1,12}[^\S\n]?[票张](?:[^\S\n]?[、和及与][^\S\n]?[\d,]{1,12}[^\S\n]?[票张])+/u;

/**
 * The names of a list given votes respectively, and where they start in the text: in the label
 * (甲、乙和丙分别以), or in the clause before it when the label holds only the words of the list
 * (委员：甲、乙、丙，分别得票 / 得票分别为). Null when there is no such list.
 */
export function respectiveList(
  folded: string,
  labelStart: number,
  label: string,
  sentenceStart: number,
): readonly [string, number] | null {
  // ，二人分别得票: the words of the list after its names' clause (the count of the names is no name).
  const wordsOnly = RESPECTIVE_WORDS_ONLY.test(label);
  const own = wordsOnly ? null : RESPECTIVE_VOTES.exec(label);
  const listed = own?.[1] ?? own?.[2];
  // 张伟得票分别为 with one name and no mark before 得票 is no list given respectively.
  if (
    listed !== undefined &&
    own?.[2] !== undefined &&
    !/[、，,和及与\s]/.test(listed.trim()) &&
    !/[，,（(]得票/.test(label)
  )
    return null;
  if (listed !== undefined) return [listed, labelStart + label.lastIndexOf(listed)];
  // 赵强、周丽以812票、790票当选: a list of names before 以 and as many counts listed after it, with no 分别.
  const unsaid = LIST_BEFORE_YI.exec(label)?.[1];
  if (unsaid !== undefined) {
    const counts = COUNTS_LISTED.exec(
      folded.slice(labelStart + label.length, labelStart + label.length + 120),
    );
    const many = counts === null ? 0 : (counts[0].match(/[票张]/g) ?? []).length;
    return many === namesOfList(unsaid).length ? [unsaid, labelStart + label.lastIndexOf(unsaid)] : null;
  }
  if (!wordsOnly) return null;
  const reach = Math.max(sentenceStart, labelStart - RESPECTIVE_NAMES_REACH);
  // The names' clause starts after a line's end or a semicolon (；\n委员：甲、乙，分别得票).
  const before = folded.slice(reach, labelStart);
  const from =
    reach + Math.max(before.lastIndexOf('\n'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
  const wide = folded.slice(from, labelStart) + label;
  const found = RESPECTIVE_VOTES.exec(wide);
  const clause = found?.[1] ?? found?.[2];
  if (clause === undefined) return null;
  // 赵春花（女）、钱志明、孙德旺当选村民委员会委员，得票分别为1,066票、1,021票、978票: the names declared to one
  // post, then their votes; only where the counts listed are as many as the names, else whose each is is untold.
  const declared = DECLARED_AFTER_NAMES.exec(clause);
  const names = declared === null ? clause : clause.slice(0, declared.index);
  if (declared !== null) {
    const after = labelStart + label.length;
    const counts = COUNTS_LISTED.exec(folded.slice(after, after + 120));
    const many = counts === null ? 0 : (counts[0].match(/[票张]/g) ?? []).length;
    if (many !== namesOfList(names).length) return null;
  }
  const at = from + wide.lastIndexOf(clause);
  return at < labelStart ? [names, at] : null;
}

/**
 * A declaration of one post right after a list's names (…、李晓红当选村民委员会委员): the post they won, no part
 * of the last name. A list of posts (分别当选为主任、副主任) is none.
 */
export const DECLARED_AFTER_NAMES =
  /(?:均|都|同时)?当选为?((?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|妇女委员|主任|委员|成员))[^\S\n]*$/;

/**
 * Candidates whose votes tied, with the one count said of each (委员候选人赖建平、时宏伟得票相等，均为476票;
 * 张明、李华均为476票; 李红、赵强两人得票相等（均为600票）; 张明、李华得票均为476票): the names' clause opens after
 * a line's end, a sentence's end, a comma, a semicolon or a colon, and the count follows 均为 right away.
 */
/** Where a space stood in the words TIE_VOTES reads (tieList). */
const BLANK = '\uE000';
const TIE_VOTES = new RegExp(
  String.raw`[，,。；;：:\n]${BLANK}*${LIST_HEAD}([^，,。；;：:（()）\s${BLANK}](?:[^，,。；;：:（()）\s${BLANK}]|[（(][男女][）)]|${BLANK}+(?=[、，,和及与]|(?:的)?(?:得票|票数)|均为))*?)${LIST_COUNT}?(?:(?:的)?(?:得票|票数)(?:相等|相同)${BLANK}*[，,（(]|得票)?${BLANK}*均为${BLANK}*$`,
);
/** A sex written after a name of the tie (林芳（女）、丁强): no part of the name. */
const SEX_MARK = /[（(][男女][）)]/g;
/** Words right after a tie's count (TIE_SETTLED_REACH characters) that say how the tie was decided. */
const TIE_SETTLED = /抽签|抓阄|重新投票|再次投票/;
const TIE_SETTLED_REACH = 80;
/** How far before the count a tie's names may start. */
const TIE_NAMES_REACH = 60;

/**
 * The names of candidates tied with one count (TIE_VOTES), and where they start in the text; null when the
 * words before the count are no tie of two or more names.
 */
export function tieList(
  folded: string,
  labelStart: number,
  label: string,
  sentenceStart: number,
): readonly [string, number] | null {
  if (!/均为[^\S\n]*$/.test(label)) return null;
  const from = Math.max(sentenceStart, labelStart - TIE_NAMES_REACH);
  // The sentence's start opens a clause; a stretch cut short of it does not.
  const opening = from === sentenceStart ? '\n' : '';
  // A sex blanked out of the text (李红   、赵强) leaves spaces inside the names: each stands as a mark of its
  // own, of the same length, so that offsets hold.
  const wide = (opening + folded.slice(from, labelStart) + label).replace(/[^\S\n]/g, BLANK);
  const found = TIE_VOTES.exec(wide);
  const names = found?.[1];
  if (found === null || names === undefined) return null;
  const at = from - opening.length + found.index + found[0].indexOf(names);
  return at < labelStart + label.length ? [folded.slice(at, at + names.length), at] : null;
}

const COUNT_WORDS = '一二两三四五六七八九十';
/** The count of a list's names written right after them (、李红二人, ，两位候选人): its value, or null. */
function listCountAfter(folded: string, at: number): number | null {
  const found = /^[，,（(]?(?:([二两三四五六七八九十])|(\d{1,2}))[人名位]/.exec(folded.slice(at, at + 8));
  if (found === null) return null;
  if (found[2] !== undefined) return Number(found[2]);
  const word = found[1] === '两' ? '二' : (found[1] ?? '');
  return COUNT_WORDS.replace('两', '').indexOf(word) + 1;
}

/**
 * The contest of a list whose names stand in the clause before its words (委员候选人张伟、李强，得票数依次为…):
 * the post's 候选人 right before the names; null when none.
 */
function candidatesHead(reader: VotesReader, namesStart: number): AnnouncedContest | null {
  const head = /(?:副主任|妇女委员|主任|委员)候选人$/.exec(
    reader.folded.slice(Math.max(0, namesStart - 16), namesStart),
  );
  return head === null ? null : reader.resolveContest(head[0]);
}

/** What reading a candidate's votes needs of the text reader. */
export interface VotesReader {
  /** Why the number being read was refused, when a rule knew. */
  refusal: UnreadReason | null;
  /** The other names of a tie whose count was just read as its first name's votes (tieList). */
  tiedNames: {
    readonly contest: AnnouncedContest | null;
    readonly names: readonly string[];
    readonly settled: boolean;
  } | null;
  readonly original: string;
  readonly folded: string;
  readonly candidateNames: readonly string[];
  readonly candidateSet: ReadonlySet<string>;
  readonly resolveContest: ContestResolver;
  /**
   * Whether `name` (folded) was named as a person before `at`: a candidate of the votes read so far, or
   * the name written within a bounded stretch before, not followed by 多 (see moreThanAfterName).
   */
  namedBefore(name: string, at: number): boolean;
  votes(
    contest: AnnouncedContest | null,
    candidate: string,
    value: bigint,
    span: TextSpan,
    state: SentenceState,
  ): VotesFigure;
}

/** The committee itself named in English (the village committee, the residents' committee). */
const OWN_COMMITTEE_EN =
  /\b(?:village|villagers['’]?|residents['’]?|community|neighbou?rhood)[^\S\n]+committee\b/i;

/**
 * A candidate's votes: the name ends the words before the count (甲获得4210票, 甲以4210张选票), or is
 * the next of a list given respectively (甲、乙和丙分别以1802票、1766票和1750票). A name the reader cannot
 * tell from the words around it leaves the count unread.
 */
export function votesFigure(
  reader: VotesReader,
  token: NumberToken,
  labelStart: number,
  label: string,
  value: bigint,
  ballotWords: string,
  state: SentenceState,
): VotesFigure | null {
  const end = token.end + (BALLOTS_OF_VOTES.exec(ballotWords)?.[0].length ?? 0);
  // 得票1,382票（上届得票1,375票）: votes in an aside of the last term's figures are that election's, no
  // one's of this one (before, they were left unread as votes of no name).
  if (inLastTermAside(reader.folded, token.span[0])) {
    reader.refusal = 'last-term-aside';
    return null;
  }
  if (GAP_CLAUSE.test(clauseTail(label))) {
    reader.refusal = 'gap';
    return null;
  }
  reader.tiedNames = null;
  const tie = tieList(reader.folded, labelStart, label, state.start);
  if (tie !== null) {
    const [listed, listStart] = tie;
    const names = namesOfList(listed.replace(SEX_MARK, ''));
    const counted = listCountAfter(reader.folded, listStart + listed.length);
    if (
      names.length < 2 ||
      !names.every((name) => isPersonName(name, reader.candidateSet)) ||
      (counted !== null && counted !== names.length)
    ) {
      reader.refusal = 'not-a-name';
      return null;
    }
    // Names are read from the original text, as written; each is given the one count.
    const written = namesOfList(
      reader.original.slice(listStart, listStart + listed.length).replace(SEX_MARK, ''),
    ).map((name) => name.trim());
    // 经抽签，赖建平当选; 以抽签方式确定; 就票数相等的候选人重新投票, 。⏎委员重新投票：…: the notice says how the
    // tie was decided, in its sentence or opening the next.
    const settled = TIE_SETTLED.test(reader.folded.slice(end, end + TIE_SETTLED_REACH));
    const contest =
      state.contest ??
      (listStart >= labelStart
        ? reader.resolveContest(label.slice(0, listStart - labelStart))
        : candidatesHead(reader, listStart));
    reader.tiedNames = { contest, names: written.slice(1), settled };
    const first = reader.votes(contest, written[0] ?? '', value, [labelStart, end], state);
    return settled ? { ...first, tieSettled: true } : first;
  }
  const respective = respectiveList(reader.folded, labelStart, label, state.start);
  // 赵强、周丽、孙明以812票、790票当选: names and counts listed after 以 not as many: whose each is, untold.
  if (
    respective === null &&
    LIST_BEFORE_YI.test(label) &&
    COUNTS_LISTED.test(reader.folded.slice(labelStart + label.length, labelStart + label.length + 120))
  ) {
    reader.refusal = 'respective-unmatched';
    return null;
  }
  if (respective !== null) {
    const [listed, listStart] = respective;
    const names = namesOfList(listed);
    if (names.length < 2 || !names.every((name) => isPersonName(name, reader.candidateSet))) {
      reader.refusal = 'not-a-name';
      return null;
    }
    // 王林、李红三人分别得票…: a count of the names that is not theirs leaves whose votes each is untold.
    const counted = listCountAfter(reader.folded, listStart + listed.length);
    if (counted !== null && counted !== names.length) {
      reader.refusal = 'respective-unmatched';
      return null;
    }
    // Names are read from the original text, as written.
    const namesStart = listStart;
    // 赵强、周丽（女）以812票、790票: the sex written after a name (blanked in the folded text) is no part of it.
    const written = namesOfList(
      reader.original.slice(namesStart, namesStart + listed.length).replace(SEX_MARK, ''),
    );
    state.respectiveNames = written.slice(1);
    state.respectiveVoters = written;
    // The post the names were declared to (…李晓红当选村民委员会委员，得票分别为) is their votes' contest.
    const declared =
      namesStart < labelStart
        ? DECLARED_AFTER_NAMES.exec(
            reader.folded.slice(namesStart + listed.length, labelStart).replace(/[，,][^，,]*$/, ''),
          )
        : null;
    const inline =
      namesStart >= labelStart
        ? reader.resolveContest(label.slice(0, namesStart - labelStart))
        : declared?.[1] !== undefined
          ? reader.resolveContest(declared[1])
          : candidatesHead(reader, namesStart);
    state.respectiveContest = state.contest ?? inline;
    return reader.votes(state.respectiveContest, written[0]?.trim() ?? '', value, [labelStart, end], state);
  }
  const next = state.respectiveNames;
  if (next && NEXT_SHARE.test(label)) {
    const name = next.shift();
    if (next.length === 0) state.respectiveNames = null;
    if (name !== undefined)
      return reader.votes(state.respectiveContest, name, value, [token.span[0], end], state);
  }
  state.respectiveNames = null;
  // `Chairman Li Ming get votes 2,301`: the name stands before the words of votes, after the post
  // (english-candidate-votes.ts); `Li Ming was elected chair with 2,301 votes`: the sentence's subject.
  const listed = nameIn(label.replace(ENGLISH_VOTES_TAIL, ''), reader.candidateNames);
  const clauseName = listed ?? nameClauseBefore(reader.folded, labelStart, label);
  const subject = clauseName ? null : subjectBefore(reader.folded, labelStart, label, state.start);
  // `The township's people's congress met on 3 March. Wang Fang was re-elected chair with 48 votes.`: a
  // winner's votes told right after another body is named may be that body's (english-winner-shapes.ts),
  // unless the winner's own words name the committee (`was elected to the village committee with 30 votes`).
  if (
    subject !== null &&
    !OWN_COMMITTEE_EN.test(label) &&
    otherBodyBefore(reader.folded, labelStart + subject[0])
  ) {
    reader.refusal = 'other-body-count';
    return null;
  }
  const found = clauseName ?? subject;
  // 同额参选的林有进以17票当选: the last name before 以, after words describing the person.
  const described = found ? null : describedNameBefore(label);
  if (!found && !described) {
    const elected = electedAs(reader, labelStart, label, value, end, state);
    // 张三比李四多12票, 周明领先第二名1100票: a difference of votes whose words hold no name read.
    if (elected === null && MARGIN_CLAUSE.test(clauseTail(label))) reader.refusal = 'margin';
    return elected;
  }
  if (!found) {
    if (!described) return null;
    const candidate = reader.original.slice(labelStart + described[0], labelStart + described[1]);
    if (
      !isPersonName(candidate, reader.candidateSet) ||
      afterNumbersUnit(reader.folded, labelStart + described[0])
    ) {
      reader.refusal = 'not-a-name';
      return null;
    }
    const inline = reader.resolveContest(label.slice(0, described[0]));
    return reader.votes(state.contest ?? inline, candidate, value, [labelStart + described[0], end], state);
  }
  const post =
    ENGLISH_POST_HEAD.exec(reader.folded.slice(labelStart + found[0], labelStart + found[1]))?.[0].length ??
    0;
  const name = [found[0] + post, found[1]] as const;
  const [nameStart, nameEnd] = [labelStart + name[0], labelStart + name[1]];
  if (afterNumbersUnit(reader.folded, nameStart)) {
    reader.refusal = 'not-a-name';
    return null;
  }
  const candidate = reader.original.slice(nameStart, nameEnd);
  if (wordsInPersonsBracket(reader, candidate, nameStart)) {
    reader.refusal = 'not-a-name';
    return null;
  }
  // 蒋大为（1,311票）: right before the bracket of its votes, a name may end in 为 (figure-words.ts).
  const votesBracketAfter =
    NAME_BEFORE_VOTES_BRACKET.test(label) && /^[^\S\n]*[（(][^\S\n]*$/.test(label.slice(name[1]));
  if (!isPersonName(candidate, reader.candidateSet, { votesBracketAfter })) {
    reader.refusal =
      isMarginWords(candidate) || MARGIN_CLAUSE.test(clauseTail(label)) ? 'margin' : 'not-a-name';
    return null;
  }
  const more = moreThanAfterName(reader, candidate, label.slice(name[1]), nameStart);
  if (more !== null) {
    reader.refusal = more;
    return null;
  }
  // 王林（主任，得票1,004票）: the post opening the bracket that holds the votes is their contest.
  const afterName = reader.folded.slice(nameEnd, labelStart + label.length);
  const postInBracket = /[)）]/.test(afterName) ? undefined : POST_OPENING_BRACKET.exec(afterName)?.[1];
  // 现任村委会委员杨宏伟得票1004票: the title of the person before the name is no post of the votes; the words
  // before it are read as if the name opened there.
  const beforeName = label.slice(0, name[0]);
  const beforeTitle = withoutTitleAtEnd(beforeName);
  const opening = beforeTitle === beforeName ? name[0] : beforeTitle.length;
  const inline =
    postInBracket !== undefined
      ? reader.resolveContest(postInBracket)
      : opening > 0
        ? reader.resolveContest(label.slice(0, opening))
        : postBeforeNameClause(reader, labelStart + opening);
  return reader.votes(state.contest ?? inline, candidate, value, [nameStart, end], state);
}

/**
 * 张建华（上届得票612票）, 王林（首轮得票598票）: words opening a bracket right after a person's name (a run of two
 * to four characters that is a name, after no other character of a word) qualify that person's votes and
 * are no name of their own: whose and which votes these are is uncertain, so they are given to none
 * (before, 上届 was read as a candidate with 612 votes). A candidate of the election stays one.
 */
function wordsInPersonsBracket(reader: VotesReader, candidate: string, nameStart: number): boolean {
  if (reader.candidateSet.has(candidate)) return false;
  const before = /(?<![\u3400-\u9fff·])([\u3400-\u9fff·]{2,4})[^\S\n]*[（(]$/u.exec(
    reader.folded.slice(Math.max(0, nameStart - 16), nameStart),
  );
  return before?.[1] !== undefined && isPersonName(before[1], reader.candidateSet);
}

/**
 * Whether a name read at `at` stands right after a number's 万, 亿, 千 or 百 (`1万强伟同志得票1002票`): the
 * unit may be the name's first character (万强伟, a row's 1 before it) or the number's (10000 beside 强伟),
 * so the name is uncertain and the votes are given to none.
 */
function afterNumbersUnit(folded: string, at: number): boolean {
  return /\d[万亿千百]$/.test(folded.slice(Math.max(0, at - 2), at));
}

/**
 * A difference of votes ending the clause right before the count: 差额14票 (not 差额选举, 差额比例), 相差,
 * a clause that is 多 alone after the leader's votes (羅傳仙以502票当选，多12票),
 * 领先第二名, 多出, 高出, 超出, 落后, 比李四多 (得). Its words may hold names (张三比李四多12票), but the count
 * after them is no one's votes.
 */
const MARGIN_CLAUSE =
  /^[^\S\n]*(?:[仅只又还]|共计?)?多(?:得|出)?[^\S\n]*$|(?:差额(?!选举|比例|比率|率)|相差|领先|多出|高出|超出|落后|[仅只]多(?:得|出)?|比[^，,。；;：:、\n\d]{1,8}[多少](?:得|出)?)[^，,。；;：:、\n\d]{0,8}$/;

/**
 * The words after a count of votes that make it a difference (张三以24票之差胜出, 以24票的差距): a margin; or
 * that may (以24票的明显优势当选: the votes by which one led, or the votes one won with); not 以1200票的绝对优势当选.
 */
export function marginAfter(trailer: string): 'margin' | 'margin-or-votes' | null {
  if (/^[^\S\n]*(?:之差|的差距|的差额)/.test(trailer)) return 'margin';
  // 以4票之微弱优势当选: a slight lead is a margin, never the votes one won with.
  if (/^[^\S\n]*[的之](?:微弱|微小|些微|细微|极小|极微弱)优势/.test(trailer)) return 'margin';
  // 以1200票的绝对优势当选: an absolute lead is a majority of the votes, and the count the votes one won
  // with (a margin is 以24票之差, 多24票); 的优势 alone, 的明显优势, may be either.
  if (/^[^\S\n]*[的之]绝对优势(?:再次|顺利)?当选/.test(trailer)) return null;
  if (/^[^\S\n]*[的之][^，,。；;\d\s]{0,4}优势/.test(trailer)) return 'margin-or-votes';
  return null;
}

/**
 * A gap of votes ending the clause right before the count (张三差3票未过半, 仅差4票当选, 比张三只差12票, 还差):
 * how many votes someone was short of another candidate, of being elected or of a threshold; never a
 * name's votes. 相差 is a margin between two (MARGIN_CLAUSE).
 */
export const GAP_CLAUSE = /(?<!相)差[^\S\n]?$/;

/** The words of a label after its last clause mark: the clause the count stands in. */
function clauseTail(label: string): string {
  const cut = Math.max(
    ...['，', ',', '。', '；', ';', '：', ':', '、', '\n'].map((mark) => label.lastIndexOf(mark)),
  );
  return label.slice(cut + 1);
}

/**
 * 羅傳仙多4票, 王五多得35票: a name, then 多 (or 多得) right before the count, says the name had that many
 * more votes — or is the votes of one whose name ends in 多 (王多多4票). A margin only where it is sure:
 * the name without 多 was named before (its votes read, or written in the text before, 主任候选人为羅傳仙、
 * 陈大明) and the name with it was not. A name of the election's candidates is never cut. Null when the
 * words are no such shape or the name with 多 is the one named; else the reason the count stays unread.
 */
function moreThanAfterName(
  reader: VotesReader,
  candidate: string,
  tail: string,
  nameStart: number,
): 'margin' | 'margin-or-votes' | null {
  const whole = reader.folded.slice(nameStart, nameStart + candidate.length);
  if (!whole.endsWith('多') || !/^\s*(?:得\s*)?$/.test(tail) || reader.candidateSet.has(whole)) return null;
  // 张三仅多24票: 仅, 只, 又 or 还 between the name and 多.
  const stem = whole.slice(0, -1).replace(/(?<=.{2})[仅只又还]$/, '');
  if (reader.namedBefore(whole, nameStart)) return null;
  return isPersonName(stem, reader.candidateSet) && reader.namedBefore(stem, nameStart)
    ? 'margin'
    : 'margin-or-votes';
}

/**
 * 同额参选的林有进以, 作为唯一候选人的李四以, 同额参选林有进以: words describing the person, 的 (or the 参选 of
 * 同额参选), then the name and 以 right before the count. The name's offsets in the label, or null.
 */
export function describedNameBefore(label: string): readonly [number, number] | null {
  return firstGroupSpan(DESCRIBED_NAME, label, 'last');
}
const DESCRIBED_NAME =
  /(?:的|参选)((?:(?!的)[\u3400-\u9fff]){2,4}?|(?:(?!的)[\u3400-\u9fff]){1,8}[·•][\u3400-\u9fff]{1,8})(?:同志)?以[^\S\n]?$/;

/**
 * 选举郑晓燕为主任（1164票）, 郑晓燕当选为主任，得票1164票: the name elected to a post, in the words right
 * before the count (after 选举, 选举产生 or 选出, or opening its clause, a title of the person before it or not:
 * 村党委书记杨宏伟当选为村民委员会主任，得票1004票), then the bracket or a clause that says only votes. The post is the contest unless the sentence set one. Null (and no votes read) otherwise. The post may be
 * the supervisory committee's (`李强当选村务监督委员会主任，得票790票`): the votes are read as that post's, and the
 * sentence naming the body keeps them that body's (never summed with the committee's chair nor judged by its
 * ballots; judged by that body's own account where it states one).
 */
const ELECTED_AS = new RegExp(
  String.raw`(?:选举产生|选举|选出|[\n，,。；;：:])[^\S\n]?(?:${TITLE_BEFORE_NAME})?([\u3400-\u9fff·]{2,4}?)(?:同志)?[^\S\n]*(?:当选为?|为)(?:(?:村务|居务)监督委员会|村监委会?|居监委会?|监委会)?((?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|妇女委员|委员|成员))(?:[，,][^\S\n]?(?:得票数?为?|获得?|获票|共得)|[（(](?:得票数?为?|获得?)?)[^\S\n]?$`,
);
/** How far before the count the elected name may stand. */
const ELECTED_AS_REACH = 40;

function electedAs(
  reader: VotesReader,
  labelStart: number,
  label: string,
  value: bigint,
  end: number,
  state: SentenceState,
): VotesFigure | null {
  const labelEnd = labelStart + label.length;
  const from = Math.max(state.start, labelEnd - ELECTED_AS_REACH);
  // At the sentence's start the name opens its clause: a line's end stands for it.
  const words = (from === state.start ? '\n' : '') + reader.folded.slice(from, labelEnd);
  const found = ELECTED_AS.exec(words);
  const name = found?.[1];
  const post = found?.[2];
  if (found === null || name === undefined || post === undefined) return null;
  const nameStart = labelEnd - words.length + found.index + found[0].indexOf(name);
  const candidate = reader.original.slice(nameStart, nameStart + name.length);
  if (!isPersonName(candidate, reader.candidateSet)) {
    reader.refusal = isMarginWords(candidate) ? 'margin' : 'not-a-name';
    return null;
  }
  return reader.votes(
    state.contest ?? reader.resolveContest(post),
    candidate,
    value,
    [nameStart, end],
    state,
  );
}

/**
 * 主任候选人洪志强，得1230票 and 副主任 王兰，得票 980: the post the name clause opens with, resolved; null
 * when it names none.
 */
function postBeforeNameClause(reader: VotesReader, nameStart: number): AnnouncedContest | null {
  const words = reader.folded.slice(Math.max(0, nameStart - 8), nameStart);
  const before = /(?:主任|副主任|委员|妇女委员)候选人$/.exec(words);
  if (before) return reader.resolveContest(before[0].replace(/候选人$/, ''));
  // 副主任 王兰，得票 980: the post opening the line (or its sentence: a captured line break is a space
  // after 。), a space, then the name's clause.
  const opening = /(?:^|[\n：:；;。！？!?])[^\S\n]*(副主任|妇女委员|主任|委员)[^\S\n]+$/.exec(words);
  if (opening?.[1]) return reader.resolveContest(opening[1]);
  // 委员 吕燕（女，得票842票）、施展（男，得票811票）: the post of the list's first name holds for each name after
  // it that follows a person's bracket holding one count of votes.
  // Not where the sentence goes on to give the posts respectively (分别当选为村民委员会主任、副主任).
  const carried = postOfBracketedRun(reader.folded.slice(Math.max(0, nameStart - POST_RUN_REACH), nameStart));
  if (carried !== null && !givesPostsRespectively(reader.folded.slice(nameStart, nameStart + POST_RUN_REACH)))
    return reader.resolveContest(carried);
  // 主任韦国强得票802票，覃明得票360票: the post glued before the list's first name holds for the names
  // after it, each with its votes and nothing else, up to a semicolon, a full stop or the line's end.
  if (ROLE_OPENING.test(reader.folded.slice(nameStart, nameStart + 4))) return null;
  const run = reader.folded.slice(Math.max(0, nameStart - POST_RUN_REACH), nameStart);
  const cut = Math.max(...RUN_ENDS.map((mark) => run.lastIndexOf(mark)));
  const list = POST_RUN.exec(run.slice(cut + 1));
  if (list?.[1]) return reader.resolveContest(list[1]);
  // 主任黄志强得票1012票，得票率72.2%；李明得票400票: past a semicolon, where the line names no other post.
  const pastSemicolon = postPastSemicolon(reader.folded, nameStart, POST_RUN_REACH);
  return pastSemicolon === null ? null : reader.resolveContest(pastSemicolon);
}

/**
 * A post (委员候选人, or 委员 and a space), then names each with a bracket, each bracket followed by 、 up to
 * the end of the words: 委员 吕燕（女，得票842票）、 and 委员候选人李梅（女，得票998票）、赵强（…）、.
 */
const BRACKETED_RUN =
  /(?:^|[\n：:；;，,。])[^\S\n]*(?:(副主任|妇女委员|主任|委员)候选人|(副主任|妇女委员|主任|委员)[^\S\n]+)((?:(?:[^\s：:；;，,。、（）()\d·•]{2,4}|[\u3400-\u9fff]{1,8}[·•][\u3400-\u9fff]{1,8})[（(][^（()）\n]{1,60}[)）]、)+)$/u;

/**
 * The post a run of bracketed names opens with (BRACKETED_RUN), where every bracket of the run is a
 * person's holding one count of votes (person-bracket.ts): null otherwise. A bracket whose number is
 * not certainly the votes (（原得票842票）) carries no post past it.
 */
function postOfBracketedRun(words: string): string | null {
  if (!/[)）]、$/u.test(words)) return null;
  const run = BRACKETED_RUN.exec(words);
  if (run === null) return null;
  for (const bracket of run[3]!.matchAll(/[（(]([^（()）\n]{1,60})[)）]/gu))
    if (personBracket(bracket[1]!)?.votes !== 1) return null;
  return run[1] ?? run[2] ?? null;
}

/**
 * 、冯秀英（女，得票845票）分别当选为村民委员会主任、副主任: the words after a name, up to the sentence's end,
 * say 分别 — the names take their posts from the list after it, not from the post before the first name.
 */
function givesPostsRespectively(after: string): boolean {
  const end = after.search(/[。；;\n]/u);
  return (end < 0 ? after : after.slice(0, end)).includes('分别');
}

/** What ends a list of names under one post: a semicolon, a full stop, a colon or the line's end. */
const RUN_ENDS = ['\n', '；', ';', '。', '：', ':'];
/**
 * A post, then names each with its votes alone, up to the next name (主任韦国强得票802票，). A name after the
 * first that opens with a post or a role of its own (主任韦国强得票802票，委员覃军得票702票，: 委员覃军 reads as
 * four characters of a name) is no name of the list: the post switched there, and the list is not read.
 */
const POST_RUN =
  /^[ \t\u3000]*(?:村民委员会|居民委员会|村委会|居委会)?(副主任|妇女委员|主任|委员)(?:(?!副主任|主任|妇女|委员|村民代表|居民代表|代表|小组长|组长|成员|监委|会计|出纳|书记)\p{Script=Han}{2,4}得票\d{1,7}票[，,、])+$/u;
/** A post or a role opening what reads as a name (代表韦一得票600票 after the chair's list): not the list's. */
const ROLE_OPENING =
  /^(?:副主任|主任|妇女|委员|村民代表|居民代表|代表|小组长|组长|成员|监委|会计|出纳|书记)/u;
/** How far back such a list is looked for. */
const POST_RUN_REACH = 200;

/** `Li Ming was elected chair with 2,301 votes` (english-candidate-votes.ts), as offsets from `labelStart`. */
function subjectBefore(
  folded: string,
  labelStart: number,
  label: string,
  sentenceStart: number,
): readonly [number, number] | null {
  const ageBefore = () =>
    AGE_SET_OFF.test(
      folded.slice(Math.max(0, labelStart - 16), labelStart) + (label.startsWith(')') ? ')' : ''),
    ) || APPOSITION_SET_OFF.test(folded.slice(Math.max(0, labelStart - 64), labelStart));
  const ofShare = votesOfShareBefore(folded, labelStart, label);
  if (!ofShare && !/\bwith\s*$/i.test(label) && !(VERB_ALONE.test(label) && ageBefore())) return null;
  const from = Math.max(sentenceStart, labelStart - SUBJECT_REACH);
  const name = subjectWithVotes(folded.slice(from, labelStart + label.length));
  return name ? [from + name[0] - labelStart, from + name[1] - labelStart] : null;
}

/**
 * `… was re-elected chair with 61% of the ballots cast (1,221 votes)`: the count in the bracket after a
 * winner's share and its base is the votes the share is of, the winner's, never the ballots cast.
 */
export function votesOfShareBefore(folded: string, labelStart: number, label: string): boolean {
  return (
    SHARE_OF_BALLOTS_OPENS.test(label) &&
    /\bwith[^\S\n]+\d{1,3}(?:\.\d{1,2})?%$/i.test(folded.slice(Math.max(0, labelStart - 16), labelStart))
  );
}

/** The words of a share's base, then the bracket of its votes: ` of the ballots cast (`. */
const SHARE_OF_BALLOTS_OPENS =
  /^[^\S\n]+of[^\S\n]+the[^\S\n]+(?:valid[^\S\n]+)?(?:ballots|votes)(?:[^\S\n]+cast)?[^\S\n]*\($/i;

/** How far before its votes the name that opens the sentence may stand. */
const SUBJECT_REACH = 80;
/**
 * `Deng Hua, 58, received 1,204 votes`, `Liu Bo (44) won 776 votes`: a clause of the verb alone, right after
 * the person's age set off after the name (the clause before it ends at the age's comma or bracket).
 */
const VERB_ALONE = /^\)?[^\S\n]*(?:received|got|won|obtained|polled|secured|garnered)[^\S\n]+$/i;
/**
 * `Chen Fang, the only candidate for chair, received 1,204 votes`: a description set off by commas after the
 * name, an article and one to six words in small letters (no number, no name), says whose the votes are no
 * less than an age does.
 */
const APPOSITION_SET_OFF = /[A-Za-z'’-],[^\S\n]{1,2}(?:the|a|an)(?:[^\S\n][a-z][a-z'’-]*){1,6},[^\S\n]*$/;
const AGE_SET_OFF =
  /(?:,[^\S\n]{1,2}(?:aged[^\S\n]{1,2})?|\([^\S\n]{0,2}(?:aged[^\S\n]{1,2})?)[1-9]\d(?:,|[^\S\n]{0,2}\))[^\S\n]*$/;

/**
 * 主任：蒋文，得票1012票 and ；曹阳（女），得票960票: a clause that is a name alone (with the sex in brackets,
 * or after its post's 候选人: 主任候选人洪志强，得1230票, or after the post and a space opening the line:
 * 副主任 王兰，得票 980), after a heading's colon, a semicolon or a line's start, names the votes of the clause that follows it when that clause says only 得票 (得, 获得), or
 * nothing but the count (主任：冉小兵，401票). As offsets from
 * `labelStart` (before it); null otherwise.
 */
export function nameClauseBefore(
  folded: string,
  labelStart: number,
  label: string,
): readonly [number, number] | null {
  // 大庆丰（男，50岁）得票1003票: the label opens by closing the bracket of the person's description.
  // Words of the description may stand in the label before the bracket closes (，中共党员）得票).
  const close = /^([^)）]{0,12})[)）]/.exec(label);
  const bracketed = close !== null;
  const words = close ? label.slice(close[0].length) : label;
  // 主任：冉小兵，401票，当选: the count alone in its clause, after a clause that is a name alone.
  const alone = /^\s*$/.test(words);
  if (!alone && !VOTES_ONLY.test(words)) return null;
  if (alone && !bracketed) {
    const reach = Math.max(0, labelStart - NAME_CLAUSE_REACH);
    const english = ENGLISH_NAME_CLAUSE.exec(folded.slice(reach, labelStart + label.length));
    const person = english?.[1];
    if (english && person !== undefined && !ENGLISH_NOT_NAME.test(person)) {
      const from = reach + english.index + english[0].indexOf(person) - labelStart;
      return [from, from + person.length];
    }
  }
  const reachStart = Math.max(0, labelStart - NAME_CLAUSE_REACH);
  const before = folded.slice(reachStart, labelStart + (close?.[1]?.length ?? 0));
  // 李梅（女，得票1021票）: the votes inside the bracket of the person's sex; the name stands before it.
  const open = bracketed ? null : openDescription(before, true);
  if (open !== null) {
    const count = labelStart + label.length;
    if (open === 'no-person' || !VOTES_CLOSING_BRACKET.test(folded.slice(count, count + 48))) return null;
    const from = reachStart + open.at - labelStart;
    return [from, from + open.person.length];
  }
  // The person's description after the name (男，47岁，高中文化) is cut off; the name's clause is before it.
  const description = bracketed ? DESCRIPTION_BRACKET.exec(before) : DESCRIPTION_CLAUSES.exec(before);
  if (bracketed && description === null) return null;
  const named = description ? `${before.slice(0, description.index)},` : before;
  // In brackets the description marks a person: the name may open any clause (880票，王大勇（男，44岁）).
  const clause = (description && bracketed ? NAME_BEFORE_DESCRIPTION : NAME_CLAUSE).exec(named);
  const name = clause?.[2];
  if (clause === null || name === undefined || (alone && NO_CANDIDATE.test(name))) return null;
  const from = reachStart + named.length - clause[0].length + clause[0].indexOf(name) - labelStart;
  return [from, from + name.length];
}

/** A candidate's name at the end of a label: a name of the election if one is there, else a name-like word. */
export function nameIn(label: string, candidateNames: readonly string[]): readonly [number, number] | null {
  const trimmed = label.replace(/(?<![\s:：])[\s:：]+$/, '');
  for (const name of candidateNames) {
    const at = trimmed.lastIndexOf(name);
    if (
      at >= 0 &&
      /^(得票数?|获得|获票|获|共得|得|票数|为|\s|[（(]|received|got|obtained|secured|garnered|polled|with)*$/i.test(
        trimmed.slice(at + name.length),
      )
    )
      return [at, at + name.length];
  }
  return nameAtEnd(label);
}
