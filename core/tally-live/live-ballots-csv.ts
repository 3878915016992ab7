import type { Election } from '../model/election.js';
import { choicesOf, type LiveBallot } from './live-ballot.js';

/** A CSV cell, quoted when it holds a comma, a quote, a line break or spaces at either end. */
function cell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The live tally of one box as ballot records (contract §3): one row per ballot, in the order read,
 * `void` 1 for a ballot declared void, each contest's names as entered (an overvote kept as read:
 * the recount applies the rule pack to it). Columns name contests by id.
 */
export function liveBallotsCsv(box: string, election: Election, ballots: readonly LiveBallot[]): string {
  const header = ['box', 'ballot', 'void', ...election.contests.map((contest) => contest.id)];
  const rows = ballots.map((ballot) =>
    [
      box,
      String(ballot.number),
      ballot.void ? '1' : '',
      ...election.contests.map((contest) => choicesOf(ballot, contest).join('|')),
    ]
      .map(cell)
      .join(','),
  );
  return [header.map(cell).join(','), ...rows].join('\n') + '\n';
}
