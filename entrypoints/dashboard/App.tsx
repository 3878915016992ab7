import { useEffect, useState } from 'preact/hooks';
import { localeOf, messagesFor, preferredLanguage, rememberLanguage, type Lang } from '../shared/i18n.js';
import { AuditPage } from './AuditPage.js';
import { ElectionForm } from './election-form/ElectionForm.js';
import { HistoryPage } from './HistoryPage.js';
import { tallyWords } from '../tally/tally-words.js';

type View = 'audit' | 'election' | 'history';

const VIEWS: readonly View[] = ['audit', 'election', 'history'];

const viewFromHash = (): View => VIEWS.find((view) => location.hash === `#${view}`) ?? 'audit';

export function App() {
  const [lang, setLang] = useState<Lang>(preferredLanguage);
  const [view, setView] = useState<View>(viewFromHash);
  // An election.json built in the form, handed to the audit.
  const [builtElection, setBuiltElection] = useState<File | null>(null);
  const t = messagesFor(lang);
  const names: Record<View, string> = { audit: t.navAudit, election: t.navElection, history: t.navHistory };

  useEffect(() => {
    const follow = () => setView(viewFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
    document.title = t.appName;
  }, [lang, t]);

  return (
    <>
      <header class="top">
        <h1>{t.appName}</h1>
        <nav aria-label={VIEWS.map((name) => names[name]).join(' / ')}>
          {VIEWS.map((name) => (
            <a key={name} href={`#${name}`} aria-current={view === name ? 'page' : undefined}>
              {names[name]}
            </a>
          ))}
          <a href="/tally.html">{tallyWords(lang).title}</a>
        </nav>
        <label class="lang">
          {t.language}{' '}
          <select
            value={lang}
            onChange={(event) => {
              const chosen = event.currentTarget.value as Lang;
              rememberLanguage(chosen);
              setLang(chosen);
            }}
          >
            <option value="zh" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </header>
      <main>
        {/* The audit and the form stay mounted so that switching views keeps what was typed or run. */}
        <div hidden={view !== 'audit'}>
          <AuditPage lang={lang} t={t} electionFile={builtElection} />
        </div>
        <div hidden={view !== 'election'}>
          <ElectionForm
            lang={lang}
            t={t}
            onUse={(file) => {
              setBuiltElection(file);
              location.hash = '#audit';
              // Land on the election step, where the summary of the new definition shows.
              setTimeout(() => {
                const step = document.getElementById('step1');
                step?.setAttribute('tabindex', '-1');
                step?.focus();
              }, 0);
            }}
          />
        </div>
        {view === 'history' && <HistoryPage lang={lang} t={t} />}
      </main>
    </>
  );
}
