import { useMemo } from 'preact/hooks';
import {
  quickCountOf,
  readHandBoxes,
  type Contest,
  type Election,
  type InputError,
  type QuickCountReport,
  type Recount,
} from '../../../core/index.js';
import { InputErrorList } from '../InputErrorList.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS, percentText } from './audit-math-words.js';
import type { HandFile } from './RiskLimitPanel.js';

/** The quick count of one contest from the sampled boxes' hand counts, against the recount. */
export function QuickCountPanel({
  election,
  contest,
  recount,
  hand,
  level = 3,
  lang,
  t,
}: {
  election: Election;
  contest: Contest;
  recount: Recount;
  hand: HandFile;
  /** The heading's level: 3 on a page of its own, 4 inside a section of the Audit step. */
  level?: 3 | 4;
  lang: Lang;
  t: Messages;
}) {
  const words = AUDIT_MATH_WORDS[lang];
  const Heading = level === 4 ? 'h4' : 'h3';
  const result = useMemo((): { report: QuickCountReport } | { errors: readonly InputError[] } => {
    const boxes = readHandBoxes(hand.name, hand.bytes, election);
    return boxes.ok
      ? { report: quickCountOf(contest, recount, boxes.value, 0.95, 0.02) }
      : { errors: boxes.errors };
  }, [election, contest, recount, hand]);
  const names = new Map(contest.candidates.map((c) => [c.id, c.name]));
  return (
    <section class="audit-math-panel" aria-labelledby="quick-title" data-panel="quick-count">
      <Heading id="quick-title">{words.quickTitle}</Heading>
      <p>{words.quickIntro}</p>
      <p class="hint" data-method>
        {words.quickMethod}
      </p>
      {'errors' in result ? (
        <InputErrorList errors={result.errors} lang={lang} t={t} />
      ) : (
        <>
          <p>{words.sampled(result.report.sampleBoxes, result.report.populationBoxes)}</p>
          <table class="quick-count">
            <thead>
              <tr>
                <th scope="col">{words.choice}</th>
                <th scope="col">{words.estimate}</th>
                <th scope="col">{words.interval}</th>
                <th scope="col">{words.official}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...result.report.shares.map((s) => ({
                  key: s.choice,
                  label: names.get(s.choice) ?? s.choice,
                  row: s,
                })),
                ...(result.report.turnout
                  ? [{ key: '#turnout', label: words.turnout, row: result.report.turnout }]
                  : []),
              ].map(({ key, label, row }) => (
                <tr key={key} data-inside={String(row.inside)}>
                  <th scope="row">{label}</th>
                  <td class="figure">{percentText(row.estimate)}</td>
                  <td class="figure">
                    {percentText(Math.max(0, row.low))} – {percentText(Math.min(1, row.high))}
                  </td>
                  <td>
                    <span class="figure">{row.announced === null ? '—' : percentText(row.announced)}</span>{' '}
                    {row.inside !== null && (
                      <span class="figure">
                        <span aria-hidden="true">{row.inside ? '✔' : '⚠'}</span>{' '}
                        {row.inside ? words.inside : words.outside}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{words.planned(result.report.plannedBoxes, percentText(result.report.precision))}</p>
        </>
      )}
    </section>
  );
}
