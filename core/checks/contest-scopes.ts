import { BLANK, type Contest, type Election } from '../model/election.js';
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
      const standings = contestStandings(contest, counts);
      scopes.push({
        scope: all,
        contest,
        standings: {
          ...standings,
          blankStated: standings.blankStated && everyBoxStatesBlank(tally, contest.id),
        },
      });
    }
  }
  return scopes;
}

/**
 * Whether every box with votes in the contest states its abstentions. The sum of the boxes' `#blank`
 * is the contest's abstentions only then; a box that leaves them out leaves the total unknown too.
 */
function everyBoxStatesBlank(tally: ElectionTally, contest: string): boolean {
  for (const boxVotes of tally.boxes.values()) {
    const counts = boxVotes.contests.get(contest);
    if (counts && counts.size > 0 && !counts.has(BLANK)) return false;
  }
  return true;
}
