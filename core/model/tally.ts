import { BLANK } from './election.js';
import type { FindingLocation } from './finding.js';

/**
 * Counts as they are read from tally sheets or ballot records. An `ElectionTally` is a monoid under
 * `mergeTallies` with `emptyTally()` as identity: boxes may be counted in any order, in chunks or in
 * parallel, and merged afterwards with the same result.
 */

/** Votes per choice within one contest. Keys are candidate ids, write-in names, or `#blank`. */
export type ChoiceCounts = Map<string, number>;

/** Ballot accounting of one box (票箱) as its tally sheet states it; absent figures were not stated. */
export interface BoxSheet {
  readonly box: string;
  readonly registered?: number;
  readonly issued?: number;
  readonly returned?: number;
  /** Whole ballots declared void (废票); they still count as cast. */
  readonly invalid?: number;
  /**
   * Where `invalid` was read (file and line and column, sheet and cell, or JSON path), kept when it
   * exceeds `returned`: such a void count cannot be right, and the finding that says so names its cell.
   */
  readonly invalidCell?: FindingLocation;
  /**
   * Voters who signed in and voted at this box (投票人数), where the sheet states it (an optional
   * column): the figure some provincial measures compare the ballots returned with.
   */
  readonly voters?: number;
}

/** Votes of one box: contest id -> choice -> votes. */
export interface BoxVotes {
  readonly box: string;
  readonly contests: Map<string, ChoiceCounts>;
}

/** Votes of every box, keyed by box id. */
export interface ElectionTally {
  readonly boxes: Map<string, BoxVotes>;
}

/** Whether a sheet states more void ballots than it returned: a void count that cannot be right. */
export const voidBeyondReturned = (sheet: Pick<BoxSheet, 'invalid' | 'returned'>): boolean =>
  sheet.invalid !== undefined && sheet.returned !== undefined && sheet.invalid > sheet.returned;

export function emptyTally(): ElectionTally {
  return { boxes: new Map() };
}

function addCounts(into: ChoiceCounts, from: ChoiceCounts): void {
  for (const [choice, votes] of from) into.set(choice, (into.get(choice) ?? 0) + votes);
}

/** Adds one vote count to a tally, in place. The hot path of every reader. */
export function addVotes(
  tally: ElectionTally,
  box: string,
  contest: string,
  choice: string,
  votes: number,
): void {
  let boxVotes = tally.boxes.get(box);
  if (!boxVotes) {
    boxVotes = { box, contests: new Map() };
    tally.boxes.set(box, boxVotes);
  }
  let counts = boxVotes.contests.get(contest);
  if (!counts) {
    counts = new Map();
    boxVotes.contests.set(contest, counts);
  }
  counts.set(choice, (counts.get(choice) ?? 0) + votes);
}

/** The monoid operation: a new tally holding the sums of both. Neither argument is changed. */
export function mergeTallies(a: ElectionTally, b: ElectionTally): ElectionTally {
  const merged = emptyTally();
  addTally(merged, a);
  addTally(merged, b);
  return merged;
}

/**
 * Adds every vote of `source` into `into`, which it changes: what mergeTallies gives, for a tally summed
 * from many parts (a workbook's sheets, one per box) without copying the sum so far for each part.
 */
export function addTally(into: ElectionTally, source: ElectionTally): void {
  for (const [box, boxVotes] of source.boxes) {
    for (const [contest, counts] of boxVotes.contests) {
      for (const [choice, votes] of counts) addVotes(into, box, contest, choice, votes);
    }
  }
}

/** Votes per choice of one contest summed over all boxes. */
export function contestTotals(tally: ElectionTally, contest: string): ChoiceCounts {
  const totals: ChoiceCounts = new Map();
  for (const boxVotes of tally.boxes.values()) {
    const counts = boxVotes.contests.get(contest);
    if (counts) addCounts(totals, counts);
  }
  return totals;
}

/** Sum of the votes cast for names (blank excluded). */
export function votesForNames(counts: ChoiceCounts): number {
  let sum = 0;
  for (const [choice, votes] of counts) if (choice !== BLANK) sum += votes;
  return sum;
}
