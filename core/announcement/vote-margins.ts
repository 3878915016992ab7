import type {
  AnnouncedFigure,
  CountFigure,
  UnreadFigure,
  VotesFigure,
  WrittenCalculation,
} from './announced-figures.js';
import { normalizeText } from './normalize-text.js';
import { indexAtOrAfter } from './sorted-positions.js';
import { firstStartingAfter } from './text-places.js';

/**
 * A margin of votes between candidates, or a gap, listed unread by the reader (`margin`, `gap`), is
 * judged as the calculation it states where its words make that certain (rule `calculation`,
 * ANNOUNCED_SUM_MISMATCH when wrong):
 *
 * - both names in its clause: `张三比李四多12票`, `李四比张三少12票`, `张三领先李四12票`, `李四落后张三12票`,
 *   `张三多出李四12票`: the leader's votes less the other's;
 * - the leader opening the clause before, the other named: `张三以504票当选，比李四多12票`, `，领先李四12票`;
 * - the other in second place: `张三领先第二名24票`, `张三多出第二名24票`, `比得票第二的候选人多24票`: the
 *   leader has the most votes of its line's contest, one candidate alone the next most;
 * - the other unnamed: `羅傳仙以502票当选，多12票`, `张三以12票之差胜出`, `张三以4票之微弱优势当选`,
 *   `李四以12票之差落选`: the line's contest has exactly two candidates;
 * - the two together: `两人相差12票`, `二人只差12票`: the line's contest has exactly two candidates, the more
 *   votes less the fewer;
 * - a gap to a named candidate: `李四得票492票，比张三只差12票`, `李四比张三差12票`: that candidate's votes less
 *   the subject's;
 * - a gap to more than half: `张三差3票未过半`, `张三仅差2票未能过半数`: the least count more than half of the
 *   ballots cast (⌊cast ÷ 2⌋ + 1) less the subject's votes; to a third (`差17票未达到三分之一`): ⌈cast ÷ 3⌉ less
 *   them; where the text states one count of ballots cast of the subject's round (参加投票, else 收回选票).
 *
 * Every statement of a name's votes in one round (setting) must agree (one value, one contest, place and
 * section: votes stated twice are read when both agree), the last before the margin standing on its line and
 * giving the round; the margin is a whole count followed by 票 with no 多, 余 or 左右 after it. Anything else (`羅傳仙多4票`,
 * `两人相差` among three, `仅差4票当选`, a second place or an unnamed other among more candidates) stays unread.
 */

/** How far back the margin's clause may start: two names and the margin's words. */
const REACH = 30;
const CLAUSE_MARKS = /[，,。；;：:、\n（(）)]/;
/** A sentence's end. */
const SENTENCE_END = /[。；;\n！!？?]/;

const MORE_THAN = /^(.{1,8}?)比(.{1,12}?)(多|少)(?:得|出)?$/;
const AHEAD_OF = /^(.{1,8}?)(领先|落后)(?:于)?(.{1,12}?)$/;
const MORE_OUT = /^(.{1,8}?)(?:多出|高出|超出)(.{1,12}?)$/;
/** The same with the leader (or the one behind) opening the clause before. */
const THAN_ONLY = /^比(.{1,12}?)(多|少)(?:得|出)?$/;
const AHEAD_ONLY = /^(领先|落后)(?:于)?(.{1,12}?)$/;
const MORE_ONLY = /^(?:[仅只又还]|共计?)?多(?:得|出)?$/;
/** 以 right before the count, with or without the name before it (张三以12票之差). */
const BY = /^(.{0,8}?)以$/;
/** The words of a margin after N票 (之差, 的差距, 之微弱优势). */
const BY_WORDS = /^票(?:之差|的差距|的差额|[的之](?:微弱|微小|些微|细微|极小|极微弱)优势)/;
/** The one named by them lost: 李四以12票之差落选. */
const LOST = /^(?:落选|落败|惜败|未能当选|未当选|败给|负于|输给)/;
/** Words after them naming the other: 险胜李四, 败给张三. */
const OVER_OTHER =
  /^(?:险胜|战胜|击败|胜过|领先|败给|负于|输给|惜败于|落后于?)(.{2,8}?)(?=[，,。；;：:、\n（(）)]|$)/;
/** A gap to a named candidate: 比张三只差, 李四比张三差. */
const SHORT_OF_NAMED = /^(.{0,8}?)比(.{1,8}?)(?:[只仅还才就尚])?差$/;
/** A gap with its subject alone: 张三差, 张三仅差, 仅差. */
const SHORT_OF = /^(.{0,8}?)(?:[只仅还才就尚])?差$/;
/** After N票 of a gap: short of more than half (未过半, 未能过半数, 没有超过半数). */
const SHORT_OF_HALF =
  /^票(?:未能|没能|没有|未|不能|不足以)?(?:过半|超过半数|超半数|达到半数以上|过选票的半数)/;
/**
 * After N票 of a gap: short of a third of the ballots cast (未达到三分之一, 未达到参加投票选民的三分之一), the
 * least a runoff's winner needs; 超过 or 过 a third is more than it.
 */
const SHORT_OF_THIRD =
  /^票(?:未能|没能|没有|未|不能)?(达到|超过|过|到)?(?:参加投票(?:的)?(?:选民|村民|居民)?(?:人数)?(?:总数)?的)?三分之一/;
/** The two candidates together: 两人相差, 二人只差, 双方相差. */
const PAIR = /^(?:两人|二人|两者|二者|双方|两位候选人)(?:之间)?(?:[只仅还才就尚])?(?:相差|差)$/;
/** A threshold named before 差: 距过半数, 距离超过半数, 离三分之一, 距达到三分之一. */
const TOWARD = /^(?:距离?|离)((?:超过|过|达到)?(?:半数|过半|三分之一))$/;
/** Second place: 第二名, 得票第二的候选人, 第二名候选人, 得票居第二位的. */
const SECOND_PLACE = /^(?:得票)?居?第二(?:名|位)?的?(?:候选人)?$/;
/** A post opening the clause before the name (主任候选人张三得票…). */
const POST_HEAD =
  /^(?:(?:村民委员会|居民委员会|村委会|居委会)?(?:副主任|主任|委员|妇女委员|成员))?(?:候选人)?/;

/** Two votes of one contest: no two different contests named (one unnamed is the sentence's), one setting. */
const sameContest = (a: VotesFigure, b: VotesFigure) =>
  (a.contest === null ||
    b.contest === null ||
    ((a.contest.id ?? null) === (b.contest.id ?? null) && a.contest.text === b.contest.text)) &&
  a.scope === b.scope &&
  a.setting === b.setting &&
  a.section === b.section;

/** Whether every figure is of one contest: one contest named at most, one setting, place and section. */
function oneContest(figures: readonly VotesFigure[]): boolean {
  const named = figures.find((figure) => figure.contest !== null) ?? figures[0];
  return named === undefined || figures.every((figure) => sameContest(named, figure));
}

/** A name's votes in one setting: one value every statement agrees on, and the first statement. */
interface Agreed {
  readonly value: bigint;
  readonly figure: VotesFigure;
}

/** A name's statements are keyed by the name and their setting. */
const keyOf = (name: string, setting: string | undefined) => `${name}\u0000${setting ?? ''}`;

/** Which side a margin's words give each candidate, and what the other side is. */
type Other =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'second' }
  | { readonly kind: 'unnamed' }
  | { readonly kind: 'pair' }
  | { readonly kind: 'half' }
  | { readonly kind: 'third'; readonly exceeds: boolean };

interface Shape {
  /** The subject: its name as written in the clause, or null for the name opening the clause before. */
  readonly subject: string | null;
  readonly other: Other;
  /** The subject leads (its votes less the other's); else the other leads. */
  readonly subjectLeads: boolean;
  /** Where the margin's words end after the count. */
  readonly wordsEnd: number;
}

export function voteMargins(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[],
): WrittenCalculation[] {
  const votes = figures.filter((figure): figure is VotesFigure => figure.kind === 'votes');
  if (votes.length === 0) return [];
  // Each name's statements by setting (a runoff's votes are other quantities than the first round's), and
  // where each name is stated, in text order, with the setting of each statement.
  const statements = new Map<string, VotesFigure[]>();
  const places = new Map<string, { at: number[]; settings: Array<string | undefined> }>();
  for (const figure of [...votes].sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0))) {
    const name = normalized(figure.candidate);
    const keyed = keyOf(name, figure.setting);
    const same = statements.get(keyed);
    if (same) same.push(figure);
    else statements.set(keyed, [figure]);
    const at = figure.origin.span?.[0];
    if (at === undefined) continue;
    const named = places.get(name) ?? { at: [], settings: [] };
    named.at.push(at);
    named.settings.push(figure.setting);
    places.set(name, named);
  }
  const agreed = new Map<string, Agreed | null>();
  for (const [keyed, same] of statements) {
    const [first] = same;
    agreed.set(
      keyed,
      first !== undefined && same.every((figure) => figure.value === first.value) && oneContest(same)
        ? { value: first.value, figure: first }
        : null,
    );
  }
  // The votes of each line, by where the line starts: a margin's contest is its line's.
  const starts = lineStarts(folded);
  const lineStart = (_: string, at: number) => lineOf(starts, at);
  const byLine = new Map<number, VotesFigure[]>();
  for (const figure of votes) {
    const at = figure.origin.span?.[0];
    if (at === undefined) continue;
    const line = lineStart(folded, at);
    const listed = byLine.get(line);
    if (listed) listed.push(figure);
    else byLine.set(line, [figure]);
  }
  // Each line's contest, ranked, found once however many margins the line holds.
  const contests = new Map<number, Contest | null>();
  // Each round's ballots cast, likewise found once.
  const casts = new Map<string | undefined, bigint | null>();
  const found: WrittenCalculation[] = [];
  for (const margin of unread) {
    if ((margin.reason !== 'margin' && margin.reason !== 'gap') || !/^\d+$/.test(margin.text)) continue;
    const [start, end] = margin.span;
    const spaced = folded.slice(end, end + 24);
    const after = spaced.replace(/^[^\S\n]/, '');
    const votesWord = end + spaced.length - after.length;
    if (!/^票(?![多余]|左右|上下)/.test(after)) continue;
    const clause = clauseBefore(folded, start);
    if (clause === null) continue;
    const shape =
      margin.reason === 'margin' ? marginShape(clause.words, after) : gapShape(clause.words, after);
    if (shape === null) continue;
    const line = lineStart(folded, start);
    const onLine = byLine.get(line) ?? [];
    // A name's votes: those of the setting of its last statement before the margin, on the margin's line.
    const votesOf = (name: string): Agreed | null => {
      const named = places.get(normalized(name));
      if (!named) return null;
      const last = indexAtOrAfter(named.at, start) - 1;
      const at = named.at[last];
      if (at === undefined || at < line) return null;
      return agreed.get(keyOf(normalized(name), named.settings[last])) ?? null;
    };
    const span: [number, number] = [clause.start + clause.lead, votesWord + 1 + shape.wordsEnd];
    const text = original.slice(span[0], span[1]);
    const stated = { digits: BigInt(margin.text), decimals: 0 } as const;
    const contestOfLine = () => {
      let contest = contests.get(line);
      if (contest === undefined) {
        contest = contestOf(onLine, agreed);
        contests.set(line, contest);
      }
      return contest;
    };
    if (shape.other.kind === 'pair') {
      // 两人相差: the line's two candidates, both read before it; the more votes less the fewer.
      const [more, fewer, third] = contestOfLine()?.ranked ?? [];
      if (more === undefined || fewer === undefined || third !== undefined) continue;
      if (!votesOf(more.figure.candidate) || !votesOf(fewer.figure.candidate)) continue;
      // 两人 is the two its own sentence names: votes stated before it (a sentence set in between, another
      // race's votes on the line) are no sure pair.
      const sentenceFrom = sentenceStartBefore(folded, line, start);
      if ([more, fewer].some((side) => (side.figure.origin.span?.[0] ?? -1) < sentenceFrom)) continue;
      found.push({
        span,
        text,
        numerator: more.value - fewer.value,
        denominator: 1n,
        result: stated,
        resultPercent: false,
        statedOf: `${more.figure.candidate} ${more.value} − ${fewer.figure.candidate} ${fewer.value}`,
      });
      continue;
    }
    const opening = shape.subject === null ? subjectOpening(folded, clause.start, places) : null;
    const subjectName = shape.subject ?? opening?.name ?? null;
    if (subjectName === null) continue;
    // A subject taken from a list of votes is unsure where the other side is no name: an unnamed other or a
    // threshold (a second place names its subject, the one with the most votes).
    if (opening?.listed && shape.other.kind !== 'name' && shape.other.kind !== 'second') continue;
    const subject = votesOf(subjectName);
    if (subject === null) continue;
    if (shape.other.kind === 'half' || shape.other.kind === 'third') {
      // The ballots cast of the subject's round, stated once.
      const setting = subject.figure.setting;
      if (!casts.has(setting)) casts.set(setting, castOnce(figures, setting));
      const cast = subject.figure.scope === undefined ? (casts.get(setting) ?? null) : null;
      if (cast === null) continue;
      const half = shape.other.kind === 'half';
      // More than a third and at least a third differ only where the ballots divide by three.
      if (!half && shape.other.exceeds && cast % 3n === 0n) continue;
      const needed = half ? cast / 2n + 1n : (cast + 2n) / 3n;
      found.push({
        span,
        text,
        numerator: needed - subject.value,
        denominator: 1n,
        result: stated,
        resultPercent: false,
        statedOf: `${half ? `(⌊${cast} ÷ 2⌋ + 1)` : `⌈${cast} ÷ 3⌉`} − ${subject.figure.candidate} ${subject.value}`,
      });
      continue;
    }
    const other = otherOf(shape.other, subject, contestOfLine(), votesOf);
    if (other === null || other === subject || !sameContest(subject.figure, other.figure)) continue;
    const [leader, behind] = shape.subjectLeads ? [subject, other] : [other, subject];
    // A subject taken from the clause before that trails where the words say it leads (or the reverse) is no
    // sure reading of whom the margin is of.
    if (opening !== null && leader.value < behind.value) continue;
    found.push({
      span,
      text,
      numerator: leader.value - behind.value,
      denominator: 1n,
      result: stated,
      resultPercent: false,
      statedOf: `${leader.figure.candidate} ${leader.value} − ${behind.figure.candidate} ${behind.value}`,
    });
  }
  return found;
}

/** A line's candidates, of one contest, each with the votes every statement agrees on, most votes first. */
interface Contest {
  readonly ranked: readonly Agreed[];
  readonly names: ReadonlySet<Agreed>;
}

/** The candidates of a contest's line; null when they are of more than one contest or a name's votes disagree. */
function contestOf(
  onLine: readonly VotesFigure[],
  agreed: ReadonlyMap<string, Agreed | null>,
): Contest | null {
  if (!oneContest(onLine)) return null;
  const names = new Set<Agreed>();
  for (const figure of onLine) {
    const found = agreed.get(keyOf(normalized(figure.candidate), figure.setting));
    if (!found) return null;
    names.add(found);
  }
  const ranked = [...names].sort((a, b) => (a.value === b.value ? 0 : a.value > b.value ? -1 : 1));
  return { ranked, names };
}

function otherOf(
  other: Other,
  subject: Agreed,
  contest: Contest | null,
  votesOf: (name: string) => Agreed | null,
): Agreed | null {
  if (other.kind === 'name') return votesOf(other.name);
  if (contest === null || !contest.names.has(subject)) return null;
  const [top, next, third] = contest.ranked;
  if (other.kind === 'unnamed') {
    if (contest.ranked.length !== 2) return null;
    return top === subject ? (next ?? null) : (top ?? null);
  }
  // Second place: the subject has the most, one candidate alone the next most.
  if (top !== subject || next === undefined || next.value === top.value) return null;
  if (third !== undefined && third.value === next.value) return null;
  return next;
}

/** The words of a margin's clause before its count, trimmed, and where the clause starts; null past REACH. */
function clauseBefore(folded: string, start: number): { words: string; start: number; lead: number } | null {
  const from = Math.max(0, start - REACH);
  const before = folded.slice(from, start);
  let cut = -1;
  for (let at = before.length - 1; at >= 0; at--) {
    if (CLAUSE_MARKS.test(before[at] ?? '')) {
      cut = at;
      break;
    }
  }
  if (cut < 0 && from > 0) return null;
  const clauseStart = from + cut + 1;
  const raw = folded.slice(clauseStart, start);
  const words = raw.trim();
  return { words, start: clauseStart, lead: raw.length - raw.trimStart().length };
}

/** What a margin's clause and the words after its count say, or null when it is none of the shapes above. */
function marginShape(words: string, after: string): Shape | null {
  if (PAIR.test(words)) return { subject: null, other: { kind: 'pair' }, subjectLeads: true, wordsEnd: 0 };
  const more = MORE_THAN.exec(words);
  if (more?.[1] !== undefined && more[2] !== undefined)
    return { subject: more[1], other: otherNamed(more[2]), subjectLeads: more[3] === '多', wordsEnd: 0 };
  const ahead = AHEAD_OF.exec(words);
  if (ahead?.[1] !== undefined && ahead[3] !== undefined)
    return aheadShape(ahead[1], ahead[2] === '领先', ahead[3]);
  const out = MORE_OUT.exec(words);
  if (out?.[1] !== undefined && out[2] !== undefined)
    return { subject: out[1], other: otherNamed(out[2]), subjectLeads: true, wordsEnd: 0 };
  const than = THAN_ONLY.exec(words);
  if (than?.[1] !== undefined)
    return { subject: null, other: otherNamed(than[1]), subjectLeads: than[2] === '多', wordsEnd: 0 };
  const aheadOnly = AHEAD_ONLY.exec(words);
  if (aheadOnly?.[2] !== undefined) return aheadShape(null, aheadOnly[1] === '领先', aheadOnly[2]);
  if (MORE_ONLY.test(words))
    return { subject: null, other: { kind: 'unnamed' }, subjectLeads: true, wordsEnd: 0 };
  const by = BY.exec(words);
  const byWords = BY_WORDS.exec(after);
  if (by?.[1] === undefined || byWords === null) return null;
  const rest = after.slice(byWords[0].length);
  const lost = LOST.test(rest);
  const over = OVER_OTHER.exec(rest);
  return {
    subject: by[1] === '' ? null : by[1],
    other: over?.[1] === undefined ? { kind: 'unnamed' } : { kind: 'name', name: over[1] },
    subjectLeads: !lost && !/^(?:败给|负于|输给|惜败|落后)/.test(rest),
    wordsEnd: byWords[0].length - 1,
  };
}

function aheadShape(subject: string | null, leads: boolean, other: string): Shape | null {
  const named = otherNamed(other);
  // 落后第二名: no certain leader.
  if (named.kind === 'second' && !leads) return null;
  return { subject, other: named, subjectLeads: leads, wordsEnd: 0 };
}

function otherNamed(words: string): Other {
  return SECOND_PLACE.test(words) ? { kind: 'second' } : { kind: 'name', name: words };
}

/** What a gap's clause and the words after its count say: short of a named candidate, or of more than half. */
function gapShape(words: string, after: string): Shape | null {
  if (PAIR.test(words)) return { subject: null, other: { kind: 'pair' }, subjectLeads: true, wordsEnd: 0 };
  const named = SHORT_OF_NAMED.exec(words);
  if (named?.[2] !== undefined) {
    if (SECOND_PLACE.test(named[2])) return null;
    return {
      subject: named[1] === '' || named[1] === undefined ? null : named[1],
      other: { kind: 'name', name: named[2] },
      subjectLeads: false,
      wordsEnd: 0,
    };
  }
  const alone = SHORT_OF.exec(words);
  if (alone?.[1] === undefined) return null;
  // 距过半数还差3票, 离三分之一只差: the threshold named before 差, the subject opening the clause before.
  const toward = TOWARD.exec(alone[1]);
  if (toward?.[1] !== undefined)
    return {
      subject: null,
      other: toward[1].includes('半')
        ? { kind: 'half' }
        : { kind: 'third', exceeds: toward[1].startsWith('超过') || toward[1].startsWith('过') },
      subjectLeads: false,
      wordsEnd: 0,
    };
  const subject = alone[1] === '' ? null : alone[1];
  const half = SHORT_OF_HALF.exec(after);
  if (half !== null)
    return { subject, other: { kind: 'half' }, subjectLeads: false, wordsEnd: half[0].length - 1 };
  const third = SHORT_OF_THIRD.exec(after);
  if (third === null) return null;
  return {
    subject,
    other: { kind: 'third', exceeds: third[1] === '超过' || third[1] === '过' },
    subjectLeads: false,
    wordsEnd: third[0].length - 1,
  };
}

/** How far back the clause before a margin's may start. */
const SUBJECT_REACH = 40;

/**
 * The candidate opening the clause right before the margin's (张三以504票当选为主任，比李四多12票), after a post
 * (主任候选人张三得票504票，…): a name whose votes are read; null when it opens with none.
 */
function subjectOpening(
  folded: string,
  clauseStart: number,
  named: ReadonlyMap<string, unknown>,
): { name: string; listed: boolean } | null {
  const mark = clauseStart - 1;
  if (mark < 0 || SENTENCE_END.test(folded[mark] ?? '') || !/[，,]/.test(folded[mark] ?? '')) return null;
  const from = Math.max(0, mark - SUBJECT_REACH);
  let cut = -1;
  for (let at = mark - 1; at >= from; at--) {
    if (CLAUSE_MARKS.test(folded[at] ?? '')) {
      cut = at;
      break;
    }
  }
  if (cut < 0 && from > 0) return null;
  const clause = folded.slice(cut + 1, mark).trim();
  const head = POST_HEAD.exec(clause)?.[0].length ?? 0;
  // One of a list of votes (张三得票498票，李四得票494票，距过半数还差3票): which of them is meant is unsure.
  const listed = cut >= 0 && /[，,、]/.test(folded[cut] ?? '');
  // The longest name of the votes read that opens the clause.
  for (let length = 8; length >= 2; length--) {
    const name = clause.slice(head, head + length);
    if (name.length === length && named.has(name)) return { name, listed };
  }
  return null;
}

/** The ballots cast of the whole election in one setting (a round), stated once (参加投票; else 收回选票), or null. */
function castOnce(figures: readonly AnnouncedFigure[], setting: string | undefined): bigint | null {
  for (const meaning of ['cast', 'returned'] as const) {
    const counts = figures.filter(
      (figure): figure is CountFigure =>
        figure.kind === 'count' && figure.meaning === meaning && figure.setting === setting,
    );
    if (counts.length === 0) continue;
    const [first] = counts;
    const whole = counts.every(
      (count) =>
        count.value === first?.value &&
        count.contest === null &&
        count.scope === undefined &&
        count.among === undefined &&
        count.namedByStanding === undefined,
    );
    return whole && first !== undefined ? first.value : null;
  }
  return null;
}

/**
 * Where each line starts, in order: found once, so that a line's start is a search, not a scan back. A line
 * broken where no sentence ends (a copy from a phone or a scan wraps 张三得票504票，\n李四得票492票) runs on:
 * a new line starts only after one that ends a sentence, a heading's colon, or is blank.
 */
function lineStarts(folded: string): number[] {
  const starts = [0];
  for (let at = folded.indexOf('\n'); at >= 0; at = folded.indexOf('\n', at + 1)) {
    let last = at - 1;
    while (last >= 0 && /[^\S\n]/.test(folded[last] ?? '')) last--;
    if (last < 0 || LINE_ENDS.test(folded[last] ?? '')) starts.push(at + 1);
  }
  return starts;
}
/** The last character of a line that ends it: a sentence's end, a heading's colon, or the line before's end. */
const LINE_ENDS = /[。；;！!？?：:\n]/;

/** Where the line holding `at` starts. */
function lineOf(starts: readonly number[], at: number): number {
  return starts[Math.max(0, firstStartingAfter(starts, at, (start) => start) - 1)] ?? 0;
}

/** A name as the figures' candidates are keyed: folded as the text the margin's words are read from. */
function normalized(name: string): string {
  return normalizeText(name.trim());
}

/** How far back from a margin the start of its sentence is looked for. */
const SENTENCE_REACH = 300;

/**
 * Where the sentence holding `at` starts, no earlier than its line's start: after the last 。！？
 * within SENTENCE_REACH before it, else SENTENCE_REACH before it (a bounded look however long the line).
 */
function sentenceStartBefore(folded: string, line: number, at: number): number {
  const from = Math.max(line, at - SENTENCE_REACH);
  const before = folded.slice(from, at);
  let end = -1;
  for (const mark of ['。', '！', '？', '!', '?']) end = Math.max(end, before.lastIndexOf(mark));
  return from + end + 1;
}
