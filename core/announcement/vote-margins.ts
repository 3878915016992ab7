import type { AnnouncedFigure, UnreadFigure, VotesFigure, WrittenCalculation } from './announced-figures.js';

/**
 * A margin of votes that names both candidates (`张三比李四多12票`, `张三领先李四12票`, `张三领先第二名12票`,
 * `李四比张三少12票`, `李四落后张三12票`), listed unread as a `margin` by the reader, is judged as the
 * calculation it states: the leader's votes less the other's (rule `calculation`, ANNOUNCED_SUM_MISMATCH
 * when wrong).
 *
 * Only where the clause holding the margin is the two names and the margin's words alone, each name's votes
 * are read exactly once in the text, both in the same contest (and setting, place and section), and the
 * margin is a whole count followed by 票 with no 多, 余 or 左右 after it. 第二名 is the other candidate only
 * where the leader has the most votes of the contest and one candidate alone the next most. Anything else
 * (`羅傳仙多4票`, `以24票之差`, `两人相差12票`: one name or none) stays unread as before.
 */

/** How far back the margin's clause may start: two names and the margin's words. */
const REACH = 30;
const CLAUSE_MARKS = /[，,。；;：:、\n（(）)]/;
const MORE_THAN = /^(.{1,8}?)比(.{1,8}?)(多|少)(?:得|出)?[^\S\n]?$/;
const AHEAD_OF = /^(.{1,8}?)(领先|落后)(?:于)?(.{1,8}?)[^\S\n]?$/;

/** Two votes of one contest: no two different contests named (one unnamed is the sentence's), one setting. */
const sameContest = (a: VotesFigure, b: VotesFigure) =>
  (a.contest === null ||
    b.contest === null ||
    ((a.contest.id ?? null) === (b.contest.id ?? null) && a.contest.text === b.contest.text)) &&
  a.scope === b.scope &&
  a.setting === b.setting &&
  a.section === b.section;
/** A sentence's end: the votes and the margin must stand in one sentence. */
const SENTENCE_END = /[。；;\n！!？?]/;

export function voteMargins(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[],
): WrittenCalculation[] {
  const votes = figures.filter((figure): figure is VotesFigure => figure.kind === 'votes');
  if (votes.length < 2) return [];
  const found: WrittenCalculation[] = [];
  for (const margin of unread) {
    if (margin.reason !== 'margin' || !/^\d+$/.test(margin.text)) continue;
    const [start, end] = margin.span;
    if (!/^[^\S\n]?票(?![多余]|左右|上下)/.test(folded.slice(end, end + 4))) continue;
    const from = Math.max(0, start - REACH);
    const before = folded.slice(from, start);
    let cut = -1;
    for (let at = before.length - 1; at >= 0; at--) {
      if (CLAUSE_MARKS.test(before[at] ?? '')) {
        cut = at;
        break;
      }
    }
    // The clause must start within reach.
    if (cut < 0 && from > 0) continue;
    const clauseStart = from + cut + 1;
    const clause = folded.slice(clauseStart, start).replace(/^[^\S\n]+/, '');
    const lead = clauseStart + (folded.slice(clauseStart, start).length - clause.length);
    const named = namesOf(clause, original, lead);
    if (named === null) continue;
    const once = (name: string) => votes.filter((figure) => figure.candidate === name);
    const first = once(named.first);
    if (first.length !== 1 || first[0] === undefined) continue;
    const firstVotes = first[0];
    let second: VotesFigure | undefined;
    const firstAt = firstVotes.origin.span?.[0];
    if (firstAt === undefined) continue;
    if (named.second === '第二名') {
      // Every vote of the sentence, up to its end: the whole contest, of one contest.
      const sentenceStart = lastSentenceEnd(folded, firstAt) + 1;
      const after = folded.slice(end).search(SENTENCE_END);
      const sentenceEnd = after < 0 ? folded.length : end + after;
      const contest = votes.filter((figure) => {
        const at = figure.origin.span?.[0];
        return at !== undefined && at >= sentenceStart && at < sentenceEnd;
      });
      if (!contest.every((figure) => contest.every((another) => sameContest(figure, another)))) continue;
      const names = new Set(contest.map((figure) => figure.candidate));
      if (names.size !== contest.length || contest.length < 2) continue;
      const ranked = [...contest].sort((a, b) => (a.value === b.value ? 0 : a.value > b.value ? -1 : 1));
      const [top, next, third] = ranked;
      if (top !== firstVotes || next === undefined || next.value === top.value) continue;
      if (third !== undefined && third.value === next.value) continue;
      second = next;
    } else {
      const others = once(named.second);
      if (others.length !== 1) continue;
      second = others[0];
    }
    if (second === undefined || second === firstVotes || !sameContest(firstVotes, second)) continue;
    // Both counts read before the margin.
    const [a, b] = [firstVotes.origin.span, second.origin.span];
    if (a === undefined || b === undefined || a[0] >= start || b[0] >= start) continue;
    if (SENTENCE_END.test(folded.slice(Math.min(a[0], b[0]), start))) continue;
    const [leader, other] = named.firstLeads ? [firstVotes, second] : [second, firstVotes];
    const span: [number, number] = [lead, folded.indexOf('票', end) + 1];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: leader.value - other.value,
      denominator: 1n,
      result: { digits: BigInt(margin.text), decimals: 0 },
      resultPercent: false,
      statedOf: `${leader.value} − ${other.value}`,
    });
  }
  return found;
}

/** The two names of a margin's clause, as written, and whether the first is the leader. */
function namesOf(
  clause: string,
  original: string,
  at: number,
): { first: string; second: string; firstLeads: boolean } | null {
  const more = MORE_THAN.exec(clause);
  if (more?.[1] !== undefined && more[2] !== undefined) {
    const first = original.slice(at, at + more[1].length);
    const secondAt = at + more[1].length + 1;
    return {
      first,
      second: original.slice(secondAt, secondAt + more[2].length),
      firstLeads: more[3] === '多',
    };
  }
  const ahead = AHEAD_OF.exec(clause);
  if (ahead?.[1] !== undefined && ahead[2] !== undefined && ahead[3] !== undefined) {
    const first = original.slice(at, at + ahead[1].length);
    const secondAt = at + clause.lastIndexOf(ahead[3]);
    const second = ahead[3] === '第二名' ? '第二名' : original.slice(secondAt, secondAt + ahead[3].length);
    if (ahead[3] === '第二名' && ahead[2] !== '领先') return null;
    return { first, second, firstLeads: ahead[2] === '领先' };
  }
  return null;
}

/** How far back a sentence's start is looked for, so that reading stays linear in the text. */
const SENTENCE_REACH = 400;

/** Where the sentence before `at` ended (−1 at the text's start; at − SENTENCE_REACH − 1 beyond reach). */
function lastSentenceEnd(folded: string, at: number): number {
  const stop = Math.max(0, at - SENTENCE_REACH);
  for (let index = at - 1; index >= stop; index--) if (SENTENCE_END.test(folded[index] ?? '')) return index;
  return stop - 1;
}
