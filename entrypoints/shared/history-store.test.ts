import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_FORMAT, importHistory, listAudits, type AuditRecord } from './history-store';

const audit = (id: string, election: string): AuditRecord =>
  ({
    id,
    savedAt: `2026-11-2${id.length}T08:00:00.000Z`,
    election,
    verdict: 'valid',
    inputs: [],
    report: { format: 'tallywitness.report/1', election, verdict: 'valid' },
    receipt: null,
  }) as unknown as AuditRecord;

const historyFile = (...audits: AuditRecord[]) =>
  JSON.stringify({ format: HISTORY_FORMAT, exportedAt: '2026-12-01T00:00:00.000Z', audits });

/** Makes the store's `put` fail on its `nth` call from now on, the way `fail` says. */
function failNthPut(nth: number, fail: (store: IDBObjectStore) => never | IDBRequest) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    calls += 1;
    return calls === nth ? fail(this) : put.apply(this, args);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('importHistory', () => {
  it('keeps every audit of a valid file', async () => {
    const imported = await importHistory(historyFile(audit('a', '青山村'), audit('bb', '绿水村')), 'h.json');
    expect(imported).toEqual({ ok: true, value: 2 });
    expect((await listAudits()).map((record) => record.id)).toEqual(['bb', 'a']);
  });

  it('on a full disk keeps nothing of the file, changes nothing stored, and says so in both languages', async () => {
    failNthPut(2, () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const file = historyFile(audit('a', 'replaced'), audit('ccc', 'new'), audit('dddd', 'new'));
    const imported = await importHistory(file, 'full.json');
    expect(imported.ok).toBe(false);
    const error = !imported.ok ? imported.errors[0]! : null;
    expect(error).toMatchObject({ file: 'full.json', path: '$.audits' });
    expect(error?.message.zh).toContain('存储空间已满');
    expect(error?.message.en).toContain('storage for this extension is full');
    expect(error?.message.en).toContain('Nothing saved before was changed');
    const stored = await listAudits();
    expect(stored.map((record) => [record.id, record.election])).toEqual([
      ['bb', '绿水村'],
      ['a', '青山村'],
    ]);
  });

  it('interrupted half-way (the tab closed, the transaction aborted) leaves the history as it was', async () => {
    failNthPut(2, (store) => {
      store.transaction.abort();
      throw new DOMException('The transaction was aborted.', 'TransactionInactiveError');
    });
    const imported = await importHistory(
      historyFile(audit('a', 'replaced'), audit('ccc', 'new')),
      'cut.json',
    );
    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.errors[0]!.message.en).toContain('could not be saved');
    expect((await listAudits()).map((record) => [record.id, record.election])).toEqual([
      ['bb', '绿水村'],
      ['a', '青山村'],
    ]);
  });
});
