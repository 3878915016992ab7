import { liveBallotsCsv } from '../../core/index.js';
import { safeFileName } from '../shared/download.js';
import { openTally } from './open-tally.js';

/**
 * A stored live tally as the two files the audit reads: its election definition (UTF-8) and its
 * ballot records. Null when there is no such tally or its definition no longer reads.
 */
export async function liveTallyFiles(id: string): Promise<{ election: File; ballots: File } | null> {
  const opened = await openTally(id);
  if (!opened?.ok) return null;
  const { record, election, ballots } = opened.tally;
  return {
    election: new File([record.electionText], record.electionFile, { type: 'application/json' }),
    ballots: new File(
      [liveBallotsCsv(record.box, election, ballots)],
      `ballots-${safeFileName(record.box)}.csv`,
      { type: 'text/csv' },
    ),
  };
}
