import type {
  AnnouncedContest,
  AnnouncedFigure,
  ElectedFigure,
  UnreadFigure,
  VotesFigure,
} from './announced-figures.js';
import { endOfLine, FiguresByPlace, votesWithin } from './votes-on-line.js';
import { linesOpening } from './linear-scans.js';
import { pushAll } from '../model/long-lists.js';
import { namesFirstRound, RUNOFF_WORDS } from './round-words.js';
import { isHanPersonName } from './person-name.js';
import { personBracket } from './person-bracket.js';
import { POSTED_LIST_HEADING, postedNames } from './posts-in-brackets.js';
import { indexAtOrAfter } from './sorted-positions.js';
import { chineseBodyWords, COMMITTEE_WORDS } from './body-words.js';
import type { ContestResolver } from './resolve-contest.js';
import { sentenceAround } from './sentence-around.js';
import { englishWinnersDeclared } from './english-winners-declared.js';
import { isColumnLabelLine, otherBodyHeadingsAt } from './label-lines.js';
import { namesAnotherBody } from './other-body.js';
import { winnersOfElectedCount } from './elected-count-listed.js';

/** The names declared elected to a contest by the words at `span` of the text. */
function electedAt(
  contest: AnnouncedContest | null,
  names: string[],
  span: [number, number],
  original: string,
): ElectedFigure {
  return { kind: 'elected', contest, names, origin: { span, text: original.slice(span[0], span[1]) } };
}

/**
 * A list of winners under a heading of its own (当选名单：, 当选人员名单, 当选人员如下：, 当选人员名单如下：, 以下人员当选：,
 * 当选人员及得票情况：, 当选名单及得票情况如下：,
 * and with the words notices put around it: 经计票，下列人员得票超过参加投票选民的半数，当选为第10届居民委员会成员：,
 * 第一次投票，下列人员得票超过参加投票户代表的半数，当选：), one post a line
 * (`主任：向丽（1850票）`), as notices pasted from phones give them: the heading declares every candidate
 * whose votes are read in the lines under it, up to a blank line. The lines hold no 当选 of their own,
 * so the names were read with their votes but declared by nothing. A name declared elsewhere already
 * is not declared again; a line under the heading with no votes read ends the list, so that a list of
 * all candidates after it is never taken for winners.
 */
export function withWinnersListed(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  resolveContest?: ContestResolver,
): AnnouncedFigure[] {
  const declared = new Set(figures.flatMap((figure) => (figure.kind === 'elected' ? figure.names : [])));
  const byPlace = new FiguresByPlace(figures);
  const added: ElectedFigure[] = [];
  const runoffAt = folded.search(RUNOFF_WORDS);
  for (const heading of linesOpening(folded, HEADING)) {
    // 同日召开居民代表会议选举居务监督委员会…\n下列人员当选：: a bare heading after a line naming another body
    // heads that body's winners, elected by other voters.
    if (!COMMITTEE_NAMED.test(heading.text) && headsAnotherBody(lineBefore(folded, heading.index))) continue;
    // 第一次投票…；委员尚缺1名。当日另行选举…\n经选举，下列人员当选为第8届居民委员会成员：: after a runoff, a
    // heading that names no round lists the winners of both, each with its own round's votes.
    if (!namesFirstRound(heading.text) && runoffAt >= 0 && runoffAt < heading.index) continue;
    const headingEnd = heading.index + heading.text.length;
    const byContest = new Map<string, { contest: AnnouncedContest | null; names: string[] }>();
    let lineStart = headingEnd + 1;
    while (lineStart < folded.length) {
      const lineEnd = endOfLine(folded, lineStart);
      // A vote table's rows are blanked in the text read as prose (read-vote-table.ts): their words are the
      // original's, at the same places.
      const line = tableRowAt(folded, original, lineStart, lineEnd);
      if (line.trim() === '') break;
      // 当选人名单 ⏎ 职务 姓名 性别 得票数 ⏎ 主任 张建华 男 735: the table's header, right under the heading, heads
      // the rows of the list; it is no line of the list and does not end it.
      if (byContest.size === 0 && lineStart === headingEnd + 1 && isColumnHeaderRow(line)) {
        lineStart = lineEnd + 1;
        continue;
      }
      const votes = votesWithin(byPlace, lineStart, lineEnd);
      // 未当选, 落选 or 当选 on the line itself: the line says for itself who was elected. A line that
      // opens with no post (其他候选人得票：…) is no line of the list.
      // 委员：潘国庆，得票2310票（未过半数）, 委员候选人陈明得票1320票，未超过…半数: a line saying the votes fell
      // short is no winner's, and the list ends there.
      if (votes.length === 0 || /当选|落选/.test(line) || FELL_SHORT.test(line) || !POST_LINE.test(line))
        break;
      for (const figure of votes) {
        if (declared.has(figure.candidate)) continue;
        const key = figure.contest?.text ?? '';
        const entry = byContest.get(key) ?? { contest: figure.contest, names: [] };
        entry.names.push(figure.candidate);
        byContest.set(key, entry);
      }
      lineStart = lineEnd + 1;
    }
    // The span is the heading's words alone: a note in brackets after them (得票率按…居民代表人数计算)
    // names no body the winners are of.
    const from = heading.index + heading.text.search(/当选/);
    const span: [number, number] = [from, from + (heading.body[1] ?? heading.body[2] ?? '当选').length];
    // 委员：闫冬梅…\n委员：雷振东…\n闫冬梅、雷振东得票未过半数，另行选举。: a name the text says, after the list,
    // fell short is not declared by the heading.
    const after = folded.slice(lineStart);
    for (const entry of byContest.values())
      entry.names = entry.names.filter((name) => !saidToFallShort(after, name));
    for (const { contest, names } of byContest.values()) {
      if (names.length === 0) continue;
      for (const name of names) declared.add(name);
      added.push(electedAt(contest, names, span, original));
    }
  }
  // 当选人名单 ⏎ 职务 ⏎ 姓名 ⏎ 得票数 ⏎ 主任 ⏎ 王建国 ⏎ 812 …: a table flattened one cell a line.
  for (const table of flattenedWinnerTables(folded, original, runoffAt))
    if ('rows' in table) pushAll(added, flattenedTableWinners(table, byPlace, declared, original));
  pushAll(added, winnersListedInline(folded, original, byPlace, declared));
  pushAll(added, electedToPost(folded, original, figures, declared));
  pushAll(added, winnersByPostLabel(folded, original, figures, declared));
  pushAll(added, namesAfterElectedPost(folded, original, declared, byPlace, resolveContest));
  pushAll(added, namesUnderListHeading(folded, original, declared, runoffAt));
  pushAll(added, namesWithPostsListed(folded, original, declared, runoffAt, resolveContest));
  // `Elected:` over `Chair: Gao Ming, 690 votes` (english-winners-declared.ts).
  pushAll(added, englishWinnersDeclared(folded, original, figures, byPlace, declared));
  // 应选…5名，实际选出5名 ⏎ 主任：…票 ⏎ 委员：…票: as many names listed by post as were elected (elected-count-listed.ts).
  if (added.length === 0 && declared.size === 0)
    pushAll(added, winnersOfElectedCount(folded, original, figures));
  if (added.length === 0) return [...figures];
  const at = (figure: AnnouncedFigure) => figure.origin.span?.[0] ?? 0;
  return [...figures, ...added].sort((a, b) => at(a) - at(b));
}

/**
 * 当选名单：王林 李华 刘芳, and 当选名单： over names one a line (up to a blank line or the text's end): a list of
 * names alone, parted by spaces, 、 or line breaks, after a heading that names no post. Each name is declared
 * elected, of no post (the votes read for it say which), only where every item is a person's name and no
 * line of the list says more; a heading after a runoff that names no round, or right after a line naming
 * another body, declares no one (as withWinnersListed).
 */
function namesUnderListHeading(
  folded: string,
  original: string,
  declared: Set<string>,
  runoffAt: number,
): ElectedFigure[] {
  const added: ElectedFigure[] = [];
  let lineStart = 0;
  const lines = folded.split('\n');
  for (const [index, text] of lines.entries()) {
    const at = lineStart;
    lineStart += text.length + 1;
    const heading = text.includes('当选') ? NAMES_HEADING.exec(text) : null;
    if (heading === null) continue;
    if (headsAnotherBody(lineBefore(folded, at))) continue;
    if (runoffAt >= 0 && runoffAt < at && !namesFirstRound(text)) continue;
    const own = heading[1]!.trim();
    const listed: string[] = [];
    if (own !== '') listed.push(own);
    else
      for (let next = index + 1; next < lines.length && next - index <= NAMES_LINES_MOST; next++) {
        const line = lines[next]!.trim();
        if (line === '') break;
        listed.push(line);
      }
    const names = listed.flatMap((line) => line.split(/[^\S\n]+|、/u));
    if (names.length === 0 || !names.every((name) => isHanPersonName(name))) continue;
    const fresh = names.filter((name) => !declared.has(name));
    if (fresh.length === 0) continue;
    for (const name of fresh) declared.add(name);
    const from = at + text.indexOf('当选');
    added.push(electedAt(null, fresh, [from, from + 2], original));
  }
  return added;
}

/**
 * 当选人：王林（主任）、李红（副主任）、赵强（委员）: a list after its heading, to the end of the sentence or line, of
 * names each with the post it was elected to in brackets (posts-in-brackets.ts); a name alone among them is
 * declared of no post. Read only where every item is such and one at least names its post, and not after a
 * runoff or a line naming another body (as the headings above): each name is declared elected to its post,
 * judged by the votes read for it.
 */
function namesWithPostsListed(
  folded: string,
  original: string,
  declared: Set<string>,
  runoffAt: number,
  resolveContest: ContestResolver | undefined,
): ElectedFigure[] {
  const added: ElectedFigure[] = [];
  // Followed forward as the headings go (as in winnersListedInline): the list's end and the line's start.
  const lines = new NextBreak(folded, /\n/g);
  const stops = new NextBreak(folded, /[。；;\n]/g);
  let before: { readonly at: number; readonly other: boolean } | undefined;
  for (const heading of folded.matchAll(POSTED_LIST_HEADING)) {
    const from = heading.index + heading[0].length;
    const end = stops.nextFrom(from);
    // A list longer than LIST_REACH is not read.
    if (end - from > LIST_REACH) continue;
    const lineStart = lines.lastBefore(heading.index + 1) + 1;
    if (runoffAt >= 0 && runoffAt < heading.index) continue;
    // Headings on one line share the line before it: looked at once.
    if (lineStart !== before?.at)
      before = { at: lineStart, other: headsAnotherBody(lineBefore(folded, lineStart)) };
    if (before.other) continue;
    const listed = postedNames(folded.slice(from, end).split(/[、，,]/), true);
    if (listed === null) continue;
    const span: [number, number] = [heading.index, heading.index + heading[0].length];
    for (const { name, post } of listed) {
      if (declared.has(name)) continue;
      declared.add(name);
      const contest =
        post === null ? null : (resolveContest?.(post) ?? { id: null, text: normalizePost(post) });
      added.push(electedAt(contest, [name], span, original));
    }
  }
  return added;
}

/**
 * How far a list of winners on its heading's line is read (and the line before the heading looked back
 * over): a list of a committee's winners with their posts and votes takes a hundred characters or two; a
 * longer run is not read as one, so that a text of headings with no stop between stays linear.
 */
const LIST_REACH = 1_000;

/**
 * The breaks of a text (line breaks, stops) found going forward: the last before a place and the next from
 * one, each found once for places that only go forward, so that many places on one long line cost one
 * pass over it.
 */
class NextBreak {
  private last = -1;
  private next = -1;
  private readonly pattern: RegExp;
  constructor(
    private readonly text: string,
    pattern: RegExp,
  ) {
    this.pattern = new RegExp(pattern.source, 'g');
    this.advance(0);
  }

  private advance(from: number): void {
    this.pattern.lastIndex = from;
    this.next = this.pattern.exec(this.text)?.index ?? this.text.length;
  }

  /** The last break before `at` (at least the last one found), or -1: `at` only goes forward. */
  lastBefore(at: number): number {
    while (this.next < at) {
      this.last = this.next;
      this.advance(this.next + 1);
    }
    return this.last;
  }

  /** The first break at or after `from`, or the text's length: `from` only goes forward. */
  nextFrom(from: number): number {
    this.lastBefore(from);
    return this.next;
  }
}

/** 当选名单：, 当选人员名单如下：, then the names on the line or none. */
const NAMES_HEADING = /^[^\S\n]*当选(?:人员)?名单(?:如下)?[^\S\n]*[:：]([^\n：:]*)$/u;
/** How many lines of names one heading may head. */
const NAMES_LINES_MOST = 40;

/** Words saying the votes fell short of election (未过半数, 未超过, 不足…半数, 另行选举, 尚缺). */
const FELL_SHORT = /未过半|未超过|没有超过|不足|未达到|未获|另行选举|尚缺/;

/** Whether a sentence of `text` that names `name` says the votes fell short (FELL_SHORT, 未当选). */
function saidToFallShort(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const sentence = sentenceAround(text, at);
    if (FELL_SHORT.test(sentence) || /未当选|落选/.test(sentence)) return true;
  }
  return false;
}

/** The line's words, or the original's where a table's row was blanked there (the same length, the same places). */
function tableRowAt(folded: string, original: string, start: number, end: number): string {
  const line = folded.slice(start, end);
  return line.trim() === '' && original.length === folded.length ? original.slice(start, end) : line;
}

/** A table's header on one line, two column labels or more parted by spaces (`职务 姓名 性别 得票数`). */
function isColumnHeaderRow(line: string): boolean {
  const cells = line.trim().split(/[^\S\n]+/u);
  return cells.length >= 2 && cells.every((cell) => isColumnLabelLine(cell));
}

/** The line before the one that starts at `at` (empty lines skipped). */
function lineBefore(text: string, at: number): string {
  let end = at - 1;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}

/** A heading that names the committee its winners are of (当选为第10届居民委员会成员). */
const COMMITTEE_NAMED = new RegExp(COMMITTEE_WORDS);

/**
 * Whether a line names another body chosen by other voters (the winner's bodies of body-words.ts: 监委会,
 * 党支部, 小组长, 人大代表, 妇联 …), so that the bare heading under it heads that body's list
 * (同日召开居民代表会议选举居务监督委员会…, 同日召开党员大会选举村党支部委员会…). The representatives are that body
 * only where the line says they are chosen (选举村民代表, 居民代表选举结果), not where they vote (居民代表会议,
 * 应到居民代表45人): a committee may be elected by representatives. A line naming the committee too
 * (居务监督委员会和居民委员会选举结果) leaves whose list it is unsaid, so it heads no list of the committee's.
 */
function headsAnotherBody(line: string): boolean {
  return OTHER_BODY.test(line) || REPRESENTATIVES_CHOSEN.test(line);
}

/** The bodies other than the committee a winner may be declared to, the representatives aside. */
const OTHER_BODY = new RegExp(
  chineseBodyWords(
    'party',
    'supervision',
    'delegates',
    'group-heads',
    'owners',
    'mass-organisation',
    'economic',
  ),
);
const REPRESENTATIVES = chineseBodyWords('representatives');
/** 选举村民代表, 选出新一届居民代表, 村民代表选举结果, 居民代表推选情况: the representatives as the ones chosen. */
const REPRESENTATIVES_CHOSEN = new RegExp(
  `(?:选举|推选|选出|产生)(?:新一届|本届|第[一二三四五六七八九十\\d]{1,3}届)?${REPRESENTATIVES}(?!会议|大会)|${REPRESENTATIVES}的?(?:选举|推选)(?:结果|情况|名单|工作)`,
);

/** A line of the list opens with the post its names were elected to. */
const POST_LINE = /^[^\S\n]*(?:主任|副主任|委员|成员)[^\S\n]*[:：]?[^\S\n]*/;

/**
 * A line that is only the heading of a list of winners, its marks and emoji aside, after the line's
 * spaces (read by linesOpening, once for a run of line starts). Each run of spaces is followed by
 * something that is no space, so that a line of spaces is scanned once, not once per space.
 */
const HEADING =
  /(?:[^\s\u4e00-\u9fff\w]{1,3}[^\S\n]*)?(?:(?:经(?:计票|投票|选举|统计)|第一次投票)[，,][^\S\n]*)?(?:(?:以下|下列)(?:人员|同志|候选人)(?:得票(?:均)?超过参加投票(?:的)?(?:选民|户代表|居民代表|村民代表|人员|人数)?的?半数[，,]?)?(当选)(?:为第[一二三四五六七八九十\d]{1,3}届(?:社区)?(?:居民委员会|村民委员会|居委会|村委会)成员)?|(当选(?:人员|人|者|同志)?(?:名单(?:及其?得票情况)?(?:如下)?|如下|(?:及其?)?得票情况(?:如下)?)))[^\S\n]*(?:[（(][^）)\n]{0,24}[)）][^\S\n]*)?(?:[:：][^\S\n]*)?$/my;

/**
 * A list of winners after a heading on its own line (当选情况：主任李振华（得票901票）；副主任王小军（得票812票）；
 * 委员张大山（得票701票）。): each item a post, a name and its votes in brackets, parted by ；. Read only where
 * every item up to the end of the sentence is such, with one count of votes read in it and no 当选 or 落选
 * of its own: the heading then declares each name to the post its votes were read of. So does a bare 当选：
 * over items whose votes follow the name (当选：主任邓小华754票；委员林美玲（女）707票、刘建波433票), an item after
 * 、 holding the post of the one before it: before, 刘建波's 433 of 903 went unjudged.
 */
function winnersListedInline(
  folded: string,
  original: string,
  byPlace: FiguresByPlace,
  declared: Set<string>,
): ElectedFigure[] {
  const added: ElectedFigure[] = [];
  let otherBodies: number[] | undefined;
  // The line's start and the next stop, followed forward as the headings go, so that many headings on
  // one line (当选：当选：…) read it once, not back to its start and on to its end at each.
  const lines = new NextBreak(folded, /\n/g);
  const stops = new NextBreak(folded, /[。\n]/g);
  for (const heading of folded.matchAll(INLINE_HEADING)) {
    // Not under another body's heading, on its line or its own (二、村务监督委员会由村民代表会议选举，…当选：主任石国安
    // 27票): that body's winners, chosen by other voters, were judged by the committee's 1,049. The line is
    // read up to LIST_REACH before the heading: a body named farther back on it heads no list here.
    const lineStart = lines.lastBefore(heading.index) + 1;
    otherBodies ??= otherBodyHeadingsAt(folded);
    if (
      otherBodies.some((at) => at < heading.index) ||
      namesAnotherBody(folded.slice(Math.max(lineStart, heading.index - LIST_REACH), heading.index))
    )
      continue;
    const from = heading.index + heading[0].length;
    const end = stops.nextFrom(from);
    // A list longer than LIST_REACH (a few posts' winners take a hundred characters or two) is not read.
    if (end - from > LIST_REACH) continue;
    const items: { vote: VotesFigure; contest: AnnouncedContest | null }[] = [];
    let at = from;
    let plain = true;
    for (const item of folded.slice(from, end).split(/[；;、]/)) {
      const itemEnd = at + item.length;
      const votes = votesWithin(byPlace, at, itemEnd);
      const vote = votes[0];
      if (item.trim() === '' && itemEnd === end) break;
      // The words between the post and the bracket are the name alone (not 候选人王某); an item with no post
      // only after 、, its post the item's before it (whose contest it is declared to).
      const shape = INLINE_ITEM.exec(item.trim());
      const before = items.at(-1)?.contest ?? null;
      const postless = shape !== null && shape[1] === undefined;
      if (
        votes.length !== 1 ||
        !vote ||
        shape?.[2] !== vote.candidate ||
        (postless && (before === null || folded.charAt(at - 1) !== '、'))
      ) {
        plain = false;
        break;
      }
      items.push({ vote, contest: postless ? before : vote.contest });
      at = itemEnd + 1;
    }
    if (!plain || items.length === 0) continue;
    const span: [number, number] = [heading.index, heading.index + 4];
    for (const { vote, contest } of items) {
      if (declared.has(vote.candidate)) continue;
      declared.add(vote.candidate);
      added.push(electedAt(contest, [vote.candidate], span, original));
    }
  }
  return added;
}

/**
 * 当选情况：, 当选名单：, 当选人员：, 当选结果：, 当选： with the list after it on its line (not 未当选情况：, 是否当选：).
 */
const INLINE_HEADING = /(?<![未没不落否])当选(?:情况|名单|人员|结果)?[:：]/g;
/**
 * 主任李振华（得票901票）, 妇女委员：李秀芳（866票）, 委员林美玲（女）707票: a post, a name (its sex in brackets, which
 * the folded text holds as spaces), its votes in brackets or after it; after 、 the name alone (刘建波433票).
 */
const INLINE_ITEM =
  /^(主任|副主任|委员|妇女委员|成员)?[:：]?([\u4e00-\u9fff·]{2,5})(?:[（(][男女][)）]|[^\S\n]+)?(?:[（(](?:得票|获得)?[\d,]+票[)）]|(?:得票|获得)?[\d,]+票)$/;

/**
 * 主任当选人 张建华 得票数 735 (a report form's row, each part on its own line: label-lines.ts), 主任当选人：张建华，得票735票:
 * a line that opens with the post's winner's label, then the name and its votes, and says nothing after them.
 * The label declares the name elected to the post, as 当选为主任 does. Only where the votes were read of that
 * name and the label's post is the votes' contest, and not under the heading of another body (二、村务监督委员会
 * ⏎ 主任当选人 …: that body's winner, chosen perhaps by other voters) nor in votes set in another body's section.
 */
function winnersByPostLabel(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  declared: Set<string>,
): ElectedFigure[] {
  const added: ElectedFigure[] = [];
  if (!folded.includes('当选人')) return added;
  const otherBodies = otherBodyHeadingsAt(folded);
  for (const figure of figures) {
    if (figure.kind !== 'votes' || figure.contest === null || !figure.origin.span) continue;
    if (declared.has(figure.candidate)) continue;
    const { section, bodies, subject } = figure as { section?: string; bodies?: string; subject?: string };
    if (namesAnotherBody(`${section ?? ''} ${bodies ?? ''} ${subject ?? ''}`)) continue;
    const [nameStart, votesEnd] = figure.origin.span;
    if (otherBodies.some((at) => at < nameStart)) continue;
    const lineStart = folded.lastIndexOf('\n', nameStart - 1) + 1;
    const before = folded.slice(lineStart, nameStart);
    const label = POST_WINNER_LABEL.exec(before.replace(/\s+/g, ''));
    if (!label || normalizePost(label[1] ?? '') !== normalizePost(figure.contest.text)) continue;
    if (!folded.startsWith(figure.candidate, nameStart)) continue;
    const rest = folded.slice(votesEnd, endOfLine(folded, votesEnd)).replace(/\s+/g, '');
    if (!/^票?[。；;]?$/.test(rest)) continue;
    declared.add(figure.candidate);
    const from = lineStart + before.indexOf('当选人');
    added.push(electedAt(figure.contest, [figure.candidate], [from, from + 3], original));
  }
  return added;
}

/** The post's winner's label opening a line, up to the name, its spaces taken out: `主任当选人`, `村委会委员当选人：`, `一、主任当选人姓名：`. */
const POST_WINNER_LABEL =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])?(?:村民委员会|村委会|居民委员会|居委会)?(主任|副主任|委员|妇女委员|成员)当选人(?:姓名)?[:：]?$/;

/**
 * 选举郑晓燕为主任（1164票）, 选举产生郑晓燕为村委会主任，得票1164票, 选出…为…: the words declare the name elected
 * to the post, as 当选为 does. Only where the votes were read of that name beside the post (a certain name,
 * candidate-votes.ts) and the post is the votes' contest; not after words that only propose (拟选举, 建议,
 * 提名, 推荐) or deny (未, 没, 不).
 */
function electedToPost(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  declared: Set<string>,
): ElectedFigure[] {
  const added: ElectedFigure[] = [];
  for (const figure of figures) {
    if (figure.kind !== 'votes' || figure.contest === null || !figure.origin.span) continue;
    if (declared.has(figure.candidate)) continue;
    const [nameStart] = figure.origin.span;
    const before = ELECTED_BY.exec(folded.slice(Math.max(0, nameStart - 8), nameStart));
    if (!before) continue;
    const after = folded.slice(nameStart + figure.candidate.length, nameStart + figure.candidate.length + 16);
    const post = TO_POST.exec(after);
    if (!post || normalizePost(post[1] ?? '') !== normalizePost(figure.contest.text)) continue;
    declared.add(figure.candidate);
    const span: [number, number] = [
      nameStart - before[0].length,
      nameStart + figure.candidate.length + post[0].length,
    ];
    added.push(electedAt(figure.contest, [figure.candidate], span, original));
  }
  return added;
}

/** 选举, 选举产生, 选出 right before the name, not after words that propose or deny. */
const ELECTED_BY = /(?<![拟未没不议荐名再])(?:选举产生|选举|选出)[^\S\n]?$/;
/** 为 and the post right after the name (同志 between them). */
const TO_POST =
  /^(?:同志)?为((?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|妇女委员|委员|成员))(?![候人])/;
/** A post without the committee's name: 村委会主任 = 主任. */
const normalizePost = (post: string): string =>
  post.replace(/^(?:村民委员会|居民委员会|社区居委会|村委会|居委会)/, '');

/**
 * A line that opens with 当选 and a post, then a colon and the names elected to it, parted by 、 or ，
 * (`当选委员：李梅、赵强`, `当选村民委员会主任：刘强`), as notices list winners with no votes: each name is
 * declared elected to the post. Read only where every item up to the line's or sentence's end is a
 * person's name (a sex in brackets after it is blanked before: sex-marks.ts), so that words (`当选委员：
 * 3名`) are never taken for winners.
 */
function namesAfterElectedPost(
  folded: string,
  original: string,
  declared: Set<string>,
  byPlace: FiguresByPlace,
  resolveContest: ContestResolver | undefined,
): ElectedFigure[] {
  const added: ElectedFigure[] = [];
  let lineStart = 0;
  // Line by line, each searched from its start alone, so that a run of spaces or carriage returns is
  // read once.
  for (const text of folded.split('\n')) {
    const at = lineStart;
    lineStart += text.length + 1;
    if (!text.includes('当选')) continue;
    const line = ELECTED_POST_LINE.exec(text.trimEnd());
    // 经选举，当选委员：王林、李红、赵强。 or a list after another sentence of the line: the same list opening
    // a clause (after a mark), up to its sentence's end. Each match ends at the sentence's end or at the next
    // colon, so the line is read a bounded number of times.
    const lists = line
      ? [{ index: 0, whole: line[0], post: line[1]!, list: line[2]! }]
      : [...text.matchAll(ELECTED_POST_CLAUSE)].map((clause) => ({
          index: clause.index,
          whole: clause[0],
          post: clause[1]!,
          list: clause[2]!,
        }));
    for (const { index, whole, post, list: written } of lists) {
      const listStart = at + index + whole.length - written.length - (/[。；;]$/u.test(whole) ? 1 : 0);
      // 当选委员：李梅（女，得票1021票）、赵强（998票），得票率分别为85.37%、83.44%: the shares given respectively
      // after the list are not one of its items.
      const list = written.replace(SHARES_AFTER_LIST, '');
      const items = [...list.matchAll(LIST_ITEM)];
      // Every character of the list in an item or a mark parting two: a bracket left open reads no one.
      const covered = items.reduce((sum, item) => sum + item[0].length, 0) + items.length - 1;
      if (items.length === 0 || covered !== list.length) continue;
      const people = items.map((item) => personOfItem(item, listStart, byPlace));
      if (people.includes(null)) continue;
      const names = people.filter((name): name is string => name !== null && !declared.has(name));
      if (names.length === 0) continue;
      for (const name of names) declared.add(name);
      const from = at + index + whole.indexOf('当选');
      const contest = resolveContest?.(post) ?? { id: null, text: normalizePost(post) };
      added.push(electedAt(contest, names, [from, from + 2 + post.length], original));
    }
  }
  return added;
}

/** A clause after a list of winners giving their votes or shares respectively (，得票率分别为…, ，分别得票…). */
const SHARES_AFTER_LIST = /[，,][^\S\n]*(?=其?得票|分别)[^，,（(]*分别[^，,（(]*$/u;

/** An item of a list of winners: up to the next 、 or comma outside a bracket. */
const LIST_ITEM = /(?:[^、，,（()）]|[（(][^（()）\n]*[）)])+/gu;

/**
 * The person an item of a list of winners names: a name alone (李梅), or a name with its bracket describing
 * the person and holding one count of votes, in either order (李梅（女，得票1021票）, 赵强（得票998票，男）,
 * 刘波（998票）, 郑伟（得票1448票，占有效票的88.2%）: person-bracket.ts), where the votes read in the item are
 * that name's. Null otherwise: a bracket whose number is not certainly the votes (（得票第二）, （原得票998票）)
 * names no winner the reader can judge.
 */
function personOfItem(item: RegExpExecArray, listStart: number, byPlace: FiguresByPlace): string | null {
  const words = item[0].trim();
  if (isHanPersonName(words)) return words;
  const bracketed = /^([^（(]+)[（(]([^（()）]*)[）)]$/u.exec(words);
  const name = bracketed?.[1]?.trim();
  if (name === undefined || !isHanPersonName(name)) return null;
  if (personBracket(bracketed?.[2] ?? '')?.votes !== 1) return null;
  const start = listStart + item.index;
  const votes = votesWithin(byPlace, start, start + item[0].length);
  return votes.length === 1 && votes[0]!.candidate === name ? name : null;
}

/**
 * How many lines open with 当选 and a post and a colon (ELECTED_POST_LINE) and declare no one the reader
 * read: a list of winners in a shape not read, so that the winners read are not all the winners.
 */
export function winnerListsUnread(folded: string, figures: readonly AnnouncedFigure[]): number {
  const declaredAt = figures
    .flatMap((figure) => (figure.kind === 'elected' && figure.origin.span ? [figure.origin.span[0]] : []))
    .sort((a, b) => a - b);
  let unread = 0;
  let lineStart = 0;
  for (const text of folded.split('\n')) {
    const at = lineStart;
    lineStart += text.length + 1;
    if (!text.includes('当选') || ELECTED_POST_LINE.exec(text.trimEnd()) === null) continue;
    if (!((declaredAt[indexAtOrAfter(declaredAt, at)] ?? lineStart) < lineStart)) unread += 1;
  }
  return unread;
}

/**
 * 当选 and a post at a line's start, a colon (or 的是, 的有: 当选为村民委员会委员的是：李华、刘芳), and the rest of
 * the line or sentence.
 */
const ELECTED_POST_LINE =
  /^[^\S\n]*当选(?:为)?((?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|委员|成员))(?:的(?:是|有|为)(?:[^\S\n]*[:：])?|[^\S\n]*[:：])([^\n。；;]+)[。；;]?$/u;
/**
 * The same list opening a clause within a line (`经选举，当选委员：王林、李红、赵强。`, `选举结果：当选主任：王林。`):
 * after a mark, up to the sentence's end; the list holds no colon.
 */
const ELECTED_POST_CLAUSE =
  /(?<=(?:^|[。；;，,：:])[^\S\n]{0,3})当选(?:为)?((?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|委员|成员))(?:的(?:是|有|为)(?:[^\S\n]*[:：])?|[^\S\n]*[:：])([^\n。；;:：]+)(?:[。；;]|$)/gu;

/** What a column of a flattened table holds: each row's cell under it must be of that kind. */
type CellKind = 'post' | 'name' | 'votes' | 'sex' | 'age' | 'rate' | 'number' | 'remark';

const COLUMN_KINDS: readonly (readonly [RegExp, CellKind])[] = [
  [/^(?:职务|职位|当选职务)$/, 'post'],
  [/^(?:姓名|当选人|候选人)$/, 'name'],
  [/^(?:得票数?|得票总数|所得票数|票数)$/, 'votes'],
  [/^性别$/, 'sex'],
  [/^年龄$/, 'age'],
  [/^得票率$/, 'rate'],
  [/^(?:序号|编号)$/, 'number'],
  [/^备注$/, 'remark'],
];

const CELL_OF_KIND: Readonly<Record<CellKind, (cell: string) => boolean>> = {
  post: (cell) => /^(?:村民委员会|村委会|居民委员会|居委会)?(?:副?主任|(?:妇女)?委员|成员)$/.test(cell),
  name: (cell) => isHanPersonName(cell),
  votes: (cell) => /^(?:\d{1,3}(?:,\d{3})+|\d{1,7})票?$/.test(cell),
  sex: (cell) => /^[男女]$/.test(cell),
  age: (cell) => /^\d{2}岁?$/.test(cell),
  rate: (cell) => /^\d{1,3}(?:\.\d+)?%$/.test(cell),
  number: (cell) => /^\d{1,3}$/.test(cell),
  // A remark is words (连任, 新任): no number or post that a missing cell may have shifted into it. A name
  // cannot be told from a remark's words (连任 reads as one), so the other columns keep the rows in step.
  remark: (cell) => !/\d/.test(cell) && !CELL_OF_KIND.post(cell),
};

/** The heading of a list of winners on a line of its own (当选人名单, 当选名单, 当选人员名单). */
const FLAT_HEADING = /^(当选(?:人员?)?名单)[:：]?$/u;

/** Each line of `text` that is a flattened table's heading (FLAT_HEADING), its words and where they start. */
function flatHeadings(text: string): { words: string; at: number; lineStart: number; lineEnd: number }[] {
  const found: { words: string; at: number; lineStart: number; lineEnd: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const words = line.includes('名单') ? FLAT_HEADING.exec(line.trim())?.[1] : undefined;
    if (words !== undefined) found.push({ words, at: lineStart + line.indexOf(words), lineStart, lineEnd });
    lineStart = lineEnd + 1;
  }
  return found;
}

/** A line that ends the cells: words with a colon (备注：…), a date, a signature, a heading of a round. */
const AFTER_CELLS =
  /[:：]|^(?:\d{4}|[〇○零一二三四五六七八九]{4})年|(?:委员会|人民政府|办事处|街道|盖章[)）]?|[)）])$|另行选举|第二轮|再次投票|重新投票/;

type FlattenedTable =
  | {
      readonly heading: [number, number];
      readonly rows: readonly (readonly { text: string; start: number; end: number }[])[];
      readonly kinds: readonly CellKind[];
    }
  | { readonly heading: [number, number]; readonly unfit: true };

/**
 * A 当选人名单 over a table flattened one cell a line (`当选人名单` ⏎ `职务` ⏎ `姓名` ⏎ `得票数` ⏎ `主任` ⏎
 * `王建国` ⏎ `812` …): the header is the run of column labels on lines of their own right under the heading
 * (at least a name's and a count of votes'), the cells every line after it up to a blank line, a line with
 * a colon, a date, a signature or a round's heading. The rows are read only when the cells are a whole
 * number of rows of the header's width and each cell is of its column's kind (a post, a name, a number);
 * else the table is `unfit`: a cell missing or one too many would shift every row after it, and which
 * name is whose is then not certain. A heading after a runoff that names no round, or right after a line
 * naming another body, heads no table read here (as withWinnersListed).
 */
function flattenedWinnerTables(folded: string, original: string, runoffAt: number): FlattenedTable[] {
  const tables: FlattenedTable[] = [];
  if (!folded.includes('当选') || !folded.includes('名单')) return tables;
  for (const found of flatHeadings(folded)) {
    const heading: [number, number] = [found.at, found.at + found.words.length];
    if (runoffAt >= 0 && runoffAt < found.at) continue;
    if (headsAnotherBody(lineBefore(folded, found.lineStart))) continue;
    const lines: { text: string; start: number; end: number }[] = [];
    let lineStart = found.lineEnd + 1;
    while (lineStart < folded.length) {
      const lineEnd = endOfLine(folded, lineStart);
      const text = tableRowAt(folded, original, lineStart, lineEnd).trim();
      if (text === '') break;
      lines.push({ text, start: lineStart, end: lineEnd });
      lineStart = lineEnd + 1;
    }
    const kinds: (CellKind | undefined)[] = [];
    for (const line of lines) {
      if (!isColumnLabelLine(line.text) || /\s/.test(line.text)) break;
      kinds.push(COLUMN_KINDS.find(([label]) => label.test(line.text.replace(/[:：]$/, '')))?.[1]);
    }
    // One label a line, at least two, a name's and a count of votes' among them: otherwise no flattened
    // table (a header row on one line is read as one). A label of no kind read here (是否当选, 村名): the
    // table is none of those read here.
    if (!kinds.every((kind) => kind !== undefined)) continue;
    if (kinds.length < 2 || !kinds.includes('name') || !kinds.includes('votes')) continue;
    const cells: { text: string; start: number; end: number }[] = [];
    for (const line of lines.slice(kinds.length)) {
      if (AFTER_CELLS.test(line.text)) break;
      cells.push(line);
    }
    if (cells.length === 0) continue;
    const rows: { text: string; start: number; end: number }[][] = [];
    for (let at = 0; at < cells.length; at += kinds.length) rows.push(cells.slice(at, at + kinds.length));
    const fits =
      cells.length % kinds.length === 0 &&
      rows.every((row) => row.every((cell, at) => CELL_OF_KIND[kinds[at]!](cell.text)));
    tables.push(fits ? { heading, rows, kinds } : { heading, unfit: true });
  }
  return tables;
}

/**
 * The winners a fitting flattened table declares: each row whose votes were read on its lines, of its
 * name; a row whose votes were not read declares no one of the table (which cells are whose is then
 * not as the reader took them).
 */
function flattenedTableWinners(
  table: Extract<FlattenedTable, { rows: unknown }>,
  byPlace: FiguresByPlace,
  declared: Set<string>,
  original: string,
): ElectedFigure[] {
  const name = table.kinds.indexOf('name');
  const byContest = new Map<string, { contest: AnnouncedContest | null; names: string[] }>();
  for (const row of table.rows) {
    const candidate = row[name]?.text ?? '';
    const votes = votesWithin(byPlace, row[0]!.start, row.at(-1)!.end).filter(
      (figure) => figure.candidate === candidate,
    );
    if (votes.length !== 1) return [];
    if (declared.has(candidate)) continue;
    const key = votes[0]!.contest?.text ?? '';
    const entry = byContest.get(key) ?? { contest: votes[0]!.contest, names: [] };
    entry.names.push(candidate);
    byContest.set(key, entry);
  }
  const elected: ElectedFigure[] = [];
  for (const { contest, names } of byContest.values()) {
    for (const winner of names) declared.add(winner);
    elected.push(electedAt(contest, names, table.heading, original));
  }
  return elected;
}

/**
 * The headings of flattened 当选人名单 tables whose cells do not fit their header (flattenedWinnerTables):
 * listed unread (`flattened-table`), their rows declaring no one.
 */
export function flattenedTablesUnread(folded: string, original: string): UnreadFigure[] {
  const runoffAt = folded.search(RUNOFF_WORDS);
  return flattenedWinnerTables(folded, original, runoffAt).flatMap((table) =>
    'unfit' in table
      ? [
          {
            span: table.heading,
            text: original.slice(table.heading[0], table.heading[1]),
            context: original.slice(table.heading[0], table.heading[1]),
            reason: 'flattened-table' as const,
          },
        ]
      : [],
  );
}
