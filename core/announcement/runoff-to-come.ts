import type { AnnouncedFigure } from './announced-figures.js';
import type { Sentence } from './segment-text.js';
import { RUNOFF_WORDS, withoutNegatedRounds } from './round-words.js';

/**
 * A notice of a runoff to come (另行选举公告; 第一轮选举结果及另行选举公告): it reports the first round's
 * results (张伟得票856票，超过参加投票选民的半数，当选为主任) and says that the seats left open go to a runoff
 * still to be held (不足的2名委员另行选举，以李芳、王强、赵磊为候选人，于3月24日进行另行选举; 另行选举定于4月7日
 * 举行，候选人为陈宇、马丽; 另行选举的时间另行公告). Its figures are the first round's, so the runoff its title
 * names sets no round for them, and its winners are judged by the first round's threshold.
 *
 * Only where:
 * - a sentence names a runoff (not said not to be held) together with words of a runoff still to come:
 *   a day fixed ahead (定于, 将于, 拟于), a time to be given (另行公告, 另行通知, 另定), or its candidates
 *   named for it (以…为候选人); candidates only listed (候选人为…) count with a day ahead in that sentence;
 * - no sentence says the runoff was held (于3月24日举行另行选举, 进行了另行选举) without a day ahead in it;
 * - no figure stands after that sentence (a notice of both rounds goes on with the runoff's counts and
 *   votes: those are the runoff's, and this reading is not made);
 * - no heading line before the first figure names a runoff's results (另行选举结果公告, 第二轮投票情况).
 *
 * Returns the words of the sentence that announces the runoff, or undefined.
 */
const TO_COME = /定于|将于|拟于|另行公告|另行通知|另定|择日|为候选人|为另行选举候选人|为另行选举的候选人/;
/** Words of a day ahead or a time to be given: a runoff still to come. */
const AHEAD = /定于|将于|拟于|另行公告|另行通知|另定|择日/;
/** Candidates listed (候选人为李芳、王强): a runoff to come only with a day ahead in the same sentence. */
const CANDIDATES_LISTED = /候选人[为是]/;
/** A runoff said held (于3月24日举行另行选举, 进行了另行选举), where no day ahead is named in its sentence. */
const HELD = /(?:举行|进行了)[^，,。；;]{0,8}另行选举/;

const RUNOFF_RESULTS = /(?:另行选举|第二轮|第二次投票)(?:投票|选举)?的?(?:结果|情况|当选)/;

const HEADING_LINE_LENGTH = 40;
const SENTENCE_MARKS = /[。；;，,：:！!？?]/;

export function runoffToCome(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): string | undefined {
  let first = folded.length;
  let last = -1;
  for (const figure of figures) {
    const span = figure.origin.span;
    if (!span) continue;
    first = Math.min(first, span[0]);
    last = Math.max(last, span[0]);
  }
  if (last < 0) return undefined;
  const resultsHeading = folded
    .slice(0, first)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .some(
      (line) => line.length <= HEADING_LINE_LENGTH && !SENTENCE_MARKS.test(line) && RUNOFF_RESULTS.test(line),
    );
  if (resultsHeading) return undefined;
  const sentenceWords = sentences.map((sentence) => folded.slice(sentence.start, sentence.end));
  if (sentenceWords.some((words) => HELD.test(words) && !AHEAD.test(words))) return undefined;
  for (const sentence of sentences) {
    if (sentence.end <= last) continue;
    const words = withoutNegatedRounds(folded.slice(sentence.start, sentence.end));
    const runoff = RUNOFF_WORDS.exec(words);
    // Every figure stands before the runoff's word (不足的2名委员另行选举): none of the runoff's own counts or
    // votes follow it.
    if (
      runoff &&
      sentence.start + runoff.index > last &&
      (TO_COME.test(words) || (CANDIDATES_LISTED.test(words) && AHEAD.test(words)))
    )
      return folded.slice(sentence.start, sentence.end).trim();
  }
  return undefined;
}
