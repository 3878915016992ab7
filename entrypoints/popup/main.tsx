import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { latestAudit, type AuditRecord } from '../shared/history-store.js';
import { languageFrom, messagesFor } from '../shared/i18n.js';
import './style.css';

function openPage(path: '/dashboard.html' | '/dashboard.html#history') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
}

function Popup() {
  const t = messagesFor(languageFrom(navigator.language));
  const [last, setLast] = useState<AuditRecord | null | undefined>(undefined);
  useEffect(() => {
    latestAudit().then(
      (record) => setLast(record ?? null),
      () => setLast(null),
    );
  }, []);
  return (
    <main>
      <h1>TallyWitness 计票见证</h1>
      <section aria-labelledby="last-title">
        <h2 id="last-title">{t.lastAudit}</h2>
        {last === null && <p>{t.noAuditYet}</p>}
        {last && (
          <p data-verdict={last.verdict}>
            <strong>{t.verdicts[last.verdict]}</strong>
            <br />
            {last.election}
            <br />
            <small>{new Date(last.savedAt).toLocaleString()}</small>
          </p>
        )}
      </section>
      <p class="buttons">
        <button type="button" class="primary" onClick={() => openPage('/dashboard.html')}>
          新核对 / New audit
        </button>
        <button type="button" onClick={() => openPage('/dashboard.html#history')}>
          历史 / History
        </button>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
