import type { ThresholdBase } from '../rules/rule-pack.js';
import type {
  AnnouncedContest,
  AnnouncedFigures,
  CountFigure,
  ElectedFigure,
  VotesFigure,
} from './announced-figures.js';
import { sameName } from './figure-names.js';
import { settingOf } from './comparable-mentions.js';

/**
 * A notice of both rounds (委员缺额1名，当日进行另行选举。另行选举参加投票的选民1802人，收回选票1802张…。王刚得票
 * 846票…王刚当选为委员): the votes a declared winner has just before the declaration, stated after the
 * runoff's own counts with no count of another setting between, are the runoff's, and the runoff's
 * threshold is taken of those counts, not of the first round's.
 */
export interface RunoffVotes {
  readonly votes: VotesFigure;
  /** The runoff's count the threshold is of (its voters, or its valid ballots). */
  readonly base: CountFigure;
}

/** Words that set a count in a runoff (mention-settings.ts). */
const RUNOFF_SETTING = /另行选举|第二轮|第二次投票/;

/** The notice's whole-election counts in text order, found once for the notice. */
export function countsInOrder(notice: AnnouncedFigures): readonly CountFigure[] {
  return notice.figures
    .filter(
      (figure): figure is CountFigure =>
        figure.kind === 'count' && figure.contest === null && figure.origin.span !== undefined,
    )
    .sort((a, b) => (startOf(a) ?? 0) - (startOf(b) ?? 0));
}

/**
 * The runoff's votes of `name` and the count of `baseMeaning` they are judged of, or null when the votes
 * the declaration rests on are not provably the runoff's. `counts` are countsInOrder(notice).
 */
export function runoffVotesOf(
  notice: AnnouncedFigures,
  counts: readonly CountFigure[],
  elected: ElectedFigure,
  name: string,
  baseMeaning: ThresholdBase,
): RunoffVotes | null {
  const at = startOf(elected);
  if (at === null) return null;
  const votes = last(
    notice.figures.filter(
      (figure): figure is VotesFigure =>
        figure.kind === 'votes' &&
        sameName(figure.candidate, name) &&
        mayBeSameContest(figure.contest, elected.contest) &&
        before(figure, at),
    ),
  );
  const from = votes ? startOf(votes) : null;
  if (!votes || from === null) return null;
  const end = countsBefore(counts, from);
  const lastCount = counts[end - 1];
  if (!lastCount) return null;
  const setting = settingOf(lastCount);
  const scope = lastCount.scope ?? '';
  // The votes stand after the runoff's counts, of its place, and set in no other round.
  if (!RUNOFF_SETTING.test(setting) || (votes.scope ?? '') !== scope) return null;
  if (settingOf(votes) !== '' && settingOf(votes) !== setting) return null;
  // The runoff's counts: the run of counts in its setting right before the votes.
  let first = end - 1;
  while (first > 0 && settingOf(counts[first - 1]!) === setting && (counts[first - 1]!.scope ?? '') === scope)
    first -= 1;
  const run = counts.slice(first, end);
  const meanings = baseMeaning === 'cast' ? (['cast', 'returned'] as const) : ([baseMeaning] as const);
  for (const meaning of meanings) {
    const stated = run.filter((count) => count.meaning === meaning);
    // Two counts of one meaning in the run with different values: which is the runoff's is not certain.
    if (stated.length > 0)
      return new Set(stated.map((count) => count.value)).size === 1 ? { votes, base: stated[0]! } : null;
  }
  return null;
}

/** How many of the counts (in text order) stand before `at`. */
function countsBefore(counts: readonly CountFigure[], at: number): number {
  let [low, high] = [0, counts.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((startOf(counts[middle]!) ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

const startOf = (figure: VotesFigure | ElectedFigure | CountFigure): number | null =>
  figure.origin.span?.[0] ?? null;

const before = (figure: VotesFigure | CountFigure, at: number): boolean => {
  const start = startOf(figure);
  return start !== null && start < at;
};

function last<T extends VotesFigure | CountFigure>(figures: readonly T[]): T | undefined {
  let found: T | undefined;
  for (const figure of figures)
    if (!found || (startOf(figure) ?? -1) > (startOf(found) ?? -1)) found = figure;
  return found;
}

/** Whether two contests may be one: the same, or either not named. */
export function mayBeSameContest(a: AnnouncedContest | null, b: AnnouncedContest | null): boolean {
  if (a === null || b === null) return true;
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return sameName(a.text, b.text);
}
