import type { Round } from '../model/election.js';

/**
 * `first ballot` and `second ballot` name the rounds as `first round` and `second round` do (`Wu Gang was
 * elected director in the first ballot`, `a second ballot was held on 20 April`), but not a ballot paper or
 * box (`the first ballot box`, `a voter's second ballot paper`).
 */
const NO_BALLOT_PAPER = String.raw`(?![^\S\n]*(?:box|boxes|papers?|sheets?)\b)`;

/**
 * The one list of the words that name a round of voting, read wherever a notice's title, headings or the
 * setting of a figure (mention-settings.ts) are asked which round they are of.
 *
 * A runoff is 另行选举, 第二轮 or 第二次投票. 第二次 alone is no round: 村民选举委员会第二次会议 is a meeting,
 * 第十二次换届 a term, 第二次选举 another election held later (a re-run, not the second vote of this one).
 * A first round is 第一轮, 首轮 or 第一次投票, never 第一次 alone (第一次全体会议, 第一次换届). In English, a
 * runoff (run-off), a second round or round two, and a first round or round one, in any case (`Runoff:`,
 * `Round Two:` as a label).
 */
/**
 * A later ballot the notice says elects a post (`第二轮投票（选举委员）：` after `第一轮投票（选举主任、副主任）：`):
 * a ballot for another post, held after the first, is that post's first round, whose winners need more
 * than half, not a runoff's third; a runoff re-votes seats left open (另行选举, 补足, 不足). The ballot's
 * label names no round (RUNOFF, LATER_ROUND skip it): mention-settings.ts keeps its counts apart as a stage of
 * their own (POST_BALLOT), never the first ballot's, and its winners are not judged by a runoff's third.
 */
const POST_BALLOT_BRACKET = String.raw`投票[^\S\n]*[（(](?:选举|选)(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|主任|委员|成员)(?:[、和及](?:副主任|主任|委员|成员))*[）)]`;
const NOT_POST_BALLOT = `(?!${POST_BALLOT_BRACKET})`;
export const POST_BALLOT = new RegExp(`第[二三四五](?:轮|次)${POST_BALLOT_BRACKET}`, 'g');

/**
 * Where a ballot for one post begins, so that the counts after it are that ballot's own account, never
 * parts of the earlier ballot's counts: a later ballot the notice says elects a post (POST_BALLOT), or a
 * heading line that names one post's election or its ballot paper and nothing more (`二、委员选举`, `（二）委员选举：`,
 * `村民委员会委员选举`, `二、妇女委员选票`; mention-settings.ts sets the counts under it in that post's ballot).
 */
export const POST_BALLOT_START = new RegExp(
  String.raw`${POST_BALLOT.source}|(?<=^|\n)[^\S\n]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?[^\S\n]?(?:村民委员会|村委会|居民委员会|居委会)?(?:主任|副主任|委员|妇女委员)(?:[、和及](?:主任|副主任|委员|妇女委员))?(?:的)?选(?:举|票)[：:]?[^\S\n]*(?=\n|$)`,
  'g',
);

const RUNOFF = `另行选举|第二轮${NOT_POST_BALLOT}|第二次(?=投票)${NOT_POST_BALLOT}投票|\\brun-?off\\b|\\bsecond round\\b|\\bround (?:two|2)\\b|\\bsecond ballot\\b${NO_BALLOT_PAPER}`;
const FIRST = `第一轮|首轮|第一次投票|\\bfirst round\\b|\\bround (?:one|1)\\b|\\bfirst ballot\\b${NO_BALLOT_PAPER}`;

/** Words that say a notice, a heading or a figure's setting is of a runoff. */
export const RUNOFF_WORDS = new RegExp(RUNOFF, 'i');

/**
 * Words a heading uses to name the round or by-election the notice reports (另行选举结果公告, 第二轮投票结果,
 * 村委会委员补选结果公告): a runoff, a 补选, a 重新选举 or a 再次选举.
 */
export const OWN_ROUND_WORDS = new RegExp(`${RUNOFF}|补选|重新选举|再次选举`, 'gi');

const FIRST_WORDS = new RegExp(FIRST, 'i');

/**
 * A round or by-election said not to be held (应选职数全部选出，不需另行选举; 无需另行选举; 未进行另行选举; 不再
 * 补选; `No runoff was needed`, `no need for a second round`, `a runoff was not required`, `without a
 * runoff`): the words mention the round but set none, so the figures beside them stay of the election
 * itself. Only the negation right before the word (with 进行, 组织 or 举行 between): 不足的1名委员另行选举
 * holds one, and so does `a runoff will be held`. Nor is 另行选举 a round of this vote where the villagers' or
 * representatives' meeting holds it (`村监委主任：（由村民代表会议另行选举）`: another body's post chosen apart,
 * by other voters), so the members listed under it stay of the notice's own election.
 */
const NEGATED_ROUND =
  /由(?:村民|居民)(?:代表)?(?:会议|大会)另行选举|(?:不需要?|无需|无须|毋需|毋须|不必|不用|不再|未|没有|不)(?:进行|组织|举行)?(?:另行选举|补选|重新选举|再次选举)|\bno[^\S\n]+(?:need[^\S\n]+for[^\S\n]+(?:a[^\S\n]+)?)?(?:run-?off|second[^\S\n]+(?:round|ballot))\b|\b(?:a[^\S\n]+|the[^\S\n]+)?(?:run-?off|second[^\S\n]+(?:round|ballot))[^\S\n]+(?:was|is|will[^\S\n]+be)[^\S\n]+not[^\S\n]+(?:needed|necessary|required|held)\b|\bwithout[^\S\n]+(?:a[^\S\n]+)?(?:run-?off|second[^\S\n]+(?:round|ballot))\b/gi;

/** The words with every round said not to be held (NEGATED_ROUND) taken out. */
export function withoutNegatedRounds(words: string): string {
  return words.replace(NEGATED_ROUND, ' ');
}

/** The words with every round said not to be held blanked, each character by a space, so places keep. */
export function blankNegatedRounds(words: string): string {
  return words.replace(NEGATED_ROUND, (negated) => ' '.repeat(negated.length));
}

/** Any round after the first (第二轮, 第三轮, a second, third, final or next round) or a by-election. */
const LATER_ROUND = new RegExp(
  String.raw`第[二三四五六七八九十\d]+轮${NOT_POST_BALLOT}|\b(?:second|third|final|next|later) (?:round|ballot(?![^\S\n]*(?:box|boxes|papers?|sheets?)\b))\b|\bround (?:two|three|[2-9])\b|补选|重新选举|再次选举`,
  'i',
);

/**
 * Whether a first round is the only round a text names (`In the first round, Wang Fang was elected` and
 * no runoff, second round or by-election anywhere, a runoff said not to be held aside): the text's
 * counts are then that round's, and the words of the first round set no other stage for its figures.
 */
export function onlyFirstRound(words: string): boolean {
  const held = withoutNegatedRounds(words);
  return FIRST_WORDS.test(held) && !RUNOFF_WORDS.test(held) && !LATER_ROUND.test(held);
}

/**
 * Whether a text names a first round and a runoff held after it (第一轮 … 第二轮, 第一次投票 … 另行选举, a
 * runoff said not to be held aside): a notice of both rounds.
 */
export function firstAndRunoff(words: string): boolean {
  const held = withoutNegatedRounds(words);
  return FIRST_WORDS.test(held) && RUNOFF_WORDS.test(held);
}

/** The words naming the first round, where it is the only round a text names (onlyFirstRound); else undefined. */
export function onlyFirstRoundWords(words: string): string | undefined {
  return onlyFirstRound(words) ? FIRST_WORDS.exec(words)?.[0] : undefined;
}

/** Whether some words (a setting word) name a first round. */
export function namesFirstRound(words: string): boolean {
  return FIRST_WORDS.test(words);
}

/** The round some words name (a figure's setting, a heading), or null when they name none. */
export function roundNamed(words: string): Round | null {
  if (RUNOFF_WORDS.test(words)) return 'runoff';
  return FIRST_WORDS.test(words) ? 'first' : null;
}

/**
 * The setting given to the figures of a vote the notice itself declares void before reporting its repeat
 * (mention-settings.ts): a stage of its own, never the notice's own election.
 */
export const VOID_VOTE = '宣告无效的投票';

/** Whether a figure's setting words are those of a vote the notice declares void (VOID_VOTE). */
export const ofVoidVote = (setting: string): boolean => setting.includes(VOID_VOTE);

/**
 * A re-vote between candidates whose votes tied for a seat (委员候选人曾丽、蒋伟得票相等，均为598票，就票数相等的
 * 候选人重新投票; 再次投票：参加投票的选民1150人…): the words a figure's setting names it by.
 */
export const REVOTE_WORDS = /重新投票|再次投票/;

/** Whether a figure's setting words are those of a re-vote (REVOTE_WORDS). */
export const namesRevote = (setting: string): boolean => REVOTE_WORDS.test(setting);

/**
 * The words by which a text says candidates tied and were voted on again (得票相等…重新投票, 票数相同…再次投票),
 * the re-vote named within 60 characters after the tie (in its sentence, or opening the next: `…得票相等，均为720票。
 * 委员重新投票：…`); undefined when it says none.
 */
export function tieRevoteWords(text: string): string | undefined {
  return TIE_REVOTE.exec(text)?.[0];
}

/**
 * A count of votes the text itself says is over half of the voters (`卢建平得票504票，超过参加投票人数的半数，当选主任`):
 * where each such claim stands, right after the votes' 票, with its words. Read once over the text.
 */
export function overHalfOfVotersClaims(text: string): { readonly votesAt: number; readonly text: string }[] {
  return [...text.matchAll(OVER_HALF_OF_VOTERS)].map((match) => ({
    votesAt: match.index + (match[1]?.length ?? 0),
    text: match[2] ?? '',
  }));
}

const OVER_HALF_OF_VOTERS =
  /(\d票)[，,][ \t\u3000]*((?:得票)?(?:已)?超过(?:了)?(?:本次|此次|重新投票|再次投票)?(?:参加投票|参与投票|投票)(?:的)?(?:人数|选民(?:人数)?|村民(?:人数)?|居民(?:人数)?)的?半数)/g;

const TIE_REVOTE = /(?:得票|票数)(?:相等|相同)[\s\S]{0,60}?(?:重新投票|再次投票)/;
