import { BLANK, type Election } from '../model/election.js';
import type { ChoiceCounts } from '../model/tally.js';
import { choicesOf, judgeBallot, type BallotRules, type LiveBallot } from './live-ballot.js';

/** The running count of one box's live tally: what its ballot records would recount to. */
export interface LiveCount {
  ballots: number;
  /** Declared void (废票). */
  void: number;
  /** Whole ballots void for an overvote (void-ballot packs). */
  overvoted: number;
  /** Contest votes void for an overvote on otherwise valid ballots (void-contest packs). */
  contestsVoided: number;
  /** Whole ballots void for naming one person for two posts (packs with onePersonTwoPosts). */
  twoPosts: number;
  /** Contest id → tally key (candidate id, write-in name, `#blank`) → votes, from the valid ballots. */
  readonly votes: Map<string, ChoiceCounts>;
}

export function emptyLiveCount(election: Election): LiveCount {
  return {
    ballots: 0,
    void: 0,
    overvoted: 0,
    contestsVoided: 0,
    twoPosts: 0,
    votes: new Map(election.contests.map((contest) => [contest.id, new Map([[BLANK, 0]])])),
  };
}

/**
 * Adds a ballot to the count (sign 1) or takes it back out (sign -1, for undo), in place: each
 * ballot costs the same whatever the number counted before it.
 */
export function countBallot(
  count: LiveCount,
  ballot: LiveBallot,
  election: Election,
  rules: BallotRules,
  sign: 1 | -1 = 1,
): void {
  count.ballots += sign;
  const judgement = judgeBallot(ballot, election, rules);
  if (judgement.kind === 'void') count.void += sign;
  else if (judgement.kind === 'overvoted') count.overvoted += sign;
  else if (judgement.kind === 'two-posts') count.twoPosts += sign;
  if (judgement.kind !== 'valid') return;
  for (const contest of election.contests) {
    const votes = count.votes.get(contest.id)!;
    const chosen = choicesOf(ballot, contest);
    if (chosen.length === 0) add(votes, BLANK, sign);
    else if (chosen.length > contest.seats) count.contestsVoided += sign;
    else for (const key of chosen) add(votes, key, sign);
  }
}

function add(votes: ChoiceCounts, key: string, sign: 1 | -1): void {
  const next = (votes.get(key) ?? 0) + sign;
  // A write-in whose only vote is undone disappears, as it would from a recount of the records.
  if (next === 0 && key !== BLANK) votes.delete(key);
  else votes.set(key, next);
}

export function countLiveBallots(
  ballots: readonly LiveBallot[],
  election: Election,
  rules: BallotRules,
): LiveCount {
  const count = emptyLiveCount(election);
  for (const ballot of ballots) countBallot(count, ballot, election, rules);
  return count;
}
