import type { AnnouncedFigure, VotesFigure } from './announced-figures.js';
import { endOfLine, FiguresByPlace, votesWithin } from './votes-on-line.js';
import { pushAll } from '../model/long-lists.js';
import { COMMITTEE_WORDS, OTHER_BODY_WORDS } from './body-words.js';

/**
 * A chair's votes under a line that names the chair's contest alone, right before them (主任选举结果：,
 * 村委会主任得票情况：, the same heading as the last sentence of a paragraph, `…公告如下。主任选举结果：`, or a
 * sentence ending in a colon that says 应选主任1名 and names no other post): the
 * votes of the lines after it, up to a blank line or the text's end, are of the chair's contest, so that
 * the one-seat check (their sum within the ballots) applies. Only when every line of that block is
 * votes read with no contest of their own (with, in a table's row, the share of those votes and the
 * result naming that candidate, which become the chair's with them), or a line with no digit and no word
 * of another heading (a table's header and rule); anything else in the block and the votes are left as
 * read.
 *
 * So too a heading line naming a post of the committee alone, numbered or with its seats or a colon
 * (`二、村民委员会主任`, `三、村民委员会委员（应选3名）`, `（二）副主任`, `委员（应选3名）：`): the votes of the
 * lines under it are that post's, up to a blank line, the next heading line (of a post, of a body, or
 * numbered) or a line naming another body (`村务监督委员会由村民代表会议推选产生…`), which end the block
 * with the votes above kept; a declaration in the block naming only its candidates is the post's too.
 */
export function withHeadingPost(folded: string, figures: readonly AnnouncedFigure[]): AnnouncedFigure[] {
  const changed = new Map<AnnouncedFigure, AnnouncedFigure>();
  const byPlace = new FiguresByPlace(figures);
  let lineStart = 0;
  while (lineStart < folded.length) {
    const lineEnd = endOfLine(folded, lineStart);
    const line = folded.slice(lineStart, lineEnd);
    const post = postOfHeading(line);
    if (post !== null) {
      const contest = { id: null, text: post } as const;
      for (const figure of postBlock(folded, lineEnd + 1, byPlace, post) ?? [])
        changed.set(figure, ofPost(figure, contest));
    } else if (namesChairAlone(line)) {
      const block = votesBlock(folded, lineEnd + 1, byPlace);
      for (const figure of block ?? []) changed.set(figure, ofPost(figure, CHAIR));
    }
    lineStart = lineEnd + 1;
  }
  if (changed.size === 0) return [...figures];
  return figures.map((figure) => changed.get(figure) ?? figure);
}

type Contest = { readonly id: null; readonly text: string };

/** The figure as the post's: votes, a share of them, a row's result. */
function ofPost(figure: AnnouncedFigure, contest: Contest): AnnouncedFigure {
  if (figure.kind === 'votes' || figure.kind === 'elected') return { ...figure, contest };
  if (figure.kind === 'percent' && figure.part.kind === 'votes')
    return { ...figure, part: { ...figure.part, contest } };
  return figure;
}

const ofChair = (figure: AnnouncedFigure): AnnouncedFigure => ofPost(figure, CHAIR);

/**
 * A row's share of its own candidate's votes (`张伟 620 62.0% 是`) and its result naming that candidate
 * only: the row's, carried to the chair's contest with its votes.
 */
function ofRow(figure: AnnouncedFigure, votes: readonly VotesFigure[]): boolean {
  const names = new Set(votes.map((one) => one.candidate));
  if (figure.kind === 'percent')
    return figure.part.kind === 'votes' && figure.part.contest === null && names.has(figure.part.candidate);
  if (figure.kind === 'elected')
    return (
      figure.contest === null && figure.names.length > 0 && figure.names.every((name) => names.has(name))
    );
  return false;
}

const CHAIR = { id: null, text: '主任' } as const;

/** A section's mark opening a line: 二、, （二）, 2., 第二部分. */
const MARK = String.raw`(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|第?[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|项)[、.．:：]?|\d{1,2}[、.．](?!\d))`;
/** The seats after the post: （应选3名）, 应选3名, （3名）. */
const SEATS = String.raw`(?:[（(](?:应选)?\d{1,2}名[)）]|应选\d{1,2}名)`;
/**
 * A line naming a post of the committee alone: a section's mark, the committee, the post, its seats and
 * the words of its results (the seats before or after them), a colon. Group 1 is the mark, 2 the post, 3
 * and 4 the seats.
 */
const POST_HEADING = new RegExp(
  String.raw`^[^\S\n]*(?:(${MARK})[^\S\n]*)?(?:${COMMITTEE_WORDS}的?)?(副主任|主任|委员)(?:候选人)?(?:选举|投票)?(${SEATS})?(?:选举|投票)?(?:结果|得票情况|得票结果|得票|当选情况|情况)?(${SEATS})?(?:如下)?[^\S\n]*(?:[:：][^\S\n]*)?$`,
  'u',
);

/**
 * The post a heading line names alone, numbered, with its seats or a colon (`二、村民委员会主任`,
 * `三、村民委员会委员（应选3名）`, `委员（应选3名）：`, `副主任选举结果：`); null for any other line. A chair's
 * heading with a colon alone and no number is the chair's block's (votesBlock), as before.
 */
function postOfHeading(line: string): string | null {
  const match = POST_HEADING.exec(line);
  if (!match) return null;
  const [, mark, post, seatsBefore, seatsAfter] = match;
  const seats = seatsBefore ?? seatsAfter;
  if (mark === undefined && seats === undefined)
    return post === '主任' ? null : /[:：]/.test(line) ? post! : null;
  return post ?? null;
}

/** Any heading line: of a post, of a body, or numbered (三、, （二）). */
const ANY_HEADING = new RegExp(String.raw`^[^\S\n]*${MARK}`, 'u');
/** Another body than the committee named in a line: its words are that body's. */
const OTHER_BODY = new RegExp(OTHER_BODY_WORDS, 'u');
/** Words of another post than the heading's, in a line of votes under it. */
const OTHER_POSTS: Readonly<Record<string, RegExp>> = {
  主任: /副主任|委员|成员|书记|代表|组长|主席/,
  副主任: /(?<!副)主任|委员|成员|书记|代表|组长|主席/,
  委员: /主任|书记|代表|组长|主席/,
};

/**
 * The figures of the lines under a post's heading that become the post's: the votes read with no contest
 * (or the post's own), a row's share of them, a declaration naming only them; up to a blank line (one right
 * after the heading passed over), the next heading or a line naming another body or holding a figure of
 * another kind. Null when a line in it names another post or votes of another contest: then whose the
 * votes are is not certain.
 */
function postBlock(
  folded: string,
  from: number,
  figures: FiguresByPlace,
  post: string,
): AnnouncedFigure[] | null {
  const found: AnnouncedFigure[] = [];
  // The block's candidates, kept as they come: a long block is never scanned again for each line.
  const names = new Set<string>();
  const otherPost = OTHER_POSTS[post] ?? /$^/;
  let lineStart = pastOneBlankLine(folded, from);
  while (lineStart < folded.length) {
    const lineEnd = endOfLine(folded, lineStart);
    const line = folded.slice(lineStart, lineEnd);
    if (line.trim() === '' || ANY_HEADING.test(line) || postOfHeading(line) !== null) break;
    if (OTHER_BODY.test(line)) break;
    const votes = votesWithin(figures, lineStart, lineEnd);
    const others = figures.startingIn(lineStart, lineEnd).filter((figure) => figure.kind !== 'votes');
    // A line of no figure that speaks of posts or winners (一千二百、主任选举结果, 以上候选人当选情况): no row.
    if (
      votes.length === 0 &&
      others.length === 0 &&
      WORDS_OF_A_HEADING.test(line.replace(TABLE_RESULT_HEAD, ''))
    )
      break;
    if (votes.some((figure) => figure.contest !== null && figure.contest.text !== post)) return null;
    if (votes.length > 0 && otherPost.test(line)) return null;
    for (const figure of votes) names.add(figure.candidate);
    const own = others.filter((figure) => ofNames(figure, names, post));
    // A count or a declaration of others: the post's lines end above it.
    if (own.length < others.length) {
      if (votes.length > 0) return null;
      break;
    }
    if (votes.length === 0 && own.length === 0 && /\d/.test(line)) break;
    for (const figure of [...votes, ...own])
      if (figure.kind === 'percent' || ('contest' in figure && figure.contest === null)) found.push(figure);
    lineStart = lineEnd + 1;
  }
  return names.size > 0 ? found : null;
}

/** Words of a heading or a declaration on a line of no figure: 选举, 主任, 委员, 候选, 当选. */
const WORDS_OF_A_HEADING = /[:：]|选举|主任|委员|候选|当选|得票情况/;

/**
 * A row's share of its own candidate's votes, a result naming only the block's candidates, or a
 * declaration of the post itself (李强、王芳、赵敏当选为委员) naming only them.
 */
function ofNames(figure: AnnouncedFigure, names: ReadonlySet<string>, post: string): boolean {
  if (figure.kind === 'percent')
    return figure.part.kind === 'votes' && figure.part.contest === null && names.has(figure.part.candidate);
  if (figure.kind !== 'elected' || figure.names.length === 0) return false;
  if (figure.contest !== null && figure.contest.text !== post) return false;
  return figure.names.every((name) => names.has(name));
}

/** A line that is the chair's heading alone. */
const CHAIR_HEADING = new RegExp(
  String.raw`^[^\S\n]*(?:${COMMITTEE_WORDS}(?:的)?)?主任(?:选举)?(?:候选人)?(?:投票|选举)?(?:结果|得票情况|得票结果|得票)?(?:如下)?[^\S\n]*[:：][^\S\n]*$`,
);
/**
 * A numbered heading line naming the chair alone, its colon optional (`（一）主任`, `一、主任选举结果`,
 * `1.村委会主任`): the section mark says it is a heading.
 */
const MARKED_CHAIR_HEADING = new RegExp(
  String.raw`^[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])[^\S\n]*(?:${COMMITTEE_WORDS}的?)?主任(?:选举)?(?:投票|选举)?(?:结果|得票情况|得票结果|得票)?(?:如下)?[^\S\n]*(?:[:：][^\S\n]*)?$`,
);
/** 应选主任1名 in a line that ends in a colon. */
const ONE_CHAIR_DUE = new RegExp(`应选${COMMITTEE_WORDS}?主任(?:1|一)名`);
/**
 * An English line naming the chair's contest alone (`Chair`, `Chair:`, `Results for chair`, `Election of
 * the village committee chair`, `Chairperson election results:`), matched on the trimmed line.
 */
const ENGLISH_CHAIR_HEADING =
  /^(?:(?:election|results?|votes?|vote count)[^\S\n](?:of|for)[^\S\n](?:the[^\S\n])?)?(?:(?:village|residents'?|neighbou?rhood)[^\S\n](?:committee[^\S\n])?)?(?:chair(?:man|woman|person)?|director)(?:[^\S\n](?:election|contest|race|vote))?(?:[^\S\n](?:results?|vote count|votes))?:?$/i;
/** Words of another post, body or heading: the line is not the chair's alone. */
const OTHER_POST =
  /副主任|委员|成员|书记|代表|组长|主席|\b(?:vice|deputy|members?|secretary|committee members?)\b/i;

function namesChairAlone(line: string): boolean {
  if (CHAIR_HEADING.test(line) || MARKED_CHAIR_HEADING.test(line)) return true;
  if (ENGLISH_CHAIR_HEADING.test(line.trim())) return true;
  // The line's last sentence: 有效票1480张。应选主任1名，得票情况如下：
  const sentence = line.slice(
    Math.max(
      line.lastIndexOf('。'),
      line.lastIndexOf('；'),
      line.lastIndexOf(';'),
      line.lastIndexOf('！'),
      line.lastIndexOf('!'),
    ) + 1,
  );
  // A paragraph that closes on the chair's heading: 现将选举结果公告如下。主任选举结果：
  if (sentence.length < line.length && CHAIR_HEADING.test(sentence)) return true;
  if (!/[:：][^\S\n]*$/.test(sentence) || !ONE_CHAIR_DUE.test(sentence) || OTHER_POST.test(sentence))
    return false;
  // 主任 once only, and no other number than its 1 seat.
  return sentence.split('主任').length === 2 && (sentence.match(/\d+/g) ?? []).length <= 1;
}

/** A table's column of results (是否当选, 当选情况): no heading of its own. */
/** Where a heading's block starts: a blank line right after the heading (a table set apart) is passed over once. */
function pastOneBlankLine(folded: string, from: number): number {
  if (from < folded.length && folded.slice(from, endOfLine(folded, from)).trim() === '')
    return endOfLine(folded, from) + 1;
  return from;
}

const TABLE_RESULT_HEAD = /是否当选|当选情况|当选与否/g;

/** The votes of the block of lines from `from` up to a blank line, or null when it holds anything else. */
function votesBlock(folded: string, from: number, figures: FiguresByPlace): AnnouncedFigure[] | null {
  const found: AnnouncedFigure[] = [];
  let votesFound = 0;
  let lineStart = pastOneBlankLine(folded, from);
  while (lineStart < folded.length) {
    const lineEnd = endOfLine(folded, lineStart);
    const line = folded.slice(lineStart, lineEnd);
    if (line.trim() === '') break;
    const votes = votesWithin(figures, lineStart, lineEnd);
    const others = figures.startingIn(lineStart, lineEnd).filter((figure) => figure.kind !== 'votes');
    if (votes.length > 0) {
      if (
        !others.every((figure) => ofRow(figure, votes)) ||
        votes.some((figure) => figure.contest !== null) ||
        OTHER_POST.test(line)
      )
        return null;
      pushAll(found, votes);
      pushAll(found, others);
      votesFound += votes.length;
    } else if (
      /\d/.test(line) ||
      /[:：]|选举|主任|候选|当选|得票情况/.test(line.replace(TABLE_RESULT_HEAD, ''))
    )
      return null;
    // （二）委员: the heading of another post ends the chair's block.
    else if (OTHER_POST.test(line)) break;
    lineStart = lineEnd + 1;
  }
  return votesFound >= 2 ? found : null;
}

/**
 * An English title naming the chair's election alone (`Election of the Chair of Qingshan Village
 * Committee`, `Qingshan Village Committee Chair Election Results`): the notice is of that one contest.
 */
const ENGLISH_CHAIR_TITLE = /\bchair(?:man|woman|person)?\b/i;
const NAMES_ELECTION = /\belection\b/i;
/**
 * A title naming the chair with other posts (`Chair and Directors Election Results`, `Chair & Treasurer`,
 * `Chair, Directors`), or a post word after the chair (`Chair Directors`, `Chairs`): then the chair is not
 * the title's one contest.
 */
const WITH_OTHER_POSTS = /\band\b|&|,/i;
const POST_AFTER_CHAIR =
  /\b(?:directors?|members?|officers?|trustees?|treasurers?|secretar(?:y|ies)|councill?ors?|commissioners?|delegates?|representatives?|chairs|chairpersons|posts?|positions?|seats?)\b/i;
/** Words of another post, anywhere in the notice: then the title's post is not every vote's. */
const ANOTHER_POST =
  /副主任|委员(?!会)|成员|\b(?:vice|deputy|members?|secretary|secretaries|representatives?|supervisory|supervision|councillors?|directors?|officers?|treasurers?|accountants?|trustees?|clerks?|commissioners?|delegates?)\b|vice-chair/i;
/** How many lines from the text's start its title may stand, and how long it may be. */
const TITLE_LINES = 5;
const TITLE_LENGTH = 100;
/** A line that is a sentence, not a title: a full stop, a clause mark or a colon inside. */
const SENTENCE_INSIDE = /[。；;，,：:！!？?]|\.\s/;

/**
 * The votes of a notice whose title names the chair's election alone, and whose text names no other
 * post: every candidate's votes read with no contest (and their shares and the declaration of those
 * candidates) are the chair's, so that the one-seat check applies. Where any votes name a contest of
 * their own, or the text names another post anywhere, the figures are left as read: the title's post
 * is then not certainly every vote's.
 */
export function withTitlePost(folded: string, figures: readonly AnnouncedFigure[]): AnnouncedFigure[] {
  const lines = folded
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, TITLE_LINES);
  const title = lines.find(
    (line) => line.length <= TITLE_LENGTH && NAMES_ELECTION.test(line) && !SENTENCE_INSIDE.test(line),
  );
  const chair = title === undefined ? null : ENGLISH_CHAIR_TITLE.exec(title);
  if (
    title === undefined ||
    chair === null ||
    WITH_OTHER_POSTS.test(title) ||
    POST_AFTER_CHAIR.test(title.slice(chair.index + chair[0].length)) ||
    ANOTHER_POST.test(folded)
  )
    return [...figures];
  const votes = figures.filter((figure): figure is VotesFigure => figure.kind === 'votes');
  if (votes.length === 0 || votes.some((figure) => figure.contest !== null)) return [...figures];
  return figures.map((figure) =>
    figure.kind === 'votes' ||
    ((figure.kind === 'elected' || figure.kind === 'percent') && ofRow(figure, votes))
      ? ofChair(figure)
      : figure,
  );
}
