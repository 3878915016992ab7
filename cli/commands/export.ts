import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  groupedCount,
  decodeText,
  formatInputError,
  runAudit,
  TOOL,
  writeCastVoteRecords,
  writeElectionReport,
  type AuditSources,
  type Bilingual,
  type RecountBasis,
} from '../../core/index.js';
import { AUDIT_INPUT_OPTIONS, givenInputs } from '../audit-inputs.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { nodeSha256Hasher, openNodeFile } from '../node-platform.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { sayNistFormats } from './check.js';
import { writeNewFileAtomic } from './write-receipt.js';
import { refusedOutput } from '../output-path.js';

export const EXPORT_USAGE = `tallywitness export --to err --election E [--boxes B --tallies T] [--ballots C] --out F
                  (the recount as a NIST SP 1500-100 Election Results Report, v2 JSON)
tallywitness export --to cvr --election E --ballots C --out F
                  (ballots.csv as NIST SP 1500-103 Cast Vote Records, 1.0.0 JSON)`;

const options = {
  ...AUDIT_INPUT_OPTIONS,
  to: { type: 'string' },
  out: { type: 'string' },
} as const;

/** `YYYY-MM-DDTHH:MM:SSZ`, as both formats write a time. */
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * `tallywitness export`: the recount written in a NIST common data format (docs/interop.md). The
 * inputs are read and checked as `check` reads them (any of the project's or NIST's formats); an input
 * error is exit 2, as is anything the format cannot carry that the file would need. Never replaces a
 * file.
 */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, options);
  if (values.to !== 'err' && values.to !== 'cvr')
    throw new UsageError('--to 只能是 err 或 cvr', '--to must be err or cvr');
  if (!values.out) throw new UsageError('需要 --out', 'needs --out');
  if (!values.election) throw new UsageError('需要 --election', 'needs --election');
  if (values.to === 'cvr' && (!values.ballots || values.boxes || values.tallies || values.announcement))
    throw new UsageError(
      '--to cvr 只需 --election 和 --ballots（ballots.csv）',
      '--to cvr takes --election and --ballots (ballots.csv) only',
    );
  const refused = refusedOutput(values.out);
  if (refused) {
    io.err(refused);
    return 2;
  }
  const sources: AuditSources = Object.fromEntries(
    givenInputs(values)
      .filter((role) => role !== 'announcement')
      .map((role) => {
        const path = values[role] as string;
        return [role, openNodeFile({ name: basename(path), path: resolve(path) }, role)];
      }),
  );
  let basis: RecountBasis | undefined;
  const result = await runAudit(sources, {
    lang: io.lang,
    hasher: nodeSha256Hasher,
    ...(values.encoding === 'utf-8' || values.encoding === 'gb18030' ? { encoding: values.encoding } : {}),
    onRecount: (recount) => (basis = recount),
  });
  if (!result.ok) return inputErrors(io, result.errors);
  sayNistFormats(result.value, io);
  const application = `${TOOL.name} ${TOOL.version}`;
  let text: string;
  if (values.to === 'err') {
    const written = writeElectionReport({ ...basis!, report: result.value, generatedAt: now(), application });
    // The definition lacks what the format needs: named at its JSON path, as any input error is.
    if ('refused' in written)
      return refuse(`${basename(values.election as string)} $.date`, written.refused, io);
    for (const lost of written.lost) io.err(`${values.out}: ${lost.zh} / ${lost.en}`);
    // The format has no word for a count that ballot records leave uncertain: said here instead.
    const uncertain = basis!.uncertainBallots;
    if (uncertain > 0)
      io.err(
        `${values.out}: ${uncertain} 张选票的重复记录内容不同，按各自第一条记录计入；选举报告无法标明这一点 / ` +
          `${groupedCount(uncertain)} ballot(s) have repeated records that differ, counted as their first records give them; the election report cannot say so`,
      );
    text = JSON.stringify(written.report, null, 2);
  } else {
    const ballots = values.ballots as string;
    const decoded = decodeText(
      basename(ballots),
      readFileSync(ballots),
      values.encoding === 'utf-8' || values.encoding === 'gb18030' ? values.encoding : undefined,
    );
    if (!decoded.ok) return reportErrors(decoded.errors, io);
    const written = writeCastVoteRecords({
      election: basis!.election,
      file: basename(ballots),
      text: decoded.value.text,
      generatedAt: now(),
      application,
    });
    if (!written.ok) return reportErrors(written.errors, io);
    text = written.value.join('');
  }
  writeNewFileAtomic(values.out, text + '\n', 0o644);
  io.err(`${values.out}: 已写出 / written`);
  return 0;
}

function refuse(file: string, why: Bilingual, io: CliIo): number {
  io.err(`${file}: ${why.zh} / ${why.en}`);
  return 2;
}

function reportErrors(errors: readonly Parameters<typeof formatInputError>[0][], io: CliIo): number {
  return inputErrors(io, errors);
}
