import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnnouncementRules, Bilingual } from '../../core/index.js';
import { deleteCapture, listCaptures, type Capture } from '../shared/capture-store';
import {
  isCaptureSavedMessage,
  isCaptureUnsavedMessage,
  isUnsavedCapture,
  type UnsavedCapture,
  type UnsavedCapturesRequest,
} from '../shared/capture-selection';
import { StorageProblem } from '../dashboard/StorageProblem';
import { HashText } from '../shared/HashText';
import { formatDateTime, messagesFor, type Lang, type Messages } from '../shared/i18n';
import { PageShell } from '../shared/PageShell';
import { RulesChoice } from '../shared/RulesChoice';
import { keepSidePanelRules, loadSidePanelRules } from '../shared/kept-rules';
import { usePageLanguage } from '../shared/use-page-language';
import { captureMarks, checkCapture } from './check-capture';
import { HighlightedText } from './highlighted-text';
import { NoticeReport } from '../shared/NoticeReport';
import { auditHandOver } from '../shared/notice-outcome';
import { NOTICE_REPORT_WORDS } from '../shared/notice-report-words';

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
  const [stored, setStored] = useState<Capture[] | null>(null);
  // Captures the browser's storage refused: shown and checked all the same, but only while open.
  const [unsaved, setUnsaved] = useState<readonly UnsavedCapture[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(requestedId);

  const reload = async (select?: string) => {
    // A database that cannot even be opened must not hide the captures held in memory.
    setStored(await listCaptures().catch(() => []));
    if (select !== undefined) setSelectedId(select);
  };
  const addUnsaved = (more: readonly UnsavedCapture[]) =>
    setUnsaved((known) => [
      ...known,
      ...more.filter((one) => !known.some((had) => had.capture.id === one.capture.id)),
    ]);

  useEffect(() => {
    void reload();
    const request: UnsavedCapturesRequest = { type: 'tallywitness/unsaved-captures' };
    void browser.runtime
      .sendMessage(request)
      .then((answer: unknown) => {
        if (Array.isArray(answer)) addUnsaved(answer.filter(isUnsavedCapture));
      })
      .catch(() => undefined);
    const onMessage = (message: unknown) => {
      if (isCaptureSavedMessage(message)) void reload(message.id);
      if (isCaptureUnsavedMessage(message)) {
        addUnsaved([{ capture: message.capture, problem: message.problem }]);
        setSelectedId(message.capture.id);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const captures = useMemo(
    () =>
      stored &&
      [...unsaved.map((one) => one.capture), ...stored].sort((a, b) =>
        b.capturedAt.localeCompare(a.capturedAt),
      ),
    [stored, unsaved],
  );
  if (captures === null) return <p class="hint">{t.loading}</p>;
  const selected = captures.find((capture) => capture.id === selectedId) ?? captures[0];
  if (!selected)
    return (
      <div class="empty" data-testid="no-captures">
        <h1>{t.checkedAlone}</h1>
        <p>{t.noCaptures}</p>
        {/* A notice on paper has no web page to select it on: it is typed in on the notice page. */}
        <p data-testid="notice-elsewhere">
          {t.noticeElsewhere}
          <a href="/dashboard.html#notice" target="_blank">
            {t.noticeElsewhereLink}
          </a>
          {t.noticeElsewhereAfter}
        </p>
      </div>
    );

  const remove = async (id: string) => {
    await deleteCapture(id);
    await reload(id === selected.id ? '' : selected.id);
  };
  const notKept = (id: string) => unsaved.find((one) => one.capture.id === id)?.problem ?? null;

  return (
    <>
      <CaptureView capture={selected} notKept={notKept(selected.id)} lang={lang} t={t} />
      <EarlierCaptures
        captures={captures}
        isKept={(id) => notKept(id) === null}
        selectedId={selected.id}
        onSelect={setSelectedId}
        onDelete={remove}
        lang={lang}
        t={t}
      />
    </>
  );
}

function CaptureView(props: { capture: Capture; notKept: Bilingual | null; lang: Lang; t: Messages }) {
  const { capture, notKept, lang, t } = props;
  // The rules and day last chosen in the panel, kept across reloads: a notice is not judged by them
  // unseen, since they stand in the fields above the report and the version line names the text applied.
  const [rules, setRules] = useState<AnnouncementRules | undefined>(loadSidePanelRules);
  // While the day typed is not read, no report stands under it: it would be judged by another day.
  const [dayUnread, setDayUnread] = useState(false);
  const check = useMemo(() => checkCapture(capture, lang, rules), [capture, lang, rules]);
  const marks = useMemo(() => captureMarks(check), [check]);
  const openInDashboard = () =>
    void browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html?capture=${encodeURIComponent(capture.id)}`),
    });
  const words = NOTICE_REPORT_WORDS[lang];
  return (
    <article data-testid="capture" data-capture-id={capture.id}>
      <h1 data-testid="capture-title">{capture.title || t.untitled}</h1>
      {/* The dashboard reads a capture from the store: one not kept there cannot be handed over. */}
      <StorageProblem problem={notKept} />
      <h2>{t.checkedAlone}</h2>
      <RulesChoice
        rules={rules}
        onChange={(next, unread) => {
          setRules(next);
          setDayUnread(unread);
          // A day being typed is not kept until it is read: `next` then holds the pack and round only.
          keepSidePanelRules(next);
        }}
        lang={lang}
        t={t}
        testIdPrefix="capture"
      />
      {!dayUnread && (
        <NoticeReport
          report={check.report}
          lang={lang}
          t={t}
          action={(outcome) =>
            !notKept &&
            auditHandOver(outcome) && (
              <p class="actions">
                <button
                  type="button"
                  class={auditHandOver(outcome) === 'primary' ? 'primary' : undefined}
                  data-testid="use-in-dashboard"
                  onClick={openInDashboard}
                >
                  {t.useInDashboard}
                </button>
              </p>
            )
          }
        />
      )}
      <h2>{t.capturedText}</h2>
      <HighlightedText text={capture.text} marks={marks} />
      {/* Where the text came from: for the record, after what it says. */}
      <h2>{words.source}</h2>
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
    </article>
  );
}

function EarlierCaptures(props: {
  captures: readonly Capture[];
  isKept: (id: string) => boolean;
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
            {props.isKept(capture.id) ? (
              <button type="button" class="delete" onClick={() => void props.onDelete(capture.id)}>
                {t.delete}
              </button>
            ) : (
              <span class="muted" data-capture-not-kept>
                {' '}
                {t.captureNotKept}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
