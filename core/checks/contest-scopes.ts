import type { Contest, Election } from '../model/election.js';
import { contestTotals, type BoxSheet, type ChoiceCounts, type ElectionTally } from '../model/tally.js';
import type { BallotTotals } from '../recount/ballot-totals.js';
import { contestStandings, type ContestStandings } from '../recount/contest-standings.js';
import { boxScope, totalScope, type BallotScope } from './box-scope.js';

/** A contest's votes within one scope (a box, or all boxes) next to the ballots they must fit. */
export interface ContestScope {
  readonly scope: BallotScope;
  readonly contest: Contest;
  readonly standings: ContestStandings;
}

/** Every contest in every box whose sheet states its ballots, then every contest over all boxes. */
export function contestScopes(
  election: Election,
  sheets: readonly BoxSheet[],
  tally: ElectionTally,
  totals: BallotTotals,
): ContestScope[] {
  const scopes: ContestScope[] = [];
  const sheetByBox = new Map(sheets.map((sheet) => [sheet.box, sheet]));
  for (const sheet of sheets) {
    const scope = boxScope(sheetByBox.get(sheet.box));
    if (!scope) continue;
    const boxVotes = tally.boxes.get(sheet.box);
    for (const contest of election.contests) {
      const counts: ChoiceCounts = boxVotes?.contests.get(contest.id) ?? new Map();
      if (counts.size === 0) continue;
      scopes.push({ scope, contest, standings: contestStandings(contest, counts) });
    }
  }
  const all = totalScope(sheets, totals);
  if (all) {
    for (const contest of election.contests) {
      const counts = contestTotals(tally, contest.id);
      if (counts.size === 0) continue;
      scopes.push({ scope: all, contest, standings: contestStandings(contest, counts) });
    }
  }
  return scopes;
}
