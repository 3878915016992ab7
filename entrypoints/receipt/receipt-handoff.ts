import type { DBSchema, IDBPDatabase } from 'idb';
import { openVersioned, RECEIPT_VIEW_DATABASE } from '../shared/database-schemas.js';

/**
 * How the verify page hands a receipt to the printable view in another tab: the receipt file's bytes
 * in IndexedDB under a random id that the view's URL carries. The view verifies it again itself.
 */
interface HandoffSchema extends DBSchema {
  receipts: {
    key: string;
    value: { id: string; bytes: Uint8Array; storedAt: number };
    indexes: { 'by-stored-at': number };
  };
}

/** Receipts kept for reopening a print view; older ones are dropped. */
const KEPT = 20;

let opened: Promise<IDBPDatabase<HandoffSchema>> | null = null;

function database(): Promise<IDBPDatabase<HandoffSchema>> {
  opened ??= openVersioned<HandoffSchema>(RECEIPT_VIEW_DATABASE);
  return opened;
}

/** Stores a receipt file's bytes for the printable view; returns the id to open it with. */
export async function handOffReceipt(bytes: Uint8Array): Promise<string> {
  const db = await database();
  const id = crypto.randomUUID();
  const tx = db.transaction('receipts', 'readwrite');
  await tx.store.put({ id, bytes, storedAt: Date.now() });
  const keys = await tx.store.index('by-stored-at').getAllKeys();
  for (const old of keys.slice(0, Math.max(0, keys.length - KEPT))) await tx.store.delete(old);
  await tx.done;
  return id;
}

export async function takeHandedOffReceipt(id: string): Promise<Uint8Array | undefined> {
  return (await (await database()).get('receipts', id))?.bytes;
}

export const printableReceiptPath = (id: string) => `/receipt.html?id=${encodeURIComponent(id)}` as const;

/** The verify page with a handed-over receipt already open. */
export const verifyReceiptPath = (id: string) => `/verify.html?receipt=${encodeURIComponent(id)}` as const;
