import { readFileSync } from 'node:fs';
import {
  combineSignedFiles,
  englishCount,
  formatInputError,
  serializeSignedFile,
  verifySignedFile,
  type Bundle,
  type SignedFileBytes,
} from '../../core/index.js';
import type { CliIo } from '../cli-io.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { readBoundedFile, RECEIPT_FILE, RECEIPT_FILE_LIMIT } from '../read-bounded.js';
import { looksLikeLiveTally, runLiveTallyBundle } from './compare-live-tallies.js';
import { writeNewFileAtomic } from './write-receipt.js';
import { refusedOutput, writeFailure } from '../output-path.js';

export const BUNDLE_USAGE = 'tallywitness bundle R1 R2 [...] --out B [--format json|text] [--lang zh|en]';

const options = {
  out: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string' },
} as const;

/** What the command reports: who signed, and where their reports differ. */
function summaryOf(out: string, bundle: Bundle) {
  return {
    file: out,
    signers: bundle.signers.map((signer) => ({
      fingerprint: signer.fingerprint,
      label: signer.label ?? null,
      signedAt: signer.signedAt,
    })),
    agreement: bundle.agreement,
    disagreements: bundle.disagreements,
  };
}

function signerLines(bundle: Bundle, lang: 'zh' | 'en'): string[] {
  return bundle.signers.map((signer) => {
    const name = signer.label ? ` (${signer.label})` : '';
    return lang === 'zh'
      ? `  签名人 ${signer.fingerprint}${name}，${signer.signedAt}`
      : `  signer ${signer.fingerprint}${name}, ${signer.signedAt}`;
  });
}

function disagreementLines(bundle: Bundle, lang: 'zh' | 'en'): string[] {
  const count = bundle.disagreements.length;
  return [
    lang === 'zh'
      ? `各签名人的报告有 ${count} 处不一致（合集已写入；分歧本身就是给读者的发现）：`
      : `the signers’ reports disagree in ${englishCount(count, 'place')} (the bundle is written; the disagreement is itself a finding for its readers):`,
    ...bundle.disagreements.map(
      (disagreement) =>
        `  ${disagreement.path}: ${disagreement.values.map((value) => `${value.fingerprint} → ${JSON.stringify(value.value)}`).join('; ')}`,
    ),
  ];
}

/**
 * `tallywitness bundle R1 R2 … --out B`: co-signs. Combines the receipts (or bundles) of observers who
 * recounted the same inputs into a new bundle file, written whole and never over an existing file.
 * Exit 0 when the signers agree; 1 when their reports differ (the bundle is still written, and the
 * differences go to standard error); 2 for bad usage, an unreadable file, a file that does not verify,
 * receipts over different inputs or one key twice (nothing is written). Given live tally records
 * instead of receipts, compares them ballot by ballot (runLiveTallyBundle).
 */
export async function runBundle(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options, true);
  // Two observers' live tallies of one box are compared, not co-signed (compare-live-tallies.ts).
  if (positionals.some(looksLikeLiveTally)) return runLiveTallyBundle(values, positionals, io);
  if (!values.out) throw new UsageError(`需要 --out：${BUNDLE_USAGE}`, `needs --out: ${BUNDLE_USAGE}`);
  if (positionals.length < 2)
    throw new UsageError(
      `需要至少两个回执文件：${BUNDLE_USAGE}`,
      `needs at least two receipt files: ${BUNDLE_USAGE}`,
    );
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format 只能是 json 或 text', '--format must be json or text');
  const out = values.out;
  const refused = refusedOutput(out);
  if (refused) {
    io.err(refused);
    return 2;
  }

  const files: SignedFileBytes[] = [];
  for (const path of positionals) {
    const read = readBoundedFile(path, RECEIPT_FILE_LIMIT, RECEIPT_FILE);
    if (!read.ok) {
      for (const error of read.errors) io.err(formatInputError(error));
      return 2;
    }
    files.push({ name: path, bytes: read.value });
  }
  const combined = combineSignedFiles(files);
  if (!combined.ok) {
    for (const error of combined.errors) io.err(formatInputError(error));
    io.err(`未写入 ${out} / ${out} not written`);
    return 2;
  }
  const bundle = combined.value;
  try {
    writeNewFileAtomic(out, serializeSignedFile(bundle), 0o644);
    const check = verifySignedFile(readFileSync(out), out);
    if (!check.ok || !check.value.valid) throw new Error('the bundle just written does not verify');
  } catch (error) {
    io.err(writeFailure(out, error));
    return 2;
  }

  if (values.format === 'json') io.out(JSON.stringify(summaryOf(out, bundle), null, 2));
  else
    io.out(
      [
        io.lang === 'zh'
          ? `联署包已写入 ${out}（${bundle.signers.length} 位签名人）`
          : `bundle written to ${out} (${englishCount(bundle.signers.length, 'signer')})`,
        ...signerLines(bundle, io.lang),
        ...(bundle.agreement
          ? [io.lang === 'zh' ? '  各签名人的报告一致' : '  the signers’ reports agree']
          : []),
      ].join('\n'),
    );
  if (bundle.agreement) return 0;
  io.err(disagreementLines(bundle, io.lang).join('\n'));
  return 1;
}
