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
  PART_MARK,
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
const PERSON_UNITS = new Set(['人', '名', '位', 'people', 'person', 'persons', 'member', 'members']);

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
  /** The group total that parts (其中 …) refer to, and whether parts are being listed. */
  private groupTotal: string | null = null;
  private partsOpen = false;

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
    if (sentence.paragraphStart) this.groupTotal = null;
    this.partsOpen = false;
    const state: SentenceState = { contest: null, lastFigure: null, lastVotes: null };
    for (const clause of sentence.clauses) {
      let floor = clause.start;
      // A heading such as 主任： sets the contest for the rest of the sentence.
      for (const colon of clause.colons) {
        const heading = this.folded.slice(floor, colon);
        if (clause.tokens.some((token) => token.span[0] >= floor && token.span[0] < colon)) break;
        const contest = this.resolveContest(heading);
        if (contest && !countMeaningOf(heading)) {
          state.contest = contest;
          floor = colon + 1;
        }
      }
      if (clause.tokens.length === 0 && PART_MARK.test(this.folded.slice(floor, clause.end)))
        this.partsOpen = true;
      let labelStart = floor;
      clause.tokens.forEach((token, index) => {
        const trailerEnd = clause.tokens[index + 1]?.span[0] ?? clause.end;
        this.readNumber(token, Math.max(labelStart, floor), trailerEnd, clause.start, clause.end, state);
        labelStart = token.end;
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
  ): void {
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
      return;
    }
    this.figures.push(figure);
    state.lastFigure = figure;
    if (figure.kind === 'votes') state.lastVotes = figure;
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
      return this.group(label, labelStart, token, value);
    return null;
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

  private group(label: string, labelStart: number, token: NumberToken, value: bigint): GroupFigure | null {
    const name = groupLabel(label);
    if (name === '') return null;
    let partOf: string | null = null;
    if (TOTAL_MARK.test(label)) this.partsOpen = false;
    else if (PART_MARK.test(label) || this.partsOpen) {
      partOf = this.groupTotal;
      this.partsOpen = partOf !== null;
    }
    if (partOf === null) this.groupTotal = name;
    return {
      kind: 'group',
      label: name,
      partOf,
      value,
      origin: this.origin(this.spanFrom(labelStart, token.end)),
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
    const share = this.shareOf(label, labelStart, words, state);
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
    const at = label.search(SHARE_OF);
    if (at < 0 || !/占/.test(label)) return null;
    const before = label.slice(0, at);
    const after = label.slice(at);
    const part = this.partTerm(before, state);
    if (!part) return null;
    const wholeMeaning = countMeaningOf(after);
    if (wholeMeaning) return { part, whole: { kind: 'count', meaning: wholeMeaning } };
    if (part.kind === 'count') {
      const whole = defaultWholeOf(part.meaning);
      return whole ? { part, whole: { kind: 'count', meaning: whole } } : null;
    }
    if (part.kind === 'votes') return { part, whole: cast };
    const total =
      state.lastFigure?.kind === 'group' && state.lastFigure.label === part.label
        ? state.lastFigure.partOf
        : this.groupTotal;
    return total && total !== part.label ? { part, whole: { kind: 'group', label: total } } : null;
  }

  /** The part of a share: named before 占 (有效票占…, 女性成员占…), else the figure just read. */
  private partTerm(before: string, state: SentenceState): ShareTerm | null {
    const meaning = countMeaningOf(before);
    if (meaning) return { kind: 'count', meaning };
    const label = groupLabel(before);
    if (label !== '') return { kind: 'group', label };
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
