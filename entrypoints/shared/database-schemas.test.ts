import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { DATABASES, openVersioned, type VersionedDatabase } from './database-schemas';

interface StoreLayout {
  keyPath: string | string[] | null;
  indexes: Record<string, string | string[]>;
}

/**
 * Each database's layout at every version, as released: frozen here so that an edit of an old
 * migration (instead of a new one at the end) fails, since profiles at that version exist.
 */
const LAYOUTS: Record<string, Record<string, StoreLayout>[]> = {
  'tallywitness-history': [
    {},
    { audits: { keyPath: 'id', indexes: { savedAt: 'savedAt' } } },
    {
      audits: { keyPath: 'id', indexes: { savedAt: 'savedAt' } },
      notices: { keyPath: 'id', indexes: { savedAt: 'savedAt' } },
    },
  ],
  'tallywitness-keys': [{}, { keys: { keyPath: 'id', indexes: { createdAt: 'createdAt' } } }],
  'tallywitness-captures': [{}, { captures: { keyPath: 'id', indexes: { 'by-captured-at': 'capturedAt' } } }],
  'tallywitness-receipt-view': [{}, { receipts: { keyPath: 'id', indexes: { 'by-stored-at': 'storedAt' } } }],
  'tallywitness-typed-sheets': [{}, { sheets: { keyPath: 'id', indexes: { 'by-started-at': 'startedAt' } } }],
};

function layoutOf(db: IDBPDatabase<unknown>): Record<string, StoreLayout> {
  const layout: Record<string, StoreLayout> = {};
  const names = [...db.objectStoreNames];
  if (names.length === 0) return layout;
  const transaction = db.transaction(names as never[]);
  for (const name of names) {
    const store = transaction.objectStore(name as never);
    const indexes: Record<string, string | string[]> = {};
    for (const index of store.indexNames) indexes[index] = store.index(index as never).keyPath;
    layout[name] = { keyPath: store.keyPath, indexes };
  }
  return layout;
}

let copies = 0;
/** A fresh copy of `database` at `version` (none at 0), holding one record in each store it has. */
async function profileAt(database: VersionedDatabase, version: number): Promise<string> {
  const name = `${database.name}-copy-${(copies += 1)}`;
  if (version === 0) return name;
  const db = await openVersioned(database, {}, version, name);
  for (const store of db.objectStoreNames) {
    await db.put(
      store as never,
      { id: 'kept', savedAt: 'x', createdAt: 'x', capturedAt: 'x', storedAt: 1, startedAt: 'x' } as never,
    );
  }
  db.close();
  return name;
}

describe.each(DATABASES)('the $name database', (database) => {
  const layouts = LAYOUTS[database.name]!;
  const latest = database.migrations.length;

  it('has a frozen layout for every version, its latest included', () => {
    expect(layouts).toHaveLength(latest + 1);
  });

  it.each([...Array(latest).keys()].map((step) => step + 1))(
    'has the frozen layout at version %i',
    async (version) => {
      const db = await openVersioned(database, {}, version, `${database.name}-layout-${version}`);
      expect(layoutOf(db)).toEqual(layouts[version]);
      db.close();
    },
  );

  it.each([...Array(latest).keys()])(
    'upgrades from version %i to the latest, keeping what was stored',
    async (from) => {
      const name = await profileAt(database, from);
      const db = await openVersioned(database, {}, latest, name);
      expect(db.version).toBe(latest);
      expect(layoutOf(db)).toEqual(layouts[latest]);
      for (const store of from === 0 ? [] : Object.keys(layouts[from]!)) {
        expect(await db.get(store as never, 'kept' as never), `${store} after the upgrade`).toBeDefined();
      }
      db.close();
    },
  );
});
