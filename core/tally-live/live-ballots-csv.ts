import type { Election } from '../model/election.js';
import { csvField as cell } from '../tallies/csv-field.js';
import { choicesOf, type LiveBallot } from './live-ballot.js';

/**
 * The live tally of one box as ballot records (contract §3): one row per ballot, in the order read,
 * `void` 1 for a ballot declared void, each contest's names as entered (an overvote kept as read:
 * the recount applies the rule pack to it). Columns name contests by id.
 */
export function liveBallotsCsv(box: string, election: Election, ballots: readonly LiveBallot[]): string {
  return liveBoxesBallotsCsv(election, [{ box, ballots }]);
}

/**
 * The live tallies of several boxes of one election as one file of ballot records: one header, then
 * each box's rows in the order given (the audit reads one ballot records file for the whole election).
 */
export function liveBoxesBallotsCsv(
  election: Election,
  boxes: readonly { readonly box: string; readonly ballots: readonly LiveBallot[] }[],
): string {
  const header = ['box', 'ballot', 'void', ...election.contests.map((contest) => contest.id)];
  const rows = boxes.flatMap(({ box, ballots }) =>
    ballots.map((ballot) =>
      [
        box,
        String(ballot.number),
        ballot.void ? '1' : '',
        ...election.contests.map((contest) => choicesOf(ballot, contest).join('|')),
      ]
        .map(cell)
        .join(','),
    ),
  );
  return [header.map(cell).join(','), ...rows].join('\n') + '\n';
}
