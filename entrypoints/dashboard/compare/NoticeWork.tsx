import type { Report } from '../../../core/index.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { noticeCounts, noticeTally } from '../../shared/notice-outcome.js';
import { NOTICE_REPORT_WORDS } from '../../shared/notice-report-words.js';
import { WorkList } from '../../sidepanel/work-list.js';
import './notice-work.css';

/**
 * The notice's own figures in an audit: every check of them against each other (right ones
 * included) and every stated figure not checked, with why — as `check` prints them under "Notice:".
 * The comparison with the recount is above it; this is what the notice says of itself. Open at once
 * when a check failed or a figure was left unchecked, so that neither is missed.
 */
export function NoticeWork({ report, lang, t }: { report: Report; lang: Lang; t: Messages }) {
  const section = report.announcement;
  if (!section) return null;
  const tally = noticeTally(report);
  return (
    <details class="notice-work" data-testid="notice-work" open={tally.wrong > 0 || tally.unread > 0}>
      <summary>
        <strong>{NOTICE_REPORT_WORDS[lang].ownFigures}</strong>
        <span data-testid="notice-work-counts">{noticeCounts(tally, lang)}</span>
      </summary>
      <WorkList section={section} lang={lang} t={t} />
    </details>
  );
}
