import type { DBSchema, IDBPDatabase } from 'idb';
import {
  canonicalJson,
  fail,
  ok,
  parseJson,
  verifyReceipt,
  type InputDigest,
  type InputError,
  type Receipt,
  type Report,
  type Result,
  type Verdict,
} from '../../core/index.js';
import type { HighlightMark } from '../sidepanel/highlight-spans.js';
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

/**
 * A results notice checked on its own (the dashboard's notice-alone page), kept as it was shown: its
 * report, and the text with its marks, so that reopened it reads as it did, whatever the reader has
 * become since. No election and no receipt: it is never compared with an audit or signed.
 */
export interface NoticeCheckRecord {
  readonly id: string;
  /** ISO 8601. */
  readonly savedAt: string;
  /** The notice's title as read, else its file's name (the report's `election`). */
  readonly notice: string;
  readonly report: Report;
  /** The notice's text as checked; `null` for a JSON notice, which has no prose to mark. */
  readonly text: string | null;
  readonly marks: readonly HighlightMark[];
}

/** One entry of the history, newest first: an audit, or a notice checked on its own. */
export type HistoryEntry =
  | { readonly kind: 'audit'; readonly record: AuditRecord }
  | { readonly kind: 'notice'; readonly record: NoticeCheckRecord };

export const HISTORY_FORMAT = 'tallywitness.history/1';

export interface HistoryFile {
  readonly format: typeof HISTORY_FORMAT;
  readonly exportedAt: string;
  readonly audits: readonly AuditRecord[];
  /** The notices checked on their own; absent from files exported before they were kept. */
  readonly notices?: readonly NoticeCheckRecord[];
}

interface HistorySchema extends DBSchema {
  audits: { key: string; value: AuditRecord; indexes: { savedAt: string } };
  notices: { key: string; value: NoticeCheckRecord; indexes: { savedAt: string } };
}

let database: Promise<IDBPDatabase<HistorySchema>> | null = null;
function db(): Promise<IDBPDatabase<HistorySchema>> {
  database ??= openVersioned<HistorySchema>(HISTORY_DATABASE, {
    // A newer version is being opened (another tab after an update): let it upgrade, open again after.
    blocking() {
      const open = database;
      database = null;
      void open?.then((connection) => connection.close());
    },
  });
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

/** A check of a notice as the page hands it over to be kept. */
export interface NoticeCheckToKeep {
  readonly report: Report;
  readonly text: string | null;
  readonly marks: readonly HighlightMark[];
}

/**
 * What a check of a notice found, whatever language it was shown in: the report without its language
 * and without each finding's message in that language (`messages` holds both, and stays), with the
 * text checked. The report names the notice's bytes by their SHA-256, and the pack and round applied.
 */
function checkContent(check: { readonly report: Report; readonly text: string | null }): string {
  const { lang: _lang, findings, ...rest } = check.report;
  const found = (findings ?? []).map(({ message: _message, ...finding }) => finding);
  return JSON.stringify([rest, found, check.text]);
}

/**
 * Whether two checks of a notice are the same check: the same bytes, pack and round, and the same
 * result. A check run again on unchanged inputs, in either language, is the same; another text,
 * another pack, or a reader that now finds something else is not.
 */
export function sameNoticeCheck(
  a: { readonly report: Report; readonly text: string | null },
  b: { readonly report: Report; readonly text: string | null },
): boolean {
  return checkContent(a) === checkContent(b);
}

/**
 * Keeps a finished check of a notice on its own, in one transaction: the whole record is written or,
 * on a full disk or a closed tab, nothing is (the error is thrown for the page to say so). The same
 * check already kept is not kept twice: its record is returned, `alreadySaved`.
 */
export async function saveNoticeCheck(
  check: NoticeCheckToKeep,
): Promise<{ readonly record: NoticeCheckRecord; readonly alreadySaved: boolean }> {
  const transaction = (await db()).transaction('notices', 'readwrite');
  const writes: Promise<unknown>[] = [transaction.done];
  try {
    const same = (await transaction.store.getAll()).find((record) => sameNoticeCheck(record, check));
    if (same) {
      await transaction.done;
      return { record: same, alreadySaved: true };
    }
    const record: NoticeCheckRecord = {
      id: crypto.randomUUID(),
      savedAt: new Date().toISOString(),
      notice: check.report.election,
      report: check.report,
      text: check.text,
      marks: check.marks,
    };
    writes.push(transaction.store.put(record));
    await Promise.all(writes);
    return { record, alreadySaved: false };
  } catch (error) {
    for (const write of writes) write.catch(() => undefined);
    abortQuietly(transaction);
    throw error;
  }
}

export async function getNoticeCheck(id: string): Promise<NoticeCheckRecord | undefined> {
  return (await db()).get('notices', id);
}

export async function deleteNoticeCheck(id: string): Promise<void> {
  await (await db()).delete('notices', id);
}

/** Every audit and every notice checked on its own, newest first, read in one transaction. */
export async function listHistory(): Promise<HistoryEntry[]> {
  const transaction = (await db()).transaction(['audits', 'notices']);
  const [audits, notices] = await Promise.all([
    transaction.objectStore('audits').index('savedAt').getAll(),
    transaction.objectStore('notices').index('savedAt').getAll(),
    transaction.done,
  ]);
  const entries: HistoryEntry[] = [
    ...audits.map((record) => ({ kind: 'audit' as const, record })),
    ...notices.map((record) => ({ kind: 'notice' as const, record })),
  ];
  return entries.sort((a, b) => b.record.savedAt.localeCompare(a.record.savedAt));
}

export async function exportHistory(): Promise<HistoryFile> {
  const notices = (await (await db()).getAllFromIndex('notices', 'savedAt')).reverse();
  return {
    format: HISTORY_FORMAT,
    exportedAt: new Date().toISOString(),
    audits: await listAudits(),
    notices,
  };
}

const VERDICTS: readonly string[] = ['valid', 'void', 'runoff-needed', 'discrepancies'];

/**
 * The fields of a kept entry that has what every entry has (an id, when it was saved, and a report in
 * the report format), or `null`.
 */
function keptEntryFields(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const report = record['report'] as Record<string, unknown> | null | undefined;
  const complete =
    typeof record['id'] === 'string' &&
    typeof record['savedAt'] === 'string' &&
    typeof report === 'object' &&
    report !== null &&
    report['format'] === 'tallywitness.report/1';
  return complete ? record : null;
}

function isRecord(value: unknown): value is AuditRecord {
  const record = keptEntryFields(value);
  return (
    record !== null &&
    typeof record['election'] === 'string' &&
    VERDICTS.includes(record['verdict'] as string) &&
    Array.isArray(record['inputs']) &&
    (record['receipt'] === null || typeof record['receipt'] === 'object')
  );
}

function isNoticeRecord(value: unknown): value is NoticeCheckRecord {
  const record = keptEntryFields(value);
  return (
    record !== null &&
    typeof record['notice'] === 'string' &&
    (record['text'] === null || typeof record['text'] === 'string') &&
    Array.isArray(record['marks'])
  );
}

/**
 * Reads an exported history file and keeps every audit and notice check in it (one already here, by
 * id, is replaced by the file's copy). Nothing is kept unless the whole file is valid. Returns how
 * many entries were kept.
 */
export async function importHistory(text: string, fileName: string): Promise<Result<number>> {
  const parsed = parseHistoryFile(text, fileName);
  if (!parsed.ok) return parsed;
  const { audits, notices } = parsed.value;
  // One transaction: a full disk, a closed tab or any failed write rolls back every write of the import.
  const transaction = (await db()).transaction(['audits', 'notices'], 'readwrite');
  const writes: Promise<unknown>[] = [transaction.done];
  try {
    for (const audit of audits) writes.push(transaction.objectStore('audits').put(audit));
    for (const notice of notices) writes.push(transaction.objectStore('notices').put(notice));
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
  return ok(audits.length + notices.length);
}

/** The audits and notice checks of an exported history file, or why it is not one (with its JSON path). */
export function parseHistoryFile(
  text: string,
  fileName: string,
): Result<{ audits: AuditRecord[]; notices: NoticeCheckRecord[] }> {
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
  for (const [index, audit] of file.audits.entries()) {
    const refused = unfaithfulAudit(audit, `$.audits[${index}]`, fileName);
    if (refused) return fail(refused);
  }
  const notices = file.notices ?? [];
  if (!Array.isArray(notices)) {
    return fail({ file: fileName, path: '$.notices', message: { zh: '应为数组', en: 'must be an array' } });
  }
  const badNotice = notices.findIndex((notice) => !isNoticeRecord(notice));
  if (badNotice >= 0) {
    return fail({
      file: fileName,
      path: `$.notices[${badNotice}]`,
      message: { zh: '不是完整的公告核查记录', en: 'not a complete record of a notice check' },
    });
  }
  return ok({ audits: [...file.audits], notices: [...notices] });
}

/**
 * Why an audit record of an imported file is not the one that was kept (null when it is): the verdict and
 * election the history lists must be its report's, and a receipt must verify and sign that very report.
 * A record changed after export (its verdict turned to "valid", its receipt edited) would otherwise be
 * listed as "signed" and shown, downloaded and printed as if its signature held.
 */
function unfaithfulAudit(audit: AuditRecord, path: string, file: string): InputError | null {
  if (audit.verdict !== audit.report.verdict || audit.election !== audit.report.election)
    return {
      file,
      path,
      message: {
        zh: '记录的结论或选举名称与其报告不同：文件在导出后被改动过',
        en: 'the record’s verdict or election differs from its report: the file was changed after it was exported',
      },
    };
  if (audit.receipt === null) return null;
  const verified = verifyReceipt(audit.receipt, file);
  if (!verified.ok) {
    const first = verified.errors[0]!;
    return { ...first, path: `${path}.receipt${(first.path ?? '$').slice(1)}` };
  }
  if (!verified.value.signatureValid)
    return {
      file,
      path: `${path}.receipt.signature`,
      message: {
        zh: '回执签名无效：回执在签名后被改动过，不导入这份文件',
        en: 'the receipt’s signature does not hold: it was changed after it was signed; the file is not imported',
      },
    };
  if (canonicalJson(verified.value.payload.report) !== canonicalJson(audit.report))
    return {
      file,
      path: `${path}.report`,
      message: {
        zh: '记录的报告与其回执签署的报告不同：文件在导出后被改动过',
        en: 'the record’s report differs from the one its receipt signs: the file was changed after it was exported',
      },
    };
  return null;
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
