import {
  namedCommitmentProblems,
  populationDigest,
  populationProblems,
  pushAll,
  sampleFileKind,
  selectionProblems,
  verifySampleFile,
  type Bilingual,
} from '../../core/index.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { UsageError } from '../parse-args.js';
import { readBoundedFile, RECEIPT_FILE, RECEIPT_FILE_LIMIT } from '../read-bounded.js';
import { readPopulation } from '../sample-inputs.js';
import { readCommitment } from './sample.js';

/** The bytes of the file when it is a commitment or a selection, else null (a receipt or bundle, or unreadable). */
export function sampleFileBytes(path: string): Uint8Array | null {
  const read = readBoundedFile(path, RECEIPT_FILE_LIMIT, RECEIPT_FILE);
  if (!read.ok) return null;
  try {
    return sampleFileKind(JSON.parse(new TextDecoder().decode(read.value))) ? read.value : null;
  } catch {
    return null; // not JSON: the receipt reader says where
  }
}

interface SampleVerifyFlags {
  readonly format: 'json' | 'text';
  readonly boxes?: string | undefined;
  readonly ballots?: string | undefined;
  readonly ids?: string | undefined;
  readonly commitment?: string | undefined;
  readonly election?: string | undefined;
  readonly tallies?: string | undefined;
  readonly announcement?: string | undefined;
}

/**
 * `verify C` or `verify S` for a commitment or selection file: the signature and layout; with the ids'
 * file, that they are the ids committed to (and, for a selection, that drawing again gives the same
 * sample); with --commitment C for a selection, that S names C and C verifies. Exit 0 when everything
 * holds, 1 when something does not, 2 for bad usage or input.
 */
export function verifySampleCommand(
  path: string,
  bytes: Uint8Array,
  flags: SampleVerifyFlags,
  io: CliIo,
): number {
  if (flags.election || flags.tallies || flags.announcement)
    throw new UsageError(
      '抽样承诺或抽样结果只能配 --boxes、--ballots、--ids 或 --commitment 验证',
      'a commitment or selection is verified with --boxes, --ballots, --ids or --commitment only',
    );
  const checked = verifySampleFile(bytes, path);
  if (!checked.ok) return inputErrors(io, checked.errors);
  const file = checked.value;
  const problems: Bilingual[] = [];
  const given = [flags.boxes, flags.ballots, flags.ids].some((flag) => flag !== undefined);
  if (given) {
    const read = readPopulation(flags);
    if (!read.ok) return inputErrors(io, read.errors);
    pushAll(
      problems,
      file.kind === 'commitment'
        ? populationProblems(file.payload.population, populationDigest(read.value.population))
        : selectionProblems(file.payload, read.value.population),
    );
  }
  if (flags.commitment !== undefined) {
    if (file.kind !== 'selection')
      throw new UsageError('--commitment 只用于验证抽样结果', '--commitment is for verifying a selection');
    const committed = readCommitment(flags.commitment);
    if ('errors' in committed) return inputErrors(io, committed.errors);
    problems.push(...namedCommitmentProblems(file.payload, committed.file));
  }
  const summary = {
    file: path,
    kind: file.kind,
    valid: file.valid,
    layoutIntact: file.layoutIntact,
    fileSha256: file.fileSha256,
    signer: { fingerprint: file.fingerprint, label: file.label ?? null, signedAt: file.payload.signedAt },
    problems,
  };
  if (flags.format === 'json') io.out(JSON.stringify(summary, null, 2));
  else {
    const what = file.kind === 'commitment' ? ['抽样承诺', 'sample commitment'] : ['抽样结果', 'selection'];
    const lines = [
      io.lang === 'zh'
        ? `${path}：${what[0]}，${file.valid ? '签名有效、文件未改动' : '未通过验证'}；签名人指纹 ${file.fingerprint}${file.label ? `（${file.label}）` : ''}，签于 ${file.payload.signedAt}；文件 SHA-256 ${file.fileSha256}`
        : `${path}: ${what[1]}, ${file.valid ? 'signature valid, file unchanged' : 'does not verify'}; signer fingerprint ${file.fingerprint}${file.label ? ` (${file.label})` : ''}, signed ${file.payload.signedAt}; file SHA-256 ${file.fileSha256}`,
      ...problems.map((problem) => `  ✗ ${problem[io.lang]}`),
    ];
    io.out(lines.join('\n'));
  }
  return file.valid && problems.length === 0 ? 0 : 1;
}
