import type { BoxSheet } from '../model/tally.js';

/** Ballot accounting summed over the boxes. Figures no box states are null, never guessed. */
export interface BallotTotals {
  /** Ballots issued, when every box states it; null otherwise (a partial sum would mislead). */
  readonly issued: number | null;
  /** Ballots returned (cast), summed over the boxes that state it. */
  readonly cast: number;
  readonly invalid: number;
  /** Cast minus invalid, never below zero (a box with more void than returned is a finding). */
  readonly valid: number;
  /** Boxes whose sheet does not state `returned`: the cast figure leaves them out. */
  readonly boxesWithoutReturned: readonly string[];
  /** Voters who signed in (投票人数), when every box states it; null otherwise, as `issued`. */
  readonly voters: number | null;
  /** Boxes whose sheet does not state the voters who signed in. */
  readonly boxesWithoutVoters: readonly string[];
}

export function ballotTotals(sheets: readonly BoxSheet[]): BallotTotals {
  let issued = 0;
  let everyIssued = sheets.length > 0;
  let cast = 0;
  let invalid = 0;
  const boxesWithoutReturned: string[] = [];
  let voters = 0;
  const boxesWithoutVoters: string[] = [];
  for (const sheet of sheets) {
    if (sheet.voters === undefined) boxesWithoutVoters.push(sheet.box);
    else voters += sheet.voters;
    if (sheet.issued === undefined) everyIssued = false;
    else issued += sheet.issued;
    if (sheet.returned === undefined) boxesWithoutReturned.push(sheet.box);
    else cast += sheet.returned;
    invalid += sheet.invalid ?? 0;
  }
  return {
    issued: everyIssued ? issued : null,
    cast,
    invalid,
    valid: Math.max(0, cast - invalid),
    boxesWithoutReturned,
    voters: sheets.length > 0 && boxesWithoutVoters.length === 0 ? voters : null,
    boxesWithoutVoters,
  };
}
