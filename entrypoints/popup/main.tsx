import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { latestAudit, type AuditRecord } from '../shared/history-store.js';
import { formatDateTime, messagesFor } from '../shared/i18n.js';
import { LanguageSwitch } from '../shared/PageShell.js';
import { ReceiptActions } from '../shared/ReceiptActions.js';
import { usePageLanguage } from '../shared/use-page-language.js';
import { VERDICT_ICONS } from '../shared/verdict-icons.js';
import { verdictWords } from '../shared/verdict-words.js';
import { tallyWords } from '../tally/tally-words.js';
import './style.css';

type Place =
  | '/dashboard.html'
  | '/dashboard.html#notice'
  | '/dashboard.html#election'
  | '/dashboard.html#history'
  | `/dashboard.html#history/${string}`
  | '/verify.html'
  | '/tally.html'
  | '/sheets.html';

function openPage(path: Place) {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
}

function Popup() {
  // The language last chosen on any page, else the browser's.
  const [lang, setLang] = usePageLanguage();
  const t = messagesFor(lang);
  const [last, setLast] = useState<AuditRecord | null | undefined>(undefined);
  useEffect(() => {
    latestAudit().then(
      (record) => setLast(record ?? null),
      () => setLast(null),
    );
  }, []);
  return (
    <>
      <header class="popup-header">
        <h1>{t.appName}</h1>
        <LanguageSwitch lang={lang} t={t} onLanguage={setLang} />
      </header>
      <main>
        <section aria-labelledby="last-title">
          <h2 id="last-title">{t.lastAudit}</h2>
          {last === null && <p>{t.noAuditYet}</p>}
          {last && (
            // The whole entry opens that audit in the dashboard's history.
            <a
              class="last-audit"
              href={browser.runtime.getURL(`/dashboard.html#history/${encodeURIComponent(last.id)}`)}
              data-verdict={last.verdict}
              onClick={(event) => {
                event.preventDefault();
                openPage(`/dashboard.html#history/${encodeURIComponent(last.id)}`);
              }}
            >
              <strong class="last-verdict">
                <span aria-hidden="true">{VERDICT_ICONS[last.verdict]} </span>
                {verdictWords(last.report, lang, t)}
              </strong>
              <br />
              {last.election}
              <br />
              <small>
                <time dateTime={last.savedAt}>{formatDateTime(last.savedAt, lang)}</time>
              </small>
              <br />
              <span class="open-hint">{t.openLastAudit} ›</span>
            </a>
          )}
          {last?.receipt && <ReceiptActions receipt={last.receipt} t={t} verify={false} />}
        </section>
        <nav aria-label={t.navLabel}>
          <ul class="buttons">
            <li>
              <button type="button" class="primary" onClick={() => openPage('/dashboard.html')}>
                {t.newAudit}
              </button>
            </li>
            <li>
              <button
                type="button"
                data-testid="popup-notice"
                onClick={() => openPage('/dashboard.html#notice')}
              >
                {t.noticeAloneTitle}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => openPage('/dashboard.html#election')}>
                {t.navElection}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => openPage('/dashboard.html#history')}>
                {t.navHistory}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => openPage('/tally.html')}>
                {tallyWords(lang).title}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => openPage('/sheets.html')}>
                {t.navSheets}
              </button>
            </li>
            <li>
              <button type="button" data-testid="popup-verify" onClick={() => openPage('/verify.html')}>
                {t.navVerify}
              </button>
            </li>
          </ul>
        </nav>
      </main>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
