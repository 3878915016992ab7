import type { Contest, Round } from '../model/election.js';
import type { CandidateResult, ContestResult } from '../model/report.js';
import type { ChoiceCounts } from '../model/tally.js';
import type { RulePack, Threshold } from '../rules/rule-pack.js';
import { meetsThreshold, votesNeeded } from '../rules/threshold.js';
import { contestStandings, type ContestStandings } from './contest-standings.js';
import { decideWinners, type SeatTie } from './decide-winners.js';
import { roundThreshold, type ThresholdBases } from './round-threshold.js';

/** A contest's result with what the checks need to explain it. */
export interface ContestDecision {
  readonly contest: Contest;
  readonly result: ContestResult;
  readonly standings: ContestStandings;
  readonly threshold: Threshold | null;
  /** The threshold's base value (e.g. ballots cast), null when unknown or when there is no threshold. */
  readonly thresholdBase: number | null;
  readonly tie: SeatTie | null;
}

export interface ContestContext {
  readonly pack: RulePack;
  readonly round: Round;
  readonly bases: ThresholdBases;
  readonly validBallots: number;
  /** A void election elects no one. */
  readonly electionValid: boolean;
}

export function evaluateContest(
  contest: Contest,
  totals: ChoiceCounts,
  context: ContestContext,
): ContestDecision {
  const standings = contestStandings(contest, totals);
  const threshold = roundThreshold(context.pack, context.round);
  const thresholdBase = threshold ? context.bases[threshold.base] : null;
  const isEligible = (votes: number): boolean =>
    threshold === null ? true : thresholdBase !== null && meetsThreshold(votes, thresholdBase, threshold);
  const decision = context.electionValid
    ? decideWinners(standings.ranked, contest.seats, isEligible)
    : { elected: [], tie: null };
  const electedIds = new Set(decision.elected.map((standing) => standing.id));
  const candidates: CandidateResult[] = standings.ranked.map((standing) => ({
    id: standing.id,
    name: standing.name,
    ...(standing.gender ? { gender: standing.gender } : {}),
    votes: standing.votes,
    writeIn: standing.writeIn,
    elected: electedIds.has(standing.id),
  }));
  const result: ContestResult = {
    id: contest.id,
    name: contest.name,
    seats: contest.seats,
    validBallots: context.validBallots,
    blank: standings.blank,
    candidates,
    elected: decision.elected.map((standing) => standing.id),
    unfilledSeats: contest.seats - decision.elected.length,
    votesNeeded: threshold && thresholdBase !== null ? votesNeeded(thresholdBase, threshold) : null,
  };
  return { contest, result, standings, threshold, thresholdBase, tie: decision.tie };
}
