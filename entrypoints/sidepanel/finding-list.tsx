import { useState } from 'preact/hooks';
import type { Finding } from '../../core/index.js';
import { FINDING_TITLES } from '../shared/finding-titles.js';
import type { Lang, Messages } from '../shared/i18n';
import { NOTICE_REPORT_WORDS } from '../shared/notice-report-words.js';
import { UnbrokenFigures } from '../shared/unbroken-figures.js';
import { asSentence } from '../shared/as-sentence.js';

/** A long paste can hold a thousand findings: the first ones are shown, the rest on request. */
export const FINDINGS_SHOWN = 20;

/**
 * Findings in the page's language, each headed by its severity and its plain title (as on the dashboard),
 * code behind a toggle; those that point into the text link to the place.
 */
export function FindingList({
  findings: all,
  checked,
  listedElsewhere = () => false,
  lang,
  t,
}: {
  findings: readonly Finding[];
  /** Findings another list on the page already shows (a figure under "Not checked"): left out here. */
  listedElsewhere?: (finding: Finding) => boolean;
  /** How many checks were made: with no finding, the line says so (never "all add up" when none was). */
  checked: number;
  lang: Lang;
  t: Messages;
}) {
  const [showAll, setShowAll] = useState(false);
  // Each keeps its place in the report: the marks in the text are keyed by it.
  const findings = all
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => !listedElsewhere(finding));
  if (findings.length === 0)
    return (
      <p class="status good" data-testid="no-findings">
        <span class="status-icon" aria-hidden="true">
          ✔
        </span>
        {t.noCaptureFindings(checked)}
      </p>
    );
  // The place is scrolled to and takes the focus, so that the keyboard goes on from there.
  const goTo = (index: number) => {
    const anchor = document.getElementById(`at-finding-${index}`);
    if (!anchor) return;
    anchor.scrollIntoView({ behavior: 'smooth', block: 'center' });
    let place: Element | null = anchor;
    while (place && !place.classList.contains('mark')) place = place.nextElementSibling;
    const target = (place ?? anchor) as HTMLElement;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  };
  const shown = showAll ? findings : findings.slice(0, FINDINGS_SHOWN);
  return (
    <>
      <ol class="findings" data-testid="findings">
        {shown.map(({ finding, index }) => (
          <li key={index} class={`finding finding-${finding.severity}`} data-code={finding.code}>
            <span class="severity">{t.severities[finding.severity]}</span>{' '}
            <strong class="finding-title" data-finding-title>
              {FINDING_TITLES[finding.code][lang]}
            </strong>
            <div>
              <UnbrokenFigures text={asSentence(finding.messages[lang], lang)} />
            </div>
            <div class="actions">
              {finding.where?.span ? (
                <button type="button" class="link show-in-text" onClick={() => goTo(index)}>
                  {t.showInText}
                </button>
              ) : null}
              <details class="code">
                <summary>{t.findingCode}</summary>
                <code>{finding.code}</code>
              </details>
            </div>
          </li>
        ))}
      </ol>
      {shown.length < findings.length && (
        <p>
          <button type="button" data-testid="show-all-findings" onClick={() => setShowAll(true)}>
            {NOTICE_REPORT_WORDS[lang].showAll(findings.length - shown.length)}
          </button>
        </p>
      )}
    </>
  );
}
