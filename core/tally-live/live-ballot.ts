import type { Contest, Election } from '../model/election.js';
import type { RulePack } from '../rules/rule-pack.js';

/**
 * One paper ballot as it was read out at the counting table (唱票). `choices` maps a contest id to the
 * names chosen there, as tally keys (candidate ids, or write-in names as typed); an empty or absent
 * list is an abstention (弃权). A ballot the counting staff declared void (废票) has no choices.
 */
export interface LiveBallot {
  /** 1, 2, 3 … in the order the ballots were read out; also its `ballot` in ballots.csv. */
  readonly number: number;
  readonly void: boolean;
  readonly choices: Readonly<Record<string, readonly string[]>>;
}

/** How the rule pack treats one ballot (the same judgement as the ballot-record recount's). */
export type BallotJudgement =
  | { readonly kind: 'void' }
  | { readonly kind: 'valid'; readonly overvoted: readonly string[] }
  | { readonly kind: 'overvoted'; readonly overvoted: readonly string[] }
  | { readonly kind: 'two-posts' };

/** The rule pack's part that decides a single ballot. */
export type BallotRules = Pick<RulePack, 'overvote' | 'onePersonTwoPosts'>;

export function choicesOf(ballot: LiveBallot, contest: Contest): readonly string[] {
  return ballot.choices[contest.id] ?? [];
}

/**
 * Void (废票) stays void; a contest naming more people than seats is an overvote, which voids the whole
 * ballot or only that contest as the pack says; under a pack with onePersonTwoPosts a ballot naming one
 * person (by name, candidate or written in) in two contests is void.
 */
export function judgeBallot(ballot: LiveBallot, election: Election, rules: BallotRules): BallotJudgement {
  if (ballot.void) return { kind: 'void' };
  const overvoted = election.contests
    .filter((contest) => choicesOf(ballot, contest).length > contest.seats)
    .map((contest) => contest.id);
  if (overvoted.length > 0 && rules.overvote === 'void-ballot') return { kind: 'overvoted', overvoted };
  if (rules.onePersonTwoPosts && namesOnePersonTwice(ballot, election)) return { kind: 'two-posts' };
  return { kind: 'valid', overvoted };
}

function personName(contest: Contest, key: string): string {
  return contest.candidates.find((candidate) => candidate.id === key)?.name ?? key;
}

function namesOnePersonTwice(ballot: LiveBallot, election: Election): boolean {
  const seenIn = new Map<string, string>();
  for (const contest of election.contests) {
    for (const key of choicesOf(ballot, contest)) {
      const person = personName(contest, key);
      const earlier = seenIn.get(person);
      if (earlier !== undefined && earlier !== contest.id) return true;
      seenIn.set(person, contest.id);
    }
  }
  return false;
}
