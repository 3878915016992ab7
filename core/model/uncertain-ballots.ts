/**
 * Ballots whose records repeat with different contents (the same box and ballot number, other names or
 * another void mark). Each is counted once, as its first record in the file gives it; which record is
 * right, or whether the others are other ballots given a wrong number, the records cannot tell. So a
 * name's votes may be `ballots` fewer or `records` more than counted (each uncertain ballot may take a
 * vote away; each of its records may add one), and ballots returned up to `records - ballots` more.
 */
export interface UncertainBallots {
  /** Ballots (box, number) whose records differ. */
  readonly ballots: number;
  /** All the records of those ballots, the counted first ones included. */
  readonly records: number;
  /** The same per box. */
  readonly boxes: ReadonlyMap<string, { readonly ballots: number; readonly records: number }>;
  /** The first of them by name, with the lines of their records (file order). */
  readonly listed: readonly UncertainBallot[];
  /** The ballot records' file, for messages. */
  readonly file: string;
}

export interface UncertainBallot {
  readonly box: string;
  readonly ballot: string;
  readonly lines: readonly number[];
  /** Records in all (more than `lines` holds when there are many). */
  readonly records: number;
}

/** No uncertainty: every repeat was identical, or none. */
export function noUncertainBallots(file = ''): UncertainBallots {
  return { ballots: 0, records: 0, boxes: new Map(), listed: [], file };
}
