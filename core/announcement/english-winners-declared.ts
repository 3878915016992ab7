import type { AnnouncedContest, AnnouncedFigure, ElectedFigure, VotesFigure } from './announced-figures.js';
import { linesOf, type TextLine } from './text-lines.js';
import { namesElectedWithoutVotes, NOT_WON, winnerClauses } from './english-winner-shapes.js';
import { type FiguresByPlace, votesWithin } from './votes-on-line.js';

/**
 * English winners written as a post's label and a name with votes (`Chair: Gao Ming, 690 votes`,
 * `Chair — Gao Ming (690 votes)`, `Committee members: Li Na 612, Wang Jun 598`), declared elected only by
 * words that surely say these are the elected:
 *
 * - a heading line of its own: `Elected:`, `Winners:`, `Elected members`, `The following were elected:`,
 *   `Those elected, with their votes:`; the lines right under it (one blank line may stand between), up
 *   to the next blank line, are the list;
 * - a clause opening a line's rest: `Elected: Chair: Gao Ming, 690 votes.`, `Winners: …`, `Elected chair:
 *   Gao Ming, 690 votes`, up to the end of its sentence;
 * - a sentence that is such a heading, then the rest of its line: `The following were elected. Chair: Gao
 *   Ming, 690 votes; members: Li Na 612.` (declareAfterHeadingSentence).
 * - a name that won the chair or vice chair with its votes: `Wang Li won the chair with 812 votes` (wonPost).
 *
 * Each name is declared elected to the post its votes were read of (a label of a post: the votes' contest),
 * and judged by the voters of its own line's place (the votes' scope), never by another's. A line or clause
 * saying anything was not won (`not elected`, `fell short`, a runoff, a runner-up) or naming another body
 * (the party branch, the supervisory committee, representatives, a group) declares no one; nor does a
 * post of one seat (chair, vice chair) given two names or more, nor a name declared elsewhere already, nor
 * a name with votes in two places' lines.
 */
export function englishWinnersDeclared(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  byPlace: FiguresByPlace,
  declared: Set<string>,
): ElectedFigure[] {
  const clauses = winnerClauses(folded);
  if (!/\b(?:elected|winners?|won)\b/i.test(folded) && clauses.length === 0) return [];
  // One name with votes in two places' lines (`Dongwan: … Chair: Li Na, 760 votes`, `Xiwan: … Chair: Li
  // Na, 470 votes`) is two people: whose votes a declaration of the name would be judged by is unsure.
  const placesOf = new Map<string, Set<string>>();
  for (const figure of figures)
    if (figure.kind === 'votes')
      placesOf.set(figure.candidate, (placesOf.get(figure.candidate) ?? new Set()).add(figure.scope ?? ''));
  const added: ElectedFigure[] = [];
  const declare = (votes: readonly VotesFigure[]): void => {
    const byPost = new Map<string, VotesFigure[]>();
    for (const vote of votes) {
      if (vote.contest === null || vote.lead === undefined || !POST_LEAD.test(vote.lead)) return;
      byPost.set(vote.contest.text, [...(byPost.get(vote.contest.text) ?? []), vote]);
    }
    for (const [post, ofPost] of byPost)
      if (ONE_SEAT_POSTS.has(post) && new Set(ofPost.map((vote) => vote.candidate)).size > 1) return;
    for (const vote of votes) {
      if (declared.has(vote.candidate) || !vote.origin.span) continue;
      if ((placesOf.get(vote.candidate)?.size ?? 0) > 1) continue;
      declared.add(vote.candidate);
      added.push({
        kind: 'elected',
        contest: vote.contest,
        names: [vote.candidate],
        origin: { span: vote.origin.span, text: original.slice(vote.origin.span[0], vote.origin.span[1]) },
      });
    }
  };
  const lines = linesOf(folded);
  const blank = (line: TextLine | undefined): boolean => line !== undefined && line.text.trim() === '';
  for (const [index, { start, text }] of lines.entries()) {
    const end = start + text.length;
    if (HEADING_LINE.test(text.trim()) && !NOT_DECLARED.test(text)) {
      let next = index + 1;
      if (blank(lines[next])) next += 1;
      for (; next < lines.length && !blank(lines[next]); next++) {
        const { start: from, text: line } = lines[next]!;
        const votes = votesWithin(byPlace, from, from + line.length);
        if (votes.length === 0 || NOT_DECLARED.test(line) || HEADING_LINE.test(line.trim())) break;
        declare(votes);
      }
      continue;
    }
    declareAfterHeadingSentence(start, text, byPlace, declare);
    for (const clause of text.matchAll(DECLARING_CLAUSE)) {
      const from = start + clause.index + clause[0].length;
      const stop = SENTENCE_END.exec(folded.slice(from, end));
      const to = stop === null ? end : from + stop.index;
      const words = folded.slice(from, to);
      if (NOT_DECLARED.test(words) || NOT_DECLARED.test(clause[0])) continue;
      const votes = votesWithin(byPlace, from, to);
      if (votes.length > 0) declare(votes);
    }
  }
  // A name whose own sentence says it won a post, then one whose sentence says it won a runoff's seat: each
  // declared to that post, unless declared already or named in more than one place.
  const declareWon = (contestWon: (figure: VotesFigure) => AnnouncedContest | null) => {
    for (const figure of figures) {
      if (figure.kind !== 'votes' || !figure.origin.span) continue;
      const contest = contestWon(figure);
      if (
        contest === null ||
        declared.has(figure.candidate) ||
        (placesOf.get(figure.candidate)?.size ?? 0) > 1
      )
        continue;
      declared.add(figure.candidate);
      added.push({
        kind: 'elected',
        contest,
        names: [figure.candidate],
        origin: {
          span: figure.origin.span,
          text: original.slice(figure.origin.span[0], figure.origin.span[1]),
        },
      });
    }
  };
  declareWon((figure) => {
    const post = wonPost(folded, figure);
    return post === null ? null : (figure.contest ?? { id: null, text: post });
  });
  declareWon((figure) => {
    const post = runoffSeatWon(folded, figure);
    return post === null ? null : { id: null, text: post };
  });
  for (const { names, at, index } of clauses) {
    const votes = at.map((start) =>
      figures.find(
        (figure): figure is VotesFigure => figure.kind === 'votes' && figure.origin.span?.[0] === start,
      ),
    );
    const winner = clauseWinner(folded, names, votes, index);
    if (winner === null || declared.has(winner.candidate) || !winner.origin.span) continue;
    if ((placesOf.get(winner.candidate)?.size ?? 0) > 1) continue;
    declared.add(winner.candidate);
    added.push({
      kind: 'elected',
      contest: winner.contest,
      names: [winner.candidate],
      origin: { span: winner.origin.span, text: original.slice(...winner.origin.span) },
    });
  }
  // `Elected chair: Li Hua; vice-chair: Zhao Gang.`: names with no votes (english-winner-shapes.ts).
  for (const { post, span } of namesElectedWithoutVotes(folded)) {
    const written = original.slice(...span);
    if (declared.has(written)) continue;
    // Votes of the name read for another post or for no post said (`Votes for chair: … Zhao Gang 400`, then
    // `vice-chair: Zhao Gang`): the vote the declaration rests on may not be stated, and those votes must
    // not judge it. Only votes read for the post itself do.
    const ofName = figures.filter(
      (figure): figure is VotesFigure => figure.kind === 'votes' && figure.candidate === written,
    );
    if (ofName.some((figure) => figure.contest?.text !== post)) continue;
    if ((placesOf.get(written)?.size ?? 0) > 1) continue;
    declared.add(written);
    added.push({
      kind: 'elected',
      contest: { id: null, text: post },
      names: [written],
      origin: { span, text: written },
    });
  }
  return added;
}

/**
 * The winner a clause of english-winner-shapes.ts declares: `Wang Li won the chair with 812 of 1,402
 * votes cast`, its one name; `For chair, Li Hua took 812 votes, Zhao Gang 400`, the one of more votes, only
 * for a post of one seat its clause or heading names, and only where neither its sentence nor the rest of
 * its paragraph says anything was not won (a runoff, `no one`, a tie …). Null otherwise.
 */
function clauseWinner(
  folded: string,
  names: readonly string[],
  votes: readonly (VotesFigure | undefined)[],
  index: number,
): VotesFigure | null {
  const read = votes.filter((figure) => figure !== undefined);
  if (read.length !== names.length || read.some((figure, i) => figure.candidate !== names[i])) return null;
  const contest = read[0]!.contest;
  if (contest === null || !ONE_SEAT_POSTS.has(contest.text)) return null;
  if (read.some((figure) => figure.contest?.text !== contest.text)) return null;
  const paragraph = folded
    .slice(index)
    .split(/\n[^\S\n]*\n/)[0]!
    .slice(0, PARAGRAPH_REACH);
  if (NOT_WON.test(paragraph)) return null;
  if (read.length === 1) return read[0]!;
  // Two names' votes declare the first only where nothing later says no one won (`Neither won a majority`).
  if (NO_ONE_WON.test(folded.slice(index))) return null;
  const [first, second] = read as [VotesFigure, VotesFigure];
  if (first.value === second.value) return null;
  return first.value > second.value ? first : second;
}

/** Words anywhere after two names' votes saying the post may not have been won by either. */
const NO_ONE_WON =
  /\b(?:run-?offs?|second[^\S\n]+(?:round|ballot|vote)|re-?(?:vote|run|ballot)|another[^\S\n]+(?:vote|ballot|round)|(?:fresh|new|further)[^\S\n]+(?:vote|ballot|election)|neither|nobody|no[^\S\n]+(?:one|candidate)|none|majority|half)\b/i;

/** How far after its clause the words of a paragraph are looked at for a post not won. */
const PARAGRAPH_REACH = 400;

/**
 * `Wang Li won the chair with 812 votes`, `… won the vice chair's seat with 760 votes`: a name that won a
 * post of the committee with its votes, the whole of the votes' words; the post (主任, 副主任) when so and
 * nothing in its sentence says the post was not won in this election (NOT_DECLARED: another body, a year,
 * a runoff; LOST: `but lost to Gao Ming`). Null otherwise.
 */
function wonPost(folded: string, votes: VotesFigure): string | null {
  const [from, to] = votes.origin.span!;
  const won = WON_POST.exec(folded.slice(from, to));
  if (won === null || folded.slice(from, from + won[1]!.length) !== votes.candidate) return null;
  const start = Math.max(0, from - SENTENCE_REACH);
  const before = folded.slice(start, from);
  const opening = Math.max(...['.', '!', '?', '\n'].map((mark) => before.lastIndexOf(mark) + 1));
  const rest = folded.slice(to, to + SENTENCE_REACH);
  const stop = SENTENCE_END.exec(rest);
  const sentence = `${before.slice(opening)} ${folded.slice(from, to)}${stop === null ? rest : rest.slice(0, stop.index)}`;
  if (NOT_DECLARED.test(sentence) || LOST.test(sentence)) return null;
  return /vice/i.test(won[2]!) ? '副主任' : '主任';
}

/** A name, `won the`, a post of one seat of the committee (and its seat), `with`, and the votes. */
const WON_POST =
  /^([A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){1,3})[^\S\n]+won[^\S\n]+the[^\S\n]+((?:vice[- ]|deputy[^\S\n]+)?chair(?:man|woman|person)?)(?:['’]s[^\S\n]+(?:seat|post)|[^\S\n]+(?:seat|post))?[^\S\n]+with[^\S\n]+\d[\d,]*[^\S\n]+votes$/i;

/**
 * `In the runoff for the remaining member seat, 1,180 villagers voted and Zhao Lei won with 402 votes.`: a
 * name that won with its votes in a sentence opening with the runoff for a seat of the committee it names
 * (member, chair, vice chair): the post of that seat, the runoff's winner (its votes are set in the runoff
 * by the sentence's opening, and judged by the runoff's own voters). Null where the votes' words are not
 * the whole `Name won (the seat) with N votes`, or the sentence says anything else not won or of another
 * body (NOT_DECLARED, the runoff's own word aside), or anything lost.
 */
function runoffSeatWon(folded: string, votes: VotesFigure): string | null {
  const [from, to] = votes.origin.span!;
  const won = WON_WITH.exec(folded.slice(from, to));
  if (won === null || folded.slice(from, from + won[1]!.length) !== votes.candidate) return null;
  const before = folded.slice(Math.max(0, from - SENTENCE_REACH), from);
  const opening = Math.max(...['.', '!', '?', '\n'].map((mark) => before.lastIndexOf(mark) + 1));
  const seat = RUNOFF_FOR_SEAT.exec(before.slice(opening));
  if (seat === null) return null;
  const rest = folded.slice(to, to + SENTENCE_REACH);
  const stop = SENTENCE_END.exec(rest);
  const sentence = `${before.slice(opening + seat[0].length)} ${folded.slice(from, to)}${stop === null ? rest : rest.slice(0, stop.index)}`;
  if (NOT_DECLARED.test(sentence) || LOST.test(sentence)) return null;
  return /vice/i.test(seat[1]!) ? '副主任' : /chair/i.test(seat[1]!) ? '主任' : '委员';
}

/** A name, `won`, `the seat` or nothing, `with`, and the votes: the whole of the votes' words. */
const WON_WITH =
  /^([A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){1,3})[^\S\n]+won[^\S\n]+(?:the[^\S\n]+seat[^\S\n]+)?with[^\S\n]+\d[\d,]*[^\S\n]+votes$/;

/**
 * A sentence's opening: the runoff for a seat of the committee, its day or when it was held (`on 23 May`,
 * `, held the same afternoon`), and its comma.
 */
const RUNOFF_FOR_SEAT =
  /^[^\S\n]*In[^\S\n]+the[^\S\n]+run-?off[^\S\n]+for[^\S\n]+the[^\S\n]+(?:(?:remaining|vacant|open|last|unfilled)[^\S\n]+)?((?:committee[^\S\n]+)?member|(?:vice[- ]|deputy[^\S\n]+)?chair(?:man|woman|person)?)(?:['’]s)?[^\S\n]+(?:seat|post)(?:[^\S\n]+on[^\S\n]+\d{1,2}[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+\d{4})?|,[^\S\n]+held[^\S\n]+(?:the[^\S\n]+same|that|a[^\S\n]+week[^\S\n]+later)(?:[^\S\n]+(?:day|afternoon|evening))?)?,/i;

/** Words saying the one who won votes lost the post. */
const LOST = /\b(?:lost|defeated|beaten|conceded)\b/i;

/** How far around the votes their sentence is looked at. */
const SENTENCE_REACH = 200;

/**
 * `The following were elected. Chair: Gao Ming, 690 votes; members: Li Na 612, Wang Jun 598.`: a sentence
 * that is a heading of the elected (HEADING_LINE), then the rest of its line. Its sentences are the list,
 * each declared while it holds votes and says nothing of candidates, a nomination or anything not won.
 */
function declareAfterHeadingSentence(
  start: number,
  text: string,
  byPlace: FiguresByPlace,
  declare: (votes: readonly VotesFigure[]) => void,
): void {
  const sentences = [...text.matchAll(SENTENCE)].filter((sentence) => sentence[0].trim() !== '');
  const heading = sentences.findIndex(
    (sentence) => HEADING_LINE.test(sentence[0].trim()) && !NOT_DECLARED.test(sentence[0]),
  );
  if (heading < 0 || heading === sentences.length - 1) return;
  for (const sentence of sentences.slice(heading + 1)) {
    if (NOT_DECLARED.test(sentence[0]) || NOT_A_LIST_OF_WINNERS.test(sentence[0])) return;
    const from = start + sentence.index;
    const votes = votesWithin(byPlace, from, from + sentence[0].length);
    if (votes.length === 0 || HEADING_LINE.test(sentence[0].trim())) return;
    declare(votes);
  }
}

/** A sentence of a line: up to a full stop not in a number, `!`, `?`, or the line's end. */
const SENTENCE = /(?:[^.!?]|\.(?=\d))+(?:\.(?!\d)|[!?])?|[.!?]/g;

/** Words of candidates or nominations rather than of winners (`Candidates for chair:`, `nominated by`). */
const NOT_A_LIST_OF_WINNERS = /\b(?:candidates?|stood|standing|ran|running|nominat\w*|contest\w*)\b/i;

/**
 * A heading line of the elected (the whole line): `Elected:`, `Winners`, `Elected members:`, `Newly
 * elected committee:`, `The following were elected:`, `The following candidates were elected.`, `Those
 * elected, with their votes:`, `Election results (winners):`.
 */
const HEADING_LINE =
  /^(?:[-–—*•#]+[^\S\n]*)?(?:(?:(?:the|newly|duly)[^\S\n]+)?(?:elected|winners?|winning[^\S\n]+candidates)(?:[^\S\n]+(?:candidates|members|committee(?:[^\S\n]+members)?|persons|people|list|in[^\S\n]+each[^\S\n]+village|by[^\S\n]+village))?|(?:the[^\S\n]+)?(?:following|those|these)(?:[^\S\n]+(?:candidates|persons|people|members))?[^\S\n]+(?:were|was|have[^\S\n]+been|are)[^\S\n]+(?:duly[^\S\n]+)?(?:re-?)?elected(?:,[^\S\n]+with[^\S\n]+their[^\S\n]+votes)?|those[^\S\n]+elected(?:,?[^\S\n]+with[^\S\n]+their[^\S\n]+votes)?|(?:election[^\S\n]+)?results?[^\S\n]*\((?:elected|winners)\))[^\S\n]*[:.]?$/i;

/**
 * `Elected:`, `Winners:`, `Elected chair:`, `Newly elected members:` opening a line or its rest after a
 * sentence's end or a place's label and colon: the votes after it, to its sentence's end, are the elected's.
 */
const DECLARING_CLAUSE =
  /(?:^|[.;:])[^\S\n]*(?:(?:newly|duly)[^\S\n]+)?(?:elected|winners?)(?=[^\S\n]*:|[^\S\n]+(?:chair|vice[- ]chair|(?:committee[^\S\n]+)?members?|director)\b)/gi;

/** The end of a sentence (a full stop not in a number, `!`, `?`). */
const SENTENCE_END = /\.(?!\d)|[!?]/;

/**
 * A label naming a post of the committee (`Chair`, `Vice chair`, `Committee members`, `Members`), after
 * the declaring label when one stands before it (`Elected: Chair:`, `Winners: Chair:`), or the labels of one
 * sentence's list run together (`Chair members` before Li Na in `Chair: Gao Ming, 690 votes;
 * members: Li Na 612`).
 */
const POST_LEAD =
  /^(?:(?:(?:newly|duly)[^\S\n]+)?(?:elected|winners?)[^\S\n]+)?(?:(?:(?:village|residents['’]?|villagers['’]?)[^\S\n]+)?(?:committee[^\S\n]+)?(?:chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|deputy[^\S\n]+chair(?:man|woman|person)?|directors?|deputy[^\S\n]+directors?|members?|committee[^\S\n]+members?)(?:[^\S\n]+|$))+$/i;

/** Posts of one seat: two names given for one are candidates, not winners. */
const ONE_SEAT_POSTS = new Set(['主任', '副主任']);

/** Words saying some were not elected, of a later round, or of another body: no declaration read. */
const NOT_DECLARED =
  /\b(?:not|no|nor|never|un-?elected|failed|fell[^\S\n]+short|short[^\S\n]+of|runner-?ups?|runoffs?|second[^\S\n]+(?:round|ballot)|by-?election|to[^\S\n]+be|will|would|if|whether|party|branch|supervis\w*|representatives?|group|deputies|congress|federation|cooperative|previous|last|former|outgoing|in[^\S\n]+\d{4})\b|n['’]t\b/i;
