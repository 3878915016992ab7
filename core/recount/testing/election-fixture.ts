import type { ElectedMember, Election, Gender, Round } from '../../model/election.js';
import { addVotes, emptyTally, type BoxSheet, type ElectionTally } from '../../model/tally.js';

/**
 * Small elections written as data for tests and worked examples: a contest's candidates as
 * `[id, name, gender?]`, and votes as box → contest → choice → count.
 */
export interface ElectionSpec {
  readonly rules?: string;
  /** The day of the vote, `YYYY-MM-DD`: picks the version of a pack family. */
  readonly date?: string;
  readonly round?: Round;
  readonly registeredVoters?: number;
  readonly minWomen?: number;
  readonly contests: readonly {
    readonly id: string;
    readonly name?: string;
    readonly seats: number;
    readonly candidates: readonly (readonly [string, string, Gender?])[];
  }[];
  readonly alreadyElected?: readonly ElectedMember[];
  readonly boxes: readonly BoxSheet[];
  readonly votes: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;
}

export interface ElectionFixture {
  readonly election: Election;
  readonly sheets: readonly BoxSheet[];
  readonly tally: ElectionTally;
}

export function electionFixture(spec: ElectionSpec): ElectionFixture {
  const election: Election = {
    name: 'fixture',
    rules: spec.rules ?? 'cn-village',
    ...(spec.date !== undefined ? { date: spec.date } : {}),
    round: spec.round ?? 'first',
    ...(spec.registeredVoters !== undefined ? { registeredVoters: spec.registeredVoters } : {}),
    ...(spec.minWomen !== undefined ? { minWomen: spec.minWomen } : {}),
    contests: spec.contests.map((contest) => ({
      id: contest.id,
      name: contest.name ?? contest.id,
      seats: contest.seats,
      candidates: contest.candidates.map(([id, name, gender]) => ({
        id,
        name,
        ...(gender ? { gender } : {}),
      })),
    })),
    ...(spec.alreadyElected !== undefined ? { alreadyElected: spec.alreadyElected } : {}),
  };
  const tally = emptyTally();
  for (const [box, contests] of Object.entries(spec.votes))
    for (const [contest, choices] of Object.entries(contests))
      for (const [choice, votes] of Object.entries(choices)) addVotes(tally, box, contest, choice, votes);
  return { election, sheets: spec.boxes, tally };
}
