import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  fingerprint,
  generateSigningKey,
  openSecretKey,
  sealSecretKey,
  toBase64,
  fail,
  ok,
  type KeyFile,
  type Result,
} from '../../core/index.js';

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

const DB_NAME = 'tallywitness-keys';

let database: Promise<IDBPDatabase<KeySchema>> | null = null;
function db(): Promise<IDBPDatabase<KeySchema>> {
  database ??= openDB<KeySchema>(DB_NAME, 1, {
    upgrade(store, oldVersion) {
      if (oldVersion < 1) {
        const keys = store.createObjectStore('keys', { keyPath: 'id' });
        keys.createIndex('createdAt', 'createdAt');
      }
    },
  });
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
  const file = sealSecretKey(key.secretKey, passphrase, { label: key.label, ...(logN ? { logN } : {}) });
  await database.put('keys', { ...key, backedUpAt: new Date().toISOString() });
  return file;
}

/** Opens a key file with its passphrase and keeps the key; an imported key counts as backed up. */
export async function importKey(
  keyFileText: string,
  passphrase: string,
  fileName: string,
): Promise<Result<StoredKey>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(keyFileText);
  } catch {
    return fail({
      file: fileName,
      message: { zh: '不是 JSON 格式的密钥文件', en: 'not a key file: not JSON' },
    });
  }
  const opened = openSecretKey(parsed, passphrase, fileName);
  if (!opened.ok) return opened;
  const key = stored(opened.value.secretKey, opened.value.label ?? fileName, new Date().toISOString());
  await (await db()).put('keys', key);
  return ok(key);
}

export async function deleteKey(id: string): Promise<void> {
  await (await db()).delete('keys', id);
}
