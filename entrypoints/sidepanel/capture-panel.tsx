import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnnouncementRules } from '../../core/index.js';
import { deleteCapture, listCaptures, type Capture } from '../shared/capture-store';
import { isCaptureSavedMessage } from '../shared/capture-selection';
import { HashText } from '../shared/HashText';
import { formatDateTime, messagesFor, type Lang, type Messages } from '../shared/i18n';
import { PageShell } from '../shared/PageShell';
import { RulesChoice } from '../shared/RulesChoice';
import { usePageLanguage } from '../shared/use-page-language';
import { captureMarks, checkCapture } from './check-capture';
import { HighlightedText } from './highlighted-text';
import { FindingList } from './finding-list';
import { WorkList } from './work-list';

const requestedId = new URLSearchParams(location.search).get('capture');

/** The side panel: the capture asked for (or the latest), its arithmetic checked, and the earlier ones. */
export function CapturePanel() {
  const [lang, setLang] = usePageLanguage();
  const t = messagesFor(lang);
  useEffect(() => {
    document.title = `${t.checkedAlone} — ${t.appName}`;
  }, [t]);
  return (
    <PageShell lang={lang} t={t} onLanguage={setLang} newTab>
      <Captures lang={lang} t={t} />
    </PageShell>
  );
}

function Captures({ lang, t }: { lang: Lang; t: Messages }) {
  const [captures, setCaptures] = useState<Capture[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(requestedId);

  const reload = async (select?: string) => {
    const all = await listCaptures();
    setCaptures(all);
    if (select !== undefined) setSelectedId(select);
  };

  useEffect(() => {
    void reload();
    const onMessage = (message: unknown) => {
      if (isCaptureSavedMessage(message)) void reload(message.id);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  if (captures === null) return <p class="hint">{t.loading}</p>;
  const selected = captures.find((capture) => capture.id === selectedId) ?? captures[0];
  if (!selected)
    return (
      <div class="empty" data-testid="no-captures">
        <h1>{t.checkedAlone}</h1>
        <p>{t.noCaptures}</p>
      </div>
    );

  const remove = async (id: string) => {
    await deleteCapture(id);
    await reload(id === selected.id ? '' : selected.id);
  };

  return (
    <>
      <CaptureView capture={selected} lang={lang} t={t} />
      <EarlierCaptures
        captures={captures}
        selectedId={selected.id}
        onSelect={setSelectedId}
        onDelete={remove}
        lang={lang}
        t={t}
      />
    </>
  );
}

function CaptureView({ capture, lang, t }: { capture: Capture; lang: Lang; t: Messages }) {
  const [rules, setRules] = useState<AnnouncementRules | undefined>(undefined);
  const check = useMemo(() => checkCapture(capture, lang, rules), [capture, lang, rules]);
  const marks = useMemo(() => captureMarks(check), [check]);
  const openInDashboard = () =>
    void browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html?capture=${encodeURIComponent(capture.id)}`),
    });
  return (
    <article data-testid="capture" data-capture-id={capture.id}>
      <h1 data-testid="capture-title">{capture.title || t.untitled}</h1>
      <dl class="facts">
        <dt>{t.pageUrl}</dt>
        <dd data-testid="capture-url" class="wrap">
          {capture.url}
        </dd>
        <dt>{t.capturedAt}</dt>
        <dd>
          <time dateTime={capture.capturedAt} data-testid="capture-time">
            {formatDateTime(capture.capturedAt, lang)}
          </time>
        </dd>
        <dt>{t.textSha256}</dt>
        <dd>
          <HashText value={capture.sha256} label="SHA-256" t={t} testId="capture-sha256" />
        </dd>
      </dl>
      <p class="actions">
        <button type="button" class="primary" data-testid="use-in-dashboard" onClick={openInDashboard}>
          {t.useInDashboard}
        </button>
      </p>
      <h2>{t.checkedAlone}</h2>
      <p class="hint">{t.figuresRead(check.figures.figures.length, check.figures.unread.length)}</p>
      <RulesChoice rules={rules} onChange={setRules} lang={lang} t={t} testIdPrefix="capture" />
      <FindingList
        findings={check.report.findings}
        checked={check.report.announcement?.judgedCount ?? 0}
        lang={lang}
        t={t}
      />
      <WorkList section={check.report.announcement} lang={lang} t={t} />
      <h2>{t.capturedText}</h2>
      <HighlightedText text={capture.text} marks={marks} />
    </article>
  );
}

function EarlierCaptures(props: {
  captures: readonly Capture[];
  selectedId: string;
  onSelect: (id: string) => void;
  onDelete: (id: string) => Promise<void>;
  lang: Lang;
  t: Messages;
}) {
  const { lang, t } = props;
  return (
    <section class="earlier">
      <h2>{t.allCaptures(props.captures.length)}</h2>
      <ul data-testid="capture-list">
        {props.captures.map((capture) => (
          <li
            key={capture.id}
            class={capture.id === props.selectedId ? 'current' : ''}
            data-capture-id={capture.id}
          >
            <button type="button" class="link" onClick={() => props.onSelect(capture.id)}>
              {capture.title || capture.url || capture.id}
            </button>
            <span class="muted">
              {' '}
              <time dateTime={capture.capturedAt}>{formatDateTime(capture.capturedAt, lang)}</time>
            </span>
            <button type="button" class="delete" onClick={() => void props.onDelete(capture.id)}>
              {t.delete}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
