import type { Election } from '../model/election.js';
import { judgeBallot, type BallotRules, type LiveBallot } from './live-ballot.js';

/** One mark on the ballot being entered: a name chosen in a contest. */
export interface Mark {
  readonly contest: string;
  readonly key: string;
}

/** The ballot being entered, not yet closed; marks in the order they were made (for taking one back). */
export interface BallotDraft {
  readonly void: boolean;
  readonly marks: readonly Mark[];
}

export const EMPTY_DRAFT: BallotDraft = { void: false, marks: [] };

export const isEmptyDraft = (draft: BallotDraft): boolean => !draft.void && draft.marks.length === 0;

/** Chooses a name in a contest, or takes it back if it was chosen: a name counts once per contest. */
export function toggleMark(draft: BallotDraft, mark: Mark): BallotDraft {
  const at = draft.marks.findIndex((made) => made.contest === mark.contest && made.key === mark.key);
  const marks = at >= 0 ? draft.marks.filter((_, index) => index !== at) : [...draft.marks, mark];
  return { void: false, marks };
}

/** Takes back the last mark (or the void mark). */
export function dropLastMark(draft: BallotDraft): BallotDraft {
  if (draft.void) return { ...draft, void: false };
  return { void: false, marks: draft.marks.slice(0, -1) };
}

/** Declares the whole ballot void (废票), or takes that back; a void ballot carries no names. */
export function toggleVoid(draft: BallotDraft): BallotDraft {
  return { void: !draft.void, marks: draft.void ? draft.marks : [] };
}

export function draftChoices(draft: BallotDraft): Record<string, string[]> {
  const choices: Record<string, string[]> = {};
  if (draft.void) return choices;
  for (const { contest, key } of draft.marks) (choices[contest] ??= []).push(key);
  return choices;
}

export function ballotFromDraft(draft: BallotDraft, number: number): LiveBallot {
  return { number, void: draft.void, choices: draftChoices(draft) };
}

/** A closed ballot opened again for correction (undo). */
export function draftFromBallot(ballot: LiveBallot): BallotDraft {
  const marks = Object.entries(ballot.choices).flatMap(([contest, keys]) =>
    keys.map((key) => ({ contest, key })),
  );
  return { void: ballot.void, marks };
}

/** Contests where the draft names more people than seats (what closing it would make an overvote). */
export function overvotedContests(draft: BallotDraft, election: Election, rules: BallotRules): string[] {
  const judgement = judgeBallot(ballotFromDraft(draft, 0), election, rules);
  return judgement.kind === 'valid' || judgement.kind === 'overvoted' ? [...judgement.overvoted] : [];
}
