import type { AnnouncedContest, AnnouncedFigure, ElectedFigure, VotesFigure } from './announced-figures.js';
import { RUNOFF_WORDS } from './round-words.js';
import { namesAnotherBody } from './other-body.js';
import { digitsValue } from './parse-number.js';

/**
 * 应选村民委员会成员5名，实际选出5名。 ⏎ 主任：任海波1,165票 ⏎ 委员：康丽娟（女）1,091票、贾德顺1,034票、…: a result
 * that states how many were elected and then lists, post by post, exactly that many names with their votes,
 * saying 当选 nowhere. The count declares the names listed: a list by post of as many names as were elected,
 * each with votes, is the list of those elected. Each name is declared to the post its votes were read of.
 *
 * Only where plain: the count stated once (实际选出, 实选, 共选出, with the committee's words or none
 * between, in 名 or 人), no name declared by anything else, and the text says neither 当选 nor 候选 (a list
 * of candidates may hold as many names as seats), nor 落选, words of votes falling short (未过半数, 另行选举,
 * 尚缺 …), a runoff, or another body (村务监督委员会, 村民代表 …). Every votes figure of the text stands on a line
 * that opens with its post (主任：, 副主任：, 委员：), its post read, each name once, and the names are exactly
 * as many as the count: with one name more (a loser listed too) or fewer, no one is declared.
 */
export function winnersOfElectedCount(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): ElectedFigure[] {
  if (!ELECTED_COUNT_WORDS.test(folded)) return [];
  if (/当选|候选|落选/.test(folded) || FELL_SHORT.test(folded) || RUNOFF_WORDS.test(folded)) return [];
  if (figures.some((figure) => figure.kind === 'elected')) return [];
  if (namesAnotherBody(folded)) return [];
  const counts = [...folded.matchAll(ELECTED_COUNT)];
  if (counts.length !== 1) return [];
  const count = counts[0];
  if (count?.[1] === undefined) return [];
  const elected = Number(digitsValue(count[1]));
  const votes = figures.filter((figure): figure is VotesFigure => figure.kind === 'votes');
  if (votes.length !== elected || new Set(votes.map((v) => v.candidate)).size !== elected) return [];
  const byContest = new Map<string, { contest: AnnouncedContest; names: string[] }>();
  for (const figure of votes) {
    const span = figure.origin.span;
    if (figure.contest === null || span === undefined || figure.setting !== undefined) return [];
    const lineStart = folded.lastIndexOf('\n', span[0] - 1) + 1;
    const post = POST_LINE.exec(folded.slice(lineStart, span[0]));
    if (post?.[1] === undefined || figure.contest.text.replace(COMMITTEE, '') !== post[1]) return [];
    const entry = byContest.get(figure.contest.text) ?? { contest: figure.contest, names: [] };
    entry.names.push(figure.candidate);
    byContest.set(figure.contest.text, entry);
  }
  const span: [number, number] = [count.index, count.index + count[0].length];
  return [...byContest.values()].map(({ contest, names }) => ({
    kind: 'elected' as const,
    contest,
    names,
    origin: { span, text: original.slice(span[0], span[1]) },
  }));
}

const ELECTED_COUNT_WORDS = /实际选出|实选|共选出/;
/**
 * 实际选出5名, 实选5人, 共选出村民委员会成员5名: the count of those elected, captured; not 共选出5名村民代表, a
 * count of another body's members.
 */
const ELECTED_COUNT =
  /(?:实际选出|实选出?|共选出)(?:(?:村民委员会|居民委员会|村委会|居委会)?成员)?(\d{1,2})(?:名|人)(?![^\S\n]*[村居代小监])/g;
/** Words saying the votes fell short (as winners-list.ts). */
const FELL_SHORT = /未过半|未超过|没有超过|不足|未达到|未获|另行选举|尚缺|缺额|空缺/;
/** A line opening with its post, then anything up to the name: 委员：康丽娟（女）1,091票、贾德顺 … */
const POST_LINE = /^[^\S\n]*(主任|副主任|委员)[^\S\n]*[:：]/;
/** The committee's name before a post: 村委会委员 is 委员. */
const COMMITTEE = /^(?:村民委员会|居民委员会|村委会|居委会)/;
