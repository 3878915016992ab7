import type { Standing } from './contest-standings.js';
import { pushAll } from '../model/long-lists.js';

/** Candidates with equal votes across the last seats: the tool does not break the tie. */
export interface SeatTie {
  readonly tied: readonly Standing[];
  readonly votes: number;
  /** Seats the tied compete for, left open. */
  readonly seatsOpen: number;
}

export interface WinnerDecision {
  readonly elected: readonly Standing[];
  readonly tie: SeatTie | null;
}

/**
 * Fills seats by rank among those eligible (those meeting the round's threshold; never anyone with
 * no votes). When a group with equal votes is larger than the seats left, none of the group is
 * elected and those seats stay open for a re-vote between the tied.
 */
export function decideWinners(
  ranked: readonly Standing[],
  seats: number,
  isEligible: (votes: number) => boolean,
): WinnerDecision {
  const eligible = ranked.filter((standing) => standing.votes > 0 && isEligible(standing.votes));
  const elected: Standing[] = [];
  let index = 0;
  while (elected.length < seats && index < eligible.length) {
    const votes = eligible[index]?.votes;
    const group = eligible.filter((standing) => standing.votes === votes);
    const seatsLeft = seats - elected.length;
    if (group.length > seatsLeft)
      return { elected, tie: { tied: group, votes: votes ?? 0, seatsOpen: seatsLeft } };
    pushAll(elected, group);
    index += group.length;
  }
  return { elected, tie: null };
}
