import type { AnnouncedFigure, ElectedFigure } from './announced-figures.js';
import type { Sentence } from './segment-text.js';
import { withoutTitlesBeforeNames } from './person-name.js';
import { countResidue, votesResidue } from './comparable-mentions.js';
import { bodyFinder, COMMITTEE_NAMES, COMMITTEE_WORDS, kindsBut, OTHER_BODY_WORDS } from './body-words.js';
import {
  fromTotalLabel,
  labelsBothKinds,
  lastCommitteeNamed,
  namesBothCommittees,
  withKindLabelsNamed,
} from './committees-named.js';
import { namesTheCommitteeAlone, sectionOfAnotherBody } from './other-body.js';
import { isColumnLabelLine } from './label-lines.js';
import { withoutRelativeClause } from './english-winner-shapes.js';
import { committeeClauseAfterMark, firstCommitteeClause } from './committee-after-mark.js';
import { parseChineseNumber, wholeNumber } from './parse-number.js';
import { RECALL_SETTING, recallVoteWords, speaksOfRecall } from './recall-vote.js';
import {
  firstAndRunoff,
  namesFirstRound,
  onlyFirstRound,
  OWN_ROUND_WORDS,
  POST_BALLOT,
  RUNOFF_WORDS,
  VOID_VOTE,
  blankNegatedRounds,
  withoutNegatedRounds,
} from './round-words.js';
import { firstStartingAfter } from './text-places.js';

/**
 * The time and stage a sentence sets for the figures stated after it in that sentence
 * (上届登记选民1300人，参加投票1100人: the 1100 are of the last term too; 第二轮投票中，王林得票700票: of the
 * second round). Two mentions are one quantity only in one setting (comparable-mentions.ts), so that
 * `参加投票1100人` of the last term is never compared with this term's `参加投票1322人`. A paragraph's
 * heading (`第十届选举：`, a short line such as `（二）第二轮投票情况`) sets its sentences as well.
 */

/**
 * Words that set the figures after them in an earlier vote than the one the notice reports, whatever
 * that vote is: 当时 (当时全村登记选民1,820人 in a notice of a by-election, the register of the election it
 * follows), 上次 and 上一次 (not 比上次, a change), and the original election (原选举中, 原换届选举时). A
 * later 本次, 此次 or 这次 in the sentence names the notice's own vote again (afterThisVote). Not 原选举委员会, the
 * election committee; nor the words that only place the notice's own vote (截至当时, 当时在场, 原选举日期, 上次选举后
 * 迁入, 按照上一次选举的做法: withoutOwnMoments); and 当时 only in a notice of a vote that follows one (ownTerms).
 */
const EARLIER_VOTE =
  '(?<![适相按准])当时(?!间)|(?<![比较与])上一?次(?!相比|会议)|原(?:村民委员会|村委会|居民委员会|居委会)?(?:换届)?选举(?!委员会|工作|领导)';
/**
 * Words that name the term's election as an earlier vote only in a notice whose headings name a
 * by-election or a later round as its own (ownTerms): 换届选举时, 换届时, 首次选举, a dated election (3月的选举中,
 * `2026年3月换届选举时`), the term's election's result restated (`附：2026年3月20日换届选举结果：登记选民1410人…`),
 * the committee as a whole elected on a day with its figures after it in the sentence
 * (`本届村民委员会于2026年3月20日选举产生，登记选民1410人…`: a by-election elects a member, never the committee;
 * a sentence of those words alone may be taken for a heading over the by-election's own lines). In a notice of the term's election itself (本次换届选举中, a new community's 首次选举)
 * they are its own.
 */
const COMMITTEE_NOUN = '(?:村民委员会|村委会|居民委员会|居委会)(?:[（(][^（()）\\n]{0,8}[）)]|班子)?';
const ELECTED_DAY = '\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?';
/** Words of a clause, not a by-election's (补选选举产生 is the by-election's own). */
const CLAUSE_GAP = '[^，,。；;：:\\n补]';
/** Figures right after, in the sentence: 选举产生，登记选民1410人. */
const FIGURES_AFTER = '(?=[，,][^，,。；;\\n]{0,12}\\d)';
const COMMITTEE_ELECTED =
  `${COMMITTEE_NOUN}(?:于${CLAUSE_GAP}{0,16}|(?:\\d{4}\\s*年\\s*)?${ELECTED_DAY}${CLAUSE_GAP}{0,6})(?:选举产生|换届选出)${FIGURES_AFTER}` +
  `|${ELECTED_DAY}[，,]?${CLAUSE_GAP}{0,12}${COMMITTEE_NOUN}${CLAUSE_GAP}{0,4}(?:选举产生|换届选出)${FIGURES_AFTER}` +
  `|${ELECTED_DAY}${CLAUSE_GAP}{0,8}(?<!本次|本届|这次|此次|今年)换届选举${FIGURES_AFTER}`;
const TERM_ELECTION_BEFORE =
  '(?<!本次|本届|这次|此次|今年)换届(?:选举)?(?:时|中|当天)|(?<!本次|本届|这次|此次|今年)换届选举(?:结果|情况)|' +
  COMMITTEE_ELECTED +
  '|首次选举|\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?(?:的|举行的|进行的)?选举(?:时|中)';
const TERM_ELECTION_WORDS = new RegExp(TERM_ELECTION_BEFORE, 'g');

/**
 * Words that set another time or stage: a term (上届, 第十届), an earlier vote (EARLIER_VOTE, TERM_ELECTION_BEFORE), a year (not a date of the day: 2024年3月15日
 * is the election's own day), a round (第二轮, 另行选举, 预选; 再次另行选举, a second runoff, no restatement of the
 * first's counts). 第二次 keeps the 投票 after it (第二次投票), so
 * that which round it names can be read (round-words.ts): 第二次会议 sets 第二次, a meeting, no round. A comparison with the last term (比上届提高,
 * 较上一届, 与上届相比) changes one figure and sets no other: it is no setting.
 */
const SETTING_WORDS = new RegExp(
  String.raw`${POST_BALLOT.source}|(?<![比较与])(?:上一?届|往届|历届)(?!相比)|${EARLIER_VOTE}|${TERM_ELECTION_BEFORE}|去年|前年|(?<!\d)\d{4}[^\S\n]{0,2}年(?!\s*\d{1,2}\s*月)|第[一二三四五六七八九十\d]+届|第[一二三四五六七八九十\d]+(?:轮|次(?:投票)?)|(?:再次|再一次)(?:进行|组织|举行)?另行选举|另行选举|补选|预选|初选|重新选举|再次选举|重新投票|再次投票|宣告无效的投票|\b(?:first|second|third|final) round\b|\b(?:first|second|third|final) ballot\b(?![^\S\n]*(?:box|boxes|papers?|sheets?)\b)|\bround (?:one|two|three|[1-9])\b(?![^\S\n]*[,.]\d)|\brun-?off\b|\bre-?vote\b|\b(?:last|previous) (?:election|term|vote)\b|\bin (?:19|20)\d\d\b|\b(?:19|20)\d\d (?:election|vote|poll)s?\b`,
  'gi',
);

/**
 * Bodies a sentence says it speaks of (选举村民代表，参加投票1300人 and 选举村委会，参加投票1322人: two
 * elections), from body-words.ts. Unlike a time, a body left unsaid is no other body: only two settings
 * that both name bodies, and not the same, keep their mentions apart. Not 代表 alone: household
 * representatives (户代表) are who votes in an election by households (应参加投票的户代表412户), never a
 * body a notice elects. Not 两委, which names the notice's own committee with the party's, nor 村民小组,
 * a place as often as a body (place-scope.ts reads places).
 */
const sentenceBodies = bodyFinder(kindsBut('both-committees', 'groups', 'any-representatives'));

/** The bodies named in some words, by name (村民委员会 = 村委会), each once, joined by `·`; '' when none. */
export function bodyWords(words: string): string {
  // 村党委书记杨宏伟当选为村民委员会主任: the title a winner holds names no body of the sentence.
  return [...new Set(sentenceBodies(withoutTitlesBeforeNames(words)).map((body) => body.name))]
    .sort()
    .join('·');
}

/**
 * Whether a figure's setting words set it in an earlier vote (上届, 去年, 当时, 原选举, 换届选举时 in a notice of a
 * by-election): its counts are never the account of the vote the notice reports, when it states one of its own.
 */
export function ofEarlierVote(setting: string): boolean {
  return EARLIER_SETTING.test(setting);
}

const EARLIER_SETTING = new RegExp(
  String.raw`(?:上一?届|往届|历届|去年|前年)|${EARLIER_VOTE}|${TERM_ELECTION_BEFORE}`,
);

/** The setting words found in some words, in order, each once, joined by `·`; '' when none. */
export function settingWords(words: string, own: ReadonlySet<string> = NONE): string {
  return [...new Set(withoutNegatedRounds(words).match(SETTING_WORDS) ?? [])]
    .filter((word) => !own.has(word))
    .join('·');
}

const NONE: ReadonlySet<string> = new Set();

/** A term or a year (第十二届, 2021年): what a notice's title or opening words name its own election by. */
const OWN_TERM = /^(?:第[一二三四五六七八九十\d]+届|\d{4}年|in (?:19|20)\d\d)$/i;

/**
 * The terms and years the text names before its first figure (白沙村第十二届村民委员会选举结果公告; 2021年
 * 换届选举，…): they name the notice's own election, so they set no other time for the figures after them.
 * 上届 and rounds are never the notice's own, but for a first round where the text names no other round
 * (`In the first round, Wang Fang was elected with 780 votes` and no runoff): it is the only round stated.
 */
function ownTerms(folded: string, figures: readonly AnnouncedFigure[], firstRoundOwn: boolean): Set<string> {
  const preamble = preambleOf(folded, figures);
  const named = (preamble.match(SETTING_WORDS) ?? []).filter((word) => OWN_TERM.test(word));
  // 白马村第十三届村民委员会…公告 then 第十二届村民委员会选举时，全村登记选民1,950人: of two terms of the committee
  // named by number, the later is the notice's own; the earlier is the last term's. Not a term of another body
  // (第十四届全国人民代表大会 in the law cited).
  const committeeTerms: readonly string[] = preamble.match(COMMITTEE_TERM) ?? [];
  // A reduce, not Math.max(...spread): a long preamble may name more terms than a call takes arguments.
  const latest = committeeTerms.reduce((most, word) => Math.max(most, termNumber(word)), 0);
  const termsNamed = new Set(committeeTerms);
  const ownNamed = named.filter((word) => !termsNamed.has(word) || termNumber(word) === latest);
  return new Set([
    ...ownNamed,
    ...datedYear(folded, preamble, ownNamed),
    // 换届选举时, 首次选举: of an earlier vote only where the headings name a by-election or later round as the notice's own.
    ...(headingRounds(preamble).length === 0 ? (folded.match(TERM_ELECTION_WORDS) ?? []) : []),
    // 当时 points back to a moment the text has named: to an earlier vote only where the notice reports a vote that
    // follows one (a by-election, a later round, a repeat); in a notice of the term's election, to its own.
    ...(headingRounds(preamble).length === 0 && !FOLLOWS_A_VOTE.test(blankNegatedRounds(folded))
      ? ['当时']
      : []),
    ...headingRounds(preamble),
    // A first round where the text names no other round is the round all its counts are of.
    ...(onlyFirstRound(folded) ? (folded.match(SETTING_WORDS) ?? []).filter(namesFirstRound) : []),
    // A notice of a runoff to come (runoff-to-come.ts) reports the first round: its words set no other round.
    ...(firstRoundOwn ? (folded.match(SETTING_WORDS) ?? []).filter(namesFirstRound) : []),
    // A notice of both rounds whose headings name no round of their own (第一轮投票：参加投票的选民1388人… 第二轮投票：
    // 参加投票的选民1204人…) reports its election from the first round: the first round's counts are the
    // election's own, beside the register stated with no round, and the runoff's stay the runoff's.
    // Only where a count follows the runoff's words: else the one turnout stated may be either round's (a
    // runoff held another day may draw more voters), and the first round's winners stay unjudged.
    ...(firstAndRunoff(folded) && headingRounds(preamble).length === 0 && countAfterRunoff(folded, figures)
      ? (folded.match(SETTING_WORDS) ?? []).filter(namesFirstRound)
      : []),
  ]);
}

/**
 * The year the notice dates its own election by (`2026年`), which sets no other time for the counts
 * it names (本村2026年度登记选民1,497人 in a notice of a vote held 2026年3月22日): the year of the dates in the
 * text before its first figure (选举投票于2026年3月22日…进行) and of a date standing alone on the notice's last
 * line (its signature), when all are one year. None where they differ (任期自2021年3月至2026年3月), where a
 * date stands in a sentence of an earlier vote (上届…于2021年3月20日选举产生), or where the opening words already
 * name another year as the notice's own (2021年换届选举，…): a count of 2021年 in a notice of 2026 stays of
 * another time.
 */
function datedYear(folded: string, preamble: string, named: readonly string[]): string[] {
  const years = new Set<string>();
  for (const sentence of preamble.split(/[。；;！!？?\n]/)) {
    const dates = [...sentence.matchAll(FULL_DATE)];
    if (dates.length === 0) continue;
    if (EARLIER_SETTING.test(sentence) || TERM_SPAN.test(sentence)) return [];
    for (const date of dates) years.add(date[1] ?? '');
  }
  const lastLine =
    folded
      .trimEnd()
      .split(/\r\n|\r|\n/)
      .at(-1)
      ?.trim() ?? '';
  const signed = DATE_LINE.exec(lastLine);
  if (signed !== null) years.add(signed[1] ?? '');
  if (years.size !== 1) return [];
  const word = `${[...years][0]}年`;
  return named.some((other) => /^\d{4}年$/.test(other) && other !== word) ? [] : [word];
}

/** A date of the day, its year captured: 2026年3月22日. */
const FULL_DATE = /(?<!\d)(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/g;
/** A line that is a date alone (the notice's signature date). */
const DATE_LINE = /^(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]$/;
/** A span of time (任期自…至…, 2021年3月至2026年3月): dates of a term, not the election's day. */
const TERM_SPAN = /任期|届满|至\s*\d{4}\s*年|到\s*\d{4}\s*年/;

/** Words naming a vote that follows another (补选, 重新选举): where the notice names one, 当时 may point to the vote before it. */
const FOLLOWS_A_VOTE = /补选|重新选举|再次选举|重新投票|再次投票|重新进行(?:选举|投票)/;

/** A term of the committee named by its number (第十二届村民委员会, 第七届社区居民委员会): the term alone. */
const COMMITTEE_TERM = /第[一二三四五六七八九十\d]+届(?=(?:社区)?(?:村民委员会|村委会|居民委员会|居委会))/g;

/** The number of a term named by it (第十二届: 12, 第二十届: 20, 第13届: 13); 0 for any other word. */
function termNumber(word: string): number {
  const written = /^第([\d一二三四五六七八九十]+)届$/.exec(word)?.[1];
  if (written === undefined) return 0;
  if (/^\d+$/.test(written)) return Number(written);
  const parsed = parseChineseNumber(written);
  const whole = parsed === null ? null : wholeNumber(parsed);
  return whole === null ? 0 : Number(whole);
}

/** The text before the first figure. */
function preambleOf(folded: string, figures: readonly AnnouncedFigure[]): string {
  // A loop, not Math.min(...spread): a long text has more figures than a call takes arguments.
  let first = folded.length;
  for (const figure of figures) first = Math.min(first, figure.origin.span?.[0] ?? first);
  return folded.slice(0, first);
}

/**
 * A round or by-election the notice's headings say it reports (另行选举结果公告, （另行选举结果）, 村委会委员补选结果公告,
 * 第二轮投票结果; the words are round-words.ts's):
 * its figures are of that round, so the word sets no other stage for them. Only heading lines before
 * the first figure count (a short line with no clause or full stop); a sentence that mentions a runoff
 * (不足的1名委员另行选举。) names none.
 */
const HEADING_LINE_LENGTH = 40;
const SENTENCE_MARKS = /[。；;，,：:！!？?]/;

function headingRounds(preamble: string): string[] {
  return preamble
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length <= HEADING_LINE_LENGTH && !SENTENCE_MARKS.test(line))
    .flatMap((line) => withoutNegatedRounds(line).match(OWN_ROUND_WORDS) ?? []);
}

/** The rounds the notice's headings say it reports (headingRounds), joined by `·`; '' when none. */
export function ownRounds(folded: string, figures: readonly AnnouncedFigure[]): string {
  return [...new Set(headingRounds(preambleOf(folded, figures)))].join('·');
}

/**
 * The figures with `setting` added where their own words, their sentence before them or their
 * paragraph's heading set a time or stage. Figures are returned in the order given. `firstRoundOwn`: the
 * notice reports the first round of a runoff still to come (runoff-to-come.ts), whose words name its own round.
 */
export function withSettings(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
  firstRoundOwn = false,
): AnnouncedFigure[] {
  const starts = sentences.map((sentence) => sentence.start);
  const { headings, bodySections, blockHeadings, postBallots } = paragraphHeadings(folded, sentences);
  const own = ownTerms(folded, figures, firstRoundOwn);
  if (voidVoteDeclared(folded, sentences, figures) !== null) for (const word of REPEAT_SETTING) own.add(word);
  // The rounds the notice reports as its own (补选, 重新选举, 另行选举): named again after an earlier vote's words, they
  // name the notice's own vote, as 本次 does.
  const ownRounds = [...own].filter((word) => ROUND_WORD.test(word));
  const afterRunoff = sentencesAfterRunoff(folded, sentences);
  const afterRestated = firstRoundOwn
    ? sentences.map(() => false)
    : sentencesAfterRestatedElection(folded, sentences, figures);
  const voidVote = sentencesOfVoidVote(folded, sentences, figures);
  const titleBodies = new Set(headingBodies(preambleOf(folded, figures)));
  const ownCommittee = /居民委员会|居委会|社区/u.test(preambleOf(folded, figures)) ? '居委会' : '村委会';
  const recallApart = recallBesideElection(folded, figures);
  // Where each figure stands, in text order, to cut the other figures out of a lead (below).
  const spans = figures
    .map((figure) => figure.origin.span)
    .filter((span) => span !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const spanStarts = spans.map((span) => span[0]);
  const sectionBodyAt = (at: number): string | null =>
    sectionOfAnotherBody(bodySections[lastAtOrBefore(starts, at)] ?? '');
  // The body of the section each candidate's votes stand in ('' for none), to tell whose a declaration is.
  const votesSections = new Map<string, Set<string>>();
  for (const figure of figures)
    if (figure.kind === 'votes' && figure.origin.span) {
      const sections = votesSections.get(figure.candidate) ?? new Set<string>();
      sections.add(sectionBodyAt(figure.origin.span[0]) ?? '');
      votesSections.set(figure.candidate, sections);
    }
  // The other body each sentence is about, found once per sentence so that a long one stays linear.
  const subjects = new Map<number, string>();
  const labelledOnly = new Set<number>();
  const ownSubjectOf = (index: number): string => {
    const sentence = sentences[index];
    const opening = openingClause(folded, sentence?.start ?? 0);
    const own = subjectBody(opening, titleBodies);
    const labelled = own === '' ? englishLabelOfAnotherBody(opening, titleBodies) : '';
    // An English label's body is its own sentence's alone: the sentence after it does not go on about it.
    if (labelled !== '') labelledOnly.add(index);
    const subject = own || labelled;
    return subject !== '' || sentence === undefined
      ? subject
      : meetingElectsBody(folded.slice(sentence.start, sentence.end), titleBodies);
  };
  const subjectOfSentence = (index: number): string => {
    const known = subjects.get(index);
    if (known !== undefined) return known;
    // Back to the line's first sentence, or one already known, then forward: no recursion, each sentence once.
    // A post's line right under the body's election (postLineGoesOn) goes on about it as if on its line.
    let from = index;
    while (
      from > 0 &&
      !subjects.has(from - 1) &&
      (!(sentences[from]?.paragraphStart ?? true) || postLineGoesOn(folded, sentences, from))
    )
      from -= 1;
    for (let at = from; at <= index; at += 1) {
      const own = ownSubjectOf(at);
      const sentence = sentences[at];
      const before =
        at > 0 &&
        sentence !== undefined &&
        !labelledOnly.has(at - 1) &&
        (!sentence.paragraphStart || postLineGoesOn(folded, sentences, at))
          ? (subjects.get(at - 1) ?? '')
          : '';
      subjects.set(
        at,
        own !== '' || before === '' || sentence === undefined
          ? own
          : continuesSubject(folded.slice(sentence.start, sentence.end), before)
            ? before
            : '',
      );
    }
    return subjects.get(index) ?? '';
  };
  // The villagers' group each sentence opens scoped to ('' for none), found once per sentence.
  const groups = new Map<number, string>();
  const groupOf = (index: number): string => {
    const known = groups.get(index);
    if (known !== undefined) return known;
    const sentence = sentences[index];
    const group = sentence === undefined ? '' : groupOfSentence(folded.slice(sentence.start, sentence.end));
    groups.set(index, group);
    return group;
  };
  // 东湾村：村务监督委员会由村民代表会议选举产生，…有效票29张；选举参加投票876人…: where each sentence's committee's own
  // election opens after a `；` closing another body's vote (committee-after-mark.ts), found once per sentence; -1 for none.
  const marks = new Map<number, number>();
  const markOf = (index: number): number => {
    const known = marks.get(index);
    if (known !== undefined) return known;
    const sentence = sentences[index];
    const found =
      sentence === undefined ? -1 : firstCommitteeClause(folded.slice(sentence.start, sentence.end));
    const mark = found < 0 || sentence === undefined ? -1 : sentence.start + found;
    marks.set(index, mark);
    return mark;
  };
  // The clause of the committee's own election a figure at `at` stands in (from the mark to the figure, bounded),
  // or null: the figure stands before the mark, in no such sentence, or after a later clause naming another body.
  const ownClauseAt = (index: number, at: number, end: number): { from: number; words: string } | null => {
    const mark = markOf(index);
    if (mark < 0 || at < mark) return null;
    const from = Math.max(mark, at - SETTING_WINDOW);
    const words = folded.slice(from, end);
    return committeeOnly(words) ? { from, words } : null;
  };
  // The other body a sentence opening with a block's name tells the vote of (`东湾村：村务监督委员会由…`), for its
  // figures before the mark, or all of them where it has none: that body's, as if the sentence opened with it.
  // Before, 长岭村：村务监督委员会…有效票32张 was taken into the village's account beside its 无效票11张.
  const labelledSubjects = new Map<number, string>();
  const beforeMarkSubject = (index: number, at: number): string => {
    const mark = markOf(index);
    const sentence = sentences[index];
    if ((mark >= 0 && at >= mark) || sentence === undefined) return '';
    const known = labelledSubjects.get(index);
    if (known !== undefined) return known;
    const label = BLOCK_LABEL.exec(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 32)));
    const subject =
      label === null ? '' : subjectBody(openingClause(folded, sentence.start + label[0].length), titleBodies);
    labelledSubjects.set(index, subject);
    return subject;
  };
  // 东湾村：村务监督委员会…有效票29张；参加投票876人，有效票860张: after a bare `；` (no election named) in a sentence
  // opening with a block's name and another body, whose count each is the words do not say: the lead is read from
  // the mark, so that the counts after it are never compared with the other body's before it (before, 有效票860张 was
  // flagged as 有效票29张 stated again), nor they with the committee's. Where `from` stands otherwise.
  const afterBareMark = (index: number, at: number, words: string, from: number): number => {
    if (beforeMarkSubject(index, at) === '') return from;
    const mark = Math.max(words.lastIndexOf('；'), words.lastIndexOf(';'));
    return mark < 0 ? from : from + mark + 1;
  };
  // The subjects each candidate's votes stand in ('' for none), found once when a declaration asks.
  let subjectsOfVotes: Map<string, Set<string>> | null = null;
  const votesSubjects = (): Map<string, Set<string>> => {
    if (subjectsOfVotes !== null) return subjectsOfVotes;
    subjectsOfVotes = new Map<string, Set<string>>();
    for (const figure of figures)
      if (figure.kind === 'votes' && figure.origin.span) {
        const index = lastAtOrBefore(starts, figure.origin.span[0]);
        const subjects = subjectsOfVotes.get(figure.candidate) ?? new Set<string>();
        subjects.add(index < 0 ? '' : subjectOfSentence(index));
        subjectsOfVotes.set(figure.candidate, subjects);
      }
    return subjectsOfVotes;
  };
  // 村委会选举登记选民18,204人…；社区居委会选举登记选民6,120人…: a text naming both committees' elections (a
  // township's summary) gives each count and share the committee named last before it in its sentence or
  // heading, so that a share is judged by its own committee's counts alone (check-announced-shares.ts).
  // 村（居）委会换届选举情况 over 村：…；社区：…: each block labelled by its kind of place is that kind's committee's.
  const kindLabels = labelsBothKinds(folded);
  const bothCommittees = kindLabels || namesBothCommittees(folded);
  const committeeOfFigure = (figure: AnnouncedFigure): string => {
    const span = figure.origin.span;
    if (span === undefined) return '';
    const index = lastAtOrBefore(starts, span[0]);
    if (index < 0) return '';
    const from = Math.max(sentences[index]?.start ?? 0, span[0] - SETTING_WINDOW);
    const words = `${bodySections[index] ?? ''} ${blockHeadings[index] ?? ''} ${headings[index] ?? ''} ${folded.slice(from, span[1])}`;
    // …；社区：…；全镇合计：登记选民24,324人: the total's counts are of neither committee.
    return lastCommitteeNamed(fromTotalLabel(kindLabels ? withKindLabelsNamed(words) : words));
  };
  return figures.map((figure, position) => {
    if (figure.kind === 'elected') {
      const inSection = withSectionBody(figure, sectionBodyAt, votesSections);
      const at = figure.origin.span?.[0];
      if (inSection.body !== undefined || at === undefined || namesTheCommitteeAlone(figure.origin.text))
        return inSection;
      // 村务监督委员会由村民代表会议选举产生，…。蒋文斌得票32票当选为主任: a declaration in a sentence about another
      // body, or after one on its line naming no body, elects to that body.
      const index = lastAtOrBefore(starts, at);
      const group = index < 0 ? '' : groupOf(index);
      if (group !== '') return { ...inSection, group };
      // 东湾村：村务监督委员会…；选举参加投票876人…，当选主任: a declaration in the committee's own clause after the mark.
      if (index >= 0 && ownClauseAt(index, at, figure.origin.span?.[1] ?? at) !== null) return inSection;
      const subject = index < 0 ? '' : subjectOfSentence(index);
      // 以上人员当选 after the body's lines, naming too the committee's winners whose votes stand before them
      // (elected-names.ts tells them apart): not every name is that body's, so the declaration is left as read.
      const allOfSubject = figure.names.every((name) =>
        [...(votesSubjects().get(name) ?? [subject])].every((one) => one === subject),
      );
      return subject === '' || !allOfSubject ? inSection : { ...inSection, body: subject };
    }
    if (figure.kind === 'percent') {
      const committee = bothCommittees ? committeeOfFigure(figure) : '';
      return committee === '' ? figure : { ...figure, committee };
    }
    if (!figure.origin.span) return figure;
    const [at, end] = figure.origin.span;
    const index = lastAtOrBefore(starts, at);
    if (index < 0) return figure;
    // Bounded, so that a sentence of a hundred thousand characters is read in linear time.
    const from = Math.max(sentences[index]?.start ?? 0, at - SETTING_WINDOW);
    const words = folded.slice(from, end);
    // 上届登记选民1360人，参加投票1208人；本届登记选民1302人，参加投票1169人: the figures after 本届 are of this
    // term again, whatever the words and the heading before it set.
    // 本届村民委员会于2026年3月12日选举产生。登记选民1,862人…: read as if it opened with 当时 (the earlier vote).
    // `Li Na, who won the vice chair with 655 votes in 2023, was re-elected chair with 801 of 1,188 votes`:
    // the year of the clause of `who` is of the person's past, not of the votes after it.
    const asidesOut = withoutRelativeClause(withoutClosedAsides(words));
    const momentWords = withoutOwnMoments(afterRestated[index] ? `当时${asidesOut}` : asidesOut);
    const thisTerm = afterThisTerm(momentWords);
    // The runoff named earlier on the line is carried only where the sentence's own words and heading name
    // none: `第二轮投票（另行选举）：参加投票的选民1208人…。委员候选人段伟得票615票` keeps the votes in the
    // setting of the counts before them (第二轮·另行选举), not in the same words in another order.
    const ownWords = `${withoutOwnMoments(headings[index] ?? '')} ${afterThisVote(momentWords, ownRounds)}`;
    // Nor into a sentence that names the first round (`… A runoff was held on 10 May. In the first round, …`).
    const carried =
      afterRunoff[index] !== null &&
      !RUNOFF_WORDS.test(withoutNegatedRounds(ownWords)) &&
      !namesFirstRound(ownWords)
        ? afterRunoff[index]
        : null;
    const timeSetting =
      thisTerm === null
        ? settingWords(
            `${voidVote[index] ? `${VOID_VOTE} ` : ''}${carried === null ? '' : `${carried} `}${ownWords}`,
            own,
          )
        : settingWords(thisTerm, own);
    // 罢免表决结果：…收回表决票1060张，其中赞成罢免700票，…无效票7张 beside 补选结果：…无效票9张: the recall's
    // ballots are of another vote than the election's.
    const setting =
      recallApart && speaksOfRecall(`${headings[index] ?? ''} ${words}`)
        ? [timeSetting, RECALL_SETTING].filter((word) => word !== '').join('·')
        : timeSetting;
    const section = bodyWords(bodySections[index] ?? '');
    // 村民委员会：主任张三得票1210票, or 村民委员会： on a line of its own over them: the body of the heading is
    // the section's, not the sentence's (a title naming two bodies makes the opening ballots of both).
    // 东湾村：村务监督委员会由村民代表会议选举产生，…有效票29张；选举参加投票876人，有效票860张: the counts after a
    // `；` whose clause opens with the election and names no other body are the committee's own, not the body's
    // named before the mark (before, 有效票860张 was flagged as 有效票29张 stated again).
    // A figure in the committee's own clause after the mark (ownClause): its bodies, lead and subject are read
    // from the mark on, never from the other body's clauses before it.
    const ownClause = ownClauseAt(index, at, end);
    const windowMark = ownClause === null ? committeeClauseAfterMark(words) : -1;
    const afterMark = ownClause?.words ?? (windowMark < 0 ? null : words.slice(windowMark));
    const bodies =
      afterMark === null
        ? bodyWords(withoutBlockHeading(`${headings[index] ?? ''} ${words}`, blockHeadings[index] ?? ''))
        : bodyWords(afterMark) || ownCommittee;
    // The words of the figures before it in its sentence that are more than their meaning (主任选举 of
    // 主任选举有效票1300张，无效票22张): a qualifier named with the first of a list holds for the rest.
    const qualifiers = earlier(figures, position, ownClause?.from ?? sentences[index]?.start ?? 0)
      .map((other) =>
        other.kind === 'count'
          ? countResidue(other, { withoutHeading: true })
          : other.kind === 'votes'
            ? votesResidue(other)
            : '',
      )
      .filter((words) => words !== '');
    // 一、主任选举 on a line of its own over the counts: the post's ballot they are of, as if on their line.
    const lead = [
      postBallots[index] ?? '',
      leadOf(folded, ownClause?.from ?? afterBareMark(index, at, words, from), at, spans, spanStarts),
      ...qualifiers,
    ]
      .join(' ')
      .trim();
    const subject =
      ownClause !== null
        ? clauseSubject(ownClause.words, titleBodies)
        : subjectOfSentence(index) || clauseSubject(words, titleBodies) || beforeMarkSubject(index, at);
    const committee = bothCommittees && figure.kind === 'count' ? committeeOfFigure(figure) : '';
    return setting === '' &&
      bodies === '' &&
      section === '' &&
      lead === '' &&
      subject === '' &&
      committee === ''
      ? figure
      : {
          ...figure,
          ...(setting === '' ? {} : { setting }),
          ...(bodies === '' ? {} : { bodies }),
          ...(section === '' ? {} : { section }),
          ...(lead === '' ? {} : { lead }),
          ...(subject === '' ? {} : { subject }),
          ...(committee === '' ? {} : { committee }),
        };
  });
}

/**
 * A notice that reports a recall vote (recall-vote.ts) and an election besides (南湖村罢免及补选结果公告: the
 * recall of one member, then the by-election of another; 原主任…经村民投票依法罢免（赞成罢免1150票）。…补选…): it
 * declares someone elected, or its headings name a by-election. The counts in the recall's sentences and
 * under its heading are then the recall's, set apart from the election's (before, the recall's 无效票7张
 * was added to the by-election's 有效票1049张 and the sum called wrong). A notice of a recall alone keeps
 * its counts as the notice's own.
 */
function recallBesideElection(folded: string, figures: readonly AnnouncedFigure[]): boolean {
  if (recallVoteWords(folded) === undefined) return false;
  return (
    figures.some((figure) => figure.kind === 'elected') ||
    headingRounds(preambleOf(folded, figures)).includes('补选')
  );
}

/**
 * Which sentences stand right after a sentence that restates the term's election and states no figure of it, in a
 * notice whose headings name a by-election or a later round as its own (村民委员会委员补选结果公告: `本届村民委员会于
 * 2026年3月12日选举产生。`, `本届村委会是2026年3月12日选举产生的。`, `2026年3月12日，东湖村进行了第十三届村民委员会
 * 换届选举。`): that sentence's figures (`当时登记选民1,862人，参加投票1,540人，主任候选人张建国得票901票。`, also with
 * no word of the moment, `其时`, `选举时`, `那次选举`) are the earlier vote's, as if the sentence opened with 当时;
 * a later 本次 or the notice's own round in the sentence names its own vote again (afterThisVote). Not a sentence
 * that starts another event before its first figure (a day, a meeting held, a cause: `2026年9月20日，召开村民会议，
 * 登记选民…`, `因委员李文辞职，…`), unless it opens with words that point back (当时, 其时, 该次选举 …): its figures
 * may be the notice's own, and stay so. Before, the earlier election's 1,540 voters were held against the
 * by-election's 1,120 as one figure stated twice and flagged. Never in a notice of the first round of a runoff
 * still to come (第一轮选举结果及另行选举公告): the term's election it names is its own vote.
 */
function sentencesAfterRestatedElection(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): boolean[] {
  const after = sentences.map(() => false);
  if (headingRounds(preambleOf(folded, figures)).length === 0) return after;
  sentences.forEach((sentence, index) => {
    const next = sentences[index + 1];
    if (next === undefined || !restatesTermElection(folded.slice(sentence.start, sentence.end))) return;
    const words = folded.slice(next.start, next.end);
    const firstDigit = words.search(/\d/);
    const opening = firstDigit < 0 ? words : words.slice(0, firstDigit);
    after[index + 1] =
      POINTS_BACK.test(words) ||
      !(NEW_EVENT.test(opening) || DATE_FIRST.test(words.slice(firstDigit)) || THIS_VOTE_ONCE.test(opening));
  });
  // 当时全村登记选民1,862人，参加投票1,540人。发出选票1,540张，收回选票1,536张…: the earlier vote's account goes on in the
  // sentences after it on the same line that only state more figures, opening with no other event, no day, no 本次,
  // naming no round of the notice's own and declaring no one.
  for (let index = 1; index < sentences.length; index++) {
    const sentence = sentences[index];
    const before = sentences[index - 1];
    if (after[index] || !after[index - 1] || sentence === undefined || before === undefined) continue;
    if (/\n/.test(folded.slice(before.start, sentence.end).trim())) continue;
    const words = folded.slice(sentence.start, sentence.end);
    const firstDigit = words.search(/\d/);
    if (firstDigit < 0) continue;
    const opening = words.slice(0, firstDigit);
    after[index] = !(
      NEW_EVENT.test(opening) ||
      DATE_FIRST.test(words.slice(firstDigit)) ||
      THIS_VOTE_ONCE.test(opening) ||
      OWN_VOTE_NAMED.test(words) ||
      /当选/.test(words)
    );
  }
  return after;
}

/**
 * A sentence that names the committee elected on a day, or the term's election held, and states none of its
 * figures (digits only in its date); never the notice's own round (补选, 另行选举, 重新选举) nor 本次.
 */
function restatesTermElection(words: string): boolean {
  if (/\d/.test(words.replace(DATE_WORDS, '')) || OWN_VOTE_NAMED.test(words)) return false;
  return RESTATED_ELECTION.test(words);
}

const DATE_WORDS = /\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*[日号]/g;
const OWN_VOTE_NAMED = new RegExp(`${OWN_ROUND_WORDS.source}|补选|本次|此次|这次|重新|再次`, 'i');
const RESTATED_ELECTION = new RegExp(
  `${COMMITTEE_NOUN}(?:于|是|在|经)${CLAUSE_GAP}{0,16}(?:选举产生|换届选出)` +
    `|${ELECTED_DAY}[，,]?${CLAUSE_GAP}{0,20}(?:选举产生|换届选出|换届选举)` +
    `|换届选举(?:于|在)${CLAUSE_GAP}{0,16}(?:举行|进行|完成)`,
);
/** Words at the head of a sentence that point back to the moment just named (当时登记选民…, 该次选举中…). */
const POINTS_BACK =
  /^\s*(?:当时|其时|彼时|那时|该次|那次|那一次|上述选举|此前|换届时|(?:换届)?选举(?:时|中|当天))/;
/** Words before a sentence's first figure that start another event: a meeting held, a cause, a vacancy. */
const NEW_EVENT = /召开|举行|进行|组织|开展|因|由于|辞职|调离|去世|空缺|出缺|现|目前|今/;
const THIS_VOTE_ONCE = /本次|此次|这次/;
/** A sentence whose first number is a date (2026年9月20日，…): it starts another event. */
const DATE_FIRST = /^\d{1,4}\s*[年月]/;

/**
 * Which sentences stand after a sentence of their line that names a runoff (不足的1名委员当场另行选举。参加投票的
 * 选民1250人，收回选票1250张。): their counts are of the runoff, as if the runoff were named in their own
 * words (before, the runoff's 1,250 voters were compared with the first round's 1,300 as one figure stated
 * twice). Only up to the line's end; a runoff said not held (无需另行选举) carries nothing.
 */
function sentencesAfterRunoff(folded: string, sentences: readonly Sentence[]): (string | null)[] {
  const after: (string | null)[] = [];
  sentences.forEach((sentence, index) => {
    const previous = sentences[index - 1];
    const between = previous === undefined ? '' : folded.slice(previous.end, sentence.start);
    const sameLine = previous !== undefined && !/[\r\n]/.test(between);
    const words =
      previous === undefined ? '' : withoutNegatedRounds(folded.slice(previous.start, previous.end));
    // 委员尚缺1名，进行第二轮投票。⏎ 委员候选人唐建华得票420票: the line right after one that ends by saying the
    // runoff is held is the runoff's too.
    const nextLine = previous !== undefined && !sameLine && ONE_LINE_BREAK.test(between);
    const named = sameLine
      ? (RUNOFF_NAMED.exec(words) ?? (NOT_HELD_HERE.test(words) ? null : RUNOFF_HELD.exec(words)))
      : nextLine && !NOT_HELD_HERE.test(words)
        ? RUNOFF_HELD_AT_END.exec(words)
        : null;
    // The runoff is carried in the notice's own words, so that an English page never shows 另行选举.
    const carried = named === null ? null : (/另行选举|第二轮|第二次投票/.exec(named[0])?.[0] ?? 'runoff');
    after.push(sameLine ? (after[index - 1] ?? carried) : carried);
  });
  return after;
}

/**
 * A second ballot the sentence says is held (进行第二轮投票, 当场第二次投票, 第二轮投票): its words carry to the
 * sentences after it on its line, as 另行选举 does. Not a later ballot the notice says elects another post
 * (第二轮投票（选举委员）: POST_BALLOT, that post's first round).
 */
const RUNOFF_HELD = /第二轮投票(?![^\S\n]*[（(](?:选举|选))|第二次投票(?![^\S\n]*[（(](?:选举|选))/;

/** A sentence that ends by saying a runoff is held, nothing counted after the words (委员尚缺1名，另行选举。). */
const RUNOFF_HELD_AT_END = /(?:另行选举|第二轮投票|第二次投票)[^\d\n]{0,12}$/;

/**
 * Words that make a runoff named at a line's end, or a second ballot named on its line, no runoff held here:
 * a rule quoted (如, 若, 凡, 规定, 办法, `未过半数的，另行选举`), places counted (`2个村另行选举`), a runoff to
 * come (将 but 现将, 拟, 择日, 另行公告).
 */
const NOT_HELD_HERE =
  /如|若|凡|规定|办法|的[，,]?(?:应)?另行选举|\d\s*个|(?<!现)将|拟|择日|另行公告|另行通知/;

// In English, a sentence that says a second ballot, a second round or a runoff was held (`A second ballot was
// held on 10 May after no member candidate won a majority. 1,030 voted on 10 May.`): not one that names it
// in passing (`a runoff will be held`, `if no one wins, a second round is held`); or one that opens with
// it (`In the runoff held on 23 May 2026, 1,096 voters took part. 1,096 ballots were issued …`).
const RUNOFF_NAMED =
  /另行选举|\b(?:a|the)[^\S\n]+(?:second[^\S\n]+(?:ballot|round)|run-?off)[^\S\n]+was[^\S\n]+(?:then[^\S\n]+)?(?:held|conducted)\b|^[^\S\n]*in[^\S\n]+the[^\S\n]+(?:second[^\S\n]+(?:ballot|round)|run-?off)\b/i;

/** Whether a count is stated after the first words naming a runoff (RUNOFF_WORDS). */
function countAfterRunoff(folded: string, figures: readonly AnnouncedFigure[]): boolean {
  const runoff = blankNegatedRounds(folded).search(RUNOFF_WORDS);
  return (
    runoff >= 0 &&
    figures.some((figure) => figure.kind === 'count' && (figure.origin.span?.[0] ?? -1) > runoff)
  );
}

/**
 * A vote the notice itself declares void (因参加投票的选民未过半，本次选举无效，定于12月6日重新选举; 收回选票多于
 * 发出选票，本次投票无效，当场重新投票) and the repeat it then reports: the figures on the declaration's line up to
 * its end are of the void vote, a stage of their own (VOID_VOTE), and the repeat's words (重新选举, 再次选举) name
 * the notice's own election. Before, the void vote's 812 voters of 1,760 were judged as the notice's
 * quorum and its election called void, and a repeat's ballots were compared with the void vote's as one
 * figure stated twice. Only a declaration (本次/此次 … 无效, or 因 … 无效; not a rule quoted, 未过半数的，选举无效)
 * with a repeat named in it or after it and a figure after it. One contest's vote declared void (`收回选票多于发出
 * 选票，本次委员选举无效，当场重新投票`: a post between 本次 and 选举) is such a vote too: before, its 1,262 ballots
 * returned of 1,260 issued were flagged as the notice's own. Not the invalid ballots (`本次选举无效票9张`: before, a
 * notice's only account was set apart as a void vote's and its winners left unjudged). The turnout's shortfall
 * alone declares it too (`参加投票689人，未超过登记选民半数，选举无效`): before, the repeat's 1,093 valid ballots were
 * held to the void vote's 689 voters.
 */
const VOID_DECLARED =
  /(?:(?:本次|此次|这次|该次)(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:副?主任|委员)?)(?:选举|投票)(?:结果)?无效|因[^。；;\n]{0,40}?(?:选举|投票)(?:结果)?无效|(?:未|没有|不)(?:超过|过|达到|足)(?:登记(?:参加选举的)?(?:选民|村民|居民)(?:总数|人数)?的?)?半数?[，,][^\S\n]*(?:选举|投票)(?:结果)?无效)(?![票选])/;
const REPEAT_NAMED = /重新选举|重新投票|重新进行(?:选举|投票)|二次选举|再次选举|再次投票/;
const REPEAT_SETTING = ['重新选举', '再次选举', '重新投票', '再次投票'];

/** Where the last of the figures starts (0 for none). */
function lastFigureStart(figures: readonly AnnouncedFigure[]): number {
  let last = 0;
  for (const figure of figures) last = Math.max(last, figure.origin.span?.[0] ?? 0);
  return last;
}

/** The index of the first sentence declaring a vote void (VOID_DECLARED), not a rule that says when one is; -1 for none. */
function voidDeclarationIndex(folded: string, sentences: readonly Sentence[]): number {
  return sentences.findIndex((sentence) => {
    const words = folded.slice(sentence.start, sentence.end);
    return VOID_DECLARED.test(words) && !/的[，,]\s*(?:选举|投票)(?:结果)?无效/.test(words);
  });
}

/** The index of the sentence declaring a vote void before a repeat reported after it (VOID_DECLARED), or null. */
function voidVoteDeclared(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): number | null {
  const last = lastFigureStart(figures);
  const index = voidDeclarationIndex(folded, sentences);
  const sentence = sentences[index];
  if (sentence === undefined || last < sentence.end) return null;
  return REPEAT_NAMED.test(folded.slice(sentence.start)) ? index : null;
}

/**
 * The words of a void vote's declaration (voidVoteDeclared) whose reason is its turnout (因参加投票的选民未过半，
 * 本次选举无效; 参选人数未超过半数; 未超过登记选民的半数, the register named between), which the vote's own counts can
 * be held to; undefined for any other.
 */
export function voidForTurnoutWords(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): string | undefined {
  const index = voidVoteDeclared(folded, sentences, figures);
  const sentence = index === null ? undefined : sentences[index];
  if (sentence === undefined) return undefined;
  const words = folded.slice(sentence.start, sentence.end);
  return TURNOUT_SHORT.exec(words)?.[0];
}

/**
 * The words of a notice that declares its own election void for its turnout and reports no vote after it
 * (`本村登记选民2,104人，当日参加投票1,006人，…，未超过登记选民的半数。根据…的规定，本次选举无效。…定于4月26日重新
 * 选举`): a declaration (VOID_DECLARED, not a rule quoted) with the turnout's shortfall named in its sentence or the
 * one before it, no count after it, and no winner's votes or winner in the notice. Its judgement then agrees with
 * the notice or contradicts it (judge-announcement.ts declaredVoidFindings); before, a notice that said itself it
 * was void was flagged TURNOUT_BELOW_QUORUM and ELECTION_VOID as though it had hidden them. The declaration's
 * words as the original text writes them (本次选举无效, 因参加投票的居民未超过登记选民的半数…本次选举无效; `original`
 * and `folded` hold the same positions); undefined for any other notice.
 */
export function ownVoidForTurnoutWords(
  original: string,
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): string | undefined {
  if (figures.some((figure) => figure.kind === 'votes' || figure.kind === 'elected')) return undefined;
  const last = lastFigureStart(figures);
  const index = voidDeclarationIndex(folded, sentences);
  const sentence = sentences[index];
  if (sentence === undefined || last >= sentence.end) return undefined;
  const before = sentences[index - 1];
  const from =
    before === undefined || /[\r\n]/.test(folded.slice(before.end, sentence.start)) ? sentence : before;
  const words = folded.slice(from.start, sentence.end);
  if (!TURNOUT_SHORT_NAMED.test(words)) return undefined;
  const declaration = VOID_DECLARED.exec(folded.slice(sentence.start, sentence.end));
  if (declaration === null) return undefined;
  const at = sentence.start + declaration.index;
  return original.slice(at, at + declaration[0].length);
}

/** The turnout's shortfall named (未超过登记选民的半数, 参加投票人数未过半数, 不足半数), the register between. */
const TURNOUT_SHORT_NAMED =
  /(?:未|没有|不)(?:超过|过|达到|足)(?:登记(?:参加选举的)?(?:选民|村民|居民|户代表)?(?:总数|人数)?的?)?半数|未过半|不足半数/;

const TURNOUT_SHORT =
  /(?:参加投票|参选|投票)的?(?:选民|村民|人数|人)?数?(?:未过半数?|未能过半数?|不足半数|不过半数?|(?:未|没有)(?:超过|达到|达)(?:登记(?:参加选举的)?(?:选民|村民)(?:总数|人数)?的?)?半数|没有过半数?)/;

/** Which sentences are of the void vote (voidVoteDeclared): its line's sentences up to the declaration. */
function sentencesOfVoidVote(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): boolean[] {
  const declared = voidVoteDeclared(folded, sentences, figures);
  const of = sentences.map(() => false);
  if (declared === null) return of;
  for (let at = declared; at >= 0; at -= 1) {
    of[at] = true;
    const sentence = sentences[at]!;
    const before = sentences[at - 1];
    if (before === undefined || /[\r\n]/.test(folded.slice(before.end, sentence.start))) break;
  }
  return of;
}

/**
 * A sentence that opens with another body than the committee (`村务监督委员会由村民代表会议推选，实到村民代表31人，
 * 收回选票31张`, `居务监督委员会经居民代表会议推选，…`, `村民代表会议推选村务监督委员会，…`; a place or term before it,
 * or 经, 由, 在) is about that body: its counts are of that body's election, never the committee's own (before,
 * the representatives' 31 ballots were read as the villagers' ballots returned, and 40 invalid ballots and
 * every winner's votes flagged as more than them). Where its opening clause names the representatives and
 * another body, the other body is the subject (the representatives are its voters); the representatives alone are
 * none (`由居民代表选举产生…。居民代表会议应到60人，到会人数48人`: they may be the election's own electorate). Not a clause naming the
 * committee too (`村民代表会议选举村民委员会`), nor one that only names the body later (`本次选举由村务监督委员会全程监督`),
 * nor a body the notice's title names (`村务监督委员会选举结果公告`: its own). The subject's name; '' for none.
 */
function subjectBody(written: string, titleBodies: ReadonlySet<string>): string {
  // 主任候选人村党支部书记高志远得票1004票: the title a candidate holds opens no sentence about the party.
  const clause = withoutTitlesBeforeNames(written);
  if (!SUBJECT_OPENING.test(clause) || LEADER_ONLY.test(clause) || CONVENES_THE_VOTE.test(clause)) return '';
  const bodies = sentenceBodies(clause);
  if (bodies.some((body) => body.kind === 'committee')) return '';
  // A title naming the committee and this body (…村民委员会和村务监督委员会换届选举结果公告) reports two
  // elections: a sentence opening with the other body is about that one, as under a title naming neither.
  const titleOwn = [...titleBodies].some((name) => COMMITTEE_NAMES.has(name))
    ? new Set<string>()
    : titleBodies;
  const others = bodies.filter((body) => !titleOwn.has(body.name));
  return others.find((body) => body.kind !== 'representatives')?.name ?? '';
}

/**
 * 东湾村：村务监督委员会由村民代表会议选举产生，到会村民代表31人，有效票29张；参加投票876人，有效票860张: the counts of a
 * block's sentence that opens with another body's vote and goes on after a bare `；` (no election of the committee
 * named after it, committee-after-mark.ts, and no body named between the mark and the count). Whether they are still
 * that body's vote or the committee's own, the words do not say: the reader lists them unread (`body-unstated`),
 * never compared with either body's counts; so too a share there (`；登记选民2,700人，参加投票2,106人，参选率78.0%`),
 * whose counts are those (before, once they were set aside, it was judged by another block's counts). A count stands within SETTING_WINDOW of its mark, or is not one of these.
 */
export function countsAfterBareMark(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): Set<AnnouncedFigure> {
  const found = new Set<AnnouncedFigure>();
  const starts = sentences.map((sentence) => sentence.start);
  let titleBodies: ReadonlySet<string> | null = null;
  // Per sentence: whether it opens with a block's name and another body, and where the committee's clause opens.
  const opened = new Map<number, { other: boolean; committee: number }>();
  const openingOf = (index: number, sentence: Sentence): { other: boolean; committee: number } => {
    const known = opened.get(index);
    if (known !== undefined) return known;
    titleBodies ??= new Set(headingBodies(preambleOf(folded, figures)));
    const label = BLOCK_LABEL.exec(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 32)));
    const other =
      label !== null &&
      subjectBody(openingClause(folded, sentence.start + label[0].length), titleBodies) !== '';
    const own = other ? firstCommitteeClause(folded.slice(sentence.start, sentence.end)) : -1;
    const result = { other, committee: own < 0 ? -1 : sentence.start + own };
    opened.set(index, result);
    return result;
  };
  for (const figure of figures) {
    const at = figure.origin.span?.[0];
    if ((figure.kind !== 'count' && figure.kind !== 'percent') || at === undefined) continue;
    const index = lastAtOrBefore(starts, at);
    const sentence = sentences[index];
    if (sentence === undefined || at >= sentence.end) continue;
    const { other, committee } = openingOf(index, sentence);
    if (!other || (committee >= 0 && at >= committee)) continue;
    const from = Math.max(sentence.start, at - SETTING_WINDOW);
    const words = folded.slice(from, at);
    const mark = Math.max(words.lastIndexOf('；'), words.lastIndexOf(';'));
    if (mark < 0) continue;
    if (sentenceBodies(words.slice(mark + 1)).length > 0) continue;
    found.add(figure);
  }
  return found;
}

/**
 * An English label of another body's post, the whole opening clause of its sentence or line: `Votes for
 * supervisory committee chair: Sun Lei 640`, `Supervisory committee chair: …`, `Votes for party branch
 * secretary: …`, `Votes for group leader: …`, `In the vote for supervisory committee chair, Sun Lei took 640
 * votes`. The votes under it are that body's, chosen by its own voters, never the committee's (before, Sun
 * Lei's 640 were read as the committee chair's votes and summed with the chair's candidates'). Only a clause
 * that is the label alone (`Party secretary Li Hua was elected chair` names a title held, and stays the
 * committee's), and not a body the notice's title names (its own). The body's name; '' for none.
 */
const S_ = String.raw`[^\S\n]+`;
const EN_LABEL_LEAD = String.raw`(?:(?:the${S_})?(?:votes?|vote${S_}count|results?|ballot)(?:${S_}(?:cast|received|obtained|won))?${S_}(?:for|of|in)${S_}|in${S_}the${S_}(?:vote|race|contest|election|ballot)${S_}for${S_})`;
const EN_OTHER_BODY = String.raw`(?:(?:village|villagers['’]?|residents['’]?|community)${S_})?(?:(?:village|residents['’]?)${S_}affairs${S_}supervision${S_}committee|supervisory${S_}committee|supervision${S_}committee|supervisory${S_}board|party${S_}branch|party${S_}committee|party|(?:(?:villagers['’]?|residents['’]?)${S_})?group)`;
const EN_OTHER_POST = String.raw`(?:vice[- ]|deputy${S_})?(?:chair(?:man|woman|person)?|secretary|leader|head|members?|director)`;
const ENGLISH_OTHER_BODY_LABEL = new RegExp(
  String.raw`^[^\S\n]*(?:${EN_LABEL_LEAD}(?:the${S_})?)?(?:${EN_OTHER_BODY}${S_}${EN_OTHER_POST}|${EN_OTHER_POST}${S_}of${S_}(?:the${S_})?${EN_OTHER_BODY})[^\S\n]*$`,
  'i',
);
function englishLabelOfAnotherBody(clause: string, titleBodies: ReadonlySet<string>): string {
  if (!ENGLISH_OTHER_BODY_LABEL.test(clause)) return '';
  const name = /supervis/i.test(clause) ? '监委会' : /\bparty\b/i.test(clause) ? '党支部' : '小组长';
  const titleOwn = [...titleBodies].some((body) => COMMITTEE_NAMES.has(body))
    ? new Set<string>()
    : titleBodies;
  return titleOwn.has(name) ? '' : name;
}

/**
 * The other body a sentence says the representatives' meeting elects (`2026年3月16日，青石村召开村民代表会议，选举
 * 村务监督委员会。`, `…召开居民代表会议，推选产生第三届居务监督委员会`), the sentence naming no committee: that body is
 * the sentence's subject as if it opened with it, and the sentences after it on its line that go on about it
 * (`应到村民代表45人，实到村民代表41人，发出选票41张…。蒋文斌得票32票，当选为村务监督委员会主任`) are its election, judged
 * by its own ballots. Before, its ballots were taken for another body's with no account and its winners
 * left unjudged. '' for none.
 */
const MEETING_ELECTS = new RegExp(
  `(?:村民|居民)代表(?:会议|大会)[^。；;\\n]{0,24}?(?:选举|推选)(?:产生)?(?:新一届|第[一二三四五六七八九十]{1,3}届)?(${OTHER_BODY_WORDS})`,
  'u',
);

function meetingElectsBody(sentence: string, titleBodies: ReadonlySet<string>): string {
  const match = MEETING_ELECTS.exec(sentence);
  const elected = match?.[1];
  if (match === null || elected === undefined || committeeWords(sentence))
    return electedLater(sentence, titleBodies);
  // 桂花社区：登记选民3,210人，参加投票2,804人，…；同日居民代表会议推选居务监督委员会，…: the counts before the meeting
  // are the block's own committee vote, the body named only after them (its own counts keep their words).
  if (COUNT_BEFORE.test(sentence.slice(0, match.index))) return '';
  return subjectBody(elected, titleBodies);
}

/**
 * The other body a later clause elects, named right after its verb and ending the clause
 * (`村民委员会选举结束后，村民会议接着选举村务监督委员会，参加投票的选民仍为1,604人。`): the body named right after
 * 选举, 选出, 推选 or 产生 is the one elected, the committee named in an earlier clause only that clause's subject,
 * so the sentence, and the lines of posts under it, are about that body's election. Before, its chair's votes
 * were summed with the committee chair's against the villagers' valid ballots. Not where a count stands before
 * the verb (`…有效票1,590张，随后选举村务监督委员会`: those are the committee's), nor where the body goes on to
 * act (`本次选举村务监督委员会全程监督`: it oversees, it is not elected), nor where the committee is named after it.
 */
const ELECTS_OTHER_BODY = new RegExp(
  `(?:选举|选出|推选|产生)了?(?:新一届|第[一二三四五六七八九十]{1,3}届)?(${OTHER_BODY_WORDS})(?:的?(?:成员|组成人员|主任|副主任|委员))?(?=[，,；;。\n]|$)`,
  'u',
);
const COUNT_BEFORE = /\d ?(?:人|张|票|名)/u;

function electedLater(sentence: string, titleBodies: ReadonlySet<string>): string {
  const match = ELECTS_OTHER_BODY.exec(sentence);
  const elected = match?.[1];
  if (match === null || elected === undefined) return '';
  if (COUNT_BEFORE.test(sentence.slice(0, match.index))) return '';
  if (committeeWords(sentence.slice(match.index + match[0].length))) return '';
  return subjectBody(elected, titleBodies);
}

/**
 * The other body a later clause of the sentence opens with, before the figure and with no committee named
 * after it (`村务监督委员会与村民委员会同日选举，村务监督委员会收回选票1101张，有效票1090张`: the sentence's first
 * clause names both, so it has no subject, but the counts after `村务监督委员会收回选票` are that body's). '' for none.
 */
function clauseSubject(words: string, titleBodies: ReadonlySet<string>): string {
  const starts = [...words.matchAll(CLAUSE_MARK)].map((mark) => mark.index + mark[0].length);
  for (let at = starts.length - 1; at >= 0; at -= 1) {
    const start = starts[at] ?? 0;
    const clause = firstClause(words, start);
    if (committeeWords(clause)) return '';
    const subject = subjectBody(clause, titleBodies);
    if (subject !== '') return subject;
  }
  return '';
}

const CLAUSE_MARK = /[，,；;]/g;

/** Whether the words name the committee (村民委员会, 居委会). */
/**
 * The villagers' group a sentence opens scoped to, as written, when the sentence names no committee: `In
 * villagers' group 3, Huang Pei and Xu Ming were elected with 88 and 75 votes`, `Group 3 elected Huang Pei
 * …`, 在第三村民小组，…当选. A group elects its own head and representatives among its households; its
 * winners' votes are never of the committee election's ballots. Only a sentence opening so: a group named as
 * a place later in a sentence, or as a label of the committee's candidates (`Group 3: Zhang Wei 902 votes`,
 * 第三村民小组：张伟902票), stays a place. '' for none.
 */
export function groupOfSentence(sentence: string): string {
  const scoped = GROUP_SCOPE.exec(sentence);
  const group = scoped?.[1] ?? scoped?.[2] ?? scoped?.[3];
  if (group === undefined || committeeWords(sentence) || ENGLISH_COMMITTEE.test(sentence)) return '';
  return group;
}

const GROUP_SCOPE =
  /^\s*(?:In\s+((?:(?:the\s+)?(?:villagers|residents)['’]?\s+)?group\s+(?:No\.\s*)?\d{1,3})\s*,|((?:(?:villagers|residents)['’]?\s+)?group\s+(?:No\.\s*)?\d{1,3})\s+(?:(?:then|also)\s+)?(?:re-?elected|elected|chose)\s|在(第[一二三四五六七八九十\d]{1,3}(?:村民|居民)小组)[，,])/iu;

/** The committee named in English (`the village committee`, `Residents' Committee`), not the supervisory one. */
const ENGLISH_COMMITTEE = /\b(?:villagers?|village|residents?|community|neighbou?rhood)['’]?\s+committee\b/i;

/** Whether the words name no body but the committee (none at all included). */
function committeeOnly(words: string): boolean {
  return sentenceBodies(words).every((body) => body.kind === 'committee');
}

/** A block's name opening a sentence with its colon (`东湾村：`, `一、花园社区：`), as a township's summary heads a block. */
const BLOCK_LABEL =
  /^[^\S\n]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])?[\u4e00-\u9fff]{1,8}?(?:村|社区)[^\S\n]*[：:][^\S\n]*/u;

function committeeWords(words: string): boolean {
  return sentenceBodies(words).some((body) => body.kind === 'committee');
}

/**
 * Whether a sentence after one about another body on the same line goes on about it
 * (`村务监督委员会由户代表选举产生，…无效票6张。汪建华得票450票当选为主任，…`): it names no body but that one and
 * states no electorate (登记选民, 选民1204人), which would be the villagers' own. A sentence on a line of its own is never
 * so joined (`本村登记选民986人，…` under the body's sentence is the committee's).
 */
function continuesSubject(sentence: string, subject: string): boolean {
  if (ELECTORATE_WORDS.test(sentence)) return false;
  const bodies = sentenceBodies(withoutTitlesBeforeNames(sentence));
  // 应到村民代表45人，实到村民代表41人，发出选票41张…: the representatives counted as due and present are the
  // voters of the body the meeting elects, no other body.
  // 李强当选村务监督委员会主任，得票790票: a sentence naming that body alone again goes on about it.
  return (
    bodies.length === 0 ||
    (REPRESENTATIVES_PRESENT.test(sentence) && bodies.every((body) => body.kind === 'representatives')) ||
    bodies.every((body) => body.name === subject)
  );
}

/**
 * Whether the sentence at `index` is a line of a post's votes (`主任：李强，得票38票`, `委员：陈静（女），得票36票；…`,
 * `主任 李强 38票`) standing right under the line before it, with no blank line between, where that line tells
 * of another body's election (`3月15日召开村民代表会议，应到代表45人，实到41人，选举产生村务监督委员会。`,
 * `居务监督委员会由居民代表会议选举产生，…收回选票52张。`): the line goes on about that body, as the lines
 * of posts after it do, so that its votes are that body's. Before, they stood in no section, and the
 * supervisory chair was summed with the committee's against the villagers' valid ballots. A line naming a
 * body or an electorate is its own; a line before that only names the body as the one overseeing the vote
 * (`村务监督委员会全程监督选举过程`) tells of no election of it.
 */
function postLineGoesOn(folded: string, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  if (sentence === undefined || previous === undefined || !sentence.paragraphStart) return false;
  const gap = folded.slice(previous.end, sentence.start);
  if (!ONE_LINE_BREAK.test(gap)) return false;
  const line = folded.slice(sentence.start, endOfLineAt(folded, sentence.start));
  if (!POST_LINE.test(line) || ELECTORATE_WORDS.test(line) || sentenceBodies(line).length > 0) return false;
  let lineStart = previous.start;
  while (lineStart > 0 && folded.charAt(lineStart - 1) !== '\n') lineStart -= 1;
  const lineBefore = folded.slice(lineStart, previous.end);
  // Lines of posts one under another: the first of them decides.
  if (POST_LINE.test(lineBefore)) return true;
  return BODY_ELECTED.test(lineBefore) || ELECTS_OTHER_BODY.test(lineBefore);
}

/** The end of one line and the start of the next, with no blank line between. */
const ONE_LINE_BREAK = /^[。.；;！!]?[^\S\n]*\r?\n[^\S\n]*$/u;

function endOfLineAt(folded: string, start: number): number {
  const end = folded.indexOf('\n', start);
  return end < 0 ? folded.length : end;
}

/** A line opening with a post and its votes: `主任：`, `委员候选人：`, `副主任 `, then a name or figure. */
const POST_LINE = /^[^\S\n]*(?:副主任|主任|委员|成员|妇女委员)(?:候选人)?(?:[^\S\n]*[:：]|[^\S\n])[^\n]*\d/u;
/** Words telling a body's election: its electors (the representatives), or that it was elected. */
const BODY_ELECTED = /(?:村民|居民|户)代表|(?:选举|推选)产生|换届选举|选举结果/u;

const REPRESENTATIVES_PRESENT = /(?:应到|实到|到会|出席)(?:会议的?)?(?:村民|居民)代表/u;

const ELECTORATE_WORDS = /登记|选民\s*[\d,，]|名选民|本村|本社区|全村|全社区/u;

const SUBJECT_OPENING = new RegExp(
  `^[^\\S\\n]*(?:[\\u4e00-\\u9fff]{0,8}?(?:村|社区))?(?:第[一二三四五六七八九十]{1,3}届)?(?:经|由|在)?${OTHER_BODY_WORDS}`,
  'u',
);
/**
 * A clause naming a body only as the one that leads or oversees what follows (`在村党支部的领导下，村民委员会选举…`):
 * the body is not the clause's subject, and the counts after it are not that body's.
 */
const LEADER_ONLY = /^[^\S\n]*在[^，,；;。]*(?:领导|指导|带领|主持|组织|监督|关心|支持|见证)下/u;
/**
 * A clause naming a body only as the one convening or presiding over the villagers' own election meeting
 * (`村党支部书记蒋正国主持召开村民选举大会`, `高桥村党支部组织召开选举大会`, `村党支部召开选民大会`): the meeting is the
 * voters', not the body's (its own is 党员大会 or 代表会议), and the counts after it are the committee's. Before, the
 * villagers' 1,640 ballots were the party's and the party's 57 the notice's account, every winner left unjudged.
 */
const CONVENES_THE_VOTE =
  /(?:主持|组织|召开|召集)[^，,；;。]{0,8}?(?:(?:村民|居民|选民)(?:选举)?大会|(?<!党员|代表|党员代表)选举大会)/u;
const CLAUSE_END = /[，,；;。：:\n]/g;

/** The first clause of the sentence starting at `start`: up to its first clause mark (or the text's end). */
function firstClause(text: string, start: number): string {
  CLAUSE_END.lastIndex = start;
  const end = CLAUSE_END.exec(text);
  return text.slice(start, end === null ? text.length : end.index);
}

/**
 * The clause a sentence opens with, past a clause that is only its day or hour (`2026年3月28日，长乐村党支部召开
 * 党员大会，…`, `3月16日上午，村务监督委员会由村民代表会议推选，…`, `同日，村务监督委员会由户代表选举产生，…`): the
 * day of a vote names no body, and the body after it is the sentence's subject as if it opened the sentence.
 * Before, the party branch's 48 ballots after such a day were taken as the committee's and every committee
 * winner flagged as having more votes than them.
 */
function openingClause(text: string, start: number): string {
  const first = firstClause(text, start);
  const mark = text.charAt(start + first.length);
  return DAY_CLAUSE.test(first) && (mark === '，' || mark === ',')
    ? firstClause(text, start + first.length + 1)
    : first;
}

const DAY_CLAUSE =
  /^[^\S\n]*(?:于|在)?(?:(?:[\d〇零一二三四五六七八九]{4}年)?[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}[日号]|同日|当日|同一天|当天|次日)(?:上午|下午|晚上|早上|中午)?(?:[\d一二三四五六七八九十]{1,2}[时点](?:[\d一二三四五六七八九十]{1,2}分)?)?[^\S\n]*$/u;

/** The bodies the heading lines before the first figure name (the title: `…村务监督委员会选举结果公告`). */
function headingBodies(preamble: string): string[] {
  return preamble
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim().length <= HEADING_LINE_LENGTH && !SENTENCE_MARKS.test(line))
    .flatMap((line) => sentenceBodies(line).map((body) => body.name));
}

/**
 * A declaration standing under the heading of another body than the committee (二、村务监督委员会 or a line
 * `村务监督委员会：` over `周平、吴刚、郑丽当选为委员。`) elects to that body, when it names none itself and
 * not the committee alone: its winners are never the committee's, nor judged by its ballots or seats.
 */
function withSectionBody(
  figure: ElectedFigure,
  sectionBodyAt: (at: number) => string | null,
  votesSections: ReadonlyMap<string, ReadonlySet<string>>,
): ElectedFigure {
  const at = figure.origin.span?.[0];
  if (figure.body !== undefined || at === undefined || namesTheCommitteeAlone(figure.origin.text))
    return figure;
  const body = sectionBodyAt(at);
  if (body === null) return figure;
  // 一、居民委员会 主任：严淑珍（1347票） 二、居务监督委员会 … 上述人员…当选: a name whose votes stand in another
  // section is declared to that section's body (elected-names.ts tells them apart), not to this one.
  const ofThisSection = figure.names.every((name) =>
    [...(votesSections.get(name) ?? [])].every((section) => section === body),
  );
  return ofThisSection ? { ...figure, body } : figure;
}

/**
 * Words that name this term again (本届, 这一届) after the last's. Not 本次 or 这次, which may name the
 * round just set (第二轮投票，本次参加投票…).
 */
const THIS_TERM = /本届|这一?届/g;

/**
 * Words that name the notice's own vote again (本次, 此次, 这次) after an earlier vote's (当时全村登记选民1,820人，
 * 参加投票1,604人；本次补选登记选民1,790人): the words of the earlier vote before the last of them are blanked, so
 * that the figures after it are the notice's own. A round or heading set before them stays (第二轮投票，本次
 * 参加投票… is of the second round).
 */
const THIS_VOTE = /本次|此次|这次/g;
const EARLIER_VOTE_WORDS = new RegExp(EARLIER_VOTE, 'g');

function afterThisVote(words: string, ownRounds: readonly string[] = []): string {
  let end = -1;
  for (const match of words.matchAll(THIS_VOTE)) end = match.index;
  // 原选举因参加投票的选民未过半数无效，2026年4月12日重新选举，登记选民…: the notice's own round named in a later clause
  // than the earlier vote's words (not 上次补选时, the earlier by-election itself).
  for (const round of ownRounds) {
    for (let at = words.indexOf(round); at >= 0; at = words.indexOf(round, at + round.length)) {
      if (at <= end) continue;
      const before = words.slice(0, at);
      let earlier = -1;
      for (const match of before.matchAll(EARLIER_VOTE_WORDS)) earlier = match.index + match[0].length;
      if (earlier >= 0 && CLAUSE_BREAK.test(before.slice(earlier))) end = at;
    }
  }
  if (end < 0) return words;
  return (
    words.slice(0, end).replace(EARLIER_VOTE_WORDS, (earlier) => ' '.repeat(earlier.length)) +
    words.slice(end)
  );
}

const ROUND_WORD = new RegExp(`^(?:${OWN_ROUND_WORDS.source})$`, 'i');
const CLAUSE_BREAK = /[，,；;]/;

/**
 * Words of an earlier vote that place the notice's own vote in time, name its date or a change of its
 * register, or what it takes from the earlier one, and set no figure in that vote (blanked, so that the
 * figures after them stay the notice's own):
 * - 当时 after 截至, 截止, 直至, 到 or 至 (截至当时，参加投票的选民1,860人: up to the moment just named), or before
 *   those present (当时在场选民1,250人, 当时到场, 当时出席): the moment and the meeting the sentence narrates;
 * - the original election's date, time, place or plan, or the people it chose (原选举日期因雨推迟, 原选举产生的委员
 *   周海涛辞职): this vote's day, a person;
 * - since an earlier vote (上次选举后新迁入选民45人, 原选举以来迁出): a change of the register, counted up to this vote;
 * - a manner or a register the vote takes from an earlier one (按照上一次选举的做法, 沿用原选举的选民名单, 沿用2026年3月
 *   换届选举时的选民名单): the vote's own way, and its own register.
 */
function withoutOwnMoments(words: string): string {
  return words.replace(OWN_MOMENT, (moment) =>
    moment.replace(MOMENT_WORDS, (word) => ' '.repeat(word.length)),
  );
}

const BORROWED_THING =
  '做法|办法|方式|方法|程序|惯例|模式|规则|选民名单|选民名册|选民登记册|选民登记名单|登记名单|名册';
const OWN_MOMENT = new RegExp(
  String.raw`(?:截至|截止|直至|直到|到|至)当时|当时(?=在场|到场|现场|出席|到会|实到)|原(?:村民委员会|村委会|居民委员会|居委会)?(?:换届)?选举(?=日期|时间|日程|地点|计划|安排|方案|产生的|选出的)|(?:${EARLIER_VOTE})(?:选举|换届选举|投票)?(?:以来|以后|之后|后)|(?:沿用|沿袭|延用|使用|采用|仍用|仍按|按照|参照|依照|比照)(?:了)?[^，,。；;：:\n]{0,16}?(?:${BORROWED_THING})`,
  'g',
);
const MOMENT_WORDS = new RegExp(String.raw`${EARLIER_VOTE}|${TERM_ELECTION_BEFORE}|上一?届|往届`, 'g');

/** The words after the last that name this term again; null when none does. */
function afterThisTerm(words: string): string | null {
  let end = -1;
  for (const match of words.matchAll(THIS_TERM)) end = match.index + match[0].length;
  return end < 0 ? null : words.slice(end);
}

/**
 * The heading that sets each sentence's paragraph: the words before a colon that open it
 * (东山村第十届村委会选举：…), or a short line with no number on its own just before it (（二）第二轮投票情况).
 * A heading line that names a round or a term (`First round, 1 June`, `Runoff`, 第一轮投票) sets every
 * line under it, up to the next heading line or a blank line after them: one count a line, each line is
 * a paragraph, and the second round's counts had been taken for the first's stated twice.
 */
function paragraphHeadings(
  folded: string,
  sentences: readonly Sentence[],
): { headings: string[]; bodySections: string[]; blockHeadings: string[]; postBallots: string[] } {
  const headings: string[] = [];
  const bodySections: string[] = [];
  const blockHeadings: string[] = [];
  const postBallots: string[] = [];
  let heading = '';
  let section = '';
  let postBallot = '';
  let sectionHasLines = false;
  let bodySection = '';
  let bodyLevel = 0;
  const bodyHeadings = bodyHeadingBlocks(folded);
  let block = 0;
  sentences.forEach((sentence, index) => {
    // 村务监督委员会： on a line of its own over its winners: the block under it is that body's section.
    while (block < bodyHeadings.length && (bodyHeadings[block]?.end ?? 0) <= sentence.start) block++;
    const underBody = bodyHeadings[block];
    if (sentence.paragraphStart || index === 0) {
      const opening = HEADING.exec(folded.slice(sentence.start, sentence.start + HEADING_LENGTH + 1))?.[0];
      const before = sentences[index - 1];
      const line = before && isHeadingLine(before) ? folded.slice(before.start, before.end) : '';
      heading = opening ?? line;
      const roundHeading = roundHeadingWithCounts(folded.slice(sentence.start, sentence.end));
      if (roundHeading !== null) {
        // 另行选举（参加投票1320人）： the round's own counts in brackets: the lines under it are that round's.
        section = roundHeading;
        sectionHasLines = false;
      } else if (
        isHeadingLine(sentence) &&
        !(section !== '' && isColumnLabelLine(folded.slice(sentence.start, sentence.end)))
      ) {
        section = settingWords(folded.slice(sentence.start, sentence.end));
        sectionHasLines = false;
        const own = folded.slice(sentence.start, sentence.end);
        postBallot = postBallotHeading(own);
        const level = sectionLevel(own);
        // （一）主任 under 一、村民委员会: a lower heading naming no body stays in the body's section.
        if (level > 0 && bodyWords(own) !== '') [bodySection, bodyLevel] = [own, level];
        else if (level > 0 && (bodySection === '' || level <= bodyLevel)) [bodySection, bodyLevel] = ['', 0];
      } else {
        if (
          sectionHasLines &&
          before &&
          BLANK_LINE.test(folded.slice(before.end, sentence.start)) &&
          !runoffGoesOn(section, opening, folded.slice(sentence.start, sentence.end))
        )
          section = '';
        if (before && BLANK_LINE.test(folded.slice(before.end, sentence.start)) && sectionHasLines)
          postBallot = '';
        sectionHasLines = true;
      }
    }
    headings.push(section === '' ? heading : `${section} ${heading}`);
    const inBlock = underBody !== undefined && underBody.start <= sentence.start;
    bodySections.push(inBlock ? underBody.heading : bodySection);
    blockHeadings.push(inBlock ? underBody.heading : '');
    postBallots.push(postBallot);
  });
  return { headings, bodySections, blockHeadings, postBallots };
}

/**
 * A heading line that names one post's election and nothing more, numbered or not, its colon optional
 * (`一、主任选举`, `（二）委员选举：`, `主任、副主任选举`, `村民委员会委员选举`; or its ballot paper, `二、妇女委员选票`): each post is voted for on a ballot of
 * its own, so the counts under it, up to the next heading line or a blank line after them, are that
 * ballot's (post-ballot-accounts.ts), never the same figure as the other post's. The post's words as
 * a post's ballots are named on the counts' own line (主任选举, 主任副主任选举), or '' for any other line.
 */
const POST_BALLOT_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])? ?((?:村民委员会|村委会|居民委员会|居委会)?(?:主任|副主任|委员|妇女委员)(?:[、和及](?:主任|副主任|委员|妇女委员))?)(?:的)?选(?:举|票)[：:]?$/u;

function postBallotHeading(line: string): string {
  const post = POST_BALLOT_HEADING.exec(line.trim())?.[1];
  return post === undefined ? '' : `${post.replace(/[、和及]/g, '')}选举`;
}

/**
 * A bracketed note closing a body's heading line: how it was elected and the meeting's or ballot's own
 * counts (`村党总支委员会（党员大会选举，应到党员112名，实到105名）`, `村民委员会（登记选民2,240人，参加投票1,902人）`).
 * The lines under it are that body's as under a bare heading: before, a party branch's votes (彭丽 得票 98)
 * met the committee's of the same person (彭丽 得票 1,433) as one figure stated twice.
 */
const HEADING_NOTE = '(?:[^\\S\\n]*[（(][^（()）\\n]{1,80}[)）])?';

/**
 * A line that names another body than the committee and nothing more, with no number (`村务监督委员会：`,
 * `村务监督委员会选举结果`, `监委会成员：`, `村民代表当选名单：`): its heading words only, no figure.
 */
const BODY_HEADING = new RegExp(
  `^[^\\S\\n]*(?:[\\u4e00-\\u9fff]{1,8}?(?:村|社区))?(?:村|社区)?(?:第[一二三四五六七八九十]{1,3}届)?${OTHER_BODY_WORDS}(?:委员会)?(?:主任|副主任|委员|成员|代表)?(?:选举|推选|换届选举)?(?:结果|情况|得票情况|投票情况|当选人员|当选名单|名单|人员)?(?:如下)?${HEADING_NOTE}[^\\S\\n]*(?:[:：][^\\S\\n]*)?$`,
  'u',
);
/** A line that names the committee and nothing more (`村民委员会：`, `居民委员会选举结果`): the committee's block. */
const COMMITTEE_HEADING = new RegExp(
  `^[^\\S\\n]*(?:[\\u4e00-\\u9fff]{1,8}?(?:村|社区))?(?:第[一二三四五六七八九十]{1,3}届)?${COMMITTEE_WORDS}(?:主任|副主任|委员|成员)?(?:选举|换届选举)?(?:结果|情况|得票情况|投票情况|当选人员|当选名单|名单|人员)?(?:如下)?${HEADING_NOTE}[^\\S\\n]*(?:[:：][^\\S\\n]*)?$`,
  'u',
);

/**
 * A line that opens with a body's name and a colon, the body's posts or votes after it on the same line
 * (`村民委员会：主任：韦国强，得票802票；委员：…`, `村务监督委员会主任：黎志明…`, `村民代表：第一组 韦建新 得票86票`):
 * group 1 is the words before the colon. Not a sentence after the colon that names no post and no figure
 * (`村务监督委员会：本次选举由村务监督委员会全程监督。`).
 */
const BODY_OPENING = new RegExp(
  `^([^\\S\\n]*(?:[\\u4e00-\\u9fff]{1,8}?(?:村|社区))?(?:第[一二三四五六七八九十]{1,3}届)?(?:${COMMITTEE_WORDS}|${OTHER_BODY_WORDS})(?:主任|副主任|委员|成员|代表)?(?:选举|推选|换届选举)?(?:结果|情况|得票情况|投票情况|当选人员|当选名单|名单|人员)?(?:如下)?[^\\S\\n]*[:：])(?=[^\\n]*(?:\\d|主任|委员(?!会)|成员|代表|组长))`,
  'u',
);

/** A heading line of a body and the lines under it, as offsets: `heading` is its line. */
interface BodyHeadingBlock {
  readonly start: number;
  readonly end: number;
  readonly heading: string;
}

/**
 * Words without the heading of their block (`村民委员会：`, with or without its colon), where that heading
 * names the committee alone. Another body's heading (`村务监督委员会：收回选票1180张…`) stays in the words: the
 * counts on or under it are that body's, never a restatement of the committee's opening ballots.
 */
function withoutBlockHeading(words: string, blockHeading: string): string {
  const heading = blockHeading.trim();
  if (heading === '' || !COMMITTEE_ALONE.test(heading) || OTHER_BODY.test(heading)) return words;
  return words
    .split(heading)
    .join(' ')
    .split(heading.replace(/[:：]$/, ''))
    .join(' ');
}

const COMMITTEE_ALONE = new RegExp(COMMITTEE_WORDS, 'u');
const OTHER_BODY = new RegExp(OTHER_BODY_WORDS, 'u');

/**
 * The blocks under unnumbered heading lines of a body (`村务监督委员会：` over its winners, `村民委员会：` over its
 * posts), and from a line opening with a body's name over its posts on that line (`村民委员会：主任：…；委员：…`),
 * each up to a blank line after its first line, a numbered heading (a numbered one sets its own section,
 * above) or the next such line: each body's posts are its own, so that the 主任 of the 村委会 and of the
 * 监委会 never meet. A numbered heading of a body is left to the sections of `sectionLevel`.
 */
function bodyHeadingBlocks(folded: string): BodyHeadingBlock[] {
  const blocks: BodyHeadingBlock[] = [];
  let open: { start: number; heading: string; lines: number } | null = null;
  let lineStart = 0;
  const close = (end: number) => {
    if (open && open.lines > 0) blocks.push({ start: open.start, end, heading: open.heading });
    open = null;
  };
  while (lineStart <= folded.length) {
    const newline = folded.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? folded.length : newline;
    const line = folded.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (blank) {
      if (open && open.lines > 0) close(lineStart);
    } else if (sectionLevel(line) > 0) close(lineStart);
    else if (BODY_HEADING.test(line) || COMMITTEE_HEADING.test(line)) {
      close(lineStart);
      open = { start: lineStart, heading: line, lines: 0 };
    } else if (BODY_OPENING.exec(line)) {
      // 村务监督委员会：主任：黎志明，得票830票: the body's posts on its own line, and on the lines after it.
      close(lineStart);
      open = { start: lineStart, heading: BODY_OPENING.exec(line)?.[1] ?? line, lines: 1 };
    } else if (open) open.lines += 1;
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  close(folded.length);
  return blocks;
}

/**
 * A numbered section's heading line (第二部分, 一、 二. , （一）, 1、): a heading naming a body
 * (`二、村务监督委员会选举结果`, `三、村民小组长选举结果`) holds for every line under it up to the next
 * numbered heading of its level or a higher one (`（一）主任` under `一、村民委员会` stays in it), the
 * 主任：… lines of its posts included, so that the votes and counts of one body's section never meet
 * those of another's (the 主任 of the 村委会 and of the 监委会). Its level, 1 the highest; 0 for none.
 */
function sectionLevel(line: string): number {
  const marked = SECTION_MARKS.findIndex((mark) => mark.test(line));
  return marked + 1;
}

const SECTION_MARKS: readonly RegExp[] = [
  /^[^\S\n]*第[一二三四五六七八九十]{1,3}(?:部分|项)/,
  /^[^\S\n]*[一二三四五六七八九十]{1,3}[^\S\n]*[、.．]/,
  /^[^\S\n]*[（(][^\S\n]*[一二三四五六七八九十]{1,3}[^\S\n]*[)）]/,
  /^[^\S\n]*(?:\d{1,2}[^\S\n]*[、．](?!\d)|[（(][^\S\n]*\d{1,2}[^\S\n]*[)）])/,
];

/** A short line of its own with no number: a paragraph's heading. */
function isHeadingLine(sentence: Sentence): boolean {
  return (
    sentence.paragraphStart &&
    sentence.end - sentence.start <= HEADING_LENGTH + 6 &&
    sentence.clauses.every((clause) => clause.tokens.length === 0)
  );
}

/**
 * A line that names a round and nothing more but, in brackets, that round's own counts, and ends with a
 * colon (`另行选举（参加投票1320人）：`, `第二轮投票(有效票1300张):`): the round it sets for the lines under it, as
 * a heading line with no number sets its own; null for any other line.
 */
const ROUND_HEADING_WITH_COUNTS =
  /^[^\S\n]*([^\d：:。，,；;（()）\n]{1,24})[（(]([^（()）\n]{1,40})[）)][^\S\n]*[：:][^\S\n]*$/;

function roundHeadingWithCounts(line: string): string | null {
  const [, words, bracket] = ROUND_HEADING_WITH_COUNTS.exec(line) ?? [];
  if (words === undefined) return null;
  // The round the bracket names as well (`第二次投票（另行选举）：`): the lines under it are of 第二次投票·另行选举,
  // as the first line's own heading sets it, not of 第二次投票 alone (before, the winner's votes under the
  // counts were set apart from them and left unjudged).
  const setting = settingWords(/\d/.test(bracket ?? '') ? words : `${words}（${bracket ?? ''}）`);
  return setting === '' ? null : setting;
}

const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * Whether a runoff's heading line (`另行选举：`, `第二次投票（另行选举）` alone on its line) goes on over a
 * paragraph after a blank line: the runoff's counts, a blank line, then its winner (`委员候选人唐建华得票380票，
 * 当选为委员。`). Before, the winner's votes were set apart from the runoff's counts and left unjudged. Up to
 * the next heading: not over a paragraph that opens with a label of its own (`村务监督委员会：`), names a time
 * or round of its own (`第一轮投票`, `上届`) or another body.
 */
function runoffGoesOn(section: string, opening: string | undefined, sentence: string): boolean {
  return (
    RUNOFF_WORDS.test(section) &&
    opening === undefined &&
    settingWords(sentence) === '' &&
    !OTHER_BODY.test(sentence)
  );
}

/** A heading before a colon at a paragraph's start, with no number in it. */
const HEADING_LENGTH = 24;
const HEADING = /^[^\d：:。，,]{1,24}[：:]/;

/**
 * A bracket closed before the figure that holds a count of its own (`得票1,382票（上届1,375票）`, `（2021年1,290票）`):
 * an aside on the figure before it, whose time is that count's alone, so it sets no time for the figures after
 * it in the sentence (before, `；委员姚丽萍（女），得票1,645票` after it was of the last term and never compared
 * with the valid ballots). Its words are blanked; a bracket with no count in it (`（2021年换届）`, `（上届）`) is
 * left, as it may label what follows. One pass over words already bounded (SETTING_WINDOW).
 */
function withoutClosedAsides(words: string): string {
  return words.replace(CLOSED_BRACKET, (bracket) =>
    ASIDE_COUNT.test(bracket) ? ' '.repeat(bracket.length) : bracket,
  );
}
const CLOSED_BRACKET = /[（(][^（()）\n]{1,40}[）)]/g;
/** A count with its unit in a bracket: votes, people, ballots, households or a share. */
const ASIDE_COUNT = /\d[^\S\n]*(?:票|张|人|户|名|%)/;

/** How far before a figure its sentence is searched for a setting. */
const SETTING_WINDOW = 160;

/** The figures of a sentence before a figure, at most a few: bounded, so that reading stays linear. */
function earlier(figures: readonly AnnouncedFigure[], at: number, start: number): AnnouncedFigure[] {
  const found: AnnouncedFigure[] = [];
  for (let back = at - 1; back >= Math.max(0, at - EARLIER_FIGURES); back--) {
    const other = figures[back];
    if (!other?.origin.span || other.origin.span[0] < start) break;
    found.push(other);
  }
  return found;
}

const EARLIER_FIGURES = 8;

/**
 * The words of a figure's sentence before it that belong to no other figure (经统计，… ; Later, …), with
 * marks and spaces dropped: what the sentence says of this figure beyond its own words.
 */
function leadOf(
  folded: string,
  from: number,
  at: number,
  spans: readonly (readonly [number, number])[],
  spanStarts: readonly number[],
): string {
  let words = '';
  let cursor = from;
  // The spans in [from, at), found by binary search: bounded by the window.
  let index = lastAtOrBefore(spanStarts, from);
  for (index = Math.max(0, index); index < spans.length; index++) {
    const span = spans[index];
    if (!span || span[0] >= at) break;
    if (span[1] <= cursor) continue;
    if (span[0] > cursor) words += folded.slice(cursor, span[0]) + ' ';
    cursor = Math.max(cursor, span[1]);
  }
  if (cursor < at) words += folded.slice(cursor, at);
  // The day and hour of the election are its own (2021年3月5日，…; 上午9时).
  return words
    .replace(DAY_OR_HOUR, ' ')
    .replace(/[\s,，、;；:：。.!?！？“”"'（）()\d%…—·-]+/g, ' ')
    .trim();
}

const DAY_OR_HOUR =
  /(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号]|[上下]午\s*\d{1,2}\s*[时点:：](?:\s*\d{1,2}\s*分?)?|\d{4}\s*年(?=\s*\d{1,2}\s*月)/g;

/** The index of the last value ≤ at in an ascending list, or -1. */
function lastAtOrBefore(values: readonly number[], at: number): number {
  return firstStartingAfter(values, at, (value) => value) - 1;
}
