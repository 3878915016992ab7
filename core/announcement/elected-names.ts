import { otherBodyBefore, relativeClauseBeforeElected } from './english-winner-shapes.js';
import type {
  AnnouncedContest,
  AnnouncedFigure,
  TextSpan,
  UnreadReason,
  VotesFigure,
} from './announced-figures.js';
import { aboveBeforeBareElected, electedAbove, namesBeforeBareElected } from './elected-above.js';
import { namesTheCommitteeAlone, sectionOfAnotherBody } from './other-body.js';
import { committeeClauseAfterMark } from './committee-after-mark.js';
import { PIECE_HEAD, bracketedVoters, findElected, type ElectedMention } from './find-elected.js';
import { marginLeader, mostVotesSubject, votesConditionOnly } from './most-votes-subject.js';
import { normalizeText } from './normalize-text.js';
import { parseChineseNumber, wholeNumber } from './parse-number.js';
import { TITLE_BEFORE_NAME, isPersonName } from './person-name.js';
import type { ContestResolver } from './resolve-contest.js';
import type { Sentence } from './segment-text.js';
import type { SentenceState } from './sentence-state.js';
import { personBracket } from './person-bracket.js';
import { pairedSpan } from './quote-window.js';
import { postedNames } from './posts-in-brackets.js';
import { firstStartingAfter } from './text-places.js';

/** Who a 当选 (elected) declares: names in its clause, or those whose votes were just read. */

/** How many figures back the votes before a 当选 are looked for, when others were read after it. */
const VOTES_LOOKBACK = 32;
/**
 * Only ballot words between the votes just read and 当选: 4210张选票当选, （总有效票2031票）当选, and the
 * way they were won (812票高票当选, 1200票的绝对优势当选).
 */
// A check mark pasted before 当选 (1,688票 ✅当选) says no more than a bracket does.
export const BALLOT_WORDS_ONLY =
  /^(?:[\s（）()✅✓☑√]|✔\uFE0F?)*(?:(?=[张赞选票])(张)?(?:\s*(赞成票|选票|票))?(?:[\s（）()✅✓☑√]|✔\uFE0F?)*)?(?:(?:的绝对优势|高票)\s*)?$/u;
/** 当选 heading the list after it: 当选：, 当选名单：, 当选人员： (not 当选为主任). */
const LIST_HEADING_AFTER = /^当选(?:情况|名单|人员|结果)?[^\S\n]*[:：]/;

/**
 * Whether nothing but white space stands in [from, to): read back from `to` and stopped at the first other
 * character, so a long clause costs no more than its blank end (当选 repeated with no stop between).
 */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from; at -= 1) if (!/\s/.test(text.charAt(at))) return false;
  return true;
}

/** How far before 当选 / elected the names of the winners may stand. */
const NAMES_REACH = 160;

/**
 * How long a clause that names a leader by a margin may be (张三比李四多12票, 羅傳仙以4票之差勝出): longer
 * ones are not searched, so that reading stays linear in a clause of many 当选.
 */
const LEAD_REACH = 40;

/** What reading the names a 当选 declares needs of the text reader. */
export interface ElectedReader {
  readonly original: string;
  readonly folded: string;
  /** The figures read so far, to which the elected figures are added. */
  readonly figures: AnnouncedFigure[];
  readonly candidateSet: ReadonlySet<string>;
  readonly resolveContest: ContestResolver;
  /** The candidates' votes read from tables, in text order. */
  readonly tableVotes: readonly VotesFigure[];
  listUnread(span: TextSpan, clause: readonly [number, number], reason: UnreadReason | null): void;
  /** Whether the election is said to be by representatives, whose words then name the voters, no other body. */
  readonly byRepresentatives?: boolean;
  origin(span: TextSpan): { span: TextSpan; text: string };
  spanTo(start: number, end: number): TextSpan;
}

/** `elected`, `was elected` before 当选 in a notice written in both languages. */
const ENGLISH_DECLARATION = /^[\s,，]{0,3}(?:(?:and\s)?(?:was|were|is|are)\s)?elected[\s:：]{0,3}$/i;

/** The ballots a share just read is of (`61.7% of the valid ballots`): words between it and `was elected`. */
/**
 * A declaration with no subject of its own after a list given respectively in its sentence (`…received
 * 812 and 790 votes respectively and were elected`, `…, of 1,327 valid ballots, and were elected`, `…;
 * all were elected`, `; both were elected`, `; all three were elected`): the subject is the list's names.
 * The words from the last number to `elected`, which stand on one line; `all three` also says how many.
 */
const SUBJECT_ELIDED =
  /(?:^|[,;]|\brespectively|\bvotes?|\bballots)[^\S\n]{0,3}(?:and[^\S\n]{1,3})?(?:(?:all|both)(?:[^\S\n]{1,3}(two|three|four|five|six|seven|of[^\S\n]{1,3}them))?[^\S\n]{1,3})?(?<=\s)(?:were|are|have[^\S\n]{1,3}been)[^\S\n]{1,3}(?:all[^\S\n]{1,3})?(?:duly[^\S\n]{1,3})?$/i;
/** Two English post words joined in a role (`chair and vice-chair`, `chair, vice-chair and members`). */
const POSTS_JOINED =
  /\b(?:vice[- ]?)?(?:chair(?:man|woman|person)?|members?|directors?|secretary)\b(?:,[^\S\n]{0,3}|[^\S\n]{1,3}and[^\S\n]{1,3})(?:the[^\S\n]{1,3})?(?:vice[- ]?)?(?:chair(?:man|woman|person)?|members?|directors?|secretary)\b/i;
function postsListed(english: boolean, role: string): boolean {
  return english && POSTS_JOINED.test(role.split(/\bwith\b|[.;\n]/i)[0] ?? '');
}
/** How far after `elected` a list of posts is looked for. */
const ROLE_LIST_REACH = 60;
/**
 * An English declaration with no subject of its own after a list given respectively (SUBJECT_ELIDED):
 * the list's names, and the number word it says (`all three`), or null when it is no such declaration.
 * The list is the sentence's, or, for `All three were elected` opening a sentence, the sentence's before.
 */
function elidedSubject(
  reader: ElectedReader,
  sentence: Sentence,
  state: SentenceState,
  mention: ElectedMention,
  regionStart: number,
  names: readonly string[],
): { listed: readonly string[]; many: string | undefined } | null {
  const declared = mention.word[0];
  // Bounded: the declaration opens its sentence when only a few spaces stand before its region.
  const sentenceOpening =
    regionStart - sentence.start <= OPENING_SPACES &&
    reader.folded.slice(sentence.start, regionStart).trim() === '';
  const listed =
    state.respectiveVoters.length > 0
      ? state.respectiveVoters
      : sentenceOpening
        ? state.respectiveBefore
        : [];
  if (listed.length === 0 || declared - regionStart > ELIDED_REACH) return null;
  // `…for Zhang Wei and Li Na respectively, and both were elected`: the words after the list's
  // `respectively`, and the names the declaration found there.
  const stretch = reader.folded.slice(regionStart, declared);
  const cut = lastRespectively(stretch);
  const words = stretch.slice(cut);
  const own =
    cut > 0
      ? mention.names
          .filter(([from]) => from >= regionStart + cut)
          .map(([from, to]) => reader.original.slice(from, to).trim())
      : names;
  if (!own.every((name) => /^[a-z]/.test(name) || ALL_OF_THEM.test(name))) return null;
  if (state.respectiveVoters.length === 0 && !ALL_OF_THEM.test(words.trim())) return null;
  const elided = SUBJECT_ELIDED.exec(words);
  return elided ? { listed, many: elided[1] } : null;
}
/** How many characters before a declaration's region may stand at its sentence's start. */
const OPENING_SPACES = 8;
/** How far before `elected` the words after a list's `respectively` are read. */
const ELIDED_REACH = 200;

/** Where the words after the last `respectively` of a stretch start; 0 when it holds none. */
function lastRespectively(stretch: string): number {
  let after = 0;
  for (const match of stretch.matchAll(/\brespectively\b/gi)) after = match.index + match[0].length;
  return after;
}
/** `All`, `All three`, `Both`, `All of them`: the subject of a declaration that is the list before. */
const ALL_OF_THEM = /^(?:all|both)\b/i;
const HOW_MANY: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** A committee's post of one seat written before an English name (`Incumbent chair`, `Vice chair`). */
const POST_BEFORE_NAME =
  /^(?:(?:the|incumbent|sitting)[^\S\n]+)?(?:(?:village|villagers['’]?|residents['’]?)[^\S\n]+)?(?:committee[^\S\n]+)?(?:vice[- ]|deputy[^\S\n]+)?chair(?:man|woman|person)?[^\S\n]+(?=[A-Z][a-z])/i;

const SHARE_BASE_WORDS = /^of (?:all )?the (?:(?:valid|total) )?(?:ballots|votes?)(?: cast)?$/i;

/**
 * Where the clauses that hold the brackets open before `declared` begin: the start of the declaration's
 * clause, or of an earlier clause of its sentence where a bracket closed in between opens
 * (李梅（女，得票1021票）、赵强（男，得票998票）当选: the commas inside the brackets end clauses). Looked for
 * within NAMES_REACH characters before the declaration, each character once.
 */
export function bracketsClosedFrom(
  folded: string,
  sentence: Sentence,
  clauseIndex: number,
  declared: number,
): number {
  const limit = Math.max(sentence.start, declared - NAMES_REACH);
  let unclosed = 0;
  let at = declared;
  for (let index = clauseIndex; index >= 0; index--) {
    const from = sentence.clauses[index]?.start ?? sentence.start;
    if (from < limit) break;
    for (; at > from; at--) {
      const mark = folded[at - 1];
      if (mark === ')' || mark === '）') unclosed++;
      else if ((mark === '(' || mark === '（') && unclosed > 0) unclosed--;
    }
    if (unclosed === 0) return from;
  }
  return sentence.clauses[clauseIndex]?.start ?? sentence.start;
}

/**
 * After the last colon between `from` and `to` (委员：李梅（女，45岁）当选: the heading is no name), when they are
 * at most NAMES_REACH apart.
 */
function afterColon(folded: string, from: number, to: number): number {
  // Only within NAMES_REACH: a longer stretch holds no list read here, and is not searched.
  if (to - from > NAMES_REACH) return from;
  const stretch = folded.slice(from, to);
  const colon = Math.max(stretch.lastIndexOf(':'), stretch.lastIndexOf('：'));
  return colon >= 0 ? from + colon + 1 : from;
}

/**
 * A list of names right before 当选, each with a bracket that opens with the person's sex
 * (王大勇（男，44岁，中共党员）、李梅（女，得票率82.4%）当选; the sex alone, （女）, is blanked to spaces before
 * this is read), at least one such bracket: the names, as spans of the text, or null unless all of
 * [from, to) is such a list.
 */
const DESCRIBED_WINNER =
  /[^\S\n]*([\u3400-\u9fff·]{2,8}?)(?:同志)?[^\S\n]*(?:[(（]([^（()）\n]{1,60})[)）][^\S\n]*)?([、,，和及与]|$)/y;
/**
 * A bracket that marks a person (DESCRIBED_WINNER): opening with the sex (（女）, （男，44岁，村党支部书记）), or a
 * person's bracket that writes the sex after the votes or the words of the description (（得票1021票，女）,
 * person-bracket.ts).
 */
const describesPerson = (inside: string): boolean =>
  /^[男女](?:$|[,，、])/u.test(inside) || (personBracket(inside)?.sex ?? null) !== null;
export function describedWinners(folded: string, from: number, to: number): TextSpan[] | null {
  const stretch = folded.slice(from, to).replace(/(?:均|都|等)$/u, '');
  const names: TextSpan[] = [];
  let bracketed = false;
  DESCRIBED_WINNER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (DESCRIBED_WINNER.lastIndex < stretch.length && (match = DESCRIBED_WINNER.exec(stretch))) {
    const written = match[1] ?? '';
    // 由王大勇（男，44岁）当选, 其中李梅（女，…）: the words that open a list are no part of the first name.
    const head = names.length === 0 ? (PIECE_HEAD.exec(written)?.[0].length ?? 0) : 0;
    const at = match.index + match[0].indexOf(written) + head;
    names.push([from + at, from + at + written.length - head]);
    if (match[2] !== undefined) {
      if (!describesPerson(match[2])) return null;
      bracketed = true;
    }
    if (match[3] === '') break;
  }
  return bracketed && names.length > 0 && DESCRIBED_WINNER.lastIndex === stretch.length ? names : null;
}

/** 符合“双过半”规定, 符合有关法律规定, 符合选举要求: a clause that only says a rule was met. */
const RULE_MET = /^[\s，,]*符合[^，,。；;\d]{0,16}(?:规定|要求|条件|原则)[\s，,]*$/;

export function readElected(
  reader: ElectedReader,
  sentence: Sentence,
  clauseIndex: number,
  floor: number,
  state: SentenceState,
): void {
  const clause = sentence.clauses[clauseIndex];
  if (!clause) return;
  const text = reader.folded.slice(clause.start, clause.end);
  // 当选率, 当选比例, 当选人数: a measure of those elected, no declaration of who was.
  const chinese = text.search(/当选(?!率|比例|比率|人数)/);
  const english = text.search(/\belected\b/i);
  if (chinese < 0 && english < 0) return;
  // `The first two were elected` after a list of candidates and their votes: the first two of it.
  if (chinese < 0 && declareFirstListed(reader, text, [clause.start, clause.end])) return;
  // 得票前两名当选, 得票前两名的张三、李四当选: the first two by votes, or the names given.
  if (chinese >= 0 && declareTopByVotes(reader, text, [clause.start, clause.end])) return;
  // 以上人员得票均超过…半数，符合“双过半”规定，当选有效: a clause saying which rule was met may stand between
  // the declaration's subject and its bare 当选.
  const before = chinese >= 0 && clauseIndex > 0 ? sentence.clauses[clauseIndex - 1] : undefined;
  const ruleMet =
    before !== undefined && clauseIndex > 1 && RULE_MET.test(reader.folded.slice(before.start, before.end));
  const previous = ruleMet ? sentence.clauses[clauseIndex - 2] : before;
  const aboveSaid = previous
    ? aboveBeforeBareElected(reader.folded.slice(previous.start, previous.end), text)
    : null;
  if (declareAbove(reader, aboveSaid ?? text, clause.start + chinese, state)) return;
  // 马光明、陈芳、田野、邓军得票均超过参加投票选民的半数，当选为…: the names of the clause before, each with votes.
  const listed =
    previous && chinese >= 0
      ? namesBeforeBareElected(reader.folded.slice(previous.start, previous.end), text)
      : null;
  // 崔桂兰得票超过参加投票选民的半数，当选为南苑社区第10届居民委员会委员: one name alone, when its votes
  // were read (else the clause is read as before).
  const told =
    listed !== null &&
    (listed.length > 1 || listed.every((name) => votesReadOf(reader, normalizeText(name))));
  if (listed && told && declareAbove(reader, text, clause.start + chinese, state, listed)) return;
  const at = clause.start + (chinese >= 0 ? chinese : english);
  const reach = Math.max(sentence.start, at - NAMES_REACH);
  // 王林、李红两人当选: the count of the names before the 当选 is no figure the winners are named after.
  const namesCount = chinese >= 0 && namesCountBefore(reader.folded, clause, at);
  const tokensBefore = (to: number): number =>
    namesCount ? Math.min(to, clause.tokens.at(-1)?.span[0] ?? to) : to;
  // `Li Na, who won the vice chair with 655 votes in 2023, was re-elected chair`: the numbers of the clause
  // of `who` are no votes the names stand after; the names end before it (find-elected.ts).
  const relative = chinese >= 0 ? -1 : relativeClauseBeforeElected(reader.folded.slice(reach, at));
  const lastTokenEnd = namesCount
    ? lastTokenEndBefore(clause.start, tokensBefore(at), [clause], 0)
    : lastTokenEndBefore(
        chinese >= 0 ? clause.start : reach,
        relative < 0 ? at : reach + relative,
        chinese >= 0 ? [clause] : sentence.clauses,
        chinese >= 0 ? 0 : clauseIndex,
      );
  // 林国强 1,086票, elected 当选: the English word before 当选 says the same, and names no one.
  const englishFirst = chinese > 0 && ENGLISH_DECLARATION.test(text.slice(0, chinese));
  const start =
    chinese >= 0
      ? clause.start + (englishFirst ? chinese : 0)
      : Math.max(reach, reader.folded.slice(reach, at).lastIndexOf(':') + reach + 1);
  // Chinese names stand in the clause (A、B、C当选); English ones run across commas (A, B and C were elected).
  const regionStart = Math.max(start, chinese >= 0 ? floor : start, lastTokenEnd);
  for (const mention of findElected(reader.folded, regionStart, clause.end)) {
    // Li Wei received 980 votes (47.8%) and was elected: what stands between the share and `was elected`
    // (`) and`) holds no letter and names no one; the winner is then the one whose votes were just read.
    let names = mention.names
      .map(([from, to]) => reader.original.slice(from, to).trim())
      .filter((name) => name !== '' && (chinese >= 0 || /\p{L}/u.test(name)))
      // `received 1,210 votes, or 61.7% of the valid ballots, and was elected`: the share's base names no one.
      .filter((name) => chinese >= 0 || !SHARE_BASE_WORDS.test(name))
      // `Incumbent chair Wang Fang was re-elected with 903 votes`: the post before the name is no part of it,
      // unless the paragraph before names another body, whose chair it may be (english-winner-shapes.ts).
      .map((name) =>
        chinese >= 0 || otherBodyBefore(reader.folded, clause.start)
          ? name
          : name.replace(POST_BEFORE_NAME, ''),
      );
    // 甲以4210张选票当选, …1750票（总有效票2031票）当选: the winners are those whose votes were just read.
    // Where the declaring word (当选, or `elected`) starts.
    const declared = mention.word[0];
    // 许立平481票。当选：主任邱德明812票: 当选 and a colon opening its clause head the list after it (winners-list.ts)
    // and declare no one before; the votes of the sentence before were taken for its winner's.
    if (
      chinese >= 0 &&
      LIST_HEADING_AFTER.test(reader.folded.slice(declared, declared + 12)) &&
      onlySpaceBetween(reader.folded, clause.start, declared)
    )
      continue;
    // Each 当选 of a clause speaks of the votes read before it (蒋华 748票（当选） 陆明 331票), never after.
    const near = Math.max(regionStart, lastTokenEndBefore(clause.start, tokensBefore(declared), [clause], 0));
    const votesJustRead =
      declared - near <= 12 && BALLOT_WORDS_ONLY.test(reader.folded.slice(near, declared));
    // 羅傳仙多4票當選, 张三以24票之差当选: the leader by the margin right before 当选, never the margin's words
    // (之差); a leader whose votes were not read leaves the declaration unread.
    const leadFrom = Math.max(clause.start, floor);
    const lead =
      chinese >= 0 && declared - leadFrom <= LEAD_REACH
        ? marginLeader(reader.folded.slice(leadFrom, declared))
        : null;
    if (lead) {
      if (!votesReadOf(reader, reader.folded.slice(leadFrom + lead[0], leadFrom + lead[1]))) {
        reader.listUnread(mention.word, [clause.start, clause.end], 'not-a-name');
        continue;
      }
      names = [reader.original.slice(leadFrom + lead[0], leadFrom + lead[1])];
    }
    // `…received 812 and 790 votes respectively and were elected`: the list's names are the subject.
    // `…respectively. All three were elected.`: `all` or `both` opening the next sentence, the same.
    const elided = chinese < 0 ? elidedSubject(reader, sentence, state, mention, regionStart, names) : null;
    if (elided) {
      const many = elided.many === undefined ? undefined : HOW_MANY[elided.many.toLowerCase()];
      if (many !== undefined && many !== elided.listed.length) {
        reader.listUnread(mention.word, [clause.start, clause.end], 'not-a-name');
        continue;
      }
      names = [...elided.listed];
    }
    // 李梅（女，得票1021票）、赵强（男，得票998票）当选: the commas inside the brackets cut no list; it starts
    // at the clause whose brackets close before the declaration.
    const listStart =
      chinese < 0 || englishFirst
        ? Math.max(start, floor)
        : floor > clause.start
          ? floor
          : afterColon(
              reader.folded,
              bracketsClosedFrom(reader.folded, sentence, clauseIndex, declared),
              declared,
            );
    // 王大勇（男，44岁，中共党员）、李梅（女，得票率82.4%）当选: names each with a bracket that opens with the
    // person's sex are the winners, whatever votes were read before them.
    const described =
      chinese >= 0 && !lead && declared - listStart <= NAMES_REACH
        ? describedWinners(reader.folded, listStart, declared)
        : null;
    const lastVotes = lead || elided || described ? null : votesBefore(reader, declared, state.lastVotes);
    const fromVotes = (names.length === 0 || votesJustRead) && lastVotes !== null;
    // 吴刚（得票600张）、郑华（得票450张）当选: every name of the list, not only the last one given votes.
    const bracketed = fromVotes ? bracketedVoters(reader.folded, listStart, declared) : null;
    // Set when the words name more than one candidate who may be meant: no one can be told.
    let untold = false;
    // 委员候选人李红得票850票，赵强得票812票，均当选: the post named at the start of a run declared together.
    let runContest: AnnouncedContest | null = null;
    if (described) names = described.map(([from, to]) => reader.original.slice(from, to).trim());
    else if (bracketed) names = bracketed.map(([from, to]) => reader.original.slice(from, to).trim());
    else if (fromVotes && state.respectiveVoters.length > 0) names = [...state.respectiveVoters];
    // 张明、李红（女）得票相等，均为600票，均当选为委员: every name of the tie whose one count was just read.
    else if (fromVotes && lastVotes && tiedWith(state, lastVotes).length > 1)
      names = tiedWith(state, lastVotes);
    else if (fromVotes && lastVotes) {
      // 甲得票812票，乙得票790票，当选为委员: a run of votes before a 当选 naming no one declares them all.
      const run =
        names.length === 0
          ? votesRunBefore(reader, lastVotes, declared, reader.resolveContest(mention.role))
          : null;
      runContest = run?.contest ?? null;
      const subject = run ? run.names : subjectSince(reader, lastVotes, declared);
      untold = subject === null || subject.length === 0;
      names = subject ? [...subject] : [];
    }
    // Names are no lower-case words: `64 committee members were elected` declares no one.
    else if (chinese < 0 && names.every((name) => /^[a-z0-9]/.test(name))) continue;
    // `Wang Li, having received more than half of the votes, is elected`: a lower-case piece between
    // commas is an apposition, no name.
    else if (chinese < 0) names = names.filter((name) => !/^[a-z0-9]/.test(name));
    // 江小勇得票最多，当选为委员: the winner named in the clause before, as the one with the most votes.
    // 向丽得票最多，且不少于参加投票选民的三分之一，当选: past a clause that only says what the votes met.
    const before =
      names.length === 0 && !untold ? subjectClauseBefore(reader, sentence, clauseIndex) : undefined;
    const most = before ? mostVotesSubject(reader.folded.slice(before.start, before.end)) : null;
    if (before && most)
      names = most.map(([from, to]) => reader.original.slice(before.start + from, before.start + to));
    // 羅傳仙多6票，當選; 张三比李四多12票，当选: the leader by the margin, a candidate whose votes were read.
    const leader =
      before && !most && before.end - before.start <= LEAD_REACH
        ? marginLeader(reader.folded.slice(before.start, before.end))
        : null;
    if (
      before &&
      leader &&
      votesReadOf(reader, reader.folded.slice(before.start + leader[0], before.start + leader[1]))
    )
      names = [reader.original.slice(before.start + leader[0], before.start + leader[1])];
    if (names.length === 0 && !untold) continue;
    // 王林（主任）、李红（副主任）、赵强（委员）当选为第十二届村民委员会成员: each name with its post in brackets,
    // where the words after 当选 name no one post (成员, the committee) that the brackets would contradict.
    const role = reader.resolveContest(mention.role);
    const posted =
      chinese >= 0 && !untold && (role === null || role.text === '成员') ? postedNames(names, false) : null;
    if (posted) names = posted.map((item) => item.name);
    if (untold || !names.every((name) => isPersonName(name, reader.candidateSet))) {
      // 2万名女性当选, …）当选: a declaration whose names cannot be told is listed, never judged.
      reader.listUnread(mention.word, [clause.start, clause.end], 'not-a-name');
      continue;
    }
    // `were elected chair and vice-chair with 1,102 and 980 votes respectively`: posts given respectively,
    // so no one contest is the declaration's.
    // 王林、李红、赵强分别当选为主任、副主任、委员: posts listed after 当选, each the post of the name in the same
    // place where the clause says 分别 (依次) and the names are as many; else no one post is the declaration's.
    const posts = chinese >= 0 ? chinesePostsListed(mention.role) : null;
    const respective =
      posts !== null &&
      posts.length === names.length &&
      /分别|依次/.test(reader.folded.slice(clause.start, declared));
    // 王林（主任，得票1,004票）、李红（副主任，得票850票）当选: names whose votes are of different posts, and a
    // declaration that names none, elect each to no one post (the last votes' post is not the others').
    const contest =
      posts !== null ||
      postsListed(chinese < 0, reader.folded.slice(mention.word[1], mention.word[1] + ROLE_LIST_REACH)) ||
      (bracketed !== null &&
        reader.resolveContest(mention.role) === null &&
        state.contest === null &&
        votesOfPostsApart(reader, names))
        ? null
        : (reader.resolveContest(mention.role) ??
          runContest ??
          state.contest ??
          state.lastVotes?.contest ??
          null);
    // 蒋华 748票（当选） 陆明 331票, 当选为村民委员会主任（得票率90.43%）: the quote holds no half of a bracket
    // pair (`当选）`, `主任（得票率90.43%`), the end trimmed of marks first.
    const origin = reader.origin(
      pairedSpan(
        reader.original,
        ...reader.spanTo(
          (fromVotes || described) && chinese >= 0 ? mention.span[1] - 2 : mention.span[0],
          mention.roleEnd,
        ),
        mention.word,
      ),
    );
    // 村务监督委员会委员：王五、赵六、孙七当选: another body named by the line before the declaration, which
    // names no body itself, is the body it elects to.
    const from = origin.span?.[0] ?? 0;
    // `The township's people's congress met on 3 March. Wang Fang was re-elected chair with 48 votes.`: an
    // English winner told in the paragraph right after another body is named (in a sentence before the
    // declaration's own), the declaration naming no committee, may be that body's (its votes are left so, candidate-votes.ts): never counted among the
    // committee's winners declared.
    if (
      chinese < 0 &&
      reader.byRepresentatives !== true &&
      !namesTheCommitteeAlone(reader.folded.slice(clause.start, clause.end)) &&
      otherBodyBefore(reader.folded, sentence.start)
    ) {
      reader.listUnread(mention.word, [clause.start, clause.end], 'other-body-winner');
      continue;
    }
    const lineBefore = reader.folded.slice(Math.max(0, from - LINE_BODY_REACH), from);
    const ownLine = lineBefore.slice(lineBefore.lastIndexOf('\n') + 1);
    // 东湾村：村务监督委员会由村民代表会议选举产生，到会村民代表31人…；选举参加投票876人…，当选主任: the words from the
    // mark that opens the committee's own election are the declaration's (committee-after-mark.ts).
    const mark = committeeClauseAfterMark(ownLine);
    const body = namesTheCommitteeAlone(origin.text)
      ? null
      : sectionOfAnotherBody(mark < 0 ? ownLine : ownLine.slice(mark));
    if (posted || respective)
      for (const [index, name] of names.entries())
        reader.figures.push({
          kind: 'elected',
          contest: reader.resolveContest(posted ? posted[index]!.post! : posts![index]!),
          names: [name],
          origin,
          ...(body === null ? {} : { body }),
        });
    else {
      // 赵强、孙明等3人当选为委员: the names given and the count of all the winners.
      const counted =
        chinese >= 0 && !fromVotes && !described && !lead
          ? countAfterNames(reader.folded, clause.start, mention)
          : null;
      reader.figures.push({
        kind: 'elected',
        contest,
        names,
        origin,
        ...(body === null ? {} : { body }),
        ...(counted !== null && counted > BigInt(names.length) ? { counted } : {}),
      });
    }
  }
}

/** Between the last name given and its 当选: 等 and the count of all the winners (等3人, 等三名同志, 等3人均). */
const COUNT_AFTER_NAMES = /^等(\d{1,3}|[二两三四五六七八九十]{1,3})[人名位](?:候选人|同志)?[均都]?$/u;
/**
 * The words that may open a clause before its first name, where the count after the names is the count of
 * the declaration's winners: nothing, or how the result came (经选举, 其中) or a post's 候选人. A place or a
 * total before them (全镇共有张三、李四等126人当选) makes the count a summary's, of other elections.
 */
const OPENS_NAMES =
  /^[\s，,。；;：:]*(?:(?:经选举|经投票|其中|(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:委员|成员))?候选人)[\s，,]*)?$/u;

/**
 * 赵强、孙明等3人当选为委员: the count of all the winners written after the names given (等3人), when the
 * clause opens with the names; null when it does not, or when no such count is written.
 */
function countAfterNames(folded: string, clauseStart: number, mention: ElectedMention): bigint | null {
  const first = mention.names[0];
  const last = mention.names.at(-1);
  if (!first || !last || first[0] < clauseStart) return null;
  if (!OPENS_NAMES.test(folded.slice(clauseStart, first[0]))) return null;
  const found = COUNT_AFTER_NAMES.exec(folded.slice(last[1], mention.word[0]).replace(/\s/g, ''));
  const written = found?.[1];
  if (written === undefined) return null;
  if (/^\d+$/.test(written)) return BigInt(written);
  const value = parseChineseNumber(written === '两' ? '二' : written);
  return value === null ? null : wholeNumber(value);
}

/**
 * The names given the one count of a tie with `last` (赖建平、时宏伟得票相等，均为476票), in their order, when the
 * tie was not decided by lot or a new vote; else none.
 */
function tiedWith(state: SentenceState, last: VotesFigure): string[] {
  const span = last.origin.span;
  if (span === undefined || last.tieSettled === true) return [];
  // The tie's votes are the last read, one after the other: only they are looked at, from the end back.
  const tied: string[] = [];
  for (let index = state.votes.length - 1; index >= 0; index -= 1) {
    const votes = state.votes[index]!;
    const same =
      votes.value === last.value &&
      votes.contest === last.contest &&
      votes.origin.span?.[0] === span[0] &&
      votes.origin.span[1] === span[1];
    if (!same) break;
    tied.unshift(votes.candidate);
  }
  return tied.includes(last.candidate) ? tied : [];
}

/** The committee's name before a post (村民委员会主任), and a term before it (第十二届). */
const POST_OF_COMMITTEE =
  '(?:第[一二三四五六七八九十\\d]{1,3}届)?(?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|妇女委员|委员)';
/** Two or more posts of the committee joined by 、 和 及 与 right after 当选(为) (主任、副主任、委员). */
const CHINESE_POSTS = new RegExp(`^[^\\S\\n]*${POST_OF_COMMITTEE}(?:[、和及与]${POST_OF_COMMITTEE})+`);

/**
 * The posts a Chinese declaration lists after 当选为 (`主任、副主任、委员`, `村民委员会主任、副主任`), in their
 * order; null when it names one post or none.
 */
function chinesePostsListed(role: string): string[] | null {
  const listed = CHINESE_POSTS.exec(role);
  return listed ? listed[0].trim().split(/[、和及与]/) : null;
}

/**
 * 以上5人均当选 after a list of candidates and their votes: those whose votes were read since the last
 * 当选 before it, one elected figure for each contest, when they are as many as it says (any number for
 * 以上人员). Not as many, or none, and the declaration is listed unread (not-a-name). False when the
 * clause is no such declaration.
 */
export function declareAbove(
  reader: ElectedReader,
  text: string,
  declared: number,
  state: SentenceState,
  named?: readonly string[],
): boolean {
  const many = named === undefined ? electedAbove(text) : BigInt(named.length);
  if (many === null) return false;
  // The 当选 of the declaration's own subject (以上当选人员均获得…) is no declaration before it.
  let since = reader.folded.lastIndexOf('当选', declared - 1);
  if (since >= 2 && /^(?:以上|上述)当选人员/.test(reader.folded.slice(since - 2, since + 4)))
    since = reader.folded.lastIndexOf('当选', since - 1);
  const listed = new Map<string, VotesFigure>();
  for (const figure of recentVotes(reader)) {
    if ((figure.origin.span?.[0] ?? -1) <= since) break;
    if (!listed.has(figure.candidate)) listed.set(figure.candidate, figure);
  }
  // 孔德生、邵丽华得票超过…半数，当选 under a table of every candidate's votes: the names' rows of the table
  // read since the last declaration (each candidate once, else its votes are not told).
  if (named !== undefined && named.some((name) => !listed.has(name))) {
    // The newest rows before the declaration only (VOTES_LOOKBACK), so that reading stays linear.
    // The table's votes are in text order: the last row before the declaration is found by halving.
    const startOf = (figure: VotesFigure) => figure.origin.span?.[0] ?? -1;
    const lastBefore = firstStartingAfter(reader.tableVotes, declared - 1, startOf) - 1;
    const rows: VotesFigure[] = [];
    for (let index = lastBefore; index >= 0 && rows.length < VOTES_LOOKBACK; index--) {
      const row = reader.tableVotes[index]!;
      if (startOf(row) <= since) break;
      rows.push(row);
    }
    for (const name of named) {
      const own = rows.filter((figure) => figure.candidate === name);
      if (!listed.has(name) && own.length === 1) listed.set(name, own[0]!);
    }
  }
  // A declaration that names its winners (马光明、陈芳得票均超过…，当选) declares those, each with votes read
  // since the last declaration; any other is of every candidate read since.
  const votes =
    named !== undefined
      ? named.flatMap((name) => listed.get(name) ?? [])
      : listed.size > 0
        ? [...listed.values()].reverse()
        : tableVotesRightBefore(reader, declared, since);
  const names = votes.map((figure) => figure.candidate);
  const told =
    votes.length > 0 &&
    (many === 'all' || BigInt(votes.length) === many) &&
    names.every((name) => isPersonName(name, reader.candidateSet));
  const span: TextSpan = [declared, declared + 2];
  if (!told) {
    reader.listUnread(span, [state.start, state.start + state.text.length], 'not-a-name');
    return true;
  }
  // 一、居民委员会 … 二、居务监督委员会 … 上述人员…当选: the winners of each section are of its body.
  const byContest = new Map<
    string,
    { contest: AnnouncedContest | null; body: string | null; names: string[] }
  >();
  // 以上3人当选为…居民委员会成员 below 应到居民代表68名 (the voters of an election by them): the declaration
  // names the body it elects to.
  const ofTheCommittee = namesTheCommitteeAlone(text);
  // 以上3人当选为…居务监督委员会成员: the declaration names the other body it elects to.
  const declaredTo = sectionOfAnotherBody(text);
  for (const figure of votes) {
    const body =
      declaredTo ??
      (ofTheCommittee
        ? null
        : sectionOfAnotherBody(reader.folded.slice(since + 1, figure.origin.span?.[0] ?? since + 1)));
    const key = `${body ?? ''}|${figure.contest?.text ?? ''}`;
    const entry = byContest.get(key) ?? { contest: figure.contest, body, names: [] };
    entry.names.push(figure.candidate);
    byContest.set(key, entry);
  }
  for (const { contest, body, names: elected } of byContest.values())
    reader.figures.push({
      kind: 'elected',
      contest,
      names: elected,
      origin: reader.origin(span),
      ...(body === null ? {} : { body }),
    });
  return true;
}

/**
 * `The first two were elected`, `The top three candidates were elected`, `the first two listed have been
 * elected`: a declaration by place in the list of votes before it, opening its clause.
 */
const FIRST_LISTED =
  /^[^\S\n]*(?:and[^\S\n]{1,3})?(?:the[^\S\n]{1,3})?(?:first|top)[^\S\n]{1,3}(two|three|four|five|six|seven)(?:[^\S\n]{1,3}(?:candidates|named|listed|names|persons|people))*[^\S\n]{1,3}(?:were|are|have[^\S\n]{1,3}been)[^\S\n]{1,3}(?:duly[^\S\n]{1,3})?elected\b/i;
/** The most characters between two votes of such a list (a share in brackets and a comma between). */
const LIST_GAP_MOST = 120;
/** How far before such a declaration the last votes of the list may end: no number between. */
const FIRST_LISTED_REACH = 80;

/**
 * `Zhang Wei 812 votes, Li Na 790 votes, Wang Fang 401 votes. The first two were elected.`: the first N
 * candidates whose votes were read since the last declaration, when that list is certain — each
 * candidate once, of one contest, place and setting, in order of their votes with no tie between the
 * Nth and the next (then the first N listed are the N with most votes, whichever the words mean), and
 * ending right before the declaration (no number between but a share), the votes of one run (no
 * heading, label or blank line between them). Otherwise the declaration is listed unread (not-a-name). False
 * when the clause is no such declaration.
 */
function declareFirstListed(reader: ElectedReader, text: string, clause: readonly [number, number]): boolean {
  const rank = rankOpening(FIRST_LISTED, HOW_MANY, text, clause);
  if (rank === null) return false;
  declareTopOfList(reader, rank.many, rank.span, clause, false);
  return true;
}

/** A declaration by place or rank opening a clause: its words, how many it declares, where it stands. */
interface RankDeclared {
  readonly said: RegExpExecArray;
  readonly many: number;
  readonly span: TextSpan;
}

/**
 * The declaration by place or rank (`The first two were elected`, 得票前两名当选) that `pattern` finds in a
 * clause's text, its first group the word of how many, read by `howMany` (0 for a word it lacks); null
 * when there is none.
 */
function rankOpening(
  pattern: RegExp,
  howMany: Readonly<Record<string, number>>,
  text: string,
  clause: readonly [number, number],
): RankDeclared | null {
  const said = pattern.exec(text);
  const word = said?.[1];
  if (!said || word === undefined) return null;
  return { said, many: howMany[word.toLowerCase()] ?? 0, span: spanInClause(said, clause) };
}

/** Where the words a pattern found in a clause's text stand in the notice. */
const spanInClause = (match: RegExpExecArray, clause: readonly [number, number]): TextSpan => [
  clause[0] + match.index,
  clause[0] + match.index + match[0].length,
];

/**
 * 得票前两名当选, 按得票多少，得票前三名的候选人当选, 得票数居前两位的当选: a declaration by rank in votes, opening its
 * clause (after 按得票多少 and a comma, or with it). The N it says (两, 三, 2 …) and, when the words name them
 * (得票前两名的张三、李四当选), the winners' names.
 */
const TOP_BY_VOTES =
  /^[^\S\n]*(?:按(?:照)?得票(?:数)?(?:多少|高低)(?:的)?(?:顺序)?[,，]?[^\S\n]*)?(?:得票(?:数|最多的)?|票数)[^\S\n]*(?:居|排)?前[^\S\n]*([一两二三四五六七1-7])[^\S\n]*(?:名|位)(?:的)?(?:候选人)?(?:的)?([^\d,，;；。当]{0,40}?)[^\S\n]*(?:依次|分别|均|都)?当选/;
/** Words right before 当选 that make it no declaration: 未当选, 不能当选, 方能当选, 才可当选. */
const NOT_DECLARED = /(?:未|没有|没|无人|不|落|能|得|可|应)[^\S\n]*$/;
/**
 * A rank within each group (`各组得票前两名当选`, `每个村民小组得票前三名的当选为村民代表`, `各选区得票前两名`): the
 * first N of every group, never of the list read before it.
 */
const RANK_IN_EACH_GROUP =
  /^[^\S\n]*(?:各|每个?)[^\d,，;；。]{0,8}?(?:组|选区|片区|社|队)[^\S\n]*(?:的)?(?:候选人)?(?:的)?(?:得票(?:数|最多的)?|票数)[^\S\n]*(?:居|排)?前[^\S\n]*[一两二三四五六七1-7][^\S\n]*(?:名|位)[^\d,，;；。当]{0,40}?[^\S\n]*(?:依次|分别|均|都)?当选/;
const CHINESE_HOW_MANY: Readonly<Record<string, number>> = {
  一: 1,
  '1': 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};

/**
 * A declaration by rank in votes (TOP_BY_VOTES): the names it gives, when they are as many as it says
 * and each a person's name; else the N with most votes of the list before it, when that list is certain
 * as for `The first two were elected` (declareTopOfList), in whatever order it gives them. Otherwise the
 * declaration is listed unread (not-a-name). False when the clause is no such declaration.
 */
function declareTopByVotes(reader: ElectedReader, text: string, clause: readonly [number, number]): boolean {
  const perGroup = RANK_IN_EACH_GROUP.exec(text);
  if (perGroup && !NOT_DECLARED.test(perGroup[0].slice(0, -2))) {
    // 各组得票前两名当选: the first two of each group, which a list of every group's votes does not say.
    reader.listUnread(spanInClause(perGroup, clause), clause, 'not-a-name');
    return true;
  }
  const rank = rankOpening(TOP_BY_VOTES, CHINESE_HOW_MANY, text, clause);
  // 得票前两名的张三、李四未当选, 得票前两名方能当选: no declaration (find-elected.ts reads it as before).
  if (rank === null || NOT_DECLARED.test(rank.said[0].slice(0, -2))) return false;
  const { said, many, span } = rank;
  const named = (said[2] ?? '').trim();
  if (named === '') {
    declareTopOfList(reader, many, span, clause, true);
    return true;
  }
  const namesAt = span[0] + said[0].indexOf(named, said[0].indexOf(said[1]!) + 1);
  const names = [...named.matchAll(/[^、,，和及与\s]+/g)].map((piece) =>
    reader.original.slice(namesAt + piece.index, namesAt + piece.index + piece[0].length).trim(),
  );
  if (names.length !== many || !names.every((name) => isPersonName(name, reader.candidateSet))) {
    reader.listUnread(span, clause, 'not-a-name');
    return true;
  }
  const role = reader.folded.slice(span[1], Math.min(clause[1], span[1] + ROLE_LIST_REACH));
  // The post of the named ones' votes, when one post is named among them.
  const posts = new Map<string, AnnouncedContest>();
  for (const figure of recentVotes(reader))
    if (figure.contest && names.includes(figure.candidate.trim()))
      posts.set(figure.contest.text, figure.contest);
  const [post] = posts.size === 1 ? posts.values() : [];
  const body = sectionOfAnotherBody(role);
  reader.figures.push({
    kind: 'elected',
    contest: reader.resolveContest(role) ?? post ?? null,
    names,
    origin: reader.origin(span),
    ...(body === null ? {} : { body }),
  });
  return true;
}

/**
 * The first `many` of the list of votes read right before a declaration by place (`The first two were
 * elected`) or, `byVotes`, by rank in votes (得票前两名当选: the list taken in order of votes), declared
 * elected when the list is certain; else the declaration listed unread (not-a-name).
 */
function declareTopOfList(
  reader: ElectedReader,
  many: number,
  span: TextSpan,
  clause: readonly [number, number],
  byVotes: boolean,
): void {
  const listed: VotesFigure[] = [];
  const oldest = Math.max(0, reader.figures.length - VOTES_LOOKBACK);
  for (let index = reader.figures.length - 1; index >= oldest; index--) {
    const figure = reader.figures[index];
    if (figure?.kind === 'elected') break;
    if (figure?.kind !== 'votes') continue;
    // The list is one run: a heading or label (`Members:`), a blank line or a long stretch between two
    // votes ends it (`Chair: Zhang Wei 900, Li Qiang 850. Members: Li Na 790, …` lists the members alone).
    const next = listed[0]?.origin.span?.[0];
    const end = figure.origin.span?.[1] ?? 0;
    if (
      next !== undefined &&
      (next - end > LIST_GAP_MOST || /[:：]|\n\s*\n/.test(reader.folded.slice(end, next)))
    )
      break;
    listed.unshift(figure);
  }
  const last = listed.at(-1);
  const lastEnd = last?.origin.span?.[1] ?? -1;
  const gap = lastEnd < 0 ? '' : reader.folded.slice(lastEnd, span[0]);
  const [first] = listed;
  // By rank in votes, a post named once, at the list's start (委员候选人张三得1210票，李四得1150票), is the
  // list's: the votes after it that name none are of it.
  const posts = new Set(listed.flatMap((figure) => (figure.contest ? [figure.contest.text] : [])));
  const sameElection = (figure: VotesFigure) =>
    first !== undefined &&
    ((figure.contest?.text ?? '') === (first.contest?.text ?? '') ||
      (byVotes && posts.size === 1 && first.contest !== null && figure.contest === null)) &&
    (figure.scope ?? '') === (first.scope ?? '') &&
    (figure.setting ?? '') === (first.setting ?? '');
  const names = listed.map((figure) => figure.candidate);
  // By rank in votes, the list's order says nothing: the N with most votes, with no tie at the cut.
  const ranked = byVotes
    ? [...listed].sort((a, b) => (a.value > b.value ? -1 : a.value < b.value ? 1 : 0))
    : listed;
  const inOrder = ranked.every(
    (figure, place) => place === 0 || figure.value <= (ranked[place - 1]?.value ?? 0n),
  );
  const cutClear = ranked.length === many || (ranked[many - 1]?.value ?? 0n) > (ranked[many]?.value ?? 0n);
  const told =
    first !== undefined &&
    lastEnd >= 0 &&
    span[0] - lastEnd <= FIRST_LISTED_REACH &&
    // Only the last one's share may stand between (`Zhao Lei 655 votes (49.4%). The first two…`).
    (gap.match(/[\d.]+%?/g) ?? []).every((piece) => !/\d/.test(piece) || piece.endsWith('%')) &&
    listed.length >= many &&
    new Set(names).size === names.length &&
    listed.every(sameElection) &&
    inOrder &&
    cutClear &&
    names.every((name) => isPersonName(name, reader.candidateSet));
  if (!told) {
    reader.listUnread(span, clause, 'not-a-name');
    return;
  }
  const role = reader.folded.slice(span[1], Math.min(clause[1], span[1] + ROLE_LIST_REACH));
  // 得票前两名当选为村务监督委员会成员: the other body the words after 当选 name is the one elected to.
  const body = sectionOfAnotherBody(role);
  reader.figures.push({
    kind: 'elected',
    contest: reader.resolveContest(role) ?? first.contest,
    names: ranked.slice(0, many).map((figure) => figure.candidate),
    origin: reader.origin(span),
    ...(body === null ? {} : { body }),
  });
}

/** How far before a declaration the words of its line are read for another body (村务监督委员会委员：). */
const LINE_BODY_REACH = 64;
/** How far before its 当选 the line of a declaration under a table may start (以上三名同志均). */
const LINE_OPENING_REACH = 16;
/** Between two rows of a table of votes, or after its last row: no number, no declaration, a few words. */
const TABLE_ROW_GAP = /^[^\d当选。；;]{0,24}$/;

/**
 * 职务 姓名 得票 / 主任 孙西岭 902 / 委员 孙静 811 / 以上2人均当选: the votes of the table that ends right
 * before the declaration (only spaces and line breaks between; its sentence starts at the line), its
 * rows back to the first, none before the last 当选. Empty when no table so ends.
 */
function tableVotesRightBefore(reader: ElectedReader, declared: number, since: number): VotesFigure[] {
  if (reader.tableVotes.length === 0) return [];
  // The declaration opens its line (以上3人均 before 当选): its line starts a few characters back.
  const from = Math.max(0, declared - LINE_OPENING_REACH);
  const cut = reader.folded.slice(from, declared).lastIndexOf('\n');
  if (cut < 0 && from > 0) return [];
  const lineStart = from + cut + 1;
  const rows: VotesFigure[] = [];
  // Rows after the line are passed over from the end: a binary search finds the last before it, so
  // that many declarations under many rows stay linear.
  let index = lastRowBefore(reader.tableVotes, lineStart);
  for (; index >= 0; index--) {
    const figure = reader.tableVotes[index];
    const span = figure?.origin.span;
    if (!figure || !span) continue;
    const next = rows[0]?.origin.span?.[0] ?? lineStart;
    if (span[0] <= since) break;
    if (
      !TABLE_ROW_GAP.test(reader.folded.slice(span[1], next)) ||
      (rows.length === 0 && !/^\s*$/.test(reader.folded.slice(span[1], lineStart)))
    )
      break;
    rows.unshift(figure);
  }
  // The declaration opens its line: 以上 speaks of the rows above it, nothing else.
  return /^\s*$/.test(reader.folded.slice(lineStart, declared).replace(/以上[^当]*$/, '')) ? rows : [];
}

/** The index of the last figure (in text order) ending at or before `at`; -1 when none. */
function lastRowBefore(figures: readonly VotesFigure[], at: number): number {
  return firstStartingAfter(figures, at, (figure) => figure.origin.span?.[1] ?? Infinity) - 1;
}

/**
 * Who a 当选 with no name of its own elects: the candidate of the votes read last before it, unless
 * a candidate whose votes were read is named between (王林得票650票，李强得票520票，王林得票过半数，
 * 当选): then that one; null when more are, and no one can be told.
 */
function subjectSince(reader: ElectedReader, votes: VotesFigure, declared: number): string[] | null {
  const between = reader.original.slice(votes.origin.span?.[1] ?? declared, declared);
  const named = new Set<string>();
  for (const figure of recentVotes(reader))
    if (between.includes(figure.candidate)) named.add(figure.candidate);
  if (named.size === 0) return [votes.candidate];
  return named.size === 1 ? [...named] : null;
}

/**
 * Between two votes of a run: a separator only (甲得票812票，乙得票790票), a title of the next person after it
 * or not (，村民小组长陈志明得票812票: TITLE_BEFORE_NAME).
 */
const RUN_GAP = new RegExp(String.raw`^\s*[，,、；;]\s*(?:${TITLE_BEFORE_NAME})?$`, 'u');
/**
 * Between a run's last votes and its 当选: a comma, and 均 or 都 (，均当选为委员); or the count of the run
 * (，二人均当选, ，以上两人均当选, ，三人均获当选), which must then be the run's.
 */
const RUN_TO_ELECTED =
  /^\s*[，,]\s*(?:(?:(?:以上|上述)?([二两三四五六七八九十]|\d{1,2})[人名位](?:候选人|同志)?)?(?:均|都)\s*(?:获\s*)?|(?:以上|上述)?([二两三四五六七八九十]|\d{1,2})[人名位](?:候选人|同志)?\s*)?$/;
/** Between the last votes of a run listed with 、 and its 当选: nothing, or 均 or 都 (…48票当选为委员). */
const LISTED_TO_ELECTED = /^\s*(?:(?:均|都)\s*)?$/;
/** Between two votes of a run listed with 、 (甲得票52票、乙得票48票当选), a title of the next person or not. */
const LISTED_GAP = new RegExp(String.raw`^\s*、\s*(?:${TITLE_BEFORE_NAME})?$`, 'u');
/** A post of one seat: two names before its 当选 cannot both be elected. */
const ONE_SEAT = /(?<!副)主任$/;

/** The winners of a run of votes and the contest they are declared to; no names: no one told. */
interface RunDeclared {
  readonly names: readonly string[];
  readonly contest: AnnouncedContest | null;
}
const UNTOLD: RunDeclared = { names: [], contest: null };

/**
 * 甲得票812票，乙得票790票，当选为委员 (or 、…，均当选): the candidates of a run of votes with nothing but
 * separators between them, right before a 当选 that names no one, are all declared. With no comma
 * before the 当选 (甲得票52票、乙得票48票当选), only a run listed with 、 is one subject. Null when the
 * votes before it are no run of two or more; an empty list (no one told) when the run repeats a name,
 * spans two posts, or is declared to a post of one seat (主任).
 */
function votesRunBefore(
  reader: ElectedReader,
  last: VotesFigure,
  declared: number,
  declaredContest: AnnouncedContest | null,
): RunDeclared | null {
  const lastSpan = last.origin.span;
  if (!lastSpan) return null;
  const toElected = reader.folded.slice(lastSpan[1], declared);
  const gap = RUN_TO_ELECTED.test(toElected)
    ? RUN_GAP
    : LISTED_TO_ELECTED.test(toElected)
      ? LISTED_GAP
      : null;
  if (!gap) return null;
  // 孙明得票60票；张勇得票905票，当选: a ； closes an item, and the bare 当选 is of its own item alone; only
  // 均 or 都 (…；乙得票790票，均当选) makes it of the items before as well.
  const counted = RUN_TO_ELECTED.exec(toElected)
    ?.slice(1)
    .find((written) => written !== undefined);
  const many = /[均都]/.test(toElected) || counted !== undefined;
  const run = [last];
  for (const figure of recentVotes(reader)) {
    const span = figure.origin.span;
    const head = run[0]?.origin.span;
    if (!span || !head || span[0] >= head[0]) continue;
    const between = reader.folded.slice(span[1], head[0]);
    if (!gap.test(between) || (!many && /[；;]/.test(between))) break;
    run.unshift(figure);
  }
  if (run.length < 2) return null;
  const names = run.map((figure) => figure.candidate);
  // ，二人均当选: a count of the run that is not the run's tells no winner.
  if (counted !== undefined && runCount(counted) !== run.length) return UNTOLD;
  // 委员候选人李红得票850票，赵强得票812票，均当选: the post named at the run's start holds for the votes after
  // it that name none; votes of two posts, or of a post other than the one declared, tell no winner.
  const [head, ...rest] = run;
  const post = head?.contest?.text ?? null;
  const onePost = rest.every((figure) => figure.contest === null || figure.contest.text === post);
  const declaredPost = declaredContest?.text ?? post ?? '';
  if (
    new Set(names).size < names.length ||
    !onePost ||
    (post !== null && declaredContest !== null && declaredContest.text !== post) ||
    ONE_SEAT.test(declaredPost)
  )
    return UNTOLD;
  return { names, contest: declaredContest ?? head?.contest ?? null };
}

/** The count of a run written as a digit or one Chinese numeral (二, 两, 三 … 十). */
function runCount(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  return '一二三四五六七八九十'.indexOf(written === '两' ? '二' : written) + 1;
}

/**
 * The votes read last before `at`: the sentence's last votes when they stand before it, else the last
 * figure of votes read before it (among the newest few figures, so that reading stays linear).
 */
function votesBefore(reader: ElectedReader, at: number, last: VotesFigure | null): VotesFigure | null {
  if (!last) return null;
  const startOf = (figure: VotesFigure) => figure.origin.span?.[0] ?? -1;
  if (startOf(last) < at) return last;
  for (const figure of recentVotes(reader)) if (figure !== last && startOf(figure) < at) return figure;
  return null;
}

/** Whether the newest votes read of the names are of two different posts. */
function votesOfPostsApart(reader: ElectedReader, names: readonly string[]): boolean {
  const wanted = new Set(names.map((name) => normalizeText(name.trim())));
  const posts = new Set<string>();
  for (const figure of recentVotes(reader))
    if (wanted.has(normalizeText(figure.candidate.trim()))) posts.add(figure.contest?.text ?? '');
  return posts.size > 1;
}

/** Whether the votes of a candidate (folded) are among the newest figures read. */
function votesReadOf(reader: ElectedReader, name: string): boolean {
  for (const figure of recentVotes(reader)) if (normalizeText(figure.candidate.trim()) === name) return true;
  return false;
}

/** The votes among the newest figures read, newest first: a few only, so that reading stays linear. */
function* recentVotes(reader: ElectedReader): Generator<VotesFigure> {
  const oldest = Math.max(0, reader.figures.length - VOTES_LOOKBACK);
  for (let index = reader.figures.length - 1; index >= oldest; index--) {
    const figure = reader.figures[index];
    if (figure?.kind === 'votes') yield figure;
  }
}

/**
 * The end of the last number before `at`: in the clause (Chinese names stand in their clause), or in
 * the sentence from `from` on (English names run across commas); 0 when none. Walks back from the
 * clause, so that each declaration looks at a bounded stretch of text.
 */
/**
 * 王林、李红两人当选 (二人均当选, 2人当选, 两位候选人当选): the clause's last number before the 当选 is the count of
 * the list of names right before it, no figure after which the winners are named. Only right after two names
 * or more parted by 、 和 及 与, with nothing but 候选人 or 同志, and 均 or 都, between the count and the 当选.
 */
function namesCountBefore(folded: string, clause: Sentence['clauses'][number], at: number): boolean {
  const last = clause.tokens.at(-1);
  if (!last || last.end > at || last.unit === null || !/^[人名位]$/.test(last.unit)) return false;
  if (!/^(?:候选人|同志)?[均都]?$/.test(folded.slice(last.end, at))) return false;
  if (!/^(?:[二两三四五六七八九十]|\d{1,2})$/.test(folded.slice(last.span[0], last.span[1]))) return false;
  const before = folded.slice(Math.max(clause.start, last.span[0] - 40), last.span[0]);
  return /(?:^|[：:，,\s])[\u3400-\u9fff]{2,4}(?:[、和及与][\u3400-\u9fff]{2,4})+$/u.test(before);
}

export function lastTokenEndBefore(
  from: number,
  at: number,
  clauses: Sentence['clauses'],
  last: number,
): number {
  for (let index = last; index >= 0; index--) {
    const current = clauses[index];
    if (!current || current.end <= from) break;
    for (let t = current.tokens.length - 1; t >= 0; t--) {
      const token = current.tokens[t];
      if (token && token.end <= at) return token.end;
    }
  }
  return 0;
}

/** The clause before a 当选 that may name its winners, past one that only says what their votes met. */
function subjectClauseBefore(
  reader: ElectedReader,
  sentence: Sentence,
  clauseIndex: number,
): Sentence['clauses'][number] | undefined {
  const before = sentence.clauses[clauseIndex - 1];
  if (before && votesConditionOnly(reader.folded.slice(before.start, before.end)))
    return sentence.clauses[clauseIndex - 2];
  return before;
}
