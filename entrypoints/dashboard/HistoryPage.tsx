import { useEffect, useState } from 'preact/hooks';
import { formatInputError, undecidedOutcome, type InputError } from '../../core/index.js';
import { downloadJson } from '../shared/download.js';
import {
  deleteAudit,
  deleteNoticeCheck,
  exportHistory,
  importHistory,
  listHistory,
  storageEstimate,
  type AuditRecord,
  type HistoryEntry,
  type NoticeCheckRecord,
} from '../shared/history-store.js';
import { formatBytes, formatDateTime, type Lang, type Messages } from '../shared/i18n.js';
import { AuditComparisonView } from './compare/AuditComparisonView.js';
import { compareWords } from './compare/compare-words.js';
import { ReceiptActions } from '../shared/ReceiptActions.js';
import { ReceiptLink } from './ReceiptPanel.js';
import { ResultView } from './ResultView.js';
import { PASTED_NOTICE } from './check-notice.js';
import { verdictWords } from '../shared/verdict-words.js';
import { NOTICE_ICONS, NOTICE_TONES, NoticeReport } from '../shared/NoticeReport.js';
import { VERDICT_ICONS } from '../shared/verdict-icons.js';
import { noticeHeadline, noticeTally } from '../shared/notice-outcome.js';
import { HighlightedText } from '../sidepanel/highlighted-text.js';
import './notice-alone.css';

const VERDICT_TONES = { valid: 'good', void: 'bad', discrepancies: 'bad', 'runoff-needed': 'warn' } as const;

/** The saved entry that `#history/<id>` names, as the popup links to it. */
const requestedAudit = (): string | null =>
  location.hash.startsWith('#history/') ? decodeURIComponent(location.hash.slice('#history/'.length)) : null;

/** After a change of view the focus goes to its heading, not back to the top of the page. */
function focusHeading() {
  setTimeout(() => {
    const heading = document.getElementById('history-title');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, 0);
}

/** A phone-wide window, where a table of five columns breaks its headings inside words. */
const NARROW = '(max-width: 40rem)';

/** Whether the window is phone-wide now, followed as it is resized. */
function useNarrowWindow(): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW).matches);
  useEffect(() => {
    const query = matchMedia(NARROW);
    const follow = () => setNarrow(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
}

/** What a saved entry is called: an audit's election, a notice's title (or file's name). */
function entryName(entry: HistoryEntry, t: Messages): string {
  if (entry.kind === 'audit') return entry.record.election;
  return entry.record.notice === '' || entry.record.notice === PASTED_NOTICE
    ? t.noticeUntitled
    : entry.record.notice;
}

/**
 * Every saved audit and notice checked on its own: open, delete, export all as one file, import such a
 * file. A table on a wide window; on a phone-wide one, a card for each entry with the same fields and
 * actions. Two audits can be compared; a notice check cannot (it has no tally behind it).
 */
export function HistoryPage({ lang, t }: { lang: Lang; t: Messages }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [opened, setOpened] = useState<HistoryEntry | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<readonly InputError[]>([]);
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [comparing, setComparing] = useState<readonly [AuditRecord, AuditRecord] | null>(null);
  const words = compareWords(lang);
  const narrow = useNarrowWindow();

  const audits = entries?.flatMap((entry) => (entry.kind === 'audit' ? [entry.record] : [])) ?? null;
  // With notice checks only, nothing can be compared: the column of boxes is left out.
  const anyAudit = (audits?.length ?? 0) > 0;

  const refresh = async () => {
    const all = await listHistory();
    setEntries(all);
    setStorage(await storageEstimate());
    return all;
  };
  useEffect(() => {
    const openRequested = (all: readonly HistoryEntry[]) => {
      const wanted = requestedAudit();
      const found = wanted ? all.find((entry) => entry.record.id === wanted) : undefined;
      if (!found) return;
      setComparing(null);
      setOpened(found);
      focusHeading();
    };
    void refresh().then(openRequested);
    const follow = () => void listHistory().then(openRequested);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const open = (entry: HistoryEntry | null) => {
    setOpened(entry);
    focusHeading();
    // The address names the entry shown, so that a reload shows it again (and not after going back).
    const hash = entry ? `#history/${encodeURIComponent(entry.record.id)}` : '#history';
    if (location.hash !== hash) history.replaceState(null, '', hash);
  };

  async function remove(entry: HistoryEntry) {
    const { id } = entry.record;
    await (entry.kind === 'audit' ? deleteAudit(id) : deleteNoticeCheck(id));
    if (opened?.record.id === id) setOpened(null);
    setTicked((current) => current.filter((other) => other !== id));
    await refresh();
  }

  async function importFile(file: File) {
    const imported = await importHistory(await file.text(), file.name);
    if (imported.ok) {
      setErrors([]);
      setMessage(t.imported(imported.value));
      await refresh();
    } else {
      setMessage(null);
      setErrors(imported.errors);
    }
  }

  function compareTicked() {
    const chosen = (audits ?? []).filter((audit) => ticked.includes(audit.id));
    const [a, b] = [...chosen].sort((x, y) => x.savedAt.localeCompare(y.savedAt));
    if (chosen.length === 2 && a && b) {
      setComparing([a, b]);
      focusHeading();
    }
  }

  /** The box that picks an audit for the comparison: two at most, a third lets go of the earliest. */
  const tick = (audit: AuditRecord) => (
    <input
      type="checkbox"
      aria-label={words.selectToCompare(audit.election, formatDateTime(audit.savedAt, lang))}
      checked={ticked.includes(audit.id)}
      onChange={(event) => {
        const on = event.currentTarget.checked;
        setTicked((current) =>
          on
            ? [...current.filter((id) => id !== audit.id), audit.id].slice(-2)
            : current.filter((id) => id !== audit.id),
        );
      }}
    />
  );
  const receiptWords = (entry: HistoryEntry) =>
    entry.kind === 'notice' ? t.noticeNoReceipt : entry.record.receipt ? `✔ ${t.signed}` : t.unsigned;
  const kindWords = (entry: HistoryEntry) => (entry.kind === 'audit' ? t.kindAudit : t.kindNotice);
  // With the icon and the colour the verdict has on the page the entry opens, not in plain black.
  const entryVerdict = (entry: HistoryEntry) => {
    if (entry.kind === 'audit') {
      const verdict = entry.record.report.verdict;
      const undecided = undecidedOutcome(entry.record.report) !== null;
      return (
        <span class={`history-verdict tone-${undecided ? 'unknown' : VERDICT_TONES[verdict]}`}>
          <span aria-hidden="true">{undecided ? '?' : VERDICT_ICONS[verdict]} </span>
          {verdictWords(entry.record.report, lang, t)}
        </span>
      );
    }
    const tally = noticeTally(entry.record.report);
    return (
      <span class={`history-verdict tone-${NOTICE_TONES[tally.outcome]}`}>
        <span aria-hidden="true">{NOTICE_ICONS[tally.outcome]} </span>
        {noticeHeadline(tally, lang)}
      </span>
    );
  };
  const rowActions = (entry: HistoryEntry) => (
    <>
      <button
        type="button"
        aria-label={`${t.open}: ${kindWords(entry)}, ${entryName(entry, t)}`}
        onClick={() => open(entry)}
      >
        {t.open}
      </button>
      <button
        type="button"
        aria-label={`${t.delete}: ${kindWords(entry)}, ${entryName(entry, t)}`}
        onClick={() => void remove(entry)}
      >
        {t.delete}
      </button>
    </>
  );

  if (comparing) {
    return (
      <section aria-labelledby="history-title">
        <h2 id="history-title">{words.title}</h2>
        <p>
          <button
            type="button"
            onClick={() => {
              setComparing(null);
              focusHeading();
            }}
          >
            ← {t.back}
          </button>
        </p>
        <AuditComparisonView before={comparing[0]} after={comparing[1]} lang={lang} t={t} />
      </section>
    );
  }

  if (opened?.kind === 'notice') {
    return <SavedNoticeCheck record={opened.record} lang={lang} t={t} onBack={() => open(null)} />;
  }

  if (opened) {
    const audit = opened.record;
    return (
      <section aria-labelledby="history-title">
        <h2 id="history-title">{audit.election}</h2>
        <p>
          <button type="button" onClick={() => open(null)}>
            ← {t.back}
          </button>
        </p>
        {audit.receipt && (
          <ReceiptActions receipt={audit.receipt} t={t}>
            <ReceiptLink receipt={audit.receipt} t={t} />
          </ReceiptActions>
        )}
        <ResultView report={audit.report} lang={lang} t={t} />
      </section>
    );
  }

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.historyTitle}</h2>
      {storage && (
        <p class="hint storage">{t.storageUsed(formatBytes(storage.usage), formatBytes(storage.quota))}</p>
      )}
      <p class="actions">
        <button
          type="button"
          disabled={!entries || entries.length === 0}
          onClick={() =>
            void exportHistory().then((history) =>
              downloadJson(`tallywitness-history-${history.exportedAt.slice(0, 10)}.json`, history),
            )
          }
        >
          {t.exportHistory}
        </button>
        <label class="like-button">
          {t.importHistory}
          <input
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-input="history"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </p>
      {message && <p role="status">{message}</p>}
      {errors.length > 0 && (
        <ul role="alert" class="input-errors">
          {errors.map((error, index) => (
            <li key={index}>{formatInputError(error, lang)}</li>
          ))}
        </ul>
      )}
      {entries && entries.length === 0 && <p>{t.historyEmpty}</p>}
      {audits && audits.length > 1 && (
        <p class="actions">
          <button type="button" disabled={ticked.length !== 2} onClick={compareTicked}>
            {words.compareSelected}
          </button>{' '}
          {ticked.length !== 2 && <span class="hint">{words.chooseTwo}</span>}
        </p>
      )}
      {entries && entries.length > 0 && !narrow && (
        <table class="history">
          <thead>
            <tr>
              {anyAudit && <th scope="col">{words.compare}</th>}
              <th scope="col">{t.savedAt}</th>
              <th scope="col">{t.historyKind}</th>
              <th scope="col">{t.election}</th>
              <th scope="col">{t.verdictLabel}</th>
              <th scope="col">{t.receiptColumn}</th>
              <th scope="col">
                <span class="visually-hidden">{t.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.record.id} {...entryData(entry)}>
                {anyAudit && <td>{entry.kind === 'audit' && tick(entry.record)}</td>}
                <td>
                  <time dateTime={entry.record.savedAt}>{formatDateTime(entry.record.savedAt, lang)}</time>
                </td>
                <td class={`entry-kind kind-${entry.kind}`}>{kindWords(entry)}</td>
                <th scope="row">{entryName(entry, t)}</th>
                <td data-verdict={entry.record.report.verdict}>{entryVerdict(entry)}</td>
                <td class="receipt">{receiptWords(entry)}</td>
                <td class="actions">{rowActions(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* A phone-wide window: each saved audit a card, its fields labelled, the same actions. */}
      {entries && entries.length > 0 && narrow && (
        <ul class="history-cards">
          {entries.map((entry) => (
            <li key={entry.record.id} {...entryData(entry)} class={`history-card kind-${entry.kind}`}>
              <p class={`entry-kind kind-${entry.kind}`}>{kindWords(entry)}</p>
              <h3 id={`${entry.kind}-${entry.record.id}`}>{entryName(entry, t)}</h3>
              <dl>
                <div>
                  <dt>{t.savedAt}</dt>
                  <dd>
                    <time dateTime={entry.record.savedAt}>{formatDateTime(entry.record.savedAt, lang)}</time>
                  </dd>
                </div>
                <div>
                  <dt>{t.verdictLabel}</dt>
                  <dd data-verdict={entry.record.report.verdict}>{entryVerdict(entry)}</dd>
                </div>
                <div>
                  <dt>{t.receiptColumn}</dt>
                  <dd>{receiptWords(entry)}</dd>
                </div>
              </dl>
              {entry.kind === 'audit' && (
                <label class="history-tick">
                  {tick(entry.record)}
                  <span>{words.compare}</span>
                </label>
              )}
              <p class="actions">{rowActions(entry)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The attribute the tests and the popup's link find an entry by: `data-audit` or `data-notice-check`. */
const entryData = (entry: HistoryEntry) =>
  entry.kind === 'audit' ? { 'data-audit': entry.record.id } : { 'data-notice-check': entry.record.id };

/**
 * A notice checked on its own, reopened: the report and the marked text as they were saved, said to be
 * that day's result (a later change of the reader or of the text does not alter it). Nothing to sign.
 */
function SavedNoticeCheck({
  record,
  lang,
  t,
  onBack,
}: {
  record: NoticeCheckRecord;
  lang: Lang;
  t: Messages;
  onBack: () => void;
}) {
  const name = entryName({ kind: 'notice', record }, t);
  return (
    <section
      aria-labelledby="history-title"
      class="notice-alone saved-notice"
      data-testid="saved-notice-check"
    >
      <h2 id="history-title">{name}</h2>
      <p class="hint" data-testid="saved-notice-when">
        {t.noticeSavedOn(formatDateTime(record.savedAt, lang))}
      </p>
      <p>
        <button type="button" onClick={onBack}>
          ← {t.back}
        </button>
      </p>
      <NoticeReport report={record.report} lang={lang} t={t} />
      {record.text !== null && (
        <section class="announcement-text" aria-label={t.noticeMarkedText}>
          <h3>{t.noticeMarkedText}</h3>
          <HighlightedText text={record.text} marks={record.marks} />
        </section>
      )}
    </section>
  );
}
