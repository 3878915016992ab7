import type { Finding, Report } from '../../../core/index.js';
import { FINDING_TITLES } from '../../shared/finding-titles.js';
import { formatNumber, type Lang, type Messages } from '../../shared/i18n.js';
import { subjectText } from '../charts/AnnouncementComparisonChart.js';
import type { RowValue } from '../charts/announcement-rows.js';
import { chartWords } from '../charts/chart-words.js';
import type { SummaryItem, WinnerEffect } from './summary-items.js';
import { asSentence } from '../../shared/as-sentence.js';

const EFFECT_ICONS: Record<WinnerEffect, string> = { same: '', differ: '✖ ', unstated: '? ' };

export const findingId = (index: number) => `finding-${index}`;

/** Moves the reader (and the focus) to a finding in the list below. */
export function focusFinding(index: number) {
  const item = document.getElementById(findingId(index));
  if (!item) return;
  item.scrollIntoView({ block: 'start' });
  item.focus({ preventScroll: true });
}

const valueText = (value: RowValue, lang: Lang) =>
  value.kind === 'count' ? formatNumber(value.value, lang) : value.text;

/** "张伟（委员）得票：公告写 1,029，复核得 1,019", or the finding's message, or "Ballots void …: 5 findings". */
export function summarySentence(item: SummaryItem, report: Report, lang: Lang, t: Messages): string {
  if (item.notice) {
    const { subject, announced, recount } = item.notice;
    return t.noticeStates(
      subjectText(subject, chartWords(lang)),
      valueText(announced, lang),
      valueText(recount, lang),
    );
  }
  const first = report.findings[item.findings[0]!] as Finding;
  if (item.findings.length === 1) return asSentence(first.messages[lang], lang);
  const title = FINDING_TITLES[item.code]?.[lang] ?? t.severities[item.severity];
  return `${title}${lang === 'zh' ? '：' : ': '}${t.timesFound(item.findings.length)}`;
}

export function effectText(effect: WinnerEffect, t: Messages): string {
  return effect === 'same' ? t.winnersSame : effect === 'differ' ? t.winnersDiffer : t.winnersUnstated;
}

/**
 * What is wrong, first on the result page (the GOV.UK "error summary" pattern): one plain sentence per
 * problem, mismatches first, each a link to its finding below, with what it means for the winners and,
 * when the notice's text is at hand, a way to its place there. It takes the focus after an audit.
 */
export function ErrorSummary({
  report,
  items,
  lang,
  t,
  canShowInText,
  onShowInText,
}: {
  report: Report;
  items: readonly SummaryItem[];
  lang: Lang;
  t: Messages;
  canShowInText?: (finding: Finding) => boolean;
  onShowInText?: (index: number) => void;
}) {
  if (items.length === 0) return null;
  const stop = lang === 'zh' ? '；' : '; ';
  return (
    <div
      class="error-summary"
      id="error-summary"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-error-summary
    >
      <h3 id="error-summary-title">{t.summaryTitle(items.length)}</h3>
      <ul>
        {items.map((item) => {
          const index = item.findings[0]!;
          const finding = report.findings[index] as Finding;
          return (
            <li
              key={item.key}
              class={`severity-${item.severity}`}
              data-summary-code={item.code}
              data-effect={item.effect ?? undefined}
            >
              <span class="visually-hidden">
                {t.severities[item.severity]}
                {t.colon}
              </span>
              <a
                href={`#${findingId(index)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusFinding(index);
                }}
              >
                {summarySentence(item, report, lang, t)}
              </a>
              {item.effect && (
                <>
                  {stop}
                  <strong class={`effect effect-${item.effect}`}>
                    <span aria-hidden="true">{EFFECT_ICONS[item.effect]}</span>
                    {effectText(item.effect, t)}
                  </strong>
                </>
              )}
              {onShowInText && canShowInText?.(finding) && (
                <>
                  {' '}
                  <button type="button" class="link-button" onClick={() => onShowInText(index)}>
                    <span aria-hidden="true">⇢ </span>
                    {chartWords(lang).showInText}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
