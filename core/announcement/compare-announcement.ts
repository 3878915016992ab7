import type { Election } from '../model/election.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { enCounts, englishCount } from '../text/english-count.js';
import type { CandidateResult, ContestResult, Turnout } from '../model/report.js';
import type { CountSlack } from '../recount/uncertain-outcomes.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  AnnouncedContest,
  CountMeaning,
  CountFigure,
  ElectedFigure,
  ShareTerm,
} from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import { exactShareText, judgePercent, roundedShare } from './percent-rule.js';
import { COUNT_NAMES, englishCountOf, quoted, sameName, termName, whereOf } from './figure-names.js';
import { unmatchedFinding, type UnmatchedReason } from './unmatched-figure.js';
import { pushAll } from '../model/long-lists.js';

export interface RecountSummary {
  readonly turnout: Turnout;
  readonly contests: readonly ContestResult[];
  /** Where ballots' repeated records differ: how far the recount's counts may be off. */
  readonly slack?: CountSlack;
}

/**
 * Compares what the announcement states with the recount. Every stated figure that differs is an
 * ANNOUNCED_MISMATCH with `expected` = the recount's value and `found` = the announced value; announced
 * winners that differ from those the rules elect are ANNOUNCED_WINNER_MISMATCH. Figures the
 * announcement does not state are not compared; a figure naming a contest the election does not hold,
 * or a person no candidate matches with certainty, is not compared either but said so (UNREAD_FIGURE).
 */
export function compareAnnouncement(
  figures: AnnouncedFigures,
  recount: RecountSummary,
  election: Election | null,
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  const lookup = new RecountLookup(recount, election);
  const mismatch = (
    figure: AnnouncedFigure,
    contest: string | null,
    candidate: string | null,
    expected: number | string,
    found: number | string,
    messages: Bilingual,
  ) =>
    findings.push(
      makeFinding(
        {
          code: 'ANNOUNCED_MISMATCH',
          severity: 'error',
          messages,
          contest,
          candidate,
          expected,
          found,
          where: whereOf(figures, figure),
        },
        lang,
      ),
    );
  for (const figure of figures.figures) {
    if (figure.kind === 'count') {
      if (figure.contest && !lookup.contestOf(figure.contest, [])) {
        findings.push(unmatchedFinding(figures, figure, 'unknown-contest', figure.contest.text, lang));
        continue;
      }
      const counted = lookup.count(figure);
      if (!counted || BigInt(counted.value) === figure.value) continue;
      const name = COUNT_NAMES[figure.meaning];
      const note = slackNote(recount.slack, figure.meaning, Number(figure.value) - counted.value);
      mismatch(figure, counted.contest, null, counted.value, Number(figure.value), {
        zh: `公告${name.zh}为${figure.value}，复核为${counted.value}（“${quoted(figure)}”）${note.zh}`,
        en: enCounts`The notice states ${englishCountOf(figure.meaning, figure.value)}; the recount has ${counted.value} (“${quoted(figure)}”)${note.en}`,
      });
    } else if (figure.kind === 'votes') {
      const resolved = lookup.resolve(figure.contest, [figure.candidate]);
      if ('reason' in resolved) {
        findings.push(unmatchedFinding(figures, figure, resolved.reason, resolved.name, lang));
        continue;
      }
      const { contest } = resolved;
      const candidate = lookup.candidate(contest, figure.candidate);
      const counted = candidate?.votes ?? 0;
      if (BigInt(counted) === figure.value) continue;
      const note = slackNote(recount.slack, 'votes', Number(figure.value) - counted);
      mismatch(figure, contest.id, candidate?.id ?? figure.candidate, counted, Number(figure.value), {
        zh: `公告${contest.name}${figure.candidate}得票${figure.value}，复核为${counted}票（“${quoted(figure)}”）${note.zh}`,
        en: enCounts`The notice gives ${figure.candidate} ${englishCount(figure.value, 'vote')} for ${contest.name}; the recount has ${counted} (“${quoted(figure)}”)${note.en}`,
      });
    } else if (figure.kind === 'percent') {
      const unmatched = [figure.part, figure.whole]
        .map((term) => (term.kind === 'votes' ? lookup.resolve(term.contest, [term.candidate]) : null))
        .find((resolved) => resolved !== null && 'reason' in resolved);
      if (unmatched && 'reason' in unmatched) {
        findings.push(unmatchedFinding(figures, figure, unmatched.reason, unmatched.name, lang));
        continue;
      }
      const part = lookup.shareValue(figure.part);
      const whole = lookup.shareValue(figure.whole);
      if (part === null || whole === null) continue;
      if (judgePercent(figure.value, BigInt(part), BigInt(whole)).kind !== 'disagrees') continue;
      // A candidate's share of the ballots cast may be given of the valid ballots: right of those, no mismatch.
      const valid =
        figure.part.kind === 'votes' && figure.whole.kind === 'count'
          ? lookup.shareValue({ kind: 'count', meaning: 'valid' })
          : null;
      if (valid !== null && judgePercent(figure.value, BigInt(part), BigInt(valid)).kind === 'agrees')
        continue;
      const expected = decimalText(roundedShare(BigInt(part), BigInt(whole), figure.value.decimals)) + '%';
      const exact = exactShareText(BigInt(part), BigInt(whole));
      const partName = termName(figure.part);
      const wholeName = termName(figure.whole);
      const contest =
        figure.part.kind === 'votes' ? lookup.contestOf(figure.part.contest, [figure.part.candidate]) : null;
      const candidate =
        contest && figure.part.kind === 'votes'
          ? lookup.candidate(contest, figure.part.candidate)
          : undefined;
      mismatch(
        figure,
        contest?.id ?? null,
        candidate?.id ?? null,
        expected,
        decimalText(figure.value) + '%',
        {
          zh: `公告“${quoted(figure)}”，但复核${partName.zh}${part}占${wholeName.zh}${whole}的${exact}，应为${expected}`,
          en: enCounts`The notice states “${quoted(figure)}”, but in the recount ${part} ${partName.en} of ${whole} ${wholeName.en} is ${exact}, which rounds to ${expected}, not the ${decimalText(figure.value)}% stated`,
        },
      );
    }
  }
  pushAll(findings, compareWinners(figures, lookup, lang));
  return findings;
}

/**
 * Words for a difference (notice minus recount) that ballots with differing repeated records could
 * account for (core/recount/uncertain-outcomes.ts): ballots returned or cast may be more by the records
 * past the first; votes, valid, void and abstaining ballots fewer or more. Empty otherwise.
 */
function slackNote(
  slack: CountSlack | undefined,
  meaning: CountMeaning | 'votes',
  difference: number,
): Bilingual {
  if (!slack || meaning === 'registered' || meaning === 'issued') return { zh: '', en: '' };
  const [low, high] =
    meaning === 'cast' || meaning === 'returned' ? [0, slack.extraBallots] : [-slack.down, slack.up];
  if (difference < low || difference > high) return { zh: '', en: '' };
  return {
    zh: '；重复而内容不同的选票记录可能正是这一差别的来由',
    en: '; ballot records that repeat with different contents could account for this difference',
  };
}

function compareWinners(figures: AnnouncedFigures, lookup: RecountLookup, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const announced = new Map<ContestResult, { figure: ElectedFigure; keys: Set<string> }>();
  // A contest with one declared name the recount cannot tell is not compared at all: that person may
  // be the very winner the rules elect.
  const unsure = new Set<ContestResult>();
  for (const figure of figures.figures) {
    if (figure.kind !== 'elected') continue;
    const resolved = lookup.resolve(figure.contest, figure.names);
    if ('reason' in resolved) {
      findings.push(unmatchedFinding(figures, figure, resolved.reason, resolved.name, lang));
      if (resolved.contest) unsure.add(resolved.contest);
      continue;
    }
    const { contest } = resolved;
    const entry = announced.get(contest) ?? { figure, keys: new Set<string>() };
    for (const name of figure.names) entry.keys.add(lookup.candidate(contest, name)?.id ?? name);
    announced.set(contest, entry);
  }
  for (const [contest, { figure, keys }] of announced) {
    // Winners the recount leaves undecided (OUTCOME_UNDECIDED) are neither confirmed nor contradicted.
    if (unsure.has(contest) || contest.undecided) continue;
    const byRules = new Set(contest.elected);
    const nameOf = (key: string) => contest.candidates.find((candidate) => candidate.id === key)?.name ?? key;
    const expected = [...byRules].map(nameOf).join('、');
    const found = [...keys].map(nameOf).join('、');
    const push = (candidate: string, messages: Bilingual) =>
      findings.push(
        makeFinding(
          {
            code: 'ANNOUNCED_WINNER_MISMATCH',
            severity: 'error',
            messages,
            contest: contest.id,
            candidate,
            expected,
            found,
            where: whereOf(figures, figure),
          },
          lang,
        ),
      );
    for (const key of keys) {
      if (byRules.has(key)) continue;
      const votes = contest.candidates.find((candidate) => candidate.id === key)?.votes ?? 0;
      const tied = tiedForLastSeat(contest, key, votes);
      if (tied.length > 0) {
        const others = tied.map((candidate) => candidate.name);
        push(key, {
          zh: `公告${nameOf(key)}当选${contest.name}，但${nameOf(key)}与${others.join('、')}同得${votes}票，票数相等，争最后的名额；本工具不抽签，该名额空缺，应就票数相等者再次投票`,
          en: enCounts`The notice declares ${nameOf(key)} elected ${contest.name}, but ${nameOf(key)} and ${others.join(', ')} have ${englishCount(votes, 'vote')} each for the last seat; the tool draws no lots: the seat stays open for a re-vote between them`,
        });
        continue;
      }
      const needed = contest.votesNeeded === null ? '' : `，当选需至少${contest.votesNeeded}票`;
      const neededEn =
        contest.votesNeeded === null ? '' : enCounts`; a seat needs at least ${contest.votesNeeded}`;
      push(key, {
        zh: `公告${nameOf(key)}当选${contest.name}，但按规则未当选（复核得票${votes}${needed}）`,
        en: enCounts`The notice declares ${nameOf(key)} elected ${contest.name}, but the rules do not elect them (recounted votes ${votes}${neededEn})`,
      });
    }
    for (const key of byRules) {
      if (keys.has(key)) continue;
      push(key, {
        zh: `按规则${nameOf(key)}当选${contest.name}，但公告未列其为当选`,
        en: enCounts`The rules elect ${nameOf(key)} ${contest.name}, but the notice does not declare them elected`,
      });
    }
  }
  return findings;
}

/** Finds the recount's figure for an announced one: contests by id or name, candidates by id or name. */
class RecountLookup {
  constructor(
    private readonly recount: RecountSummary,
    private readonly election: Election | null,
  ) {}

  count(figure: Pick<CountFigure, 'meaning' | 'contest'>): { value: number; contest: string | null } | null {
    const { turnout } = this.recount;
    switch (figure.meaning) {
      case 'registered':
        return turnout.registered === null ? null : { value: turnout.registered, contest: null };
      case 'cast':
      case 'returned': // ballots cast are ballots returned, void ones included (contract §5)
        return { value: turnout.cast, contest: null };
      case 'issued':
        return turnout.issued === null ? null : { value: turnout.issued, contest: null };
      // Not known where a box's void count exceeds its returned ballots: that finding stands alone.
      case 'valid':
        return turnout.validUnknown ? null : { value: turnout.valid, contest: null };
      case 'invalid':
        return turnout.validUnknown ? null : { value: turnout.invalid, contest: null };
      case 'abstained': {
        const only = this.recount.contests.length === 1 ? this.recount.contests[0] : undefined;
        const contest = figure.contest ? this.contestOf(figure.contest, []) : only;
        return contest ? { value: contest.blank, contest: contest.id } : null;
      }
    }
  }

  /** The recount's value of one term of a share; null for groups, which the recount does not know. */
  shareValue(term: ShareTerm): number | null {
    switch (term.kind) {
      case 'count':
        return this.count({ meaning: term.meaning, contest: null })?.value ?? null;
      case 'votes': {
        const contest = this.contestOf(term.contest, [term.candidate]);
        if (!contest) return null;
        const candidate = this.candidate(contest, term.candidate);
        return candidate ? candidate.votes : writtenAlike(term.candidate, contest) ? 0 : null;
      }
      case 'group':
        return null;
    }
  }

  /**
   * The contest of a figure whose every name is a candidate (or write-in) of it; else why it cannot be
   * compared: a contest id the election does not hold, or a name the contest (or, with no contest
   * named, any one contest) does not have. `contest` is there when the contest itself is known.
   */
  resolve(
    ref: AnnouncedContest | null,
    names: readonly string[],
  ):
    | { readonly contest: ContestResult }
    | { readonly reason: UnmatchedReason; readonly name: string; readonly contest?: ContestResult } {
    const contest = this.contestOf(ref, names);
    if (!contest && ref?.id != null) return { reason: 'unknown-contest', name: ref.text };
    if (contest) {
      const unknown = names.find((name) => !this.candidate(contest, name) && !writtenAlike(name, contest));
      return unknown === undefined ? { contest } : { reason: 'unknown-name', name: unknown, contest };
    }
    const unknown = names.find((name) => this.recount.contests.every((held) => !this.candidate(held, name)));
    if (unknown !== undefined) return { reason: 'unknown-name', name: unknown };
    return ref ? { reason: 'unknown-contest', name: ref.text } : { reason: 'no-contest', name: '' };
  }

  /** The contest a figure belongs to: the one it names, else the only one that has all the names. */
  contestOf(ref: AnnouncedContest | null, names: readonly string[]): ContestResult | null {
    const { contests } = this.recount;
    if (ref) {
      const named = contests.find(
        (contest) =>
          (ref.id !== null && contest.id === ref.id) ||
          sameName(contest.name, ref.text) ||
          contest.id === ref.text ||
          this.definedName(contest.id) === ref.text,
      );
      if (named) return named;
      // An id is the election's own (JSON, or a contest the reader mapped): one it does not hold is no
      // other contest, whatever names it lists.
      if (ref.id !== null) return null;
    }
    if (names.length === 0) return null;
    const holding = contests.filter((contest) => names.every((name) => this.candidate(contest, name)));
    return holding.length === 1 ? (holding[0] ?? null) : null;
  }

  candidate(contest: ContestResult, written: string): CandidateResult | undefined {
    return (
      contest.candidates.find((candidate) => candidate.id === written) ??
      contest.candidates.find((candidate) => sameName(candidate.name, written))
    );
  }

  private definedName(contestId: string): string | undefined {
    return this.election?.contests.find((contest) => contest.id === contestId)?.name;
  }
}

/**
 * Whether a name no candidate of the contest has is certainly none of them: written in the same letters
 * as all of them (characters beside characters). The recount counts every name written on a ballot, so
 * such a name truly has 0 votes there. A name in Latin letters beside candidates in characters (or the
 * other way) may be any of them spelt otherwise: it is not compared.
 */
function writtenAlike(name: string, contest: ContestResult): boolean {
  const latin = LATIN.test(name);
  return contest.candidates.length > 0 && contest.candidates.every((held) => LATIN.test(held.name) === latin);
}
const LATIN = /[A-Za-z]/;

/**
 * The others a candidate the rules leave unelected ties with for a seat left open: as many votes, enough
 * for a seat, and none of them elected. Empty when the candidate simply has too few votes.
 */
function tiedForLastSeat(contest: ContestResult, key: string, votes: number): CandidateResult[] {
  if (contest.unfilledSeats <= 0 || votes <= 0) return [];
  if (contest.votesNeeded !== null && votes < contest.votesNeeded) return [];
  return contest.candidates.filter(
    (candidate) =>
      candidate.id !== key && candidate.votes === votes && !contest.elected.includes(candidate.id),
  );
}
