import { useMemo, useState } from 'preact/hooks';
import {
  readHandBallots,
  readHandBoxes,
  runBatchComparison,
  runBravo,
  runSupermajority,
  unknownThresholdBase,
  type AuditRecord,
  type Contest,
  type Election,
  type InputError,
  type Recount,
  type SupermajorityRule,
} from '../../../core/index.js';
import { downloadJson, safeFileName } from '../../shared/download.js';
import { InputErrorList } from '../InputErrorList.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS, percentText } from './audit-math-words.js';

export type RiskMethod = 'bravo' | 'supermajority' | 'batch';

export interface HandFile {
  readonly name: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

type Outcome =
  { readonly record: AuditRecord } | { readonly errors: readonly InputError[] } | { readonly noRule: true };

function auditOf(
  method: RiskMethod,
  election: Election,
  contest: Contest,
  recount: Recount,
  hand: HandFile,
  riskLimitPercent: number,
  rule: SupermajorityRule | null,
): Outcome {
  const base = { riskLimitPercent, handCounts: { name: hand.name, sha256: hand.sha256 } };
  if (method === 'batch') {
    const boxes = readHandBoxes(hand.name, hand.bytes, election);
    return boxes.ok
      ? { record: runBatchComparison(contest, recount, boxes.value, base) }
      : { errors: boxes.errors };
  }
  const ballots = readHandBallots(hand.name, hand.bytes, election);
  if (!ballots.ok) return { errors: ballots.errors };
  if (method === 'bravo') return { record: runBravo(contest, recount, ballots.value, base) };
  if (!rule) return { noRule: true };
  // A share of the valid ballots, where a box's void count exceeds its returned ballots: not known. The
  // readers name the void count's file and cell; no other file name is at hand here.
  const unknownBase = unknownThresholdBase(rule, recount.sheets, '');
  if (unknownBase.length > 0) return { errors: unknownBase };
  return { record: runSupermajority(contest, recount, rule, ballots.value, base) };
}

/** The record's file name: the contest and method, so that several contests' records sit side by side. */
const recordFileName = (record: AuditRecord) => `audit-${safeFileName(record.contest)}-${record.method}.json`;

const riskText = (risk: number) =>
  risk === 0 ? '0' : risk < 0.0001 ? risk.toExponential(2) : percentText(risk, 2);

/** The rounds of a risk-limiting audit from the hand counts entered: the risk after each, stop or escalate. */
export function RiskLimitPanel({
  election,
  contest,
  recount,
  ballotsHand,
  boxesHand,
  rule,
  level = 3,
  lang,
  t,
}: {
  election: Election;
  contest: Contest;
  recount: Recount;
  /** The hand counts of sampled ballots (for BRAVO and the threshold) and of sampled boxes (for box comparison). */
  ballotsHand: HandFile | null;
  boxesHand: HandFile | null;
  /** The share a winner needs under the rule pack for this round, or null where there is none to test. */
  rule: SupermajorityRule | null;
  /** The heading's level: 3 on a page of its own, 4 inside a section of the Audit step. */
  level?: 3 | 4;
  lang: Lang;
  t: Messages;
}) {
  const words = AUDIT_MATH_WORDS[lang];
  const Heading = level === 4 ? 'h4' : 'h3';
  const methods = (Object.keys(words.methods) as RiskMethod[]).filter((m) =>
    m === 'batch' ? boxesHand !== null : ballotsHand !== null,
  );
  const [chosen, setMethod] = useState<RiskMethod>('bravo');
  const method = methods.includes(chosen) ? chosen : methods[0];
  const hand = method === 'batch' ? boxesHand : ballotsHand;
  const [riskLimit, setRiskLimit] = useState(10);
  const outcome = useMemo(
    () => (method && hand ? auditOf(method, election, contest, recount, hand, riskLimit, rule) : null),
    [method, election, contest, recount, hand, riskLimit, rule],
  );
  if (!method || !outcome) return null;
  return (
    <section class="audit-math-panel" aria-labelledby="risk-title" data-panel="risk-limit">
      <Heading id="risk-title">{words.riskTitle}</Heading>
      <p class="hint" data-method>
        {words.riskMethod}
      </p>
      <p class="audit-math-controls">
        <label>
          {words.method}{' '}
          <select
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value as RiskMethod)}
            data-control="method"
          >
            {methods.map((m) => (
              <option key={m} value={m}>
                {words.methods[m]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {words.riskLimit}{' '}
          <input
            type="number"
            min={1}
            max={49}
            step={1}
            value={riskLimit}
            data-control="risk-limit"
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (value > 0 && value < 50) setRiskLimit(value);
            }}
          />
        </label>
      </p>
      {'noRule' in outcome && <p>{words.noThreshold}</p>}
      {'errors' in outcome && <InputErrorList errors={outcome.errors} lang={lang} t={t} />}
      {'record' in outcome && (
        <>
          <RecordTable record={outcome.record} lang={lang} />
          <p class="hint">
            <button
              type="button"
              data-testid="audit-record-download"
              onClick={() => downloadJson(recordFileName(outcome.record), outcome.record)}
            >
              <span aria-hidden="true">⬇ </span>
              {words.downloadRecord}
            </button>{' '}
            {words.recordHint}
          </p>
        </>
      )}
    </section>
  );
}

function RecordTable({ record, lang }: { record: AuditRecord; lang: Lang }) {
  const words = AUDIT_MATH_WORDS[lang];
  return (
    <>
      <table data-outcome={record.outcome}>
        <thead>
          <tr>
            <th scope="col">{words.round}</th>
            <th scope="col">{words.examined}</th>
            <th scope="col">{words.risk}</th>
            <th scope="col">{words.decision}</th>
          </tr>
        </thead>
        <tbody>
          {record.steps.map((step) => (
            <tr key={step.round} data-decision={step.decision}>
              <td>{step.round}</td>
              <td>{step.examined}</td>
              <td>{riskText(step.risk)}</td>
              <td>
                <span aria-hidden="true">{step.decision === 'stop' ? '✔ ' : '→ '}</span>
                {step.decision === 'stop' ? words.stop : words.escalate}
                {step.nextRoundSize !== undefined &&
                  (step.nextRoundSize === null
                    ? ` — ${words.noNext}`
                    : ` — ${words.next} ${step.nextRoundSize}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" class={`audit-outcome outcome-${record.outcome}`}>
        {words.outcomes[record.outcome]}
      </p>
    </>
  );
}
