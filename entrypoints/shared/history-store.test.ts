import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deleteNoticeCheck,
  exportHistory,
  getNoticeCheck,
  HISTORY_FORMAT,
  importHistory,
  listAudits,
  listHistory,
  parseHistoryFile,
  saveNoticeCheck,
  type AuditRecord,
  type NoticeCheckRecord,
} from './history-store';
import { sampleReceipt } from '../../core/receipt/testing/sample-receipt.js';

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

const noticeReport = (title: string) =>
  ({
    format: 'tallywitness.report/1',
    election: title,
    verdict: 'valid',
    findings: [],
    inputs: [{ name: 'notice.txt', sha256: 'ab'.repeat(32), size: 9, role: 'announcement' }],
  }) as unknown as NoticeCheckRecord['report'];
const noticeCheck = (title: string) => ({
  report: noticeReport(title),
  text: `${title}：参加投票1476人`,
  marks: [{ start: 9, end: 13, kind: 'figure' as const, key: 'figure-0', label: '参加投票: 1476' }],
});
const entries = async () => (await listHistory()).map((entry) => [entry.kind, entry.record.id]);

describe('notice checks in the history', () => {
  it('keeps the whole check, lists it with the audits newest first, and deletes it alone', async () => {
    const before = await entries();
    const { record: saved, alreadySaved } = await saveNoticeCheck(noticeCheck('白沙村选举结果公告'));
    expect(alreadySaved).toBe(false);
    expect(saved.notice).toBe('白沙村选举结果公告');
    expect(await getNoticeCheck(saved.id)).toEqual(saved);
    const listed = await listHistory();
    expect(listed[0]).toEqual({ kind: 'notice', record: saved });
    expect(await entries()).toEqual([['notice', saved.id], ...before]);
    // Not an audit: the popup's latest audit, the comparison and the receipts never meet it.
    expect((await listAudits()).map((record) => record.id)).not.toContain(saved.id);

    await deleteNoticeCheck(saved.id);
    expect(await getNoticeCheck(saved.id)).toBeUndefined();
    expect(await entries()).toEqual(before);
  });

  it('keeps the same check run again once, in either language, and a changed text or pack anew', async () => {
    const check = noticeCheck('重复核查的公告');
    const first = await saveNoticeCheck(check);
    const before = await entries();

    // The same bytes, pack and result, shown in the other language: the record kept is handed back.
    const finding = { code: 'UNREAD_FIGURE', severity: 'info', messages: { zh: '未读', en: 'unread' } };
    const inZh = { ...check.report, lang: 'zh', findings: [{ ...finding, message: '未读' }] };
    const inEn = { ...check.report, lang: 'en', findings: [{ ...finding, message: 'unread' }] };
    const withFinding = await saveNoticeCheck({ ...check, report: inZh as unknown as typeof check.report });
    expect(withFinding.alreadySaved).toBe(false);
    const again = await saveNoticeCheck({ ...check, report: inEn as unknown as typeof check.report });
    expect(again).toEqual({ record: withFinding.record, alreadySaved: true });
    expect(await saveNoticeCheck(check)).toEqual({ record: first.record, alreadySaved: true });
    const sorted = (list: string[][]) => list.map((entry) => entry.join(' ')).sort();
    expect(sorted(await entries())).toEqual(sorted([['notice', withFinding.record.id], ...before]));

    // Another text (other bytes), or another pack, is another check.
    const otherBytes = {
      ...check.report,
      inputs: [{ ...check.report.inputs[0]!, sha256: 'cd'.repeat(32) }],
    };
    const otherText = await saveNoticeCheck({ ...check, report: otherBytes, text: `${check.text}。` });
    expect(otherText.alreadySaved).toBe(false);
    const otherPack = await saveNoticeCheck({
      ...check,
      report: { ...check.report, rules: 'cn-village@2025' },
    });
    expect(otherPack.alreadySaved).toBe(false);
    expect(sorted(await entries())).toEqual(
      sorted([
        ['notice', otherPack.record.id],
        ['notice', otherText.record.id],
        ['notice', withFinding.record.id],
        ...before,
      ]),
    );
  });

  it('on a full disk keeps nothing of the check, changes nothing stored, and throws for the page to say so', async () => {
    const before = await entries();
    failNthPut(1, () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(saveNoticeCheck(noticeCheck('满了'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await entries()).toEqual(before);
  });

  it('aborted before it commits (the tab closed), leaves no half-written record', async () => {
    const before = await entries();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expect(saveNoticeCheck(noticeCheck('中断'))).rejects.toBeDefined();
    vi.restoreAllMocks();
    expect(await entries()).toEqual(before);
  });

  it('are exported with the audits and imported back, in one transaction with them', async () => {
    const { record: saved } = await saveNoticeCheck(noticeCheck('导出的公告'));
    const exported = await exportHistory();
    expect(exported.notices).toContainEqual(saved);
    await deleteNoticeCheck(saved.id);

    // A full disk on the notice's write keeps neither the file's audits nor its notices.
    const file = JSON.stringify({ ...exported, audits: [audit('eeeee', 'new')] });
    failNthPut(2, () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect((await importHistory(file, 'full.json')).ok).toBe(false);
    vi.restoreAllMocks();
    expect(await getNoticeCheck(saved.id)).toBeUndefined();
    expect((await listAudits()).map((record) => record.id)).not.toContain('eeeee');

    const imported = await importHistory(file, 'back.json');
    expect(imported).toEqual({ ok: true, value: 1 + exported.notices!.length });
    expect(await getNoticeCheck(saved.id)).toEqual(saved);
  });

  it('a file with an incomplete notice check keeps nothing, and names the place', async () => {
    const before = await entries();
    const broken = {
      id: 'x',
      savedAt: '2026-12-01T00:00:00.000Z',
      notice: 'n',
      report: null,
      text: null,
      marks: [],
    };
    const file = JSON.stringify({
      format: HISTORY_FORMAT,
      exportedAt: '2026-12-01T00:00:00.000Z',
      audits: [audit('ffffff', 'new')],
      notices: [broken],
    });
    const imported = await importHistory(file, 'bad.json');
    expect(!imported.ok && imported.errors[0]).toMatchObject({ path: '$.notices[0]' });
    expect(await entries()).toEqual(before);
  });
});

describe('parseHistoryFile', () => {
  const notice = {
    id: 'n',
    savedAt: '2026-12-01T00:00:00.000Z',
    notice: '白沙村选举结果公告',
    report: noticeReport('白沙村选举结果公告'),
    text: null,
    marks: [],
  };
  const file = (audits: unknown[], notices: unknown[]) =>
    JSON.stringify({ format: HISTORY_FORMAT, exportedAt: '2026-12-01T00:00:00.000Z', audits, notices });
  const refusedAt = (audits: unknown[], notices: unknown[]) => {
    const parsed = parseHistoryFile(file(audits, notices), 'h.json');
    return parsed.ok ? null : parsed.errors[0]?.path;
  };

  it('keeps complete entries and refuses one missing a field either kind needs, naming its place', () => {
    const kept = audit('a', '青山村');
    expect(refusedAt([kept], [notice])).toBeNull();
    const broken = [
      { id: 1 },
      { savedAt: undefined },
      { report: null },
      { report: { format: 'tallywitness.report/2' } },
    ];
    for (const change of broken) {
      expect(refusedAt([{ ...kept, ...change }], [notice])).toBe('$.audits[0]');
      expect(refusedAt([kept], [{ ...notice, ...change }])).toBe('$.notices[0]');
    }
    for (const change of [{ election: null }, { verdict: 'won' }, { inputs: {} }, { receipt: 'r' }]) {
      expect(refusedAt([{ ...kept, ...change }], [notice])).toBe('$.audits[0]');
    }
    for (const change of [{ notice: 3 }, { text: 4 }, { marks: null }]) {
      expect(refusedAt([kept], [{ ...notice, ...change }])).toBe('$.notices[0]');
    }
    expect(refusedAt(['audit'], [notice])).toBe('$.audits[0]');
    expect(refusedAt([kept], [null])).toBe('$.notices[0]');
  });

  it('refuses a signed record changed after export: its receipt, its report or the verdict listed', () => {
    const receipt = sampleReceipt();
    const report = receipt.payload.report;
    const signed = {
      id: 's',
      savedAt: '2026-12-01T00:00:00.000Z',
      election: report.election,
      verdict: report.verdict,
      inputs: report.inputs,
      report,
      receipt,
    };
    expect(refusedAt([signed], [])).toBeNull();
    const other = report.verdict === 'valid' ? 'discrepancies' : 'valid';
    // The receipt's signed report edited: its signature no longer holds.
    const edited = JSON.parse(JSON.stringify(signed)) as typeof signed;
    (edited.receipt.payload.report as { verdict: string }).verdict = other;
    (edited.report as { verdict: string }).verdict = other;
    (edited as { verdict: string }).verdict = other;
    expect(refusedAt([edited], [])).toBe('$.audits[0].receipt.signature');
    // The record's report edited beside an intact receipt, or only the verdict the history lists.
    expect(refusedAt([{ ...signed, report: { ...report, verdict: other }, verdict: other }], [])).toBe(
      '$.audits[0].report',
    );
    expect(refusedAt([{ ...signed, verdict: other }], [])).toBe('$.audits[0]');
    expect(refusedAt([{ ...audit('u', '青山村'), verdict: 'discrepancies' }], [])).toBe('$.audits[0]');
  });
});
