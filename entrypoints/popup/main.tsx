import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { latestAudit, type AuditRecord } from '../shared/history-store.js';
import { formatDateTime, localeOf, messagesFor, preferredLanguage } from '../shared/i18n.js';
import { tallyWords } from '../tally/tally-words.js';
import './style.css';

type PagePath = '/dashboard.html' | '/dashboard.html#election' | '/dashboard.html#history' | '/tally.html';

function openPage(path: PagePath) {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
}

function Popup() {
  // The language last chosen on the dashboard, else the browser's.
  const lang = preferredLanguage();
  const t = messagesFor(lang);
  const [last, setLast] = useState<AuditRecord | null | undefined>(undefined);
  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
    latestAudit().then(
      (record) => setLast(record ?? null),
      () => setLast(null),
    );
  }, [lang]);
  return (
    <main>
      <h1>{t.appName}</h1>
      <section aria-labelledby="last-title">
        <h2 id="last-title">{t.lastAudit}</h2>
        {last === null && <p>{t.noAuditYet}</p>}
        {last && (
          <p data-verdict={last.verdict}>
            <strong>{t.verdicts[last.verdict]}</strong>
            <br />
            {last.election}
            <br />
            <small>
              <time dateTime={last.savedAt}>{formatDateTime(last.savedAt, lang)}</time>
            </small>
          </p>
        )}
      </section>
      <p class="buttons">
        <button type="button" class="primary" onClick={() => openPage('/dashboard.html')}>
          {t.newAudit}
        </button>
        <button type="button" onClick={() => openPage('/dashboard.html#election')}>
          {t.navElection}
        </button>
        <button type="button" onClick={() => openPage('/dashboard.html#history')}>
          {t.navHistory}
        </button>
        <button type="button" onClick={() => openPage('/tally.html')}>
          {tallyWords(lang).title}
        </button>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
