import { useEffect, useState } from 'preact/hooks';
import { messagesFor } from '../shared/i18n.js';
import { PageShell } from '../shared/PageShell.js';
import { usePageLanguage } from '../shared/use-page-language.js';
import { AuditPage } from './AuditPage.js';
import { AuditMathPage } from './audit/AuditMathPage.js';
import { ElectionForm } from './election-form/ElectionForm.js';
import { HistoryPage } from './HistoryPage.js';
import { NoticeAlonePage } from './NoticeAlonePage.js';
import type { NoticeHandOver } from './notice-hand-over.js';

/** `notice` (a results notice checked on its own) is reached from the audit, and is part of it in the navigation. */
type View = 'audit' | 'election' | 'history' | 'notice' | 'audit-math';

// `audit-math` (#audit-math): the audit by sample, the quick count and the screens over files chosen there.
const VIEWS: readonly View[] = ['audit', 'election', 'history', 'notice', 'audit-math'];

/** `#history/<id>` (a saved audit opened from the popup) is the history too. */
const viewFromHash = (): View =>
  VIEWS.find((view) => location.hash === `#${view}` || location.hash.startsWith(`#${view}/`)) ?? 'audit';

export function App() {
  const [lang, setLang] = usePageLanguage();
  const [view, setView] = useState<View>(viewFromHash);
  // An election.json built in the form, handed to the audit.
  const [builtElection, setBuiltElection] = useState<File | null>(null);
  // The form changed after its election went to the audit: that audit's result is then out of date.
  const [formEdited, setFormEdited] = useState(false);
  // A notice checked on its own, handed to the audit to be compared with the tally sheets.
  const [noticeForAudit, setNoticeForAudit] = useState<NoticeHandOver | null>(null);
  const t = messagesFor(lang);

  useEffect(() => {
    const follow = () => setView(viewFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.title = t.appName;
  }, [t]);

  return (
    <PageShell
      lang={lang}
      t={t}
      onLanguage={setLang}
      current={view === 'notice' || view === 'audit-math' ? 'audit' : view}
      nameIsHeading
    >
      {/* The audit and the form stay mounted so that switching views keeps what was typed or run. */}
      <div hidden={view !== 'audit'}>
        <AuditPage
          lang={lang}
          t={t}
          electionFile={builtElection}
          formEdited={formEdited}
          notice={noticeForAudit}
        />
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
      <div hidden={view !== 'notice'}>
        <NoticeAlonePage
          lang={lang}
          t={t}
          shown={view === 'notice'}
          onCompareInAudit={(notice) => {
            setNoticeForAudit(notice);
            location.hash = '#audit';
            // Land on the first step: the election and the tally sheets are what the audit needs next.
            setTimeout(() => {
              const step = document.getElementById('step1');
              step?.setAttribute('tabindex', '-1');
              step?.scrollIntoView({ block: 'start' });
              step?.focus({ preventScroll: true });
            }, 0);
          }}
        />
      </div>
      {view === 'audit-math' && <AuditMathPage lang={lang} t={t} />}
    </PageShell>
  );
}
