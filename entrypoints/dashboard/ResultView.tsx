import { useMemo, useRef } from 'preact/hooks';
import {
  displayPercent,
  quorumStatus,
  type CandidateResult,
  type ContestResult,
  type Finding,
  type FindingCode,
  type QuorumStatus,
  type Report,
  type Severity,
  type Verdict,
  undecidedOutcome,
  undecidedWords,
} from '../../core/index.js';
import { blankWords } from '../shared/blank-words';
import { asSentence } from '../shared/as-sentence.js';
import { FINDING_EXPLANATIONS } from '../shared/finding-explanations.js';
import { FIGURE_LABELS, FINDING_TITLES } from '../shared/finding-titles.js';
import { findingsHeading } from '../shared/findings-heading.js';
import { formatBytes, formatNumber, localeOf, type Lang, type Messages } from '../shared/i18n.js';
import { comparisonRows } from './charts/announcement-rows.js';
import { chartWords } from './charts/chart-words.js';
import { ResultCharts } from './charts/ResultCharts.js';
import { HashText } from '../shared/HashText.js';
import { ReportSheets } from './ReportSheets.js';
import { VERDICT_ICONS } from '../shared/verdict-icons.js';
import { ErrorSummary, findingId } from './summary/ErrorSummary.js';
import { groupFindings } from './summary/group-findings.js';
import { noticeEffect, summaryItems, type WinnerEffect } from './summary/summary-items.js';
import { AnnouncementText, pointsIntoText, showFindingInText } from './compare/AnnouncementText.js';
import type { AnnouncementView } from './compare/read-announcement-view.js';
import { NoticeWork } from './compare/NoticeWork.js';

/** Icons repeat what the text says, so that no meaning rests on colour alone. */
const SEVERITY_ICONS: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const QUORUM_ICONS: Record<QuorumStatus, string> = {
  met: '✔ ',
  'not-met': '✖ ',
  'electorate-unknown': '? ',
  'voters-unknown': '? ',
  'voters-below-returned': '? ',
  'voters-by-standing': '? ',
  'electorate-apart': '? ',
  unjudged: '? ',
  'electorate-differs': '? ',
  'counts-apart': '? ',
  'other-vote': '? ',
  'summary-met': '? ',
  'summary-not-met': '⚠ ',
  'no-quorum-rule': '',
  'not-judged': '',
  undecided: '? ',
};

const number = (value: number | null | undefined, lang: Lang) =>
  value === null || value === undefined ? '—' : formatNumber(value, lang);

export function VerdictBanner({ verdict, t }: { verdict: Verdict; t: Messages }) {
  return (
    <div id="verdict" tabIndex={-1} class={`verdict verdict-${verdict}`} role="status" data-verdict={verdict}>
      <span class="verdict-icon" aria-hidden="true">
        {VERDICT_ICONS[verdict]}
      </span>
      <span>
        <span class="visually-hidden">
          {t.verdictLabel}
          {t.colon}
        </span>
        {t.verdicts[verdict]}
      </span>
    </div>
  );
}

/**
 * The banner of a result its records cannot decide (OUTCOME_UNDECIDED): "undecided" in its headline,
 * in place of "discrepancies found", and the one next step under it. The verdict attribute stays the
 * report's.
 */
function UndecidedBanner({ report, lang, t }: { report: Report; lang: Lang; t: Messages }) {
  const undecided = undecidedOutcome(report);
  if (!undecided) return <VerdictBanner verdict={report.verdict} t={t} />;
  const words = undecidedWords(undecided, lang);
  return (
    <div
      id="verdict"
      tabIndex={-1}
      class={`verdict verdict-${report.verdict} verdict-undecided`}
      role="status"
      data-verdict={report.verdict}
      data-undecided={undecided.validity ? 'validity' : 'winners'}
    >
      <p class="verdict-headline">
        <span class="verdict-icon" aria-hidden="true">
          ?
        </span>
        <span>
          <span class="visually-hidden">
            {t.verdictLabel}
            {t.colon}
          </span>
          {words.headline}
        </span>
      </p>
      <p class="verdict-next" data-testid="undecided-next">
        <strong>{t.nextStep}</strong>
        {words.next}
      </p>
    </div>
  );
}

/** Under the verdict: whether the notice's differences change who is elected. */
function NoticeEffect({ effect, t }: { effect: WinnerEffect | null; t: Messages }) {
  if (effect === null || effect === 'unstated') return null;
  return (
    <p class={`verdict-effect effect-${effect}`} data-notice-effect={effect}>
      {effect === 'same' ? t.verdictWinnersSame : t.verdictWinnersDiffer}
    </p>
  );
}

function Turnout({ report, lang, t }: { report: Report; lang: Lang; t: Messages }) {
  const { turnout } = report;
  const quorum = quorumStatus(report);
  return (
    <section aria-labelledby="turnout-title">
      <h3 id="turnout-title">{t.turnout}</h3>
      <dl class="figures">
        <div>
          <dt>{t.registeredVoters}</dt>
          <dd data-figure="registered">{number(turnout.registered, lang)}</dd>
        </div>
        <div>
          <dt>{t.issued}</dt>
          <dd data-figure="issued">{number(turnout.issued, lang)}</dd>
        </div>
        <div>
          <dt>{t.cast}</dt>
          <dd data-figure="cast">{number(turnout.cast, lang)}</dd>
        </div>
        <div>
          <dt>{t.valid}</dt>
          <dd data-figure="valid">{number(turnout.validUnknown ? null : turnout.valid, lang)}</dd>
        </div>
        <div>
          <dt>{t.invalid}</dt>
          <dd data-figure="invalid">{number(turnout.validUnknown ? null : turnout.invalid, lang)}</dd>
        </div>
      </dl>
      <p data-quorum={quorum}>
        <span aria-hidden="true">{QUORUM_ICONS[quorum]}</span>
        {/* On a line of its own, as a sentence; the notice report puts the same words after others. */}
        {asSentence(t.quorum[quorum], lang)}
        {turnout.registered ? ` (${displayPercent(turnout.cast, turnout.registered)})` : ''}
      </p>
    </section>
  );
}

/** A candidate's outcome: its kind, and the words the table shows for it. */
interface Outcome {
  readonly kind: 'undecided' | 'elected' | 'not-elected' | 'tied' | 'not-elected-because';
  readonly text: string;
}

/**
 * Why a candidate is not elected when the votes alone would not say: enough votes, but the seats went
 * to candidates with more, or a tie left the seat open.
 */
function outcomeOf(report: Report, contest: ContestResult, candidate: CandidateResult, t: Messages): Outcome {
  if (contest.undecided) return { kind: 'undecided', text: `? ${t.undecidedOutcome}` };
  if (candidate.elected) return { kind: 'elected', text: `✔ ${t.elected}` };
  if (contest.votesNeeded === null || candidate.votes < contest.votesNeeded)
    return { kind: 'not-elected', text: t.notElected };
  const tied = report.findings.some((finding) => finding.code === 'TIE' && finding.contest === contest.id);
  const sameVotes = contest.candidates.filter((other) => other.votes === candidate.votes).length > 1;
  return tied && sameVotes
    ? { kind: 'tied', text: t.tiedNotElected }
    : { kind: 'not-elected-because', text: t.notElectedBecause };
}

/**
 * A short outcome ("✔ Elected", "Not elected", "未当选") is one phrase, kept on one line on a narrow
 * window (its tick never above its word); a sentence giving the reason wraps as any text does.
 */
function OutcomeWords({ outcome }: { outcome: Outcome }) {
  const short = outcome.kind === 'elected' || outcome.kind === 'not-elected';
  return short ? <span class="outcome-words">{outcome.text}</span> : <>{outcome.text}</>;
}

function Contests({ report, lang, t }: { report: Report; lang: Lang; t: Messages }) {
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
                  {number(candidate.votes, lang)}
                </td>
                <td class="num">{displayPercent(candidate.votes, report.turnout.cast)}</td>
                <td data-outcome>
                  <OutcomeWords outcome={outcomeOf(report, contest, candidate, t)} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.blank}</th>
              <td class="num" data-figure="blank">
                {blankWords(contest, lang, t, report.turnout.validUnknown === true)}
              </td>
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="row">{t.threshold}</th>
              <td class="num" data-figure="votes-needed">
                {number(contest.votesNeeded, lang)}
              </td>
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="row">{t.openSeats}</th>
              <td class="num" data-figure="open-seats">
                {/* Undecided: who is elected, and so how many seats stay open, is not stated either way. */}
                {number(contest.undecided ? null : contest.unfilledSeats, lang)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      ))}
    </>
  );
}

function Boxes({ report, lang, t }: { report: Report; lang: Lang; t: Messages }) {
  if (report.boxes.length === 0) return null;
  const withRecords = report.boxes.some((box) => box.ballotRecords !== undefined);
  const heading = (text: string) => <WordBreaks text={text} lang={lang} />;
  return (
    <div class="table-scroll" role="region" aria-label={t.boxesTable} tabIndex={0}>
      <table class="boxes">
        <caption>
          <span>{t.boxesTable}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{heading(t.box)}</th>
            <th scope="col" class="num">
              {heading(t.registeredVoters)}
            </th>
            <th scope="col" class="num">
              {heading(t.issued)}
            </th>
            <th scope="col" class="num">
              {heading(t.returned)}
            </th>
            <th scope="col" class="num">
              {heading(t.invalid)}
            </th>
            {withRecords && (
              <th scope="col" class="num">
                {heading(t.ballotRecords)}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {report.boxes.map((box) => (
            <tr key={box.box} data-box={box.box}>
              <th scope="row">{box.box}</th>
              <td class="num">{number(box.registered, lang)}</td>
              <td class="num">{number(box.issued, lang)}</td>
              <td class="num">{number(box.returned, lang)}</td>
              <td class="num">{number(box.invalid, lang)}</td>
              {withRecords && <td class="num">{number(box.ballotRecords, lang)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A heading with a break allowed only between its words (登记<wbr>选民): with `word-break: keep-all`,
 * a narrow column puts 登记 and 选民 on two lines, never 登记选 and 民.
 */
function WordBreaks({ text, lang }: { text: string; lang: Lang }) {
  // A one-character word stays with the word before it: 无效票, not 无效 / 票.
  const words: string[] = [];
  for (const { segment } of new Intl.Segmenter(localeOf(lang), { granularity: 'word' }).segment(text)) {
    if (words.length > 0 && /^\p{Script=Han}$/u.test(segment)) words[words.length - 1] += segment;
    else words.push(segment);
  }
  return <>{words.flatMap((word, index) => (index > 0 ? [<wbr key={index} />, word] : [word]))}</>;
}

function place(finding: Finding): string | null {
  const where = finding.where;
  if (!where) return null;
  const position = [where.file, where.line, where.column].filter((part) => part !== undefined).join(':');
  const quote = where.text ? `“${where.text}”` : '';
  return [position, quote].filter(Boolean).join(' ') || null;
}

/** A finding's two figures named for what they are ("notice 1,029 · recount 1,019"), for the codes that compare. */
function FindingFigures({ finding, lang }: { finding: Finding; lang: Lang }) {
  const named = FIGURE_LABELS[finding.code];
  if (!named || finding.expected === null) return null;
  const value = (figure: number | string | null) =>
    figure === null ? '—' : typeof figure === 'number' ? formatNumber(figure, lang) : figure;
  return (
    <p class="finding-figures">
      {named.map(([field, label], position) => (
        <span key={field} data-figure-of={field}>
          {position > 0 && ' · '}
          {label[lang]} <strong>{value(finding[field])}</strong>
        </span>
      ))}
    </p>
  );
}

function FindingItem({
  finding,
  index,
  lang,
  t,
  grouped,
  canShow,
  onShow,
}: {
  finding: Finding;
  index: number;
  lang: Lang;
  t: Messages;
  /** In a group, whose heading and explanation stand above it. */
  grouped: boolean;
  canShow?: (finding: Finding) => boolean;
  onShow?: (index: number) => void;
}) {
  const where = place(finding);
  return (
    <li
      id={findingId(index)}
      tabIndex={-1}
      class={`finding severity-${finding.severity}`}
      data-code={finding.code}
    >
      {!grouped && <FindingHead code={finding.code} severity={finding.severity} lang={lang} t={t} />}
      <p class="finding-message">{asSentence(finding.messages[lang], lang)}</p>
      <FindingFigures finding={finding} lang={lang} />
      {where && (
        <p class="finding-where">
          {t.where}
          {lang === 'zh' ? '：' : ': '}
          {where}
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
      {!grouped && <p class="explanation">{FINDING_EXPLANATIONS[finding.code][lang]}</p>}
      <details class="finding-code">
        <summary>{t.findingDetails}</summary>
        {t.findingCode}
        {t.colon}
        <code>{finding.code}</code>
      </details>
    </li>
  );
}

function FindingHead({
  code,
  severity,
  count,
  lang,
  t,
}: {
  code: FindingCode;
  severity: Severity;
  count?: number;
  lang: Lang;
  t: Messages;
}) {
  return (
    <p class="finding-head">
      <span class="badge">
        <span aria-hidden="true">{SEVERITY_ICONS[severity]} </span>
        {t.severities[severity]}
      </span>{' '}
      <strong class="finding-title">{FINDING_TITLES[code]?.[lang]}</strong>
      {count !== undefined && <span class="finding-count"> · {t.timesFound(count)}</span>}
    </p>
  );
}

/**
 * Every finding, in plain words: a kind that repeats (five boxes with overvoted ballots) is one item
 * with one heading and one explanation over its findings; the codes stay behind a details toggle.
 */
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
  const item = (index: number, grouped: boolean) => (
    <FindingItem
      key={index}
      finding={findings[index]!}
      index={index}
      lang={lang}
      t={t}
      grouped={grouped}
      {...(canShow ? { canShow } : {})}
      {...(onShow ? { onShow } : {})}
    />
  );
  return (
    <ul class="findings">
      {groupFindings(findings).map((group) =>
        group.indexes.length === 1 ? (
          item(group.indexes[0]!, false)
        ) : (
          <li
            key={`${group.severity}-${group.code}`}
            class={`finding-group severity-${group.severity}`}
            data-group={group.code}
          >
            <FindingHead
              code={group.code}
              severity={group.severity}
              count={group.indexes.length}
              lang={lang}
              t={t}
            />
            <p class="explanation">{FINDING_EXPLANATIONS[group.code][lang]}</p>
            <ul class="findings">{group.indexes.map((index) => item(index, true))}</ul>
          </li>
        ),
      )}
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
            <HashText value={input.sha256} label="SHA-256" t={t} />
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
  const rows = useMemo(
    () => comparisonRows(report, announcement?.figures ?? null, announcement?.election ?? null),
    [report, announcement],
  );
  const noticeRead = announcement?.figures != null;
  const summary = useMemo(() => summaryItems(report, rows, noticeRead), [report, rows, noticeRead]);
  const show = withText
    ? {
        canShow: (finding: Finding) => pointsIntoText(finding, announcement),
        onShow: (index: number) => showFindingInText(textContainer.current, index),
      }
    : {};
  const findings = <FindingList findings={report.findings} lang={lang} t={t} {...show} />;
  return (
    <div class="result">
      <p class="election-name">{report.election}</p>
      <UndecidedBanner report={report} lang={lang} t={t} />
      <NoticeEffect effect={noticeEffect(report, rows, noticeRead)} t={t} />
      <ErrorSummary
        report={report}
        items={summary}
        lang={lang}
        t={t}
        {...(withText ? { canShowInText: show.canShow, onShowInText: show.onShow } : {})}
      />
      <Turnout report={report} lang={lang} t={t} />
      <Contests report={report} lang={lang} t={t} />
      <Boxes report={report} lang={lang} t={t} />
      <ResultCharts report={report} rows={rows} announcement={announcement} lang={lang} />
      <NoticeWork report={report} lang={lang} t={t} />
      <section aria-labelledby="findings-title">
        <h3 id="findings-title">{findingsHeading(report.findings, t)}</h3>
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
      <ReportSheets report={report} lang={lang} />
      <Inputs report={report} t={t} />
    </div>
  );
}
