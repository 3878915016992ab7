import type { Finding } from '../../../core/index.js';
import type { AuditRecord } from '../../shared/history-store.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { formatDateTime } from '../../shared/i18n.js';
import { formatCount } from '../charts/format-number.js';
import { compareAudits, TURNOUT_FIGURES, type Pair, type TurnoutFigure } from './compare-audits.js';
import { compareWords, type CompareWords } from './compare-words.js';
import './compare.css';
import { HashText } from '../../shared/HashText.js';
import { asSentence } from '../../shared/as-sentence.js';

/** A change is shown by a symbol and a word, not by colour alone. */
function Change({ pair, words }: { pair: Pair<unknown>; words: CompareWords }) {
  return (
    <td data-changed={String(pair.changed)}>{pair.changed ? `≠ ${words.different}` : `= ${words.same}`}</td>
  );
}

function FindingItems({
  findings,
  lang,
  words,
}: {
  findings: readonly Finding[];
  lang: Lang;
  words: CompareWords;
}) {
  if (findings.length === 0) return <p>{words.none}</p>;
  return (
    <ul>
      {findings.map((finding, index) => (
        <li key={index} data-code={finding.code}>
          {asSentence(finding.messages[lang], lang)}
        </li>
      ))}
    </ul>
  );
}

/** Two saved audits side by side: verdict, turnout, votes and elected per contest, findings, input hashes. */
export function AuditComparisonView({
  before,
  after,
  lang,
  t,
}: {
  before: AuditRecord;
  after: AuditRecord;
  lang: Lang;
  t: Messages;
}) {
  const words = compareWords(lang);
  const comparison = compareAudits(before.report, after.report);
  const when = (record: AuditRecord) => formatDateTime(record.savedAt, lang);
  const sameElection = before.election === after.election;
  const turnoutNames: Record<TurnoutFigure, string> = {
    registered: t.registeredVoters,
    issued: t.issued,
    cast: t.cast,
    valid: t.valid,
    invalid: t.invalid,
  };
  const heads = (
    <>
      <th scope="col" data-column="before">
        {words.before} <span class="column-election">{before.election}</span>{' '}
        <span class="hint">{when(before)}</span>
      </th>
      <th scope="col" data-column="after">
        {words.after} <span class="column-election">{after.election}</span>{' '}
        <span class="hint">{when(after)}</span>
      </th>
      <th scope="col">{words.change}</th>
    </>
  );
  return (
    <div class="audit-comparison" data-testid="audit-comparison">
      {!sameElection && (
        <p class="warning" role="note" data-different-elections>
          <span aria-hidden="true">⚠ </span>
          {words.differentElections(before.election, after.election)}
        </p>
      )}
      <table class="comparison-table" data-compare="turnout">
        <caption>{words.verdictAndTurnout}</caption>
        <thead>
          <tr>
            <th scope="col">{words.figure}</th>
            {heads}
          </tr>
        </thead>
        <tbody>
          <tr data-figure="verdict">
            <th scope="row">{t.verdictLabel}</th>
            <td data-verdict={comparison.verdict.before}>{t.verdicts[comparison.verdict.before]}</td>
            <td data-verdict={comparison.verdict.after}>{t.verdicts[comparison.verdict.after]}</td>
            <Change pair={comparison.verdict} words={words} />
          </tr>
          {TURNOUT_FIGURES.map((figure) => (
            <tr key={figure} data-figure={figure}>
              <th scope="row">{turnoutNames[figure]}</th>
              <td class="num">{formatCount(comparison.turnout[figure].before, lang)}</td>
              <td class="num">{formatCount(comparison.turnout[figure].after, lang)}</td>
              <Change pair={comparison.turnout[figure]} words={words} />
            </tr>
          ))}
        </tbody>
      </table>

      {comparison.contests.map((contest) => (
        <table class="comparison-table" key={contest.id} data-compare="contest" data-contest={contest.id}>
          <caption>
            {contest.name}
            {contest.onlyIn && ` (${words.onlyIn(contest.onlyIn === 'before' ? words.before : words.after)})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.candidate}</th>
              {heads}
            </tr>
          </thead>
          <tbody>
            {contest.candidates.map((candidate) => {
              const cell = (votes: number | null, elected: boolean | null) =>
                votes === null ? '—' : `${formatCount(votes, lang)} · ${elected ? words.yes : words.no}`;
              const changed = candidate.votes.changed || candidate.elected.changed;
              return (
                <tr key={candidate.key} data-candidate={candidate.key}>
                  <th scope="row">{candidate.name}</th>
                  <td>{cell(candidate.votes.before, candidate.elected.before)}</td>
                  <td>{cell(candidate.votes.after, candidate.elected.after)}</td>
                  <Change pair={{ ...candidate.votes, changed }} words={words} />
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-figure="elected">
              <th scope="row">{words.electedList}</th>
              <td>{contest.elected.before.join('、') || '—'}</td>
              <td>{contest.elected.after.join('、') || '—'}</td>
              <Change pair={contest.elected} words={words} />
            </tr>
          </tfoot>
        </table>
      ))}

      <section data-compare="findings-added">
        <h4>{words.findingsAdded(comparison.findingsAdded.length)}</h4>
        <FindingItems findings={comparison.findingsAdded} lang={lang} words={words} />
      </section>
      <section data-compare="findings-gone">
        <h4>{words.findingsGone(comparison.findingsGone.length)}</h4>
        <FindingItems findings={comparison.findingsGone} lang={lang} words={words} />
      </section>

      <table class="comparison-table" data-compare="inputs">
        <caption>{words.inputs} (SHA-256)</caption>
        <thead>
          <tr>
            <th scope="col">{words.role}</th>
            {heads}
          </tr>
        </thead>
        <tbody>
          {comparison.inputs.map((input) => (
            <tr key={input.role} data-role={input.role}>
              <th scope="row">{t.roles[input.role]}</th>
              <td>
                {input.before ? (
                  <>
                    {input.before.name} <HashText value={input.before.sha256} label="SHA-256" t={t} />
                  </>
                ) : (
                  words.absent
                )}
              </td>
              <td>
                {input.after ? (
                  <>
                    {input.after.name} <HashText value={input.after.sha256} label="SHA-256" t={t} />
                  </>
                ) : (
                  words.absent
                )}
              </td>
              <td data-same={String(input.same)}>
                {input.same ? `= ${words.same}` : `≠ ${words.different}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
