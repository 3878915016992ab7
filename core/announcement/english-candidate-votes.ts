import { firstGroupSpan } from './group-span.js';
import { EN_SEX_SET_OFF } from './english-sex-note.js';

/**
 * A candidate's votes and share as machine translations of Chinese notices write them, label before
 * number: `Zhou Bin   Votes obtained 3,692, vote rate 84.4%` (得票3692票，得票率84.4%), `Chairman Li Ming
 * get votes 2,301`. The words are whole phrases, so that `votes cast` or `voters` is never a candidate's.
 */

/** Words right before a count that say it is the votes of the name before them (得票, 获得选票). */
export const ENGLISH_VOTES_LABEL =
  /\b(?:get|gets|got|obtained|received)\s{1,3}votes?\s*(?:[:：]\s*)?$|\bvotes?\s{1,3}(?:obtained|received|got)\s*(?:[:：]\s*)?$/i;

/** The same words, as they end a label once the count's name is looked for before them. */
export const ENGLISH_VOTES_TAIL =
  /\b(?:get|gets|got|obtained|received)\s{1,3}votes?\s*$|\bvotes?\s{1,3}(?:obtained|received|got)\s*$/i;

/** A post's word before a name (`Chairman Li Ming`, `Member Chen Jie`): the post, not part of the name. */
export const ENGLISH_POST_HEAD =
  /^\s*(?:vice[- ]?chair(?:man|woman|person)?|chair(?:man|woman|person)?|deputy director|director|members?|president)\s+(?=[A-Z])/i;

/** Bare `vote rate` (no `get`, `got a` before it), which translations use for 投票率 and 得票率 alike. */
const BARE_VOTE_RATE = /(?<!\b(?:get|gets|got|obtained|received)\s{1,3}(?:a\s{1,3})?)\bvote rate\b/i;
/** The words of turnout that are never a candidate's share. */
const ONLY_TURNOUT =
  /\bturnout\b|\bparticipat\w* rate\b|\brate of participation\b|\bvoting rate\b|\barrive rate\b/i;
/**
 * A candidate's votes stated before the rate in its sentence: `Votes obtained 3,692`, `get votes 2,301`,
 * `Ma Jun 1,412 votes`, never `4,377 votes were cast` (the ballots).
 */
const CANDIDATE_VOTES_BEFORE =
  /\b(?:get|gets|got|obtained|received)\s{1,3}votes?\b|\bvotes?\s{1,3}(?:obtained|received)\b|\d\s*votes?\b(?!\s+(?:were\s+|was\s+)?cast\b)/i;

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/**
 * Whether a bare `vote rate` speaks of a candidate's share (得票率) rather than of turnout (投票率): so
 * when the number just before it in its sentence is a candidate's votes. Only that number's words are
 * looked at, so that `Zhang San got 1,602 votes; 1,802 voted, vote rate 78.0%` stays a turnout. `words`
 * are the rate's own words, `before` its sentence up to them.
 */
export function voteRateOfCandidate(words: string, before: string): boolean {
  if (!BARE_VOTE_RATE.test(words) || ONLY_TURNOUT.test(words)) return false;
  const ends = [...before.matchAll(NUMBER)].map((match) => match.index + match[0].length);
  if (ends.length === 0) return false;
  return CANDIDATE_VOTES_BEFORE.test(before.slice(ends.at(-2) ?? 0));
}

/** Where the rate's words start in its label, for the name before them; -1 when they are not there. */
export function voteRateIndex(label: string): number {
  return label.search(BARE_VOTE_RATE);
}

/**
 * `Li Ming was elected chair with 2,301 votes`, `Zhou Bin got a vote rate of 84.4% with 3,692 votes`:
 * the votes right after `with` are those of the name that opens the sentence (or the clause after a
 * colon or semicolon, or after the round it names: `In the first round, Wang Fang was elected`, or after
 * the voters' clause or another's votes in its sentence: `1,180 villagers voted and Zhao Lei won with 402
 * votes`, `… with 1,011 votes and Zhou Lihua was elected member with 987 votes`), when nothing
 * but what that person won stands between — no other number than
 * their share, no comma — but the person's age set off after the name (`Zhang Wei, aged 45, was elected
 * director with 1,204 votes`, `Li Na, 52,`, `Zhou Bin (47)`), which says whose the votes are no less.
 * So are the votes right after the verb when such an age stands between it and the name (`Deng Hua, 58,
 * received 1,204 votes`, `Liu Bo (44) won 776 votes`): the age is read as an age, the votes still as the
 * name's. The name as [start, end) offsets into `before`, which ends at the count.
 */
// Read on at most SUBJECT_REACH + LABEL_REACH (80 + 64) characters before the count (subjectBefore in
// candidate-votes.ts), so a restart along a run of line ends is bounded.
const SUBJECT_WITH_VOTES = new RegExp(
  String.raw`(?:^|[.;:\n]|,[^\S\n]and(?=[^\S\n][A-Z])|\b(?:voted|took[^\S\n]part|cast[^\S\n](?:their[^\S\n])?ballots|votes)[^\S\n]and(?=[^\S\n][A-Z]))\s*(?:In[^\S\n]the[^\S\n](?:first[^\S\n]round|second[^\S\n]round|run-?off),[^\S\n])?([A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){1,3})(?:,[^\S\n]{1,2}(?:aged[^\S\n]{1,2})?[1-9]\d,|[^\S\n]{0,2}\([^\S\n]{0,2}(?:aged[^\S\n]{1,2})?[1-9]\d[^\S\n]{0,2}\)|,[^\S\n]{1,2}(?:the|a|an)(?:[^\S\n][a-z][a-z'’-]*){1,6},|${EN_SEX_SET_OFF})?[^\S\n]+(?:(?:was|is)[^\S\n]+)?(?:(?:re-?)?(?:elected|got|won|received|obtained)\b(?:[^\d.;,\n]{0,40}?\d+(?:\.\d+)?%)?[^\d.;,\n]{0,40}?\bwith(?:[^\S\n]+\d{1,3}(?:\.\d{1,2})?%[^\S\n]+of[^\S\n]+the[^\S\n]+(?:valid[^\S\n]+)?(?:ballots|votes)(?:[^\S\n]+cast)?[^\S\n]*\()?|(?:received|got|won|obtained|polled|secured|garnered)\b)[^\S\n]*$`,
);

export function subjectWithVotes(before: string): readonly [number, number] | null {
  return firstGroupSpan(SUBJECT_WITH_VOTES, before);
}
