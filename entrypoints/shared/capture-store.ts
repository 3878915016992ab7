import type { DBSchema, IDBPDatabase } from 'idb';
import { CAPTURE_DATABASE, openVersioned } from './database-schemas.js';

/** Text the user selected on a web page and sent to TallyWitness, as it was when captured. */
export interface Capture {
  readonly id: string;
  /** The selected text exactly as read from the page. */
  readonly text: string;
  readonly url: string;
  readonly title: string;
  /** ISO 8601, UTC. */
  readonly capturedAt: string;
  /** Lower-case hex SHA-256 of `text` in UTF-8: what a receipt's announcementSource records. */
  readonly sha256: string;
}

interface CaptureSchema extends DBSchema {
  captures: { key: string; value: Capture; indexes: { 'by-captured-at': string } };
}

let opened: Promise<IDBPDatabase<CaptureSchema>> | null = null;

function database(): Promise<IDBPDatabase<CaptureSchema>> {
  opened ??= openVersioned<CaptureSchema>(CAPTURE_DATABASE, {
    // A newer version opened elsewhere (another page after an update) must not stay blocked by us.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

export async function saveCapture(capture: Capture): Promise<void> {
  await (await database()).put('captures', capture);
}

export async function getCapture(id: string): Promise<Capture | undefined> {
  return (await database()).get('captures', id);
}

/** Every capture, newest first. */
export async function listCaptures(): Promise<Capture[]> {
  const oldestFirst = await (await database()).getAllFromIndex('captures', 'by-captured-at');
  return oldestFirst.reverse();
}

export async function deleteCapture(id: string): Promise<void> {
  await (await database()).delete('captures', id);
}
