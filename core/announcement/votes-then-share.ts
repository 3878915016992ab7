/**
 * 吴小兰（801票，69.42%）: a candidate's votes and share in one bracket, the share after a comma. Whether the
 * share at `at` in the folded text stands so: a bracket opened right before a count of votes and a comma,
 * nothing else between them.
 */
export function votesThenShare(folded: string, at: number, end: number): boolean {
  if (VOTES_THEN_COMMA.test(folded.slice(Math.max(0, at - REACH), at))) return true;
  if (
    ROW_VOTES_THEN_SHARE.test(folded.slice(Math.max(0, at - ROW_REACH), at)) &&
    LINE_ENDS.test(folded.slice(end, end + ROW_REACH))
  )
    return true;
  // `Chen Jun received 1,210 votes, 12.0% more than in 2021`: a share that goes on is of something else.
  if (!ENGLISH_SHARE_ENDS.test(folded.slice(end, end + ENGLISH_AFTER_REACH))) return false;
  const english = ENGLISH_NAME_VOTES_THEN_COMMA.exec(folded.slice(Math.max(0, at - ENGLISH_REACH), at));
  return english?.[1] !== undefined && !ENGLISH_NOT_NAME.test(english[1]);
}

const REACH = 24;
/**
 * `1. 张伟 856票 64.2%`, `2 李娜（女） 790票 58.1%`, `10李明 1500票 75.2%`: a line of a list of candidates, its
 * row's number or none, the name, the votes and their share parted by spaces, nothing after the share on its
 * line: the share is of those votes, as in a bracket after them.
 */
const ROW_VOTES_THEN_SHARE =
  /(?:^|\n)[^\S\n]{0,8}(?:\(?[1-9]\d{0,2}[.、)]?[^\S\n]{0,4})?[\u3400-\u9fff]{2,4}(?:\((?:男|女)\))?[^\S\n]{1,8}\d[\d,]{0,8}[^\S\n]?票[^\S\n]{1,8}$/;
const ROW_REACH = 40;
const LINE_ENDS = /^[^\S\n]{0,8}(?:\n|$)/;
/**
 * `Sun Mei – 802 votes, 71.2%`, `Chair: Sun Mei, 802 votes, 71.2%`: in English a line or clause of a name
 * alone, its votes and, after a comma, their share; a verb of getting them may stand between the name and
 * the votes (`Chen Jun received 1,210 votes, 61.7%`).
 */
const ENGLISH_NAME_VOTES_THEN_COMMA =
  /(?:^|[:：;；\n])[^\S\n]{0,3}([A-Z][a-z'’-]{0,20}(?:[^\S\n][A-Z][a-z'’-]{0,20}){1,3})(?:[^\S\n]?(?:,|[–—])[^\S\n]{0,3}|[^\S\n](?:received|won|got|obtained|polled|garnered|secured)[^\S\n]|[^\S\n])\d{1,3}(?:,\d{3})*[^\S\n]votes?,[^\S\n]?$/;
const ENGLISH_REACH = 96;
/**
 * What may follow the share of `Sun Mei – 802 votes, 71.2%`: the end of its clause, or the ballots it is
 * of and then that end (`61.7% of the valid ballots,`). `12.0% more than in 2021` or `52.0% of them from
 * women` is another share.
 */
const ENGLISH_SHARE_ENDS =
  /^(?:[^\S\n]{1,3}of[^\S\n]{1,3}(?:all[^\S\n]{1,3})?the[^\S\n]{1,3}(?:(?:valid|total)[^\S\n]{1,3})?(?:ballots|votes?)(?:[^\S\n]{1,3}cast)?)?[^\S\n]{0,3}(?:[,;)\n]|\.(?!\d)|$)/;
const ENGLISH_AFTER_REACH = 64;
/** Capitalised words of a ballot's count, never a person's name (`Valid Ballots, 1,126`). */
export const ENGLISH_NOT_NAME =
  /\b(?:Ballots?|Votes?|Voters?|Total|Valid|Invalid|Void|Spoilt|Spoiled|Blank|Abstentions?|Against|Turnout|Registered|Returned|Issued|Cast|Others?|Village|Committee)\b/;
export const VOTES_THEN_COMMA = /[(（]\s*(?:(?:得票)\s*)?\d[\d,，]*\s*票\s*[,，]\s*$/;
