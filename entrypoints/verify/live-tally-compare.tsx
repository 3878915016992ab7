import { Fragment } from 'preact';
import {
  compareLiveTallies,
  isLiveTallyText,
  LIVE_TALLY_SNIFF_BYTES,
  readLiveTallyRecord,
  type InputError,
  type LiveTallyComparison,
  type SignedFileBytes,
  type TallySide,
  type TotalRow,
} from '../../core/index.js';
import type { Lang } from '../shared/i18n';
import { ReadErrors } from './read-errors';
import { tallyCompareWords, type TallyCompareWords } from './tally-compare-words';
import { asSentence } from '../shared/as-sentence.js';

type Outcome =
  | { readonly state: 'waiting'; readonly count: number }
  | { readonly state: 'too-many'; readonly count: number }
  | { readonly state: 'mixed'; readonly count: number }
  | { readonly state: 'refused'; readonly title: string; readonly errors: readonly InputError[] }
  | {
      readonly state: 'done';
      readonly sides: readonly TallySide[];
      readonly comparison: LiveTallyComparison;
    };

/** A time as the reader's clock shows it, to the minute. */
function localTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Whether a dropped file says it is a live tally record (from its first bytes). */
export function isLiveTallyFile(bytes: Uint8Array): boolean {
  return isLiveTallyText(
    new TextDecoder().decode(bytes.subarray(0, LIVE_TALLY_SNIFF_BYTES)).replace(/^\uFEFF/, ''),
  );
}

/** Reads the files dropped and compares them when there are exactly two live tallies. */
export function compareDropped(
  files: readonly SignedFileBytes[],
  receipts: number,
  lang: Lang,
  w: TallyCompareWords,
): Outcome {
  if (receipts > 0) return { state: 'mixed', count: files.length };
  if (files.length < 2) return { state: 'waiting', count: files.length };
  if (files.length > 2) return { state: 'too-many', count: files.length };
  const sides: TallySide[] = [];
  for (const file of files) {
    const read = readLiveTallyRecord(file.name, file.bytes);
    if (!read.ok) return { state: 'refused', title: w.cannotRead(file.name), errors: read.errors };
    sides.push({ file: file.name, record: read.value });
  }
  const compared = compareLiveTallies(sides[0]!, sides[1]!, lang);
  if (!compared.ok) return { state: 'refused', title: w.cannotCompare, errors: compared.errors };
  return { state: 'done', sides, comparison: compared.value };
}

/**
 * Two observers' live tallies of one box, dropped on the verify page: who kept each, the totals side
 * by side, and every ballot where they differ, in plain words (the same core function as
 * `tallywitness bundle T1 T2`).
 */
export function LiveTallyCompare(props: { files: readonly SignedFileBytes[]; receipts: number; lang: Lang }) {
  const { files, receipts, lang } = props;
  const w = tallyCompareWords(lang);
  const outcome = compareDropped(files, receipts, lang, w);
  if (outcome.state === 'waiting' || outcome.state === 'too-many' || outcome.state === 'mixed') {
    const text =
      outcome.state === 'waiting'
        ? w.needSecond
        : outcome.state === 'mixed'
          ? w.mixed
          : w.tooMany(outcome.count);
    return (
      <section class="live-compare" data-testid="live-compare">
        <p
          class={`status ${outcome.state === 'waiting' ? 'pending' : 'bad'}`}
          role="status"
          data-testid="live-compare-wait"
        >
          <span class="status-icon" aria-hidden="true">
            {outcome.state === 'waiting' ? '…' : '✘'}
          </span>
          {text}
        </p>
      </section>
    );
  }
  if (outcome.state === 'refused')
    return (
      <div class="live-compare">
        <ReadErrors title={outcome.title} errors={outcome.errors} lang={lang} testId="live-compare-errors" />
      </div>
    );
  const { sides, comparison } = outcome;
  const count = comparison.findings.length;
  return (
    <section class="live-compare" data-testid="live-compare" aria-labelledby="live-compare-title">
      <h2 id="live-compare-title">{w.title(comparison.box)}</h2>
      <p>{w.election(comparison.election)}</p>
      <dl class="facts">
        {sides.map(({ file, record }, index) => (
          <Fragment key={index}>
            <dt>{w.side(index === 0 ? 'A' : 'B')}</dt>
            <dd class="wrap" data-testid={`live-side-${index === 0 ? 'a' : 'b'}`}>
              {[
                file,
                record.keptBy ? w.keptBy(record.keptBy) : null,
                record.startedAt ? w.started(localTime(record.startedAt, lang)) : null,
                w.ballots(record.ballots.length),
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </Fragment>
        ))}
      </dl>
      <p
        class={`status ${count === 0 ? 'good' : 'bad'} headline`}
        role="status"
        data-testid="live-compare-verdict"
      >
        <span class="status-icon" aria-hidden="true">
          {count === 0 ? '✔' : '✘'}
        </span>
        {count === 0 ? w.agree : w.differ(count)}
      </p>
      {comparison.aligned ? null : <p class="status warn">{w.notAligned}</p>}
      {count > 0 ? (
        <section>
          <h3>{w.differencesTitle}</h3>
          <ol class="live-differences" data-testid="live-differences">
            {comparison.aligned
              ? comparison.differences.map((difference, index) => (
                  <li
                    key={index}
                    data-kind={difference.kind}
                    data-a={difference.a ?? undefined}
                    data-b={difference.b ?? undefined}
                    data-contest={difference.contest ?? undefined}
                  >
                    {asSentence(difference.message[lang], lang)}
                  </li>
                ))
              : comparison.findings.map((finding, index) => (
                  <li key={index}>{asSentence(finding.message, lang)}</li>
                ))}
          </ol>
        </section>
      ) : null}
      <TotalsTable comparison={comparison} w={w} />
    </section>
  );
}

function TotalsTable({ comparison, w }: { comparison: LiveTallyComparison; w: TallyCompareWords }) {
  const { totals } = comparison;
  const figures = (row: TotalRow) => (
    <>
      <td>{row.a}</td>
      <td>{row.b}</td>
      <td>{row.difference === 0 ? w.same : `${row.difference > 0 ? '+' : ''}${row.difference}`}</td>
    </>
  );
  const rowClass = (row: TotalRow) => (row.difference === 0 ? '' : 'differs');
  return (
    <section>
      <h3>{w.totalsTitle}</h3>
      <table class="live-totals" data-testid="live-totals">
        <thead>
          <tr>
            <th scope="col">{w.contest}</th>
            <th scope="col">{w.name}</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">{w.difference}</th>
          </tr>
        </thead>
        <tbody>
          {[[w.ballotsRow, totals.ballots] as const, [w.invalidRow, totals.invalid] as const].map(
            ([label, row]) => (
              <tr key={row.key} class={rowClass(row)} data-key={row.key}>
                <th scope="row" colSpan={2}>
                  {label}
                </th>
                {figures(row)}
              </tr>
            ),
          )}
        </tbody>
        {totals.contests.map((contest) => (
          <tbody key={contest.id}>
            {contest.rows.map((row, index) => (
              <tr key={row.key} class={rowClass(row)} data-key={row.key}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={contest.rows.length}>
                    {contest.name}
                  </th>
                ) : null}
                <th scope="row">{row.key === '#blank' ? w.blank : row.name}</th>
                {figures(row)}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
