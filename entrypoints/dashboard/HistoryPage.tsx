import { useEffect, useState } from 'preact/hooks';
import { formatInputError, type InputError } from '../../core/index.js';
import { downloadJson } from '../shared/download.js';
import {
  deleteAudit,
  exportHistory,
  importHistory,
  listAudits,
  storageEstimate,
  type AuditRecord,
} from '../shared/history-store.js';
import { formatBytes, formatDateTime, type Lang, type Messages } from '../shared/i18n.js';
import { AuditComparisonView } from './compare/AuditComparisonView.js';
import { compareWords } from './compare/compare-words.js';
import { ReceiptActions } from '../shared/ReceiptActions.js';
import { ReceiptLink } from './ReceiptPanel.js';
import { ResultView } from './ResultView.js';
import { verdictWords } from '../shared/verdict-words.js';

/** The saved audit that `#history/<id>` names, as the popup links to it. */
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

/**
 * Every saved audit: open, delete, export all as one file, import such a file. A table on a wide
 * window; on a phone-wide one, a card for each audit with the same fields and actions.
 */
export function HistoryPage({ lang, t }: { lang: Lang; t: Messages }) {
  const [audits, setAudits] = useState<AuditRecord[] | null>(null);
  const [opened, setOpened] = useState<AuditRecord | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<readonly InputError[]>([]);
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [comparing, setComparing] = useState<readonly [AuditRecord, AuditRecord] | null>(null);
  const words = compareWords(lang);
  const narrow = useNarrowWindow();

  const refresh = async () => {
    const all = await listAudits();
    setAudits(all);
    setStorage(await storageEstimate());
    return all;
  };
  useEffect(() => {
    const openRequested = (all: readonly AuditRecord[]) => {
      const wanted = requestedAudit();
      const found = wanted ? all.find((audit) => audit.id === wanted) : undefined;
      if (!found) return;
      setComparing(null);
      setOpened(found);
      focusHeading();
    };
    void refresh().then(openRequested);
    const follow = () => void listAudits().then(openRequested);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const open = (audit: AuditRecord | null) => {
    setOpened(audit);
    focusHeading();
    // The address names the audit shown, so that a reload shows it again (and not after going back).
    const hash = audit ? `#history/${encodeURIComponent(audit.id)}` : '#history';
    if (location.hash !== hash) history.replaceState(null, '', hash);
  };

  async function remove(id: string) {
    await deleteAudit(id);
    if (opened?.id === id) setOpened(null);
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
  const receiptWords = (audit: AuditRecord) => (audit.receipt ? `✔ ${t.signed}` : t.unsigned);
  const rowActions = (audit: AuditRecord) => (
    <>
      <button type="button" onClick={() => open(audit)}>
        {t.open}
      </button>
      <button type="button" onClick={() => void remove(audit.id)}>
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

  if (opened) {
    return (
      <section aria-labelledby="history-title">
        <h2 id="history-title">{opened.election}</h2>
        <p>
          <button type="button" onClick={() => open(null)}>
            ← {t.back}
          </button>
        </p>
        {opened.receipt && (
          <ReceiptActions receipt={opened.receipt} t={t}>
            <ReceiptLink receipt={opened.receipt} t={t} />
          </ReceiptActions>
        )}
        <ResultView report={opened.report} lang={lang} t={t} />
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
          disabled={!audits || audits.length === 0}
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
      {audits && audits.length === 0 && <p>{t.historyEmpty}</p>}
      {audits && audits.length > 1 && (
        <p class="actions">
          <button type="button" disabled={ticked.length !== 2} onClick={compareTicked}>
            {words.compareSelected}
          </button>{' '}
          {ticked.length !== 2 && <span class="hint">{words.chooseTwo}</span>}
        </p>
      )}
      {audits && audits.length > 0 && !narrow && (
        <table class="history">
          <thead>
            <tr>
              <th scope="col">{words.compare}</th>
              <th scope="col">{t.savedAt}</th>
              <th scope="col">{t.election}</th>
              <th scope="col">{t.verdictLabel}</th>
              <th scope="col">{t.receiptColumn}</th>
              <th scope="col">
                <span class="visually-hidden">{t.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {audits.map((audit) => (
              <tr key={audit.id} data-audit={audit.id}>
                <td>{tick(audit)}</td>
                <td>
                  <time dateTime={audit.savedAt}>{formatDateTime(audit.savedAt, lang)}</time>
                </td>
                <th scope="row">{audit.election}</th>
                <td data-verdict={audit.verdict}>{verdictWords(audit.report, lang, t)}</td>
                <td>{receiptWords(audit)}</td>
                <td class="actions">{rowActions(audit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* A phone-wide window: each saved audit a card, its fields labelled, the same actions. */}
      {audits && audits.length > 0 && narrow && (
        <ul class="history-cards">
          {audits.map((audit) => (
            <li key={audit.id} data-audit={audit.id} class="history-card">
              <h3 id={`audit-${audit.id}`}>{audit.election}</h3>
              <dl>
                <div>
                  <dt>{t.savedAt}</dt>
                  <dd>
                    <time dateTime={audit.savedAt}>{formatDateTime(audit.savedAt, lang)}</time>
                  </dd>
                </div>
                <div>
                  <dt>{t.verdictLabel}</dt>
                  <dd data-verdict={audit.verdict}>{verdictWords(audit.report, lang, t)}</dd>
                </div>
                <div>
                  <dt>{t.receiptColumn}</dt>
                  <dd>{receiptWords(audit)}</dd>
                </div>
              </dl>
              <label class="history-tick">
                {tick(audit)}
                <span>{words.compare}</span>
              </label>
              <p class="actions">{rowActions(audit)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
