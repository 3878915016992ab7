import {
  formatInputError,
  isCalendarDate,
  NIST_FORMAT_NAMES,
  renderReportText,
  type AuditRecord,
  type OpenedKey,
  type Progress,
  type Report,
} from '../../core/index.js';
import { AUDIT_INPUT_OPTIONS, auditRequestFrom, checkOutputFlags } from '../audit-inputs.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { auditInWorker } from '../run-audit.js';
import { progressLine } from '../progress-line.js';
import { checkExportFlags, sheetFormat, writeReportExport } from '../report-export.js';
import { loadKey, PASSPHRASE_ENV } from './write-receipt.js';
import { readAuditRecordFile } from './audit-record-file.js';
import { refusedOutput } from '../output-path.js';

export const CHECK_USAGE = `tallywitness check --election E [--boxes B] [--tallies T] [--ballots C]
                  [--announcement A] [--format json|text|csv|xlsx [--out F]] [--lang zh|en]
                  [--encoding utf-8|gb18030] (B and T may be .xlsx workbooks; one may serve as both)
                  [--progress] [--receipt R --key K [--label L] [--audit-record A]]
                  (A: an audit record of tallywitness audit, signed into the receipt;
                  a key sealed by keygen --passphrase-env: its passphrase in ${PASSPHRASE_ENV})
tallywitness check --announcement A [--rules P [--round first|runoff] [--election-date YYYY-MM-DD]]
                  (the notice alone: its own arithmetic; with P, the law it is judged by, e.g.
                  cn-village, also its turnout against the quorum and its winners' votes against
                  the round's threshold; P's version is the one in force on the day of the vote:
                  the date given, else the one the notice gives)`;

const options = {
  ...AUDIT_INPUT_OPTIONS,
  receipt: { type: 'string' },
  key: { type: 'string' },
  label: { type: 'string' },
  'audit-record': { type: 'string' },
  out: { type: 'string' },
  progress: { type: 'boolean' },
  rules: { type: 'string' },
  round: { type: 'string' },
  'election-date': { type: 'string' },
} as const;

/** Signs a report into a receipt file; provided by the receipt module, injected to keep this file small. */
export type ReceiptWriter = (input: {
  report: Report;
  receiptPath: string;
  /** The signing key, opened before the count so that a bad key file stops the run before any output. */
  key: OpenedKey;
  label?: string;
  /** A risk-limiting audit's record, signed with the report (`payload.audit`). */
  audit?: AuditRecord;
  io: CliIo;
}) => Promise<number | null>;

export interface CheckStreams {
  /** Whether stderr is a terminal: progress is drawn only there, and never with --format json. */
  readonly stderrIsTty: boolean;
  readonly writeProgress: (line: string) => void;
}

/** Names each input read in a NIST format, recognised by its content, on standard error. */
export function sayNistFormats(report: Report, io: CliIo): void {
  for (const input of report.inputs)
    if (input.format)
      io.err(
        `${input.name}: 按内容识别为 ${NIST_FORMAT_NAMES[input.format].zh} / read as ${NIST_FORMAT_NAMES[input.format].en}, recognised by its content`,
      );
}

export async function runCheck(
  args: readonly string[],
  io: CliIo,
  streams: CheckStreams,
  writeReceipt?: ReceiptWriter,
): Promise<number> {
  const { values } = parseCommandArgs(args, options);
  if (!['json', 'text', 'csv', 'xlsx'].includes(String(values.format)))
    throw new UsageError(
      '--format 只能是 json、text、csv 或 xlsx',
      '--format must be json, text, csv or xlsx',
    );
  const exportAs = sheetFormat(values.format);
  checkExportFlags(exportAs, values.out);
  // A spreadsheet is written like the text report: progress may be drawn, and the exit status is the same.
  const format = checkOutputFlags(exportAs ? { ...values, format: 'text' } : values);
  if (!values.election && !values.announcement)
    throw new UsageError(
      '需要 --election（或仅 --announcement）',
      'needs --election (or --announcement alone)',
    );
  if (!values.election && (values.boxes || values.tallies || values.ballots))
    throw new UsageError(
      '计票单和选票记录需要 --election',
      'tally sheets and ballot records need --election',
    );
  if (
    (values.rules !== undefined || values.round !== undefined || values['election-date'] !== undefined) &&
    values.election
  )
    throw new UsageError(
      '--rules 与 --round 只用于单独核查公告：选举定义已写明依据的规则和轮次',
      '--rules and --round are for a notice alone: the election definition names its own rules and round',
    );
  if (values.round !== undefined && values.rules === undefined)
    throw new UsageError('--round 需要 --rules', '--round needs --rules');
  if (values.round !== undefined && values.round !== 'first' && values.round !== 'runoff')
    throw new UsageError('--round 只能是 first 或 runoff', '--round must be first or runoff');
  const electionDate = values['election-date'];
  if (electionDate !== undefined && values.rules === undefined)
    throw new UsageError('--election-date 需要 --rules', '--election-date needs --rules');
  if (electionDate !== undefined && !isCalendarDate(electionDate))
    throw new UsageError(
      `--election-date 须为公历日期 YYYY-MM-DD（如 2026-04-18），而不是“${electionDate}”`,
      `--election-date must be a calendar day written YYYY-MM-DD (2026-04-18), not “${electionDate}”`,
    );
  if ((values.receipt === undefined) !== (values.key === undefined))
    throw new UsageError('--receipt 与 --key 须同时给出', '--receipt and --key go together');
  if (values['audit-record'] !== undefined && values.receipt === undefined)
    throw new UsageError('--audit-record 须与 --receipt 同时给出', '--audit-record goes with --receipt');
  // As keygen and bundle: a receipt never replaces a file (the key, an input, an earlier receipt).
  for (const path of [values.receipt, values.out]) {
    const refused = path === undefined ? null : refusedOutput(path);
    if (refused) {
      io.err(refused);
      return 2;
    }
  }

  // The key and the audit record are read before the count: a bad one stops the run before the
  // report is printed or written, never after it.
  let key: OpenedKey | undefined;
  let audit: AuditRecord | undefined;
  if (values.receipt !== undefined && values.key !== undefined) {
    const opened = loadKey(values.key, process.env);
    if (!opened.ok) {
      for (const error of opened.errors) io.err(formatInputError(error));
      return 2;
    }
    key = opened.value;
    if (values['audit-record'] !== undefined) {
      const read = readAuditRecordFile(values['audit-record']);
      if (!read.ok) {
        for (const error of read.errors) io.err(formatInputError(error));
        return 2;
      }
      audit = read.value;
    }
  }

  const request = {
    ...auditRequestFrom(values, io.lang),
    ...(values.rules === undefined
      ? {}
      : {
          announcementRules: {
            pack: values.rules,
            round: values.round === 'runoff' ? 'runoff' : 'first',
            ...(electionDate === undefined ? {} : { date: electionDate }),
          } as const,
        }),
  };
  const showProgress = format !== 'json' && (values.progress ?? streams.stderrIsTty);
  const started = Date.now();
  const onProgress = showProgress
    ? (progress: Progress) => streams.writeProgress(progressLine(progress, Date.now() - started, io.lang))
    : undefined;

  const outcome = await auditInWorker(request, onProgress);
  if (showProgress) streams.writeProgress('');
  if (!outcome.ok) {
    if ('cancelled' in outcome) {
      io.err('已取消 / cancelled');
      return 2;
    }
    return inputErrors(io, outcome.errors);
  }
  const report = outcome.report;
  sayNistFormats(report, io);
  if (exportAs) {
    const status = writeReportExport(report, exportAs, values.out, io);
    if (status !== null) return status;
  } else io.out(format === 'json' ? JSON.stringify(report, null, 2) : renderReportText(report, io.lang));
  if (values.receipt !== undefined && key !== undefined) {
    if (!writeReceipt) throw new Error('receipt writer not wired');
    const status = await writeReceipt({
      report,
      receiptPath: values.receipt,
      key,
      io,
      ...(values.label ? { label: values.label } : {}),
      ...(audit ? { audit } : {}),
    });
    if (status !== null) return status;
  }
  return report.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
