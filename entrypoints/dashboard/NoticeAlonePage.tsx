import { useEffect, useMemo, useState } from 'preact/hooks';
import { type AnnouncementRules, type Bilingual, type Result } from '../../core/index.js';
import { FilePicker } from '../shared/FilePicker.js';
import { saveNoticeCheck } from '../shared/history-store.js';
import type { Lang, Messages } from '../shared/i18n.js';
import { NoticeReport } from '../shared/NoticeReport.js';
import { auditHandOver } from '../shared/notice-outcome.js';
import { NOTICE_REPORT_WORDS } from '../shared/notice-report-words.js';
import { countsHouseholds } from '../shared/quorum-words.js';
import { keptRulesText, rulesFromKept } from '../shared/kept-rules.js';
import { RulesChoice } from '../shared/RulesChoice.js';
import { keepSessionText, readSessionText } from '../shared/session-text.js';
import { storageProblem } from '../shared/storage-failure.js';
import { announcementMarks } from '../sidepanel/announcement-marks.js';
import { HighlightedText } from '../sidepanel/highlighted-text.js';
import { checkNotice, PASTED_NOTICE, type NoticeCheck } from './check-notice.js';
import { InputErrorList } from './InputErrorList.js';
import { StorageProblem } from './StorageProblem.js';
import type { NoticeHandOver } from './notice-hand-over.js';
import './charts/charts.css';
import './notice-alone.css';

/** What is checked: the text typed or pasted, or a file's own bytes (so a GB18030 file stays as it is). */
type NoticeSource = { readonly name: string; readonly bytes: Uint8Array; readonly fromFile: boolean };

const encoder = new TextEncoder();

/** One run of the check: its inputs, and what it found in the language it ran in. */
interface NoticeRun {
  readonly source: NoticeSource;
  readonly rules: AnnouncementRules | undefined;
  readonly lang: Lang;
  readonly check: Result<NoticeCheck>;
}

/**
 * Whether a run's check was kept in the history (or the same check was there already), or why it
 * could not be.
 */
type Kept = { readonly run: NoticeRun; readonly problem: Bilingual | null; readonly alreadySaved: boolean };

/** The pasted text and the pack chosen survive a reload of the tab (a file is chosen again). */
const TEXT_KEY = 'tallywitness.noticeAloneText';
const RULES_KEY = 'tallywitness.noticeAloneRules';

function storedRules(): AnnouncementRules | undefined {
  return rulesFromKept(readSessionText(RULES_KEY));
}

/**
 * A results notice checked with no election definition, as `check --announcement` does, for a reader
 * who has only the published notice. The result is for the inputs it was run on: any change to the
 * text, the file or the pack clears it at once, so a result never stands beside other inputs.
 */
export function NoticeAlonePage({
  lang,
  t,
  shown,
  onCompareInAudit,
}: {
  lang: Lang;
  t: Messages;
  /** Whether the page is the one in view: it stays mounted, hidden, under the others. */
  shown: boolean;
  /** Takes the notice checked to the Audit page, to be compared there with the tally sheets. */
  onCompareInAudit: (notice: NoticeHandOver) => void;
}) {
  const [typed, setTyped] = useState(() => readSessionText(TEXT_KEY));
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [rules, setRules] = useState<AnnouncementRules | undefined>(storedRules);
  // A day of the vote typed but not read: nothing is checked until it is put right or cleared.
  const [dayUnread, setDayUnread] = useState(false);
  const [dayProblemAsked, setDayProblemAsked] = useState(false);
  const [ran, setRan] = useState<NoticeRun | null>(null);
  const [kept, setKept] = useState<Kept | null>(null);
  const [needsInput, setNeedsInput] = useState(false);
  const [checking, setChecking] = useState(false);

  const source: NoticeSource | null = file
    ? { ...file, fromFile: true }
    : typed.trim()
      ? { name: PASTED_NOTICE, bytes: encoder.encode(typed), fromFile: false }
      : null;
  // In another language the same inputs are checked again, only to be shown: what was kept is the run's.
  const result = useMemo(
    () =>
      !ran
        ? null
        : ran.lang === lang
          ? ran.check
          : checkNotice(ran.source.name, ran.source.bytes, lang, ran.rules),
    [ran, lang],
  );

  /**
   * Keeps a finished check in the history: exactly the report shown for the inputs it ran on, with the
   * text and its marks, written whole or not at all. Said beside that run's result only, never another's.
   */
  const keep = async (run: NoticeRun) => {
    if (!run.check.ok) return;
    const { report, text, figures } = run.check.value;
    let problem: Bilingual | null = null;
    let alreadySaved = false;
    try {
      ({ alreadySaved } = await saveNoticeCheck({
        report,
        text,
        marks:
          text === null
            ? []
            : announcementMarks(figures.figures, report.findings, { households: countsHouseholds(report) }),
      }));
    } catch (error) {
      problem = storageProblem(error, { zh: '这次核查', en: 'This check' });
    }
    setKept({ run, problem, alreadySaved });
  };

  // Once checked, the reader is taken to what the check found (as the audit does with its verdict).
  useEffect(() => {
    if (ran) document.querySelector<HTMLElement>('.notice-alone [data-notice-outcome]')?.focus();
  }, [ran]);

  const changed = () => {
    setRan(null);
    setNeedsInput(false);
    setDayProblemAsked(false);
  };
  const useFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    changed();
    setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
  };

  // A file dropped anywhere on the page is the notice: a drop the page did not take would open the
  // file in this tab, in place of the page and the text typed there. Text dragged into the box is
  // left to the box, and while another page is in view, its drops are its own.
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      void useFile(event.dataTransfer?.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [shown]);

  return (
    <section
      class={dragging ? 'notice-alone dragging' : 'notice-alone'}
      aria-labelledby="notice-alone-title"
      data-testid="notice-alone"
    >
      <h2 id="notice-alone-title">{t.noticeAloneTitle}</h2>
      <p class="hint">{t.noticeAloneHint}</p>
      {dragging && (
        <p class="drop-now" data-testid="notice-drop-now">
          {t.noticeDropNow}
        </p>
      )}
      <p>
        <a href="#audit">{t.noticeBack}</a>
      </p>
      <label class="field">
        <span>{t.noticeTextLabel}</span>
        <textarea
          rows={8}
          data-testid="notice-text"
          value={typed}
          onInput={(event) => {
            changed();
            setFile(null);
            setTyped(event.currentTarget.value);
            keepSessionText(TEXT_KEY, event.currentTarget.value);
          }}
        />
      </label>
      <FilePicker
        label={t.noticeFileLabel}
        t={t}
        accept=".txt,.json,.html,.htm,text/plain,application/json,text/html"
        testId="notice-file"
        chosen={file ? [file.name] : []}
        onFiles={(files) => void useFile(files[0])}
      />
      {file && (
        <p class="hint" data-testid="notice-using-file">
          {t.noticeUsingFile(file.name)}
        </p>
      )}
      <RulesChoice
        rules={rules}
        onChange={(next, unread) => {
          changed();
          setRules(next);
          setDayUnread(unread);
          keepSessionText(RULES_KEY, keptRulesText(next));
        }}
        lang={lang}
        t={t}
        testIdPrefix="notice"
        dayProblemAsked={dayProblemAsked}
      />
      <p>
        <button
          type="button"
          class="primary"
          data-testid="notice-check"
          onClick={() => {
            setNeedsInput(source === null);
            setRan(null);
            // The day's problem is said under its field and the reader taken there: nothing is judged by
            // another day than the one shown.
            setDayProblemAsked(dayUnread);
            if (dayUnread) {
              document.querySelector<HTMLElement>('[data-testid="notice-date"]')?.focus();
              return;
            }
            // With nothing to check, the reader is taken to the box to paste into, the message under it.
            if (!source) {
              document.querySelector<HTMLElement>('[data-testid="notice-text"]')?.focus();
              return;
            }
            // A long paste takes a moment to check: "Checking…" is drawn first, then the check runs.
            setChecking(true);
            requestAnimationFrame(() =>
              setTimeout(() => {
                const run: NoticeRun = {
                  source,
                  rules,
                  lang,
                  check: checkNotice(source.name, source.bytes, lang, rules),
                };
                setChecking(false);
                setRan(run);
                void keep(run);
              }, 0),
            );
          }}
        >
          {t.noticeCheck}
        </button>
      </p>
      {checking && (
        <p class="hint" role="status" data-testid="notice-checking">
          {NOTICE_REPORT_WORDS[lang].checking}
        </p>
      )}
      {needsInput && (
        <p class="status bad" role="alert" data-testid="notice-needs-input">
          {t.noticeNeedsInput}
        </p>
      )}
      <div aria-live="polite">
        {result && !result.ok && (
          <InputErrorList
            // Pasted text has no file name of its own: it is named in the page's language.
            errors={result.errors.map((error) =>
              error.file === PASTED_NOTICE ? { ...error, file: NOTICE_REPORT_WORDS[lang].pastedText } : error,
            )}
            lang={lang}
            t={t}
            title={NOTICE_REPORT_WORDS[lang].errorsTitle}
            how={NOTICE_REPORT_WORDS[lang].errorsHow}
          />
        )}
        {result?.ok && (
          <div data-testid="notice-result">
            <NoticeReport
              report={result.value.report}
              lang={lang}
              t={t}
              action={(outcome) => {
                const way = auditHandOver(outcome);
                const checked = ran?.source;
                const saved = kept && kept.run === ran ? kept : null;
                return (
                  <>
                    {way && checked && (
                      <p class="actions">
                        <button
                          type="button"
                          class={way === 'primary' ? 'primary' : undefined}
                          data-testid="notice-to-audit"
                          onClick={() =>
                            onCompareInAudit(
                              checked.fromFile
                                ? { file: new File([new Uint8Array(checked.bytes)], checked.name) }
                                : { text: new TextDecoder().decode(checked.bytes) },
                            )
                          }
                        >
                          {t.useInDashboard}
                        </button>
                      </p>
                    )}
                    {saved && !saved.problem && (
                      <p class="hint notice-saved" role="status" data-testid="notice-saved">
                        {saved.alreadySaved ? t.noticeAlreadySaved : t.noticeSaved}
                      </p>
                    )}
                    <StorageProblem problem={saved?.problem ?? null} />
                  </>
                );
              }}
            />
            {result.value.text !== null && (
              <section class="announcement-text" aria-label={t.noticeMarkedText}>
                <h3>{t.noticeMarkedText}</h3>
                <HighlightedText
                  text={result.value.text}
                  marks={announcementMarks(result.value.figures.figures, result.value.report.findings, {
                    households: countsHouseholds(result.value.report),
                  })}
                />
              </section>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
