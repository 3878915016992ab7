import type { ComponentChildren } from 'preact';
import { ANNOUNCEMENT_ONLY, announcementVerdict, quorumStatus, type Report } from '../../core/index.js';
import { FindingList } from '../sidepanel/finding-list.js';
import { WorkList } from '../sidepanel/work-list.js';
import type { Lang, Messages } from './i18n';
import {
  listedAsNotChecked,
  noticeCounts,
  noticeHeadline,
  noticeNextStep,
  noticeTally,
  type NoticeOutcome,
} from './notice-outcome';
import { NOTICE_REPORT_WORDS } from './notice-report-words';
import { lawLine } from './quorum-words';
import { versionLine } from './version-line';
import './notice-report.css';

/** The headline's icon for each outcome, also beside a notice's outcome in the history. */
export const NOTICE_ICONS: Record<NoticeOutcome, string> = {
  error: '✘',
  warning: '⚠',
  'declared-void': 'ℹ',
  'nothing-read': '?',
  'nothing-checked': '?',
  'all-right': '✔',
};
/** The headline's colour for each outcome (a class of notice-report.css). */
export const NOTICE_TONES: Record<NoticeOutcome, string> = {
  error: 'bad',
  warning: 'warn',
  'declared-void': 'unknown',
  'nothing-read': 'unknown',
  'nothing-checked': 'unknown',
  'all-right': 'good',
};

/**
 * A notice checked on its own, as a reader should meet it: what it comes to in a few words, the
 * verdict line of `check --announcement`, the counts that agree with the lists below, one next step,
 * then the findings and every check made or not made. `action` gives the page's own way on (a button or
 * link) under the next step, for the outcome at hand.
 */
export function NoticeReport({
  report,
  lang,
  t,
  action,
}: {
  report: Report;
  lang: Lang;
  t: Messages;
  action?: (outcome: NoticeOutcome) => ComponentChildren;
}) {
  const words = NOTICE_REPORT_WORDS[lang];
  const tally = noticeTally(report);
  const colon = lang === 'zh' ? '：' : ': ';
  // A figure not checked is shown once, under "Not checked" with its reason, not again as a note.
  const elsewhere = listedAsNotChecked(report);
  const listed = report.findings.filter((finding) => !elsewhere(finding)).length;
  return (
    <>
      <div
        class={`notice-outcome tone-${NOTICE_TONES[tally.outcome]}`}
        tabIndex={-1}
        data-notice-outcome={tally.outcome}
        data-testid="notice-outcome"
      >
        <p class="notice-headline">
          <span class="notice-icon" aria-hidden="true">
            {NOTICE_ICONS[tally.outcome]}
          </span>
          <span data-testid="notice-headline">{noticeHeadline(tally, lang)}</span>
        </p>
        <p class="notice-verdict" data-testid="notice-verdict">
          <strong>
            {t.verdictLabel}
            {colon}
          </strong>
          {announcementVerdict(report, lang)}
        </p>
        <p class="notice-counts" data-testid="notice-counts">
          {noticeCounts(tally, lang)}
        </p>
        {/* With a law chosen, what it made of the turnout: met, missed, or why it could not say. */}
        {report.rules !== ANNOUNCEMENT_ONLY && (
          <p class="notice-law" data-testid="notice-law" data-quorum={quorumStatus(report)}>
            {lawLine(report, lang, t)}
          </p>
        )}
        {/* Which version of the law, and why: the day of the vote the notice gives, its date, or today. */}
        {report.rulesVersion && (
          <p class="notice-version hint" data-testid="notice-version">
            {versionLine(report.rulesVersion, lang)}
          </p>
        )}
      </div>
      <div class="notice-next" data-testid="notice-next">
        <p>
          <strong>{words.nextStep}</strong>
          {noticeNextStep(tally, lang)}
        </p>
        {action?.(tally.outcome)}
      </div>
      {listed > 0 && (
        <h3 class="notice-findings-title" data-testid="notice-findings-title">
          {tally.errors + tally.warnings > 0 ? words.findings(listed) : words.notes(listed)}
        </h3>
      )}
      <FindingList
        findings={report.findings}
        listedElsewhere={elsewhere}
        checked={tally.judged}
        lang={lang}
        t={t}
      />
      {tally.outcome !== 'nothing-read' && <WorkList section={report.announcement} lang={lang} t={t} />}
    </>
  );
}
