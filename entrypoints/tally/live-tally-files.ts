import { liveBoxesBallotsCsv } from '../../core/index.js';
import { safeFileName } from '../shared/download.js';
import { openTally } from './open-tally.js';
import type { TallyRecord } from './tally-store.js';

/**
 * The live tallies the audit recounts with `chosen`: every box of the same election definition kept in
 * this browser, `chosen` first, then the others as listed (the latest started first). A box name kept
 * twice (a tally started again) is taken once, the first met, so that no box is counted twice.
 */
export function boxesToRecount(chosen: TallyRecord, kept: readonly TallyRecord[]): TallyRecord[] {
  const taken: TallyRecord[] = [chosen];
  for (const record of kept) {
    if (record.electionText !== chosen.electionText) continue;
    if (taken.some((each) => each.box === record.box)) continue;
    taken.push(record);
  }
  return taken;
}

/**
 * Stored live tallies of one election as the two files the audit reads: the election definition of the
 * first (UTF-8) and one ballot records file holding every box. A tally gone, or of another election
 * definition than the first, is left out. Null when the first is gone or its definition no longer reads.
 */
export async function liveTallyFiles(
  ids: readonly string[],
): Promise<{ election: File; ballots: File; boxes: string[] } | null> {
  const opened = await Promise.all(ids.map(openTally));
  const first = opened[0];
  if (!first?.ok) return null;
  const { record, election } = first.tally;
  const boxes = opened.flatMap((each) =>
    each?.ok && each.tally.record.electionText === record.electionText ? [each.tally] : [],
  );
  const names = boxes.map((each) => each.record.box);
  return {
    election: new File([record.electionText], record.electionFile, { type: 'application/json' }),
    ballots: new File(
      [
        liveBoxesBallotsCsv(
          election,
          boxes.map((each) => ({ box: each.record.box, ballots: each.ballots })),
        ),
      ],
      `ballots-${names.map(safeFileName).join('+')}.csv`,
      { type: 'text/csv' },
    ),
    boxes: names,
  };
}
