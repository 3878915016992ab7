/**
 * A contest as the audit sees it: the reported votes of each choice, the ballots cast in it and who
 * was reported elected. Winners and losers are split as Arlo's `sampler_contest.Contest` does (the
 * `seats` choices with most votes win) unless the winners are named, as the rule pack decides them.
 */
export interface AuditContest {
  readonly id: string;
  /** Ballots cast that contain the contest (Arlo's `ballots`). */
  readonly ballots: number;
  /** Reported votes per choice: candidates and write-ins, not abstentions or void ballots. */
  readonly votes: ReadonlyMap<string, number>;
  readonly seats: number;
  /** The choices reported elected; when absent, the `seats` choices with most votes. */
  readonly winners?: readonly string[];
}

export interface ChoiceVotes {
  readonly id: string;
  readonly votes: number;
}

export interface WinnersAndLosers {
  readonly winners: readonly ChoiceVotes[];
  readonly losers: readonly ChoiceVotes[];
}

export function splitWinners(contest: AuditContest): WinnersAndLosers {
  const all = [...contest.votes].map(([id, votes]) => ({ id, votes }));
  if (contest.winners) {
    const named = new Set(contest.winners);
    return { winners: all.filter((s) => named.has(s.id)), losers: all.filter((s) => !named.has(s.id)) };
  }
  // A stable sort, as Python's sorted(): equal votes keep the order they were given in.
  const ranked = [...all].sort((a, b) => b.votes - a.votes);
  return { winners: ranked.slice(0, contest.seats), losers: ranked.slice(contest.seats) };
}

/** Every (winner, loser) pair, the hypotheses a ballot-polling or batch audit tests one by one. */
export function winnerLoserPairs(split: WinnersAndLosers): { winner: ChoiceVotes; loser: ChoiceVotes }[] {
  return split.winners.flatMap((winner) => split.losers.map((loser) => ({ winner, loser })));
}
