import type { Election } from '../model/election.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  AnnouncedContest,
  CountMeaning,
  GroupFigure,
  ShareTerm,
  TextSpan,
  UnreadFigure,
  VotesFigure,
} from './announced-figures.js';
import { findElected } from './find-elected.js';
import {
  BRACKETED_SHARE,
  GROUP_HEADING,
  PART_MARK,
  PLACES_TOTAL_MARK,
  PLACE_NOUN,
  SHARE_OF,
  TOTAL_MARK,
  TURNOUT_RATE,
  VOTE_RATE,
  countMeaningOf,
  defaultWholeOf,
  groupLabel,
  nameAtEnd,
} from './figure-words.js';
import { normalizeText } from './normalize-text.js';
import { wholeNumber } from './parse-number.js';
import { contestResolver } from './resolve-contest.js';
import { scanNumbers, type NumberToken } from './scan-numbers.js';
import { segmentText, type Sentence } from './segment-text.js';
import { SummaryTotals, type GroupKind } from './summary-totals.js';

/**
 * Reads the figures of an announcement written as prose (Chinese, simplified or traditional, or
 * English): each number gets a meaning from the words before it (or, failing that, after it) within
 * its clause, or is listed as unread. See docs/announcement.md for the patterns.
 */
export function readAnnouncementText(text: string, election?: Election): AnnouncedFigures {
  const folded = normalizeText(text);
  const reader = new TextReader(text, folded, election);
  for (const sentence of segmentText(folded, scanNumbers(folded))) reader.readSentence(sentence);
  return { figures: reader.figures, unread: reader.unread };
}

const VOTE_UNITS = new Set(['票', 'vote', 'votes']);
const PERSON_UNITS = new Set([
  '人',
  '名',
  '位',
  'people',
  'person',
  'persons',
  'member',
  'members',
  'women',
  'men',
]);
/** English words after a number that name the people counted: 64 committee members, 17 women. */
const ENGLISH_PEOPLE_AFTER = /^\s*((?:[a-z-]+\s+){0,3}?(?:members?|women|men|people|persons|chairs?))\b/i;
/** `X中，` before parts: 村委会成员中，女性… (X must name people). */
const NAMED_TOTAL = /^(?:在)?(.{2,24}?(?:成员|委员|干部|人员|代表|主任|书记|班子))中$/;

/** What the reader remembers between sentences and clauses. */
interface SentenceState {
  contest: AnnouncedContest | null;
  lastFigure: AnnouncedFigure | null;
  lastVotes: VotesFigure | null;
}

class TextReader {
  readonly figures: AnnouncedFigure[] = [];
  readonly unread: UnreadFigure[] = [];
  private readonly resolveContest;
  private readonly candidateNames: readonly string[];
  /** Which total the groups of a summary are parts of. */
  private readonly summary = new SummaryTotals();

  constructor(
    private readonly original: string,
    private readonly folded: string,
    election?: Election,
  ) {
    this.resolveContest = contestResolver(election);
    this.candidateNames = (election?.contests ?? [])
      .flatMap((contest) => contest.candidates.map((candidate) => normalizeText(candidate.name)))
      .filter((name) => name !== '')
      .sort((a, b) => b.length - a.length);
  }

  readSentence(sentence: Sentence): void {
    // A line with no figure (a heading such as 三、村党组织换届情况) starts the people of a summary afresh.
    if (sentence.paragraphStart && sentence.clauses.every((clause) => clause.tokens.length === 0))
      this.summary.paragraph();
    this.summary.sentence();
    const state: SentenceState = { contest: null, lastFigure: null, lastVotes: null };
    for (const clause of sentence.clauses) {
      let floor = clause.start;
      // A heading such as 主任： sets the contest for the rest of the sentence.
      for (const colon of clause.colons) {
        const heading = this.folded.slice(floor, colon);
        if (clause.tokens.some((token) => token.span[0] >= floor && token.span[0] < colon)) break;
        const contest = this.resolveContest(heading);
        // 女性成员：15名 and Members aged under 35: 12 count people of a summary, not votes in a contest.
        const next = clause.tokens.find((token) => token.span[0] > colon);
        const countsPeople =
          GROUP_HEADING.test(heading) || (next?.unit != null && PERSON_UNITS.has(next.unit));
        if (contest && !countMeaningOf(heading) && !countsPeople) {
          state.contest = contest;
          floor = colon + 1;
        }
      }
      if (this.folded[clause.start - 1] === ';') this.summary.semicolon();
      if (clause.tokens.length === 0) this.readTotalMark(this.folded.slice(floor, clause.end));
      let labelStart = floor;
      clause.tokens.forEach((token, index) => {
        const trailerEnd = clause.tokens[index + 1]?.span[0] ?? clause.end;
        const figure = this.readNumber(
          token,
          Math.max(labelStart, floor),
          trailerEnd,
          clause.start,
          clause.end,
          state,
        );
        // The next label starts after this figure's words (16个村（社区）ends after the places).
        labelStart = Math.max(token.end, figure?.origin.span?.[1] ?? 0);
      });
      this.readElected(sentence, clause, floor, state);
    }
  }

  private readNumber(
    token: NumberToken,
    labelStart: number,
    trailerEnd: number,
    clauseStart: number,
    clauseEnd: number,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const label = this.folded.slice(labelStart, token.span[0]);
    const trailer = this.folded.slice(token.end, trailerEnd);
    const figure = token.percent
      ? this.percentFigure(token, labelStart, label, trailer, state)
      : this.countingFigure(token, labelStart, label, trailer, trailerEnd, state);
    if (!figure) {
      this.unread.push({
        span: token.span,
        text: this.original.slice(token.span[0], token.span[1]),
        context: this.original.slice(clauseStart, clauseEnd).trim(),
      });
      return null;
    }
    this.figures.push(figure);
    state.lastFigure = figure;
    if (figure.kind === 'votes') state.lastVotes = figure;
    return figure;
  }

  private countingFigure(
    token: NumberToken,
    labelStart: number,
    label: string,
    trailer: string,
    trailerEnd: number,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const value = wholeNumber(token.value);
    if (value === null) return null;
    const fromLabel = countMeaningOf(label);
    if (fromLabel) return this.count(fromLabel, value, this.spanFrom(labelStart, token.end), state);
    const isVotes = token.unit !== null ? VOTE_UNITS.has(token.unit) : state.contest !== null;
    if (isVotes) {
      const name = this.nameIn(label);
      if (!name) return null;
      const [nameStart, nameEnd] = [labelStart + name[0], labelStart + name[1]];
      const inline = name[0] > 0 ? this.resolveContest(label.slice(0, name[0])) : null;
      return {
        kind: 'votes',
        contest: state.contest ?? inline,
        candidate: this.original.slice(nameStart, nameEnd),
        value,
        origin: this.origin([nameStart, token.end]),
      };
    }
    const fromTrailer = countMeaningOf(trailer);
    if (fromTrailer) return this.count(fromTrailer, value, this.spanTo(token.span[0], trailerEnd), state);
    if (token.unit !== null && PERSON_UNITS.has(token.unit))
      return this.group('people', label, labelStart, token, value, trailer);
    if (token.unit === 'villages' || token.unit === 'communities')
      return this.group('places', label, labelStart, token, value, trailer, '');
    const place = PLACE_NOUN.exec(this.folded.slice(token.end, trailerEnd));
    if ((token.unit === '个' || place) && (place || /村|社区|一肩挑/.test(label)))
      return this.group('places', label, labelStart, token, value, trailer, place?.[0]);
    // English summaries: `64 committee members were elected`, `Women: 17`.
    if (ENGLISH_PEOPLE_AFTER.test(trailer) || (/:\s*$/.test(label) && GROUP_HEADING.test(label)))
      return this.group('people', label, labelStart, token, value, trailer);
    return null;
  }

  /** A clause with no number: 其中， opens parts; 村委会成员中， names their total. */
  private readTotalMark(words: string): void {
    if (PART_MARK.test(words)) return this.summary.partMark();
    const named = NAMED_TOTAL.exec(words.trim());
    if (named?.[1]) this.summary.namedTotal(groupLabel(named[1]));
  }

  private count(meaning: CountMeaning, value: bigint, span: TextSpan, state: SentenceState): AnnouncedFigure {
    return {
      kind: 'count',
      meaning,
      contest: meaning === 'abstained' ? state.contest : null,
      value,
      origin: this.origin(span),
    };
  }

  private group(
    kind: GroupKind,
    label: string,
    labelStart: number,
    token: NumberToken,
    value: bigint,
    trailer: string,
    placeNoun?: string,
  ): GroupFigure | null {
    const englishNoun = ENGLISH_PEOPLE_AFTER.exec(trailer)?.[1];
    let name = groupLabel(label);
    let end = token.end;
    let totalMark =
      kind === 'places' ? PLACES_TOTAL_MARK.test(label) : TOTAL_MARK.test(`${label} ${trailer}`);
    if (placeNoun === '') name = token.unit ?? '';
    else if (placeNoun !== undefined) {
      // 全镇16个村（社区）: places named after their count are the township's; parts name them before
      // the count (实现“一肩挑”的村15个) or not at all (“一肩挑”的15个).
      end = token.end + placeNoun.length;
      name = this.original.slice(token.end, end).trim();
      totalMark = true;
    } else if (name === '' && englishNoun !== undefined) {
      end = token.end + (ENGLISH_PEOPLE_AFTER.exec(trailer)?.[0].length ?? 0);
      name = groupLabel(englishNoun);
    } else if (name === '' && token.unit !== null && /^(women|men)$/.test(token.unit)) name = token.unit;
    if (name === '') return null;
    const placed = this.summary.add(name, kind, totalMark, PART_MARK.test(label));
    return {
      kind: 'group',
      label: name,
      partOf: placed.partOf,
      value,
      origin: this.origin(this.spanFrom(labelStart, end)),
    };
  }

  private percentFigure(
    token: NumberToken,
    labelStart: number,
    label: string,
    trailer: string,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const words = `${label} ${trailer}`;
    const share = this.shareOf(label, trailer, labelStart, words, state);
    if (!share) return null;
    return {
      kind: 'percent',
      value: token.value,
      part: share.part,
      whole: share.whole,
      origin: this.origin(this.spanFrom(labelStart, token.span[1])),
    };
  }

  /** What a percentage is a share of, from the words around it; null when they do not say. */
  private shareOf(
    label: string,
    trailer: string,
    labelStart: number,
    words: string,
    state: SentenceState,
  ): { part: ShareTerm; whole: ShareTerm } | null {
    const cast: ShareTerm = { kind: 'count', meaning: 'cast' };
    if (TURNOUT_RATE.test(words)) return { part: cast, whole: { kind: 'count', meaning: 'registered' } };
    if (VOTE_RATE.test(words)) {
      const rate = VOTE_RATE.exec(label);
      const name = this.nameIn(label.slice(0, rate?.index ?? label.length));
      if (name) {
        const candidate = this.original.slice(labelStart + name[0], labelStart + name[1]);
        return { part: { kind: 'votes', contest: state.contest, candidate }, whole: cast };
      }
      const votes = state.lastVotes;
      return votes
        ? { part: { kind: 'votes', contest: votes.contest, candidate: votes.candidate }, whole: cast }
        : null;
    }
    // 女性15名（25.9%）, 1,322 (71.1%): a share of the count just before it.
    const bracketed = BRACKETED_SHARE.test(label);
    const at = bracketed ? 0 : label.search(SHARE_OF);
    if (at < 0) return null;
    const part = this.partTerm(bracketed ? '' : label.slice(0, at), state);
    if (!part) return null;
    const after = bracketed ? '' : label.slice(at);
    const base = namedBase(after, trailer);
    const wholeMeaning = countMeaningOf(base);
    if (wholeMeaning) return { part, whole: { kind: 'count', meaning: wholeMeaning } };
    if (base !== '') {
      // A base named in words: a group stated before, or one whose count the text does not give.
      if (part.kind !== 'group') return null;
      const whole = this.summary.knownLabel(base) ?? base;
      return whole !== part.label ? { part, whole: { kind: 'group', label: whole } } : null;
    }
    if (part.kind === 'count') {
      const whole = defaultWholeOf(part.meaning);
      return whole ? { part, whole: { kind: 'count', meaning: whole } } : null;
    }
    // 王林812票，占62.1%: of the ballots cast (as 得票率); in brackets or after “or” the text does not say.
    if (part.kind === 'votes') return /占/.test(after) ? { part, whole: cast } : null;
    const total = this.summary.baseOf(part.label);
    return total && total !== part.label ? { part, whole: { kind: 'group', label: total } } : null;
  }

  /** The part of a share: named before 占 (有效票占…, 女性成员占…), else the figure just read. */
  private partTerm(before: string, state: SentenceState): ShareTerm | null {
    const meaning = countMeaningOf(before);
    if (meaning) return { kind: 'count', meaning };
    const label = groupLabel(before);
    if (label !== '') return { kind: 'group', label: this.summary.knownLabel(label) ?? label };
    const last = state.lastFigure;
    if (!last) return null;
    switch (last.kind) {
      case 'count':
        return { kind: 'count', meaning: last.meaning };
      case 'votes':
        return { kind: 'votes', contest: last.contest, candidate: last.candidate };
      case 'group':
        return { kind: 'group', label: last.label };
      default:
        return null;
    }
  }

  private readElected(
    sentence: Sentence,
    clause: Sentence['clauses'][number],
    floor: number,
    state: SentenceState,
  ): void {
    const text = this.folded.slice(clause.start, clause.end);
    const chinese = text.search(/当选/);
    const english = text.search(/\belected\b/i);
    if (chinese < 0 && english < 0) return;
    const at = clause.start + (chinese >= 0 ? chinese : english);
    const tokensBefore = (chinese >= 0 ? clause.tokens : sentence.clauses.flatMap((c) => c.tokens)).filter(
      (token) => token.end <= at,
    );
    const lastTokenEnd = tokensBefore.at(-1)?.end ?? 0;
    const start =
      chinese >= 0 ? clause.start : Math.max(sentence.start, this.folded.lastIndexOf(':', at) + 1);
    // Chinese names stand in the clause (A、B、C当选); English ones run across commas (A, B and C were elected).
    const regionStart = Math.max(start, chinese >= 0 ? floor : start, lastTokenEnd);
    for (const mention of findElected(this.folded, regionStart, clause.end)) {
      const names = mention.names
        .map(([from, to]) => this.original.slice(from, to).trim())
        .filter((name) => name !== '');
      if (names.length === 0 && state.lastVotes) names.push(state.lastVotes.candidate);
      // Names are no lower-case words: `64 committee members were elected` declares no one.
      else if (chinese < 0 && names.every((name) => /^[a-z0-9]/.test(name))) continue;
      if (names.length === 0) continue;
      const contest = this.resolveContest(mention.role) ?? state.contest ?? state.lastVotes?.contest ?? null;
      this.figures.push({
        kind: 'elected',
        contest,
        names,
        origin: this.origin(this.spanTo(mention.span[0], clause.end)),
      });
    }
  }

  /** A candidate's name at the end of a label: a name of the election if one is there, else a name-like word. */
  private nameIn(label: string): readonly [number, number] | null {
    const trimmed = label.replace(/[\s:：]+$/, '');
    for (const name of this.candidateNames) {
      const at = trimmed.lastIndexOf(name);
      if (
        at >= 0 &&
        /^(得票数?|获得|获票|获|共得|得|票数|为|\s|received|got|obtained|with)*$/i.test(
          trimmed.slice(at + name.length),
        )
      )
        return [at, at + name.length];
    }
    return nameAtEnd(label);
  }

  private spanFrom(start: number, end: number): TextSpan {
    const lead = /^(?:[^\p{L}\p{N}]|其中)*/u.exec(this.folded.slice(start, end))?.[0].length ?? 0;
    return [start + lead, end];
  }

  private spanTo(start: number, end: number): TextSpan {
    const trail = /[^\p{L}\p{N}%]*$/u.exec(this.folded.slice(start, end))?.[0].length ?? 0;
    return [start, end - trail];
  }

  private origin(span: TextSpan): { span: TextSpan; text: string } {
    return { span, text: this.original.slice(span[0], span[1]) };
  }
}

/**
 * The base a share names in words, if any: after 占 (占女性成员的 → 女性成员, 占收回选票的 → 收回选票), or
 * after the percentage in English (26.6% of all members → members); '' when it names none (占, 占比).
 */
function namedBase(afterShareWord: string, trailer: string): string {
  const chinese = afterShareWord
    .replace(/^(占比|占|比例|比重|accounting for|making up|or)/i, '')
    .replace(/^(为|达到|达|是|约)+/, '')
    .replace(/(的|总数|总人数|人数|比例|比重|为|达到|达|是|约|近|超过)+$/, '');
  const english = /^\s*of\s+(?:the\s+|all\s+)*([^,;()]+)/i.exec(trailer)?.[1] ?? '';
  const words = chinese.trim() !== '' ? chinese : english;
  return countMeaningOf(words) ? words : groupLabel(words);
}
