import type { DBSchema, IDBPDatabase } from 'idb';
import {
  fail,
  ok,
  parseJson,
  type InputDigest,
  type Receipt,
  type Report,
  type Result,
  type Verdict,
} from '../../core/index.js';
import { HISTORY_DATABASE, openVersioned } from './database-schemas.js';
import { storageProblem } from './storage-failure.js';

/** One finished audit as kept in this browser. */
export interface AuditRecord {
  readonly id: string;
  /** ISO 8601. */
  readonly savedAt: string;
  readonly election: string;
  readonly verdict: Verdict;
  readonly inputs: readonly InputDigest[];
  readonly report: Report;
  readonly receipt: Receipt | null;
}

export const HISTORY_FORMAT = 'tallywitness.history/1';

export interface HistoryFile {
  readonly format: typeof HISTORY_FORMAT;
  readonly exportedAt: string;
  readonly audits: readonly AuditRecord[];
}

interface HistorySchema extends DBSchema {
  audits: { key: string; value: AuditRecord; indexes: { savedAt: string } };
}

let database: Promise<IDBPDatabase<HistorySchema>> | null = null;
function db(): Promise<IDBPDatabase<HistorySchema>> {
  database ??= openVersioned<HistorySchema>(HISTORY_DATABASE);
  return database;
}

/** Keeps a finished audit; returns its record. */
export async function saveAudit(report: Report, receipt: Receipt | null = null): Promise<AuditRecord> {
  const record: AuditRecord = {
    id: crypto.randomUUID(),
    savedAt: new Date().toISOString(),
    election: report.election,
    verdict: report.verdict,
    inputs: report.inputs,
    report,
    receipt,
  };
  await (await db()).put('audits', record);
  return record;
}

export async function attachReceipt(id: string, receipt: Receipt): Promise<void> {
  const database = await db();
  const record = await database.get('audits', id);
  if (record) await database.put('audits', { ...record, receipt });
}

/** Every audit, newest first. */
export async function listAudits(): Promise<AuditRecord[]> {
  return (await (await db()).getAllFromIndex('audits', 'savedAt')).reverse();
}

export async function latestAudit(): Promise<AuditRecord | undefined> {
  const cursor = await (await db()).transaction('audits').store.index('savedAt').openCursor(null, 'prev');
  return cursor?.value;
}

export async function getAudit(id: string): Promise<AuditRecord | undefined> {
  return (await db()).get('audits', id);
}

export async function deleteAudit(id: string): Promise<void> {
  await (await db()).delete('audits', id);
}

export async function exportHistory(): Promise<HistoryFile> {
  return { format: HISTORY_FORMAT, exportedAt: new Date().toISOString(), audits: await listAudits() };
}

const VERDICTS: readonly string[] = ['valid', 'void', 'runoff-needed', 'discrepancies'];

function isRecord(value: unknown): value is AuditRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const report = record['report'] as Record<string, unknown> | null | undefined;
  return (
    typeof record['id'] === 'string' &&
    typeof record['savedAt'] === 'string' &&
    typeof record['election'] === 'string' &&
    VERDICTS.includes(record['verdict'] as string) &&
    Array.isArray(record['inputs']) &&
    typeof report === 'object' &&
    report !== null &&
    report['format'] === 'tallywitness.report/1' &&
    (record['receipt'] === null || typeof record['receipt'] === 'object')
  );
}

/**
 * Reads an exported history file and keeps every audit in it (an audit already here, by id, is
 * replaced by the file's copy). Nothing is kept unless the whole file is valid.
 */
export async function importHistory(text: string, fileName: string): Promise<Result<number>> {
  const audits = parseHistoryFile(text, fileName);
  if (!audits.ok) return audits;
  // One transaction: a full disk, a closed tab or any failed write rolls back every write of the import.
  const transaction = (await db()).transaction('audits', 'readwrite');
  const writes: Promise<unknown>[] = [transaction.done];
  try {
    for (const audit of audits.value) writes.push(transaction.store.put(audit));
    await Promise.all(writes);
  } catch (error) {
    for (const write of writes) write.catch(() => undefined);
    abortQuietly(transaction);
    return fail({
      file: fileName,
      path: '$.audits',
      message: storageProblem(error, { zh: '导入的核对历史', en: 'The imported history' }),
    });
  }
  return ok(audits.value.length);
}

/** The audits of an exported history file, or why it is not one (with its JSON path). */
export function parseHistoryFile(text: string, fileName: string): Result<AuditRecord[]> {
  const parsed = parseJson(fileName, text);
  if (!parsed.ok) return parsed;
  const file = parsed.value as Partial<HistoryFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== HISTORY_FORMAT) {
    return fail({
      file: fileName,
      path: '$.format',
      message: {
        zh: `不是核对历史文件（应为 "${HISTORY_FORMAT}"）`,
        en: `not a history file (expected "${HISTORY_FORMAT}")`,
      },
    });
  }
  if (!Array.isArray(file.audits)) {
    return fail({ file: fileName, path: '$.audits', message: { zh: '应为数组', en: 'must be an array' } });
  }
  const bad = file.audits.findIndex((audit) => !isRecord(audit));
  if (bad >= 0) {
    return fail({
      file: fileName,
      path: `$.audits[${bad}]`,
      message: { zh: '不是完整的核对记录', en: 'not a complete audit record' },
    });
  }
  return ok(file.audits);
}

/** Rolls back a transaction that is still open; one the browser already aborted is left as it is. */
function abortQuietly(transaction: { abort(): void }): void {
  try {
    transaction.abort();
  } catch {
    // Already finished or aborted: nothing of it was kept.
  }
}

/** How much this extension's storage holds and may hold, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage !== undefined && quota !== undefined ? { usage, quota } : null;
}
