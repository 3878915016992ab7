import type { DBSchema, IDBPDatabase } from 'idb';
import type { TypedBox } from '../../core/index.js';
import { openVersioned, TYPED_SHEETS_DATABASE } from '../shared/database-schemas.js';

/** The tally sheets of one election as typed so far, box by box, kept in this browser. */
export interface SheetSet {
  readonly id: string;
  /** The election definition's text as read, so that the audit hashes the same bytes. */
  readonly electionText: string;
  readonly electionFile: string;
  readonly electionName: string;
  /** ISO 8601. */
  readonly startedAt: string;
  readonly boxes: readonly TypedBox[];
}

interface SheetsSchema extends DBSchema {
  sheets: { key: string; value: SheetSet; indexes: { 'by-started-at': string } };
}

let opened: Promise<IDBPDatabase<SheetsSchema>> | null = null;

function database(): Promise<IDBPDatabase<SheetsSchema>> {
  opened ??= openVersioned<SheetsSchema>(TYPED_SHEETS_DATABASE, {
    // A newer version opened elsewhere must not stay blocked by this page.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

/** Stores the whole set: it is small (a few boxes of a few dozen cells), and one put is one transaction. */
export async function saveSheetSet(set: SheetSet): Promise<void> {
  await (await database()).put('sheets', set);
}

export async function getSheetSet(id: string): Promise<SheetSet | undefined> {
  return (await database()).get('sheets', id);
}

/** Every set, the latest started first. */
export async function listSheetSets(): Promise<SheetSet[]> {
  return (await (await database()).getAllFromIndex('sheets', 'by-started-at')).reverse();
}

export async function deleteSheetSet(id: string): Promise<void> {
  await (await database()).delete('sheets', id);
}
