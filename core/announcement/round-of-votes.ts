import type { Round } from '../model/election.js';
import type { Bilingual } from '../model/finding.js';
import { roundThreshold } from '../recount/round-threshold.js';
import type { RulePack } from '../rules/rule-pack.js';
import { countedBaseName, describeThreshold, meetsThreshold, votesNeeded } from '../rules/threshold.js';
import type {
  AnnouncedContest,
  AnnouncedFigures,
  CountFigure,
  ElectedFigure,
  VotesFigure,
} from './announced-figures.js';
import { settingOf } from './comparable-mentions.js';
import { sameName } from './figure-names.js';
import { normalizeText } from './normalize-text.js';
import { votesApartFromCount } from './own-election-figures.js';
import { namesRevote, ofVoidVote, roundNamed, RUNOFF_WORDS } from './round-words.js';
import { indexAtOrAfter } from './sorted-positions.js';
import { enCounts } from '../text/english-count.js';
import { firstStartingAfter } from './text-places.js';

/**
 * Which round's counts stand before a declared winner's votes, when the notice may report two rounds.
 *
 * - `runoff`: the votes just before the declaration stand right after the runoff's own counts, of its
 *   place, with no count of another setting between (委员缺额1名，当日进行另行选举。另行选举参加投票的选民1802人，
 *   收回选票1802张…。王刚得票846票…王刚当选为委员): they are the runoff's, judged by the runoff's threshold of
 *   `base`, the runoff's count, not of the first round's.
 * - `short`: the votes are stated for two rounds (石小川得票1341票 in the 第一次投票, 830 in the 另行选举), each
 *   count naming its round (round-words.ts) with that round's voters (or ballots returned) stated in its
 *   setting, and each falls short of its own round's threshold: the declaration fails whichever it rests on.
 * - `unsure`: different votes in the contest (or with no post named) and neither of the above: which one the
 *   declaration rests on, with which threshold, is not certain, and nothing is judged.
 * - `revote`: in a notice saying candidates tied and were voted on again (tieRevote), the votes just before
 *   the declaration stand right after the re-vote's own counts, of its place, set in the re-vote
 *   (重新投票：参加投票的选民1180人，曾丽得票650票，当选为委员): they are judged by those counts and by the votes of
 *   the others in the re-vote (`rivals`, the same setting, place and contest, after its counts and before
 *   the declaration), never by the first vote's voters.
 * - null: one count of votes, or none; the winner is judged as of the notice's own round.
 */
export type RoundOfVotes =
  | { readonly kind: 'runoff'; readonly votes: VotesFigure; readonly base: CountFigure }
  | {
      readonly kind: 'revote';
      readonly votes: VotesFigure;
      readonly base: CountFigure;
      readonly rivals: readonly VotesFigure[];
    }
  | { readonly kind: 'short'; readonly short: readonly RoundShortfall[] }
  | { readonly kind: 'unsure'; readonly values: readonly bigint[] };

export interface RoundShortfall {
  readonly votes: VotesFigure;
  readonly needed: number;
  readonly words: Bilingual;
}

/**
 * What the rounds are read from, found once for a notice so that reading every winner stays linear: its
 * whole-election counts in text order, the same counts by place, setting and meaning, and every votes
 * figure by the name it is of.
 */
export interface RoundIndex {
  readonly counts: readonly CountFigure[];
  readonly countsBySetting: ReadonlyMap<string, readonly CountFigure[]>;
  readonly votesByName: ReadonlyMap<string, readonly VotesFigure[]>;
  /** Every votes figure with a place in the text, in text order, and where each starts. */
  readonly votes: readonly VotesFigure[];
  readonly voteStarts: readonly number[];
  /** Whether the notice says candidates tied and were voted on again (AnnouncedFigures.tieRevote). */
  readonly tieRevote: boolean;
}

export function indexRounds(notice: AnnouncedFigures): RoundIndex {
  const counts: CountFigure[] = [];
  const countsBySetting = new Map<string, CountFigure[]>();
  const votesByName = new Map<string, VotesFigure[]>();
  const votes: VotesFigure[] = [];
  for (const figure of notice.figures) {
    if (figure.kind === 'votes') push(votesByName, nameKey(figure.candidate), figure);
    if (figure.kind === 'votes' && figure.origin.span !== undefined) votes.push(figure);
    if (figure.kind !== 'count' || figure.contest !== null) continue;
    // In the notice's order: the first count of a setting is the round's.
    push(countsBySetting, settingKey(figure, figure.meaning), figure);
    if (figure.origin.span !== undefined) counts.push(figure);
  }
  counts.sort((a, b) => (startOf(a) ?? 0) - (startOf(b) ?? 0));
  votes.sort((a, b) => (startOf(a) ?? 0) - (startOf(b) ?? 0));
  return {
    counts,
    countsBySetting,
    votesByName,
    votes,
    voteStarts: votes.map((figure) => startOf(figure) ?? 0),
    tieRevote: notice.tieRevote !== undefined,
  };
}

/** Every votes figure of `name` (sameName), in the notice's order. */
export function votesNamed(index: RoundIndex, name: string): readonly VotesFigure[] {
  return index.votesByName.get(nameKey(name)) ?? [];
}

/** The one reading of a winner's votes by round: see RoundOfVotes. */
export function roundOfVotes(
  index: RoundIndex,
  pack: RulePack,
  elected: ElectedFigure,
  name: string,
): RoundOfVotes | null {
  // Every votes figure of the winner in the contest or with no post named: a runoff's are often written
  // without one (主任候选人太志强得票820票 … 另行选举，太志强得票901票，太志强当选为主任).
  const votes = votesNamed(index, name).filter((figure) => mayBeSameContest(figure.contest, elected.contest));
  const ofRevote = revoteVotes(index, elected, votes);
  if (ofRevote) return ofRevote;
  const ofRunoff = runoffVotes(index, pack, elected, votes);
  if (ofRunoff) return ofRunoff;
  const values = [...new Set(votes.map((figure) => figure.value))];
  if (values.length < 2) return null;
  const short = shortOfEveryRound(index, pack, votes);
  return short ? { kind: 'short', short } : { kind: 'unsure', values };
}

/** The runoff's votes and the runoff's count they are judged of, or null when not provably the runoff's. */
function runoffVotes(
  index: RoundIndex,
  pack: RulePack,
  elected: ElectedFigure,
  votes: readonly VotesFigure[],
): RoundOfVotes | null {
  const threshold = roundThreshold(pack, 'runoff');
  const at = startOf(elected);
  if (!threshold || at === null) return null;
  const { counts } = index;
  const last = lastBefore(votes, at) ?? votesInDeclaration(votes, elected, counts);
  const from = last ? startOf(last) : null;
  if (!last || from === null) return null;
  const end = countsBefore(counts, from);
  const lastCount = counts[end - 1];
  if (!lastCount) return null;
  const setting = settingOf(lastCount);
  const scope = lastCount.scope ?? '';
  // The votes stand after the runoff's counts, of its place, and set in no other round.
  if (!RUNOFF_WORDS.test(setting) || (last.scope ?? '') !== scope) return null;
  if (settingOf(last) !== '' && settingOf(last) !== setting) return null;
  // The runoff's counts: the run of counts in its setting right before the votes.
  let first = end - 1;
  while (first > 0 && settingOf(counts[first - 1]!) === setting && (counts[first - 1]!.scope ?? '') === scope)
    first -= 1;
  const run = counts.slice(first, end);
  const meanings = threshold.base === 'cast' ? (['cast', 'returned'] as const) : ([threshold.base] as const);
  for (const meaning of meanings) {
    const stated = run.filter((count) => count.meaning === meaning);
    // Two counts of one meaning in the run with different values: which is the runoff's is not certain.
    if (stated.length > 0)
      return new Set(stated.map((count) => count.value)).size === 1
        ? { kind: 'runoff', votes: last, base: stated[0]! }
        : null;
  }
  return null;
}

/**
 * The re-vote's votes, its count of voters (else ballots returned) and the others' votes in it, or null when
 * the votes are not provably the re-vote's (RoundOfVotes `revote`).
 */
function revoteVotes(
  index: RoundIndex,
  elected: ElectedFigure,
  votes: readonly VotesFigure[],
): RoundOfVotes | null {
  const at = startOf(elected);
  if (at === null) return null;
  const last = lastBefore(votes, at);
  const from = last ? startOf(last) : null;
  if (!last || from === null) return null;
  const setting = settingOf(last);
  const scope = last.scope ?? '';
  if (!namesRevote(setting) || ofVoidVote(setting)) return null;
  const { counts } = index;
  const end = countsBefore(counts, from);
  const inRevote = (count: CountFigure | undefined): count is CountFigure =>
    count !== undefined && settingOf(count) === setting && (count.scope ?? '') === scope;
  if (!inRevote(counts[end - 1])) return null;
  let first = end - 1;
  while (first > 0 && inRevote(counts[first - 1])) first -= 1;
  const run = counts.slice(first, end);
  const stated =
    [
      run.filter((count) => count.meaning === 'cast'),
      run.filter((count) => count.meaning === 'returned'),
    ].find((found) => found.length > 0) ?? [];
  // None stated, or two different: the re-vote's voters are not certain.
  if (stated.length === 0 || new Set(stated.map((count) => count.value)).size !== 1) return null;
  // The others in it: up to the declaration, or, in a block of its own (a report form's rows, the winner's
  // first), up to the next count of another setting.
  let after = end;
  while (after < counts.length && inRevote(counts[after])) after += 1;
  const blockEnd = counts[after] === undefined ? Infinity : (startOf(counts[after]!) ?? Infinity);
  const rivals = index.votes
    .slice(
      indexAtOrAfter(index.voteStarts, startOf(run[0]!) ?? 0),
      indexAtOrAfter(index.voteStarts, Math.max(at + 1, blockEnd)),
    )
    .filter(
      (figure) =>
        settingOf(figure) === setting &&
        (figure.scope ?? '') === scope &&
        !sameName(figure.candidate, last.candidate) &&
        mayBeSameContest(figure.contest, elected.contest),
    );
  // A notice that does not say the candidates tied: the re-vote's block (a report form's 再次投票 heading)
  // is one only where the tie stands before it, each of its candidates with the same votes.
  if (!index.tieRevote && !tieShownBefore(index, elected, [last, ...rivals], startOf(run[0]!) ?? 0))
    return null;
  return { kind: 'revote', votes: last, base: stated[0]!, rivals };
}

/**
 * Whether the candidates of a re-vote (its winner and the others in it) tied before it: each has one count
 * of votes in the contest before the re-vote's counts, of the same place and set in no re-vote, and all
 * have the same (胡春生 688, 马立军 688 ⏎ 再次投票 ⏎ 参加投票人数 ⏎ 1,030 …). Anything else (one of them with none
 * or two, or different votes) shows no tie the re-vote settled.
 */
function tieShownBefore(
  index: RoundIndex,
  elected: ElectedFigure,
  inRevote: readonly VotesFigure[],
  revoteAt: number,
): boolean {
  if (inRevote.length < 2) return false;
  const values = new Set<bigint>();
  for (const figure of inRevote) {
    const before = votesNamed(index, figure.candidate).filter(
      (earlier) =>
        (startOf(earlier) ?? revoteAt) < revoteAt &&
        !namesRevote(settingOf(earlier)) &&
        (earlier.scope ?? '') === (figure.scope ?? '') &&
        mayBeSameContest(earlier.contest, elected.contest),
    );
    if (before.length !== 1) return false;
    values.add(before[0]!.value);
  }
  return values.size === 1;
}

/**
 * Whether a declared winner's votes are those of a re-vote that settled a tie (RoundOfVotes `revote`): the
 * tie before it was settled by the re-vote, and is no tie left open (TIE).
 */
export function wonInRevote(index: RoundIndex, elected: ElectedFigure, name: string): boolean {
  const votes = votesNamed(index, name).filter((figure) => mayBeSameContest(figure.contest, elected.contest));
  return revoteVotes(index, elected, votes) !== null;
}

/**
 * Each count of votes against its own round's threshold, taken of its own round's voters: the shortfalls
 * when every one falls short, else null (one meets its round's, or a round or its voters are not stated).
 */
function shortOfEveryRound(
  index: RoundIndex,
  pack: RulePack,
  votes: readonly VotesFigure[],
): RoundShortfall[] | null {
  const short: RoundShortfall[] = [];
  // Votes set in no round beside votes set in a runoff are the first round's: a notice of both rounds
  // whose headings name no round of their own takes the first round's words as its own (mention-settings.ts).
  const besideRunoff = votes.some((figure) => roundNamed(settingOf(figure)) === 'runoff');
  for (const figure of votes) {
    const round =
      roundNamed(settingOf(figure)) ?? (besideRunoff && settingOf(figure) === '' ? 'first' : null);
    const threshold = round ? roundThreshold(pack, round) : null;
    if (!round || !threshold) return null;
    const voters =
      threshold.base === 'valid'
        ? countOfRound(index, figure, 'valid')
        : (countOfRound(index, figure, 'cast') ?? countOfRound(index, figure, 'returned'));
    const base = threshold.base === 'registered' ? countOfRound(index, figure, 'registered') : voters;
    if (!base) return null;
    const value = Number(figure.value);
    const of = Number(base.value);
    if (meetsThreshold(value, of, threshold)) return null;
    const rule = describeThreshold(threshold, countedBaseName(threshold.base, of));
    const needed = votesNeeded(of, threshold);
    short.push({
      votes: figure,
      needed,
      words: {
        zh: `${ROUND_NAMES[round].zh}${value}票，须${rule.zh}，即至少${needed}票`,
        en: enCounts`${ROUND_NAMES[round].en} ${value} votes, where a seat needs ${rule.en}, that is at least ${needed}`,
      },
    });
  }
  return short;
}

const ROUND_NAMES: Record<Round, Bilingual> = {
  first: { zh: '第一次投票', en: 'in the first round' },
  runoff: { zh: '另行选举', en: 'in the runoff' },
};

/** The round's count of `meaning`: the first whole-election count not set apart from the votes. */
function countOfRound(index: RoundIndex, votes: VotesFigure, meaning: string): CountFigure | undefined {
  return index.countsBySetting
    .get(settingKey(votes, meaning))
    ?.find((count) => votesApartFromCount(votes, count) === null);
}

/** Whether two contests may be one: the same, or either not named. */
export function mayBeSameContest(a: AnnouncedContest | null, b: AnnouncedContest | null): boolean {
  if (a === null || b === null) return true;
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return sameName(a.text, b.text);
}

/** What sameName compares. */
export const nameKey = (name: string): string => normalizeText(name.trim());

/** Counts a votes figure may be of share its place and setting (votesApartFromCount). */
const settingKey = (figure: CountFigure | VotesFigure, meaning: string): string =>
  `${figure.scope ?? ''}|${settingOf(figure)}|${meaning}`;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How many of the counts (in text order) stand before `at`. */
/**
 * Where a winner's votes, set in no round of their own, stand right after the counts of a round other
 * than the voters' the threshold is taken of (另行选举结果公告: 第一次投票，…参加投票的选民1503人…。安志刚得票1211票，
 * 当选为主任。 … 另行选举，参加投票的选民1310人): the round those counts name (第一次投票), for the votes
 * may be of it, not of the voters'. Null when the last count before them is in the voters' setting, or
 * names no round, or the votes have a setting of their own.
 */
export function roundOfCountsBefore(
  index: RoundIndex,
  votes: VotesFigure,
  voters: CountFigure,
): string | null {
  const from = startOf(votes);
  if (from === null) return null;
  const last = index.counts[countsBefore(index.counts, from) - 1];
  if (!last || settingOf(votes) !== settingOf(voters)) return null;
  const setting = settingOf(last);
  return setting !== settingOf(voters) && roundNamed(setting) !== null ? setting : null;
}

function countsBefore(counts: readonly CountFigure[], at: number): number {
  return firstStartingAfter(counts, at - 1, (count) => startOf(count) ?? 0);
}

const startOf = (figure: VotesFigure | ElectedFigure | CountFigure): number | null =>
  figure.origin.span?.[0] ?? null;

/**
 * The votes figure standing last before `at`, or at it: a declaration that states its votes
 * (Li Wei was elected with 650 votes) starts where they do.
 */
/**
 * How far after the end of a declaration's own words the votes it names may start: `Liu Bo and Wang Yi were
 * elected members with 700 and 650 votes respectively` ends its words at the first count, and the second
 * name's count follows it.
 */
const DECLARATION_VOTES_REACH = 24;

/**
 * The winner's votes given in the declaration itself, after its names (`In the second round, 1,850 voted;
 * Liu Bo and Wang Yi were elected members with 700 and 650 votes respectively`), where no votes of that
 * name stand before it: the first such votes starting within the declaration's words or right after them,
 * with no count stated between the declaration's start and them (their round's counts are those before).
 */
function votesInDeclaration(
  votes: readonly VotesFigure[],
  elected: ElectedFigure,
  counts: readonly CountFigure[],
): VotesFigure | undefined {
  const span = elected.origin.span;
  if (span === undefined) return undefined;
  const [start, end] = span;
  let found: VotesFigure | undefined;
  for (const figure of votes) {
    const at = startOf(figure);
    if (at === null || at < start || at > end + DECLARATION_VOTES_REACH) continue;
    if (!found || at < (startOf(found) ?? Infinity)) found = figure;
  }
  const at = found ? startOf(found) : null;
  if (at === null || countsBefore(counts, at) !== countsBefore(counts, start)) return undefined;
  return found;
}

function lastBefore(votes: readonly VotesFigure[], at: number): VotesFigure | undefined {
  let found: VotesFigure | undefined;
  for (const figure of votes) {
    const start = startOf(figure);
    if (start !== null && start <= at && (!found || start > (startOf(found) ?? -1))) found = figure;
  }
  return found;
}
