import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  groupedCount,
  createCommitment,
  populationDigest,
  serializeSignedFile,
  sha256Hex,
  verifySampleFile,
  verifySignedFile,
  type FileDigest,
} from '../../core/index.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { readBoundedFile, RECEIPT_FILE, RECEIPT_FILE_LIMIT } from '../read-bounded.js';
import { POPULATION_OPTIONS, POPULATION_USAGE, readPopulation } from '../sample-inputs.js';
import { loadKey, writeNewFileAtomic } from './write-receipt.js';
import { refusedOutput, writeFailure } from '../output-path.js';

export const COMMIT_USAGE = `tallywitness commit ${POPULATION_USAGE} --key K --out C
                   [--recount-receipt R] [--label L] [--lang zh|en]`;

const options = {
  ...POPULATION_OPTIONS,
  key: { type: 'string' },
  out: { type: 'string' },
  'recount-receipt': { type: 'string' },
  label: { type: 'string' },
  lang: { type: 'string' },
} as const;

/**
 * The recount's receipt, checked: it must verify, and when the ids come from boxes.csv or ballots.csv
 * that file must be the one the recount was signed for. Its digest, or the exit status after a message.
 */
function recountReceiptDigest(
  path: string,
  source: FileDigest,
  role: string,
  io: CliIo,
): FileDigest | number {
  const read = readBoundedFile(path, RECEIPT_FILE_LIMIT, RECEIPT_FILE);
  if (!read.ok) return inputErrors(io, read.errors);
  const checked = verifySignedFile(read.value, path);
  if (!checked.ok) return inputErrors(io, checked.errors);
  if (!checked.value.valid) {
    io.err(`${path}: 复核回执未通过验证 / the recount receipt does not verify`);
    return 1;
  }
  const receipts = checked.value.kind === 'receipt' ? [checked.value.receipt] : checked.value.bundle.receipts;
  const inputs = receipts[0]?.payload.inputs ?? [];
  if (role !== 'ids' && !inputs.some((input) => input.role === role && input.sha256 === source.sha256)) {
    io.err(
      `${path}: 该复核回执不是用这份 ${source.name} 做的（SHA-256 不在其输入之中） / ` +
        `the recount receipt was not made from this ${source.name} (its SHA-256 is not among its inputs)`,
    );
    return 2;
  }
  return { name: basename(path), sha256: sha256Hex(read.value), size: read.value.length };
}

/**
 * `tallywitness commit`: signs a commitment to the ids the hand check will be drawn from (their count
 * and the SHA-256 of their sorted list), optionally tied to the recount's receipt. Done before the seed
 * is drawn, it keeps anyone from adding or dropping a box once the seed is known.
 */
export async function runCommit(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, options);
  if (!values.key || !values.out)
    throw new UsageError(`需要 --key 与 --out：${COMMIT_USAGE}`, `needs --key and --out: ${COMMIT_USAGE}`);
  const refused = refusedOutput(values.out);
  if (refused) {
    io.err(refused);
    return 2;
  }
  const read = readPopulation(values);
  if (!read.ok) return inputErrors(io, read.errors);
  const { population, source } = read.value;
  let recountReceipt: FileDigest | undefined;
  if (values['recount-receipt'] !== undefined) {
    const digest = recountReceiptDigest(values['recount-receipt'], source, population.kind, io);
    if (typeof digest === 'number') return digest;
    recountReceipt = digest;
  }
  const key = loadKey(values.key, process.env);
  if (!key.ok) return inputErrors(io, key.errors);
  const label = values.label ?? key.value.label;
  const committed = populationDigest(population);
  const signed = createCommitment({
    key: key.value,
    ...(label ? { label } : {}),
    population: committed,
    source,
    ...(recountReceipt ? { recountReceipt } : {}),
  });
  try {
    writeNewFileAtomic(values.out, serializeSignedFile(signed), 0o644);
    const back = verifySampleFile(new Uint8Array(readFileSync(values.out)), values.out);
    if (!back.ok || !back.value.valid) throw new Error('the file just written does not verify');
    io.err(
      io.lang === 'zh'
        ? `已签署对 ${committed.count} 个编号的承诺，写入 ${values.out}（文件 SHA-256 ${back.value.fileSha256}，签名人指纹 ${back.value.fingerprint}）。请在掷骰子之前把它交给在场各方。`
        : `commitment to ${groupedCount(committed.count)} ids signed and written to ${values.out} (file SHA-256 ${back.value.fileSha256}, signer fingerprint ${back.value.fingerprint}). Hand it round before the dice are rolled.`,
    );
  } catch (error) {
    io.err(writeFailure(values.out, error));
    return 2;
  }
  return 0;
}
