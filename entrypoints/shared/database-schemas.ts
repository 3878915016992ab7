import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/**
 * The extension's IndexedDB databases and every version of each. A database's version is the number of
 * its migrations; opening it runs the ones it has not had yet, so a profile from any earlier release
 * upgrades in order. A change of layout is a new migration at the end, never an edit of an old one:
 * database-schemas.test.ts holds each version's layout and upgrades from every earlier version.
 * (The history went to version 2 when notices checked on their own were kept; every other database
 * has been at version 1 since it was added.)
 */
export interface VersionedDatabase {
  readonly name: string;
  /** migrations[i] turns version i into version i + 1. */
  readonly migrations: readonly ((db: IDBPDatabase<unknown>) => void)[];
}

export const HISTORY_DATABASE: VersionedDatabase = {
  name: 'tallywitness-history',
  migrations: [
    (db) => db.createObjectStore('audits', { keyPath: 'id' }).createIndex('savedAt', 'savedAt'),
    // Version 2: notices checked on their own (the dashboard's notice-alone page), beside the audits.
    (db) => db.createObjectStore('notices', { keyPath: 'id' }).createIndex('savedAt', 'savedAt'),
  ],
};

export const KEY_DATABASE: VersionedDatabase = {
  name: 'tallywitness-keys',
  migrations: [(db) => db.createObjectStore('keys', { keyPath: 'id' }).createIndex('createdAt', 'createdAt')],
};

export const CAPTURE_DATABASE: VersionedDatabase = {
  name: 'tallywitness-captures',
  migrations: [
    (db) => db.createObjectStore('captures', { keyPath: 'id' }).createIndex('by-captured-at', 'capturedAt'),
  ],
};

export const RECEIPT_VIEW_DATABASE: VersionedDatabase = {
  name: 'tallywitness-receipt-view',
  migrations: [
    (db) => db.createObjectStore('receipts', { keyPath: 'id' }).createIndex('by-stored-at', 'storedAt'),
  ],
};

/** Tally sheets typed in by hand: one record per election's set of boxes (entrypoints/sheets). */
export const TYPED_SHEETS_DATABASE: VersionedDatabase = {
  name: 'tallywitness-typed-sheets',
  migrations: [
    (db) => db.createObjectStore('sheets', { keyPath: 'id' }).createIndex('by-started-at', 'startedAt'),
  ],
};

export const DATABASES = [
  HISTORY_DATABASE,
  KEY_DATABASE,
  CAPTURE_DATABASE,
  RECEIPT_VIEW_DATABASE,
  TYPED_SHEETS_DATABASE,
];

/** Opens `database` at `version` (its latest unless told), running the migrations it still needs. */
export function openVersioned<S extends DBSchema | unknown = unknown>(
  database: VersionedDatabase,
  callbacks: Omit<OpenDBCallbacks<S>, 'upgrade'> = {},
  version = database.migrations.length,
  name = database.name,
): Promise<IDBPDatabase<S>> {
  return openDB<S>(name, version, {
    ...callbacks,
    upgrade(db, oldVersion, newVersion) {
      for (let step = oldVersion; step < (newVersion ?? version); step += 1) {
        database.migrations[step]!(db as unknown as IDBPDatabase<unknown>);
      }
    },
  });
}
