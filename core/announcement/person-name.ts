import { normalizeText } from './normalize-text.js';

/**
 * Whether a run of text read where a candidate's name should stand can be a person's name. When the
 * reader is unsure it leaves the figure unread: a junk name (“）”, “选票”, “甲在”, “女性” from
 * “2万名女性当选”) judged as a winner is a false alarm waiting to happen.
 *
 * A name of the election's candidates is always one. Otherwise a Chinese name is two to four Han
 * characters (more only with the separator dot of minority names, 欧阳·娜), none of them a character
 * that names never hold but the words around names do (的, 在, 以, 获, 票, 选, 当, 名, 委, 员 …), and
 * it is none of the words of a post or a group (主任, 女性 …), of a whole place (全村, 本社区: `全村1033票` counts the
 * village's votes, nobody's), of a term (上届, 本届: `（上届得票1,375票）` is the last term's votes) or of a table's rows of ballots (弃权, 合计); a Latin name is one to four capitalised words.
 */
const NEVER_IN_NAMES = /[的在以及与等获得票选当名位委员性候被均了是对把将已经共计其每各分别]/;
/**
 * Prepositions that are also surnames (向丽, 从军): a name may open with one, but one further in is the
 * word (社区向居民), not a given name the reader can tell from it.
 */
const SURNAMES_ONLY = /^.+[从向]/;
/** Characters that may be surnames or given names, but never end a name written before 当选 or 以. */
const NEVER_ENDS_NAMES = /[和于都为]$/;
/** The same right before the bracket of the name's votes, where 为 ends given names (蒋大为（1,311票）). */
const NEVER_ENDS_NAMES_BEFORE_VOTES = /[和于都]$/;
/**
 * A post's title ending the words (本届主任, 村主任, 党支部书记, 村支书, 小组长): the post, no person's name; nor a
 * title of the person (退役军人, 致富带头人, 致富能手: `退役军人当选为委员` names no winner).
 */
const POST_ENDS = /(?:主任|书记|主席|支书|组长|军人|带头人|能手)$/;
/**
 * A title written before a winner's name (村党支部书记杨宏伟当选为村民委员会主任, 社区党委书记, 原村委会主任,
 * 现任村委会委员, 村民小组长, 退役军人, 致富带头人): what the person is or was, never part of the name, and
 * never the post the votes after it are of.
 */
export const TITLE_BEFORE_NAME = String.raw`(?:(?:村|社区)?(?:党支部|党组织|党总支|党委)副?书记|(?:原任?|现任)(?:村民委员会|村委会|居民委员会|居委会|村|社区)?(?:副主任|主任|妇女委员|委员)|(?:村民)?小组长|村民小组组长|退役军人|致富带头人)`;
const NOT_NAMES =
  /^(主任|副主任|委员|书记|副书记|成员|代表|女性|男性|妇女|村民|居民|选民|党员|干部|群众|同志|候选人|大家|他们|她们|全体|其中|以上|以下|下列|上列|上述|如下|弃权|弃选|合计|总计|小计|总数|其他|其它|空白|无效|作废|同意|不同意|赞成|反对|同意罢免|赞成罢免|反对罢免|实际|实际上|正确|经核实|核实后|更正后|(?:全|本)(?:村|里|镇|乡|社区|街道|县|区|市)|(?:上一?|本|往|历|这|首)届)$/;
/**
 * Words of a difference of votes that stand where a name would (差额14票, 相差3票, 领先120票, 比李明多12票):
 * never a name, and the number after them is no candidate's votes.
 */
const MARGIN_WORDS = /差额|相差|领先|多出|高出|超出|落后|^比.+[多少]$/;

/** Whether the words read where a name should stand say a difference of votes (差额, 相差, 比李明多). */
export function isMarginWords(words: string): boolean {
  return MARGIN_WORDS.test(normalizeText(words.trim()));
}

const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/;
const MINORITY_NAME = /^[\u3400-\u9fff]{1,8}[·•][\u3400-\u9fff]{1,8}$/;
const LATIN_NAME = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$/;
const LATIN_NOT_NAMES = /^(The|A|An|All|Total|Of|And|In|On|Members?|Candidates?|Votes?|Chair|Vice)$/;

/**
 * `votesBracketAfter`: the name stands right before the bracket that holds its votes (蒋大为（1,311票）), so
 * a 为 ending it is the name's own (大为), not the copula or the 当选为 after a name.
 */
export function isPersonName(
  name: string,
  candidates: ReadonlySet<string>,
  { votesBracketAfter = false }: { votesBracketAfter?: boolean } = {},
): boolean {
  const folded = normalizeText(name.trim());
  if (candidates.has(folded)) return true;
  if (LATIN_NAME.test(folded)) return !folded.split(/\s+/).some((word) => LATIN_NOT_NAMES.test(word));
  return isHanName(folded, votesBracketAfter);
}

/**
 * Whether words can be a Chinese person's name by their own characters alone, with no candidates to
 * know it by and never a Latin one (`当选委员：李梅、赵强` lists names; `当选委员：3名` and `Li Mei` do not).
 */
export function isHanPersonName(name: string): boolean {
  return isHanName(normalizeText(name.trim()));
}

/**
 * 得 and 以 are words around names (王林得票, 王林以812票), but also the middle of a given name (李得胜, 刘以诚): a
 * name of three characters with one of them in the middle is read when it opens with a common surname and
 * ends in no word 得 or 以 makes (得到, 以及, 以上, 以下, 以外, 得票, 以高票, 以多数: 仅得到 is no name).
 */
const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';
const MIDDLE_DE_OR_YI = new RegExp(
  `^[${COMMON_SURNAMES}][得以](?![到了过出及上下外后前来内为便至免票高多全少])[\u3400-\u9fff]$`,
  'u',
);
/** The name with its middle 得 or 以 taken out, for the other checks. */
function withoutMiddleDeOrYi(folded: string): string {
  return MIDDLE_DE_OR_YI.test(folded) ? `${folded.charAt(0)}${folded.charAt(2)}` : folded;
}

function isHanName(folded: string, votesBracketAfter = false): boolean {
  if (!HAN_NAME.test(folded) && !MINORITY_NAME.test(folded)) return false;
  return (
    !NEVER_IN_NAMES.test(withoutMiddleDeOrYi(folded)) &&
    !SURNAMES_ONLY.test(folded) &&
    !(votesBracketAfter ? NEVER_ENDS_NAMES_BEFORE_VOTES : NEVER_ENDS_NAMES).test(folded) &&
    !POST_ENDS.test(folded) &&
    !NOT_NAMES.test(folded) &&
    !MARGIN_WORDS.test(folded)
  );
}

/** A title before words that may be a name and what follows a name in a notice (得票, 当选, 以, a bracket, a mark). */
const TITLE_THEN_NAME = new RegExp(
  String.raw`${TITLE_BEFORE_NAME}(?=([\u3400-\u9fff]{2,4}?)(?:同志)?[^\S\n]*(?:[（(]|当选|得票|获得|以[^\S\n]?\d|[，,、。；;]))`,
  'gu',
);

/**
 * The words with each title of a person written before their name blanked out, the same length
 * (村党委书记杨宏伟当选为村民委员会主任，得票1004票 → `     杨宏伟当选…`): the 党委 of the title is what the
 * person holds, no body the sentence's figures are of. A title before words that are no name
 * (村党支部书记选举结果，) is kept.
 */
export function withoutTitlesBeforeNames(words: string): string {
  return words.replace(TITLE_THEN_NAME, (title: string, name: string) =>
    isHanName(normalizeText(name)) ? ' '.repeat(title.length) : title,
  );
}
