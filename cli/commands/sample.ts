import { readFileSync } from 'node:fs';
import {
  groupedCount,
  commitmentFileProblem,
  consistentSample,
  createSelection,
  MAX_TICKET_DIGITS,
  populationDigest,
  populationProblems,
  seedProblem,
  serializeSignedFile,
  verifySampleFile,
  DEFAULT_TICKET_DIGITS,
  type CommitmentReference,
  type InputError,
  type OpenedKey,
  type SampledTicket,
  type VerifiedSampleFile,
} from '../../core/index.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { readBoundedFile, RECEIPT_FILE_LIMIT } from '../read-bounded.js';
import { POPULATION_OPTIONS, POPULATION_USAGE, readPopulation, wholeNumberFlag } from '../sample-inputs.js';
import { loadKey, writeNewFileAtomic } from './write-receipt.js';
import { refusedOutput, writeFailure } from '../output-path.js';

export const SAMPLE_USAGE = `tallywitness sample --seed S ${POPULATION_USAGE}
                   [--take N] [--drop K] [--with-replacement] [--digits D] [--format json|text]
                   [--commitment C [--receipt OUT --key K [--label L]]] [--lang zh|en]`;

const options = {
  ...POPULATION_OPTIONS,
  seed: { type: 'string' },
  take: { type: 'string' },
  drop: { type: 'string' },
  'with-replacement': { type: 'boolean', default: false },
  digits: { type: 'string' },
  format: { type: 'string', default: 'text' },
  commitment: { type: 'string' },
  receipt: { type: 'string' },
  key: { type: 'string' },
  label: { type: 'string' },
  lang: { type: 'string' },
} as const;

const COMMITMENT_FILE = { zh: '抽样承诺文件', en: 'a sample commitment file' };

/** Reads and verifies the commitment: its errors, or the verified file. */
export function readCommitment(
  path: string,
): { errors: readonly InputError[] } | { file: VerifiedSampleFile } {
  const read = readBoundedFile(path, RECEIPT_FILE_LIMIT, COMMITMENT_FILE);
  if (!read.ok) return { errors: read.errors };
  const checked = verifySampleFile(read.value, path);
  if (!checked.ok) return { errors: checked.errors };
  return { file: checked.value };
}

function renderText(
  seed: string,
  withReplacement: boolean,
  sample: readonly SampledTicket[],
  lang: 'zh' | 'en',
) {
  const head =
    lang === 'zh'
      ? `随机种子 ${seed}，${withReplacement ? '有放回' : '无放回'}抽样，共 ${sample.length} 项\n序号\t签号\t编号\t第几次抽中`
      : `seed ${seed}, sampling ${withReplacement ? 'with' : 'without'} replacement, ${groupedCount(sample.length)} drawn\n#\tticket\tid\tgeneration`;
  return [head, ...sample.map((t, i) => `${i + 1}\t${t.ticket}\t${t.id}\t${t.generation}`)].join('\n');
}

/**
 * `tallywitness sample`: which boxes or ballots to check by hand, drawn from a public seed with Rivest's
 * consistent sampler. With --commitment, the ids must be those committed to before the seed was drawn
 * (exit 1 when they are not, or when the commitment does not verify); the output names the commitment,
 * and --receipt signs the selection. Exit 2 for bad usage or input.
 */
export async function runSample(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, options);
  const format = values.format;
  if (format !== 'json' && format !== 'text')
    throw new UsageError('--format 只能是 json 或 text', '--format must be json or text');
  if (values.seed === undefined)
    throw new UsageError(`需要 --seed：${SAMPLE_USAGE}`, `needs --seed: ${SAMPLE_USAGE}`);
  const problem = seedProblem(values.seed);
  if (problem) throw new UsageError(`--seed：${problem.zh}`, `--seed: ${problem.en}`);
  const withReplacement = values['with-replacement'];
  const take = wholeNumberFlag('take', values.take, 0, 1_000_000);
  const drop = wholeNumberFlag('drop', values.drop, 0, 1_000_000) ?? 0;
  const digits = wholeNumberFlag('digits', values.digits, 1, MAX_TICKET_DIGITS) ?? DEFAULT_TICKET_DIGITS;
  if (withReplacement && take === undefined)
    throw new UsageError(
      '有放回抽样需要 --take（抽取多少次）',
      'sampling with replacement needs --take (how many draws)',
    );
  if (values.receipt !== undefined && (values.commitment === undefined || values.key === undefined))
    throw new UsageError(
      '--receipt 需要 --commitment 与 --key：抽样结果只能在事先签署的承诺之下签名',
      '--receipt needs --commitment and --key: a selection is signed only under a commitment signed beforehand',
    );
  const refused = values.receipt === undefined ? null : refusedOutput(values.receipt);
  if (refused) {
    io.err(refused);
    return 2;
  }

  // The key is opened before anything is drawn or printed: a bad key file stops the run with no output.
  let key: OpenedKey | undefined;
  if (values.receipt !== undefined) {
    const opened = loadKey(values.key!, process.env);
    if (!opened.ok) return inputErrors(io, opened.errors);
    key = opened.value;
  }

  const read = readPopulation(values);
  if (!read.ok) return inputErrors(io, read.errors);
  const { population } = read.value;

  let commitment: CommitmentReference | undefined;
  if (values.commitment !== undefined) {
    const committed = readCommitment(values.commitment);
    if ('errors' in committed) return inputErrors(io, committed.errors);
    const refused = commitmentFileProblem(committed.file);
    if (refused || committed.file.kind !== 'commitment') {
      io.err(`${values.commitment}: ${refused!.zh} / ${refused!.en}`);
      return 1;
    }
    const mismatches = populationProblems(committed.file.payload.population, populationDigest(population));
    if (mismatches.length > 0) {
      for (const mismatch of mismatches) io.err(`${values.commitment}: ${mismatch.zh} / ${mismatch.en}`);
      return 1;
    }
    commitment = { sha256: committed.file.fileSha256, population: committed.file.payload.population };
  }

  const sample = consistentSample(population.ids, values.seed, {
    withReplacement,
    drop,
    ...(take !== undefined ? { take } : {}),
    digits,
  });
  const output = {
    seed: values.seed,
    withReplacement,
    sample,
    ...(commitment ? { commitment: { sha256: commitment.sha256 } } : {}),
  };
  io.out(
    format === 'json'
      ? JSON.stringify(output, null, 2)
      : renderText(values.seed, withReplacement, sample, io.lang),
  );

  if (values.receipt !== undefined && commitment && key) {
    const label = values.label ?? key.label;
    const signed = createSelection({
      key,
      ...(label ? { label } : {}),
      commitment,
      draw: { seed: values.seed, withReplacement, drop, take: take ?? null, digits },
      sample,
    });
    try {
      writeNewFileAtomic(values.receipt, serializeSignedFile(signed), 0o644);
      const back = verifySampleFile(new Uint8Array(readFileSync(values.receipt)), values.receipt);
      if (!back.ok || !back.value.valid) throw new Error('the file just written does not verify');
      io.err(
        io.lang === 'zh'
          ? `抽样结果已签名写入 ${values.receipt}（签名人指纹 ${back.value.fingerprint}）`
          : `selection signed and written to ${values.receipt} (signer fingerprint ${back.value.fingerprint})`,
      );
    } catch (error) {
      io.err(writeFailure(values.receipt, error));
      return 2;
    }
  }
  return 0;
}
