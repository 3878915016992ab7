import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LiveBallot, WriteIn } from '../../core/index.js';

/** A live tally of one box as kept in this browser; its ballots are stored one record each. */
export interface TallyRecord {
  readonly id: string;
  readonly box: string;
  /** The election definition's text as it was read, so the audit can hash the same bytes. */
  readonly electionText: string;
  readonly electionFile: string;
  readonly electionName: string;
  /** ISO 8601. */
  readonly startedAt: string;
  readonly writeIns: readonly WriteIn[];
  /** Who kept the tally, as the observer typed it for the live tally file; absent until given. */
  readonly keptBy?: string;
}

interface StoredBallot {
  readonly tally: string;
  readonly number: number;
  readonly ballot: LiveBallot;
}

interface TallySchema extends DBSchema {
  tallies: { key: string; value: TallyRecord };
  /** Keyed [tally id, ballot number]: a tally's ballots are one key range, in ballot order. */
  ballots: { key: [string, number]; value: StoredBallot };
}

const DB_NAME = 'tallywitness-live-tally';

let database: Promise<IDBPDatabase<TallySchema>> | null = null;
function db(): Promise<IDBPDatabase<TallySchema>> {
  database ??= openDB<TallySchema>(DB_NAME, 1, {
    upgrade(store, oldVersion) {
      if (oldVersion < 1) {
        store.createObjectStore('tallies', { keyPath: 'id' });
        store.createObjectStore('ballots', { keyPath: ['tally', 'number'] });
      }
    },
  });
  return database;
}

const ballotsOf = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

export async function saveTally(record: TallyRecord): Promise<void> {
  await (await db()).put('tallies', record);
}

export async function listTallies(): Promise<{ record: TallyRecord; ballots: number }[]> {
  const database = await db();
  const records = await database.getAll('tallies');
  const counts = await Promise.all(records.map((record) => database.count('ballots', ballotsOf(record.id))));
  return records
    .map((record, index) => ({ record, ballots: counts[index]! }))
    .sort((a, b) => b.record.startedAt.localeCompare(a.record.startedAt));
}

export async function getTally(id: string): Promise<{ record: TallyRecord; ballots: LiveBallot[] } | null> {
  const database = await db();
  const record = await database.get('tallies', id);
  if (!record) return null;
  const stored = await database.getAll('ballots', ballotsOf(id));
  return { record, ballots: stored.map((each) => each.ballot) };
}

export async function putBallot(tally: string, ballot: LiveBallot): Promise<void> {
  await (await db()).put('ballots', { tally, number: ballot.number, ballot });
}

export async function deleteBallot(tally: string, number: number): Promise<void> {
  await (await db()).delete('ballots', [tally, number]);
}

export async function deleteTally(id: string): Promise<void> {
  const transaction = (await db()).transaction(['tallies', 'ballots'], 'readwrite');
  await Promise.all([
    transaction.objectStore('tallies').delete(id),
    transaction.objectStore('ballots').delete(ballotsOf(id)),
    transaction.done,
  ]);
}
