import * as Comlink from 'comlink';
import type { DBSchema, IDBPDatabase } from 'idb';
import {
  fingerprint,
  generateSigningKey,
  parseJson,
  toBase64,
  ok,
  type KeyFile,
  type OpenedKey,
  type Result,
} from '../../core/index.js';
import { KEY_DATABASE, openVersioned } from './database-schemas.js';
import type { KeySealing } from './key-seal.worker.js';
import KeySealWorker from './key-seal.worker.ts?worker';

/** A signing key kept in this browser. The secret key never leaves it except sealed under a passphrase. */
export interface StoredKey {
  /** The public key's fingerprint. */
  readonly id: string;
  readonly label: string;
  readonly publicKey: string;
  readonly secretKey: Uint8Array;
  readonly createdAt: string;
  /** When it was last exported sealed; null while the key has no backup. */
  readonly backedUpAt: string | null;
}

interface KeySchema extends DBSchema {
  keys: { key: string; value: StoredKey; indexes: { createdAt: string } };
}

let database: Promise<IDBPDatabase<KeySchema>> | null = null;
function db(): Promise<IDBPDatabase<KeySchema>> {
  database ??= openVersioned<KeySchema>(KEY_DATABASE);
  return database;
}

function stored(secretKey: Uint8Array, label: string, backedUpAt: string | null): StoredKey {
  const publicKey = secretKey.slice(32);
  return {
    id: fingerprint(publicKey),
    label,
    publicKey: toBase64(publicKey),
    secretKey: secretKey.slice(),
    createdAt: new Date().toISOString(),
    backedUpAt,
  };
}

/** Runs `task` in a fresh key worker and ends the worker after it, whatever the outcome. */
async function inKeyWorker<T>(task: (sealing: Comlink.Remote<KeySealing>) => Promise<T>): Promise<T> {
  const worker = new KeySealWorker();
  try {
    return await task(Comlink.wrap<KeySealing>(worker));
  } finally {
    worker.terminate();
  }
}

/** Every key, oldest first. */
export async function listKeys(): Promise<StoredKey[]> {
  return (await db()).getAllFromIndex('keys', 'createdAt');
}

/** A new key from the platform's secure random source, named by its holder. */
export async function createKey(label: string): Promise<StoredKey> {
  const key = stored(generateSigningKey().secretKey, label.trim(), null);
  await (await db()).put('keys', key);
  return key;
}

/** The key sealed under `passphrase` as a key file; marks the key as backed up. */
export async function exportKey(id: string, passphrase: string, logN?: number): Promise<KeyFile> {
  const database = await db();
  const key = await database.get('keys', id);
  if (!key) throw new Error(`no key ${id}`);
  const file = await inKeyWorker<KeyFile>(
    async (sealing) => await sealing.seal(key.secretKey, passphrase, key.label, logN),
  );
  // Read again: the key may have changed or gone during the second the sealing took.
  const current = await database.get('keys', id);
  if (current) await database.put('keys', { ...current, backedUpAt: new Date().toISOString() });
  return file;
}

/**
 * Opens a key file with its passphrase and keeps the key; an imported key counts as backed up. Nothing
 * is stored unless the key opens: a wrong passphrase leaves the stored keys as they were.
 */
export async function importKey(
  keyFileText: string,
  passphrase: string,
  fileName: string,
): Promise<Result<StoredKey>> {
  // Located like every other input error: a broken file names its line and column.
  const parsed = parseJson(fileName, keyFileText);
  if (!parsed.ok) return parsed;
  const opened = await inKeyWorker<Result<OpenedKey>>(
    async (sealing) => await sealing.open(parsed.value, passphrase, fileName),
  );
  if (!opened.ok) return opened;
  const key = stored(opened.value.secretKey, opened.value.label ?? fileName, new Date().toISOString());
  const database = await db();
  const existing = await database.get('keys', key.id);
  // The same key imported again keeps its place in the list.
  await database.put('keys', existing ? { ...key, createdAt: existing.createdAt } : key);
  return ok(key);
}

export async function deleteKey(id: string): Promise<void> {
  await (await db()).delete('keys', id);
}
