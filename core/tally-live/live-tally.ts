import type { Election } from '../model/election.js';
import {
  EMPTY_DRAFT,
  ballotFromDraft,
  draftFromBallot,
  isEmptyDraft,
  overvotedContests,
  type BallotDraft,
} from './ballot-draft.js';
import type { BallotRules, LiveBallot } from './live-ballot.js';
import { countBallot, countLiveBallots, type LiveCount } from './live-count.js';

/**
 * The live tally of one box: the closed ballots, the ballot being entered and the running count.
 * Every change returns a new state (the count is shared and updated in place, one ballot's work).
 */
export interface LiveTallyState {
  readonly ballots: readonly LiveBallot[];
  readonly draft: BallotDraft;
  readonly count: LiveCount;
  /** Set when closing was refused once for an overvote: closing again records the ballot as read. */
  readonly overvoteWarned: readonly string[] | null;
}

export function startTally(
  ballots: readonly LiveBallot[],
  election: Election,
  rules: BallotRules,
): LiveTallyState {
  return {
    ballots,
    draft: EMPTY_DRAFT,
    count: countLiveBallots(ballots, election, rules),
    overvoteWarned: null,
  };
}

/** The number the ballot being entered will get. */
export const nextBallotNumber = (state: LiveTallyState): number => (state.ballots.at(-1)?.number ?? 0) + 1;

export function withDraft(state: LiveTallyState, draft: BallotDraft): LiveTallyState {
  return { ...state, draft, overvoteWarned: null };
}

export type CloseOutcome =
  | { readonly kind: 'closed'; readonly state: LiveTallyState; readonly ballot: LiveBallot }
  /** The ballot names more people than seats in these contests: the observer is told, and confirms. */
  | { readonly kind: 'overvote'; readonly state: LiveTallyState; readonly contests: readonly string[] };

/**
 * Closes the ballot being entered. A ballot naming more people than seats is refused the first time,
 * with the contests named; closing it again records it as read, and the count applies the rule pack
 * (the whole ballot void, or only that contest), as the recount of the records does.
 */
export function closeBallot(state: LiveTallyState, election: Election, rules: BallotRules): CloseOutcome {
  const overvoted = overvotedContests(state.draft, election, rules);
  if (overvoted.length > 0 && state.overvoteWarned === null) {
    return { kind: 'overvote', contests: overvoted, state: { ...state, overvoteWarned: overvoted } };
  }
  const ballot = ballotFromDraft(state.draft, nextBallotNumber(state));
  countBallot(state.count, ballot, election, rules);
  return {
    kind: 'closed',
    ballot,
    state: {
      ballots: [...state.ballots, ballot],
      draft: EMPTY_DRAFT,
      count: state.count,
      overvoteWarned: null,
    },
  };
}

/**
 * Opens the last closed ballot again as the ballot being entered (its marks back, its votes out of the
 * count). Only when nothing is being entered, so no mark is lost; null when there is nothing to undo.
 */
export function reopenLastBallot(
  state: LiveTallyState,
  election: Election,
  rules: BallotRules,
): { readonly state: LiveTallyState; readonly ballot: LiveBallot } | null {
  const last = state.ballots.at(-1);
  if (!last || !isEmptyDraft(state.draft)) return null;
  countBallot(state.count, last, election, rules, -1);
  return {
    ballot: last,
    state: {
      ballots: state.ballots.slice(0, -1),
      draft: draftFromBallot(last),
      count: state.count,
      overvoteWarned: null,
    },
  };
}
