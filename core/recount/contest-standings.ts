import { choiceResolver } from '../model/choice.js';
import type { Contest } from '../model/election.js';
import type { ChoiceCounts } from '../model/tally.js';

/** A name that received votes or stands as a candidate, before anyone is elected. */
export interface Standing {
  readonly id: string;
  readonly name: string;
  readonly gender?: 'female' | 'male';
  readonly votes: number;
  readonly writeIn: boolean;
}

export interface ContestStandings {
  /** Highest votes first; equal votes keep the definition's order, write-ins after, by name. */
  readonly ranked: readonly Standing[];
  readonly blank: number;
  /** Whether the tally states a `#blank` figure at all (absent: abstentions unknown). */
  readonly blankStated: boolean;
  /** Votes for names, blank excluded. */
  readonly votesForNames: number;
}

/**
 * Ranks a contest's totals. Keys are folded through the contest's choice resolver, so a name written
 * as an id and as a name counts once. Every defined candidate appears, with 0 votes if none.
 */
export function contestStandings(contest: Contest, totals: ChoiceCounts): ContestStandings {
  const resolver = choiceResolver(contest);
  const votesByKey = new Map<string, number>();
  let blank = 0;
  let blankStated = false;
  for (const [written, votes] of totals) {
    const choice = resolver.resolve(written);
    if (choice.kind === 'blank') {
      blank += votes;
      blankStated = true;
      continue;
    }
    const key = choice.kind === 'candidate' ? choice.id : choice.name;
    votesByKey.set(key, (votesByKey.get(key) ?? 0) + votes);
  }
  const defined: Standing[] = contest.candidates.map((candidate) => ({
    id: candidate.id,
    name: candidate.name,
    ...(candidate.gender ? { gender: candidate.gender } : {}),
    votes: votesByKey.get(candidate.id) ?? 0,
    writeIn: false,
  }));
  const known = new Set(contest.candidates.map((candidate) => candidate.id));
  const writeIns: Standing[] = [...votesByKey]
    .filter(([key, votes]) => !known.has(key) && votes > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, votes]) => ({ id: name, name, votes, writeIn: true }));
  const order = [...defined, ...writeIns];
  const position = new Map(order.map((standing, index) => [standing, index]));
  const ranked = order.sort((a, b) => b.votes - a.votes || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  let votesForNames = 0;
  for (const standing of ranked) votesForNames += standing.votes;
  return { ranked, blank, blankStated, votesForNames };
}
