import { bodyFinder, kindsBut } from './body-words.js';

/**
 * A sentence that opens with another body's vote and then, after a `；`, gives the committee's own election
 * (`东湾村：村务监督委员会由村民代表会议选举产生，到会村民代表31人，有效票29张；选举参加投票876人，有效票860张，无效票16张，
 * 周明远得票702票，当选主任。`): the clauses before the mark are that body's vote, with its own counts; the clause
 * after it, opening with the election itself (`选举`, `本次换届选举`, `村委会选举`, `居委会选举`, `同日选举`,
 * `同日进行村民委员会换届选举`) and naming no other body, is the committee's own, read as any block of the
 * committee's counts is. A mark after which the clause goes on about the other body (`；选举产生村务监督委员会
 * 成员3名`, `；选举结果如下`) opens no such clause. Read by mention-settings.ts (the settings of the figures on
 * either side) and elected-names.ts (the body a declaration after the mark elects to).
 */

/** The bodies a sentence may speak of, as mention-settings.ts finds them (no 两委, 村民小组 nor bare 代表). */
const sentenceBodies = bodyFinder(kindsBut('both-committees', 'groups', 'any-representatives'));

/**
 * The opening of the committee's own election after the mark: its day (同日, 当日), 进行 or 举行, 本次 or 本届, the
 * committee's name, 换届, and 选举, with its counts right after it (not 选举产生…, 选举结果：…, 选举李华为主任: what
 * follows them may be any body's).
 */
const OWN_VOTE_OPENING = new RegExp(
  '^[^\\S\\n]*(?:(?:同日|当日|同一天|当天)[，,]?[^\\S\\n]*)?(?:(?:进行|举行|开展)了?)?(?:本次|本届)?' +
    '(?:(?:社区)?(?:村民委员会|居民委员会|村委会|居委会|村\\(居\\)委会|村（居）委会)的?)?(?:换届)?选举(?:中|时)?[，,]?[^\\S\\n]*' +
    // Its counts right after (选举参加投票876人, 选举，登记选民2,860人): not 选举李华为主任, 选举产生村务监督委员会成员.
    '(?=(?:全村|本村|全社区|本社区|该村|该社区)?(?:共有|共)?(?:登记|参加投票|参加选举|实际参加|实际投票|发出|收回|有效|应参加|选民))',
  'u',
);

/** A clause mark that may close another body's vote: `；`. */
const MARKS = /[；;]/gu;

/**
 * Whether the clause after the mark `marks[at]` opens the committee's own election: the index right after the
 * mark when the words before it name a body other than the committee, -1 when they name none, null when that
 * clause opens no such election (the words after the mark up to the next one name another body, or no vote).
 */
function openingAt(words: string, marks: readonly number[], at: number): number | null {
  const mark = marks[at] ?? 0;
  const clause = words.slice(mark + 1, marks[at + 1] ?? words.length);
  if (!OWN_VOTE_OPENING.test(clause)) return null;
  if (!sentenceBodies(clause).every((body) => body.kind === 'committee')) return null;
  return sentenceBodies(words.slice(0, mark)).some((body) => body.kind !== 'committee') ? mark + 1 : -1;
}

const marksIn = (words: string) => [...words.matchAll(MARKS)].map((mark) => mark.index);

/**
 * Where, in some words (a sentence, or the bounded words before a figure), the committee's own election opens
 * after a `；` that closes another body's vote: the index right after the last such mark, or -1. The words
 * before the mark must name a body other than the committee; those after it up to the next mark, none.
 */
export function committeeClauseAfterMark(words: string): number {
  const marks = marksIn(words);
  for (let at = marks.length - 1; at >= 0; at -= 1) {
    const opening = openingAt(words, marks, at);
    if (opening !== null) return opening;
  }
  return -1;
}

/**
 * The first such mark in a sentence (committeeClauseAfterMark, from the left): the index right after it, or
 * -1. The sentence's clauses before it are the other body's vote. The first opening found ends the scan, so
 * the words before a mark are read once.
 */
export function firstCommitteeClause(sentence: string): number {
  const marks = marksIn(sentence);
  for (let at = 0; at < marks.length; at += 1) {
    const opening = openingAt(sentence, marks, at);
    if (opening !== null) return opening;
  }
  return -1;
}
