import { readTypedBox, typedSheetsCsv, type SheetsNotReady } from '../../core/index.js';
import { electionWithPack } from '../tally/open-tally.js';
import { getSheetSet, type SheetSet } from './sheets-store.js';

export type SheetSetFiles =
  | {
      readonly ok: true;
      readonly election: File;
      readonly boxes: File;
      readonly tallies: File;
      readonly boxesCsv: string;
      readonly talliesCsv: string;
    }
  | { readonly ok: false; readonly notReady: readonly SheetsNotReady[] };

/** A set's typed sheets as the three files the audit reads: its election definition, boxes.csv, tallies.csv. */
export function sheetSetFiles(set: SheetSet): SheetSetFiles {
  const read = electionWithPack(set.electionFile, set.electionText);
  if (!read.ok)
    return { ok: false, notReady: read.errors.map((error) => ({ box: null, message: error.message })) };
  const written = typedSheetsCsv(
    read.election,
    set.boxes.map((box) => readTypedBox(read.election, box)),
  );
  if (!written.ok) return written;
  return {
    ok: true,
    election: new File([set.electionText], set.electionFile, { type: 'application/json' }),
    boxes: new File([written.boxes], 'boxes.csv', { type: 'text/csv' }),
    tallies: new File([written.tallies], 'tallies.csv', { type: 'text/csv' }),
    boxesCsv: written.boxes,
    talliesCsv: written.tallies,
  };
}

/** The files of a stored set, or null when there is no such set. */
export async function storedSheetSetFiles(id: string): Promise<SheetSetFiles | null> {
  const set = await getSheetSet(id);
  return set ? sheetSetFiles(set) : null;
}
