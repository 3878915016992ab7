import { useEffect, useState } from 'preact/hooks';
import { localeOf, messagesFor, preferredLanguage, rememberLanguage, type Lang } from '../shared/i18n.js';
import { AuditPage } from './AuditPage.js';
import { ElectionForm } from './election-form/ElectionForm.js';
import { HistoryPage } from './HistoryPage.js';

type View = 'audit' | 'election' | 'history';

const VIEWS: readonly View[] = ['audit', 'election', 'history'];

/** `#history/<id>` (a saved audit opened from the popup) is the history too. */
const viewFromHash = (): View =>
  VIEWS.find((view) => location.hash === `#${view}` || location.hash.startsWith(`#${view}/`)) ?? 'audit';

export function App() {
  const [lang, setLang] = useState<Lang>(preferredLanguage);
  const [view, setView] = useState<View>(viewFromHash);
  // An election.json built in the form, handed to the audit.
  const [builtElection, setBuiltElection] = useState<File | null>(null);
  // The form changed after its election went to the audit: that audit's result is then out of date.
  const [formEdited, setFormEdited] = useState(false);
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
          <AuditPage lang={lang} t={t} electionFile={builtElection} formEdited={formEdited} />
        </div>
        <div hidden={view !== 'election'}>
          <ElectionForm
            lang={lang}
            t={t}
            onEdit={() => setFormEdited(true)}
            onUse={(file) => {
              setBuiltElection(file);
              setFormEdited(false);
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
