import { useRef } from 'preact/hooks';
import {
  displayPercent,
  quorumStatus,
  type Finding,
  type QuorumStatus,
  type Report,
  type Severity,
  type Verdict,
} from '../../core/index.js';
import { FINDING_EXPLANATIONS } from '../shared/finding-explanations.js';
import { formatBytes, type Lang, type Messages } from '../shared/i18n.js';
import { chartWords } from './charts/chart-words.js';
import { ResultCharts } from './charts/ResultCharts.js';
import { AnnouncementText, pointsIntoText, showFindingInText } from './compare/AnnouncementText.js';
import type { AnnouncementView } from './compare/read-announcement-view.js';

/** Icons repeat what the text says, so that no meaning rests on colour alone. */
const VERDICT_ICONS: Record<Verdict, string> = {
  valid: '✔',
  void: '✖',
  'runoff-needed': '↻',
  discrepancies: '⚠',
};
const SEVERITY_ICONS: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const QUORUM_ICONS: Record<QuorumStatus, string> = {
  met: '✔ ',
  'not-met': '✖ ',
  'electorate-unknown': '? ',
  'voters-unknown': '? ',
  'no-quorum-rule': '',
  'not-judged': '',
};

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toLocaleString();

export function VerdictBanner({ verdict, t }: { verdict: Verdict; t: Messages }) {
  return (
    <div class={`verdict verdict-${verdict}`} role="status" data-verdict={verdict}>
      <span class="verdict-icon" aria-hidden="true">
        {VERDICT_ICONS[verdict]}
      </span>
      <span>
        <span class="visually-hidden">{t.verdictLabel}: </span>
        {t.verdicts[verdict]}
      </span>
    </div>
  );
}

/**
 * A valid verdict can still carry warnings (the quorum could not be checked, too few women elected, no
 * more candidates than seats): said under the banner, so that "valid" is not read as "nothing to see".
 */
function WarningsNote({ report, t }: { report: Report; t: Messages }) {
  const warnings = report.findings.filter((finding) => finding.severity === 'warning').length;
  if (report.verdict !== 'valid' || warnings === 0) return null;
  return (
    <p class="verdict-note" data-warnings={warnings}>
      <span aria-hidden="true">{SEVERITY_ICONS.warning} </span>
      <button
        type="button"
        class="link-button"
        onClick={() => document.getElementById('findings-title')?.scrollIntoView({ block: 'start' })}
      >
        {t.validWithWarnings(warnings)}
      </button>
    </p>
  );
}

function Turnout({ report, t }: { report: Report; t: Messages }) {
  const { turnout } = report;
  const quorum = quorumStatus(report);
  return (
    <section aria-labelledby="turnout-title">
      <h3 id="turnout-title">{t.turnout}</h3>
      <dl class="figures">
        <div>
          <dt>{t.registeredVoters}</dt>
          <dd data-figure="registered">{number(turnout.registered)}</dd>
        </div>
        <div>
          <dt>{t.issued}</dt>
          <dd data-figure="issued">{number(turnout.issued)}</dd>
        </div>
        <div>
          <dt>{t.cast}</dt>
          <dd data-figure="cast">{number(turnout.cast)}</dd>
        </div>
        <div>
          <dt>{t.valid}</dt>
          <dd data-figure="valid">{number(turnout.valid)}</dd>
        </div>
        <div>
          <dt>{t.invalid}</dt>
          <dd data-figure="invalid">{number(turnout.invalid)}</dd>
        </div>
      </dl>
      <p data-quorum={quorum}>
        <span aria-hidden="true">{QUORUM_ICONS[quorum]}</span>
        {t.quorum[quorum]}
        {turnout.registered ? ` (${displayPercent(turnout.cast, turnout.registered)})` : ''}
      </p>
    </section>
  );
}

function Contests({ report, t }: { report: Report; t: Messages }) {
  return (
    <>
      {report.contests.map((contest) => (
        <table class="contest" key={contest.id} data-contest={contest.id}>
          <caption>
            {contest.name} · {t.seatsToFill(contest.seats)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.candidate}</th>
              <th scope="col" class="num">
                {t.votes}
              </th>
              <th scope="col" class="num">
                {t.share}
              </th>
              <th scope="col">{t.elected}</th>
            </tr>
          </thead>
          <tbody>
            {contest.candidates.map((candidate) => (
              <tr key={candidate.id} data-candidate={candidate.id} data-elected={String(candidate.elected)}>
                <th scope="row">
                  {candidate.name}
                  {candidate.writeIn && <span class="tag"> ({t.writeIn})</span>}
                </th>
                <td class="num" data-votes>
                  {number(candidate.votes)}
                </td>
                <td class="num">{displayPercent(candidate.votes, report.turnout.cast)}</td>
                <td>{candidate.elected ? `✔ ${t.elected}` : t.notElected}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.blank}</th>
              <td class="num">{number(contest.blank)}</td>
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="row">{t.threshold}</th>
              <td class="num" data-figure="votes-needed">
                {number(contest.votesNeeded)}
              </td>
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="row">{t.openSeats}</th>
              <td class="num" data-figure="open-seats">
                {number(contest.unfilledSeats)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      ))}
    </>
  );
}

function Boxes({ report, t }: { report: Report; t: Messages }) {
  if (report.boxes.length === 0) return null;
  const withRecords = report.boxes.some((box) => box.ballotRecords !== undefined);
  return (
    <table class="boxes">
      <caption>{t.boxesTable}</caption>
      <thead>
        <tr>
          <th scope="col">{t.box}</th>
          <th scope="col" class="num">
            {t.registeredVoters}
          </th>
          <th scope="col" class="num">
            {t.issued}
          </th>
          <th scope="col" class="num">
            {t.returned}
          </th>
          <th scope="col" class="num">
            {t.invalid}
          </th>
          {withRecords && (
            <th scope="col" class="num">
              {t.ballotRecords}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {report.boxes.map((box) => (
          <tr key={box.box} data-box={box.box}>
            <th scope="row">{box.box}</th>
            <td class="num">{number(box.registered)}</td>
            <td class="num">{number(box.issued)}</td>
            <td class="num">{number(box.returned)}</td>
            <td class="num">{number(box.invalid)}</td>
            {withRecords && <td class="num">{number(box.ballotRecords)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function place(finding: Finding): string | null {
  const where = finding.where;
  if (!where) return null;
  const position = [where.file, where.line, where.column].filter((part) => part !== undefined).join(':');
  const quote = where.text ? `“${where.text}”` : '';
  return [position, quote].filter(Boolean).join(' ') || null;
}

export function FindingList({
  findings,
  lang,
  t,
  canShow,
  onShow,
}: {
  findings: readonly Finding[];
  lang: Lang;
  t: Messages;
  /** Whether a finding's place can be shown in the announcement text beside the list. */
  canShow?: (finding: Finding) => boolean;
  onShow?: (index: number) => void;
}) {
  if (findings.length === 0) return <p>{t.noFindings}</p>;
  return (
    <ul class="findings">
      {findings.map((finding, index) => {
        const where = place(finding);
        return (
          <li key={index} class={`finding severity-${finding.severity}`} data-code={finding.code}>
            <p class="finding-head">
              <span class="badge">
                <span aria-hidden="true">{SEVERITY_ICONS[finding.severity]} </span>
                {t.severities[finding.severity]}
              </span>{' '}
              <code>{finding.code}</code>
            </p>
            <p class="finding-message">{finding.messages[lang]}</p>
            {/* A comparison only: a count alone (ballots voided, votes written in) is in the message. */}
            {finding.expected !== null && (
              <p class="finding-figures">
                {t.expected} <strong>{String(finding.expected)}</strong> · {t.found}{' '}
                <strong>{String(finding.found ?? '—')}</strong>
              </p>
            )}
            {where && (
              <p class="finding-where">
                {t.where}: {where}
              </p>
            )}
            {onShow && canShow?.(finding) && (
              <p>
                <button type="button" class="show-in-text" onClick={() => onShow(index)}>
                  <span aria-hidden="true">⇢ </span>
                  {chartWords(lang).showInText}
                </button>
              </p>
            )}
            <p class="explanation">{FINDING_EXPLANATIONS[finding.code][lang]}</p>
          </li>
        );
      })}
    </ul>
  );
}

function Inputs({ report, t }: { report: Report; t: Messages }) {
  return (
    <details class="inputs">
      <summary>{t.inputs}</summary>
      <ul>
        {report.inputs.map((input) => (
          <li key={input.name + input.role}>
            {input.name} ({t.roles[input.role]}, {formatBytes(input.size)}){' '}
            <code class="hash">{input.sha256}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Everything a report says, in the page's language (finding messages come in both from the core). With
 * the announcement at hand, its text stands beside the findings, each finding's place highlighted.
 */
export function ResultView({
  report,
  lang,
  t,
  announcement = null,
}: {
  report: Report;
  lang: Lang;
  t: Messages;
  announcement?: AnnouncementView | null;
}) {
  const textContainer = useRef<HTMLElement | null>(null);
  const withText = announcement !== null && announcement.text !== null;
  const findings = (
    <FindingList
      findings={report.findings}
      lang={lang}
      t={t}
      {...(withText
        ? {
            canShow: (finding: Finding) => pointsIntoText(finding, announcement),
            onShow: (index: number) => showFindingInText(textContainer.current, index),
          }
        : {})}
    />
  );
  return (
    <div class="result">
      <VerdictBanner verdict={report.verdict} t={t} />
      <WarningsNote report={report} t={t} />
      <p class="election-name">{report.election}</p>
      <Turnout report={report} t={t} />
      <Contests report={report} t={t} />
      <Boxes report={report} t={t} />
      <ResultCharts report={report} announcement={announcement} lang={lang} />
      <section aria-labelledby="findings-title">
        <h3 id="findings-title">
          {t.findings} ({report.findings.length})
        </h3>
        {withText ? (
          <div class="beside-text">
            {findings}
            <AnnouncementText
              announcement={announcement}
              findings={report.findings}
              title={chartWords(lang).announcementTitle}
              containerRef={textContainer}
            />
          </div>
        ) : (
          findings
        )}
      </section>
      <Inputs report={report} t={t} />
    </div>
  );
}
