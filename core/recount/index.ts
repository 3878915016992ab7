// Public surface of core/recount.
export { evaluateElection, type ElectionEvaluation, type EvaluationInput } from './evaluate-election.js';
export { verdictOf, type VerdictInput } from './verdict.js';
export { evaluateContest, type ContestDecision, type ContestContext } from './evaluate-contest.js';
export { decideWinners, type SeatTie, type WinnerDecision } from './decide-winners.js';
export { contestStandings, type ContestStandings, type Standing } from './contest-standings.js';
export { ballotTotals, type BallotTotals } from './ballot-totals.js';
export { registeredElectorate, type RegisteredElectorate } from './registered-electorate.js';
export { electionValidity, type ElectionValidity, type VoidReason } from './election-validity.js';
export { roundThreshold, type ThresholdBases } from './round-threshold.js';
export { committeeOutcome } from './committee-outcome.js';
