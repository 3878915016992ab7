import { useEffect, useState } from 'preact/hooks';
import { languageFrom, messagesFor, type Lang } from '../shared/i18n.js';
import { AuditPage } from './AuditPage.js';
import { HistoryPage } from './HistoryPage.js';

type View = 'audit' | 'history';

const viewFromHash = (): View => (location.hash === '#history' ? 'history' : 'audit');

export function App() {
  const [lang, setLang] = useState<Lang>(() => languageFrom(navigator.language));
  const [view, setView] = useState<View>(viewFromHash);
  const t = messagesFor(lang);

  useEffect(() => {
    const follow = () => setView(viewFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.appName;
  }, [lang, t]);

  return (
    <>
      <header class="top">
        <h1>{t.appName}</h1>
        <nav aria-label={t.navAudit + ' / ' + t.navHistory}>
          <a href="#audit" aria-current={view === 'audit' ? 'page' : undefined}>
            {t.navAudit}
          </a>
          <a href="#history" aria-current={view === 'history' ? 'page' : undefined}>
            {t.navHistory}
          </a>
        </nav>
        <label class="lang">
          {t.language}{' '}
          <select value={lang} onChange={(event) => setLang(event.currentTarget.value as Lang)}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>
        {/* Both stay mounted so that switching to the history and back keeps the audit in progress. */}
        <div hidden={view !== 'audit'}>
          <AuditPage lang={lang} t={t} />
        </div>
        {view === 'history' && <HistoryPage lang={lang} t={t} />}
      </main>
    </>
  );
}
