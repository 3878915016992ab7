import {
  announcementRulesOf,
  compareReceiptWithRecount,
  differencesNotListed,
  formatInputError,
  listedDifferences,
  onlyOtherFiles,
  verifySignedFile,
  type ReceiptDifference,
  type VerifiedFile,
  type VerifiedReceipt,
} from '../../core/index.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { readBoundedFile, RECEIPT_FILE, RECEIPT_FILE_LIMIT } from '../read-bounded.js';
import { auditInWorker } from '../run-audit.js';
import { AUDIT_INPUT_OPTIONS, auditRequestFrom, checkOutputFlags, givenInputs } from '../audit-inputs.js';
import { sampleFileBytes, verifySampleCommand } from './verify-sample.js';

export const VERIFY_USAGE = `tallywitness verify R [--election E --boxes B --tallies T --ballots C --announcement A]
                   [--format json|text] [--encoding utf-8|gb18030] [--lang zh|en]
tallywitness verify COMMITMENT|SELECTION [--boxes B | --ballots C | --ids F] [--commitment C] [--format json|text]`;

const options = {
  ...AUDIT_INPUT_OPTIONS,
  ids: { type: 'string' },
  commitment: { type: 'string' },
} as const;

/** The options, typed; bad ones are a bilingual usage error (cli/parse-args.ts). */
function parseOptions(args: readonly string[]) {
  return parseCommandArgs(args, options, true);
}

/** One signer's receipt and how a fresh recount compares with it. */
interface SignerSummary {
  readonly fingerprint: string;
  readonly label: string | null;
  readonly signedAt: string;
  readonly signatureValid: boolean;
  readonly payloadSha256: string;
  /** The first DIFFERENCES_LISTED differences from a recount (null without one). */
  readonly differences: readonly ReceiptDifference[] | null;
  /** How many differences there are in all, listed or not (null without a recount). */
  readonly differenceCount: number | null;
  /** How many of them are not listed in `differences`. */
  readonly differencesNotListed: number | null;
}

function receiptsOf(file: VerifiedFile): readonly VerifiedReceipt[] {
  return file.kind === 'receipt' ? [file.receipt] : file.bundle.receipts;
}

/**
 * `tallywitness verify R`: checks the signature(s) of a receipt or bundle and that not a byte of the file
 * changed; with inputs, reruns the audit and compares inputs and report with each receipt.
 * Exit 0 valid (and matching), 1 not, 2 bad usage or input.
 */
export async function runVerify(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args);
  if (positionals.length !== 1)
    throw new UsageError(`需要一个回执文件：${VERIFY_USAGE}`, `needs one receipt file: ${VERIFY_USAGE}`);
  const format = checkOutputFlags(values);
  // A hand-check commitment or selection (docs/audit.md) is checked by its own rules.
  const sampleFile = sampleFileBytes(positionals[0]!);
  if (sampleFile) return verifySampleCommand(positionals[0]!, sampleFile, { ...values, format }, io);
  if (values.ids !== undefined || values.commitment !== undefined)
    throw new UsageError(
      '--ids 与 --commitment 只用于验证抽样承诺或抽样结果',
      '--ids and --commitment are for verifying a sample commitment or selection only',
    );
  const given = givenInputs(values);

  const path = positionals[0]!;
  const read = readBoundedFile(path, RECEIPT_FILE_LIMIT, RECEIPT_FILE);
  if (!read.ok) {
    for (const error of read.errors) io.err(formatInputError(error));
    return 2;
  }
  const checked = verifySignedFile(read.value, path);
  if (!checked.ok) {
    for (const error of checked.errors) io.err(formatInputError(error));
    return 2;
  }
  const file = checked.value;
  // Asked only of a file that reads: a broken one is first said to be broken, where it is.
  if (given.length > 0 && !values.election && !values.announcement)
    throw new UsageError(
      '重新复核需要 --election（或仅 --announcement）',
      'a recount needs --election (or --announcement alone)',
    );
  const receipts = receiptsOf(file);

  let differences: (readonly ReceiptDifference[])[] | null = null;
  if (given.length > 0) {
    // A receipt over an announcement judged alone by a rule pack is judged again by the same pack.
    const first = receipts[0];
    // An election is recounted under the exact pack version the receipt names, not the newest.
    const rules = values.election || !first ? undefined : announcementRulesOf(first.payload.report);
    const outcome = await auditInWorker({
      ...auditRequestFrom(values, io.lang),
      ...(rules ? { announcementRules: rules } : {}),
      ...(values.election && first ? { receiptRules: first.payload.report.rules } : {}),
    });
    if (!outcome.ok) {
      if ('cancelled' in outcome) io.err('已取消 / cancelled');
      else inputErrors(io, outcome.errors);
      return 2;
    }
    differences = receipts.map((receipt) => compareReceiptWithRecount(receipt.payload, outcome.report));
  }

  const signers: SignerSummary[] = receipts.map((receipt, index) => {
    // The first DIFFERENCES_LISTED listed, all counted: 80,000 of them would be tens of megabytes.
    const listed = differences ? listedDifferences(differences[index]!) : null;
    return {
      fingerprint: receipt.fingerprint,
      label: receipt.label ?? null,
      signedAt: receipt.payload.signedAt,
      signatureValid: receipt.signatureValid,
      payloadSha256: receipt.payloadSha256,
      differences: listed?.listed ?? null,
      differenceCount: listed?.count ?? null,
      differencesNotListed: listed?.notListed ?? null,
    };
  });
  const matches = differences === null ? null : differences.every((list) => list.length === 0);
  const passed = file.valid && matches !== false;
  const summary = {
    file: path,
    kind: file.kind,
    valid: file.valid,
    layoutIntact: file.layoutIntact,
    ...(file.kind === 'bundle'
      ? {
          sameInputs: file.bundle.sameInputs,
          distinctSigners: file.bundle.distinctSigners,
          summaryMatches: file.bundle.summaryMatches,
          agreement: file.bundle.bundle.agreement,
          disagreements: file.bundle.bundle.disagreements,
        }
      : {}),
    recountMatches: matches,
    signers,
  };
  io.out(format === 'json' ? JSON.stringify(summary, null, 2) : renderText(summary, io.lang));
  return passed ? 0 : 1;
}

type Summary = {
  file: string;
  kind: 'receipt' | 'bundle';
  valid: boolean;
  layoutIntact: boolean;
  sameInputs?: boolean;
  distinctSigners?: boolean;
  summaryMatches?: boolean;
  agreement?: boolean;
  disagreements?: readonly { path: string; values: readonly { fingerprint: string; value: unknown }[] }[];
  recountMatches: boolean | null;
  signers: readonly SignerSummary[];
};

function renderText(summary: Summary, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const say = (zhText: string, enText: string) => (zh ? zhText : enText);
  const lines: string[] = [];
  const what = summary.kind === 'bundle' ? say('回执合集', 'bundle') : say('回执', 'receipt');
  // A receipt whose signature holds but whose inputs or recount differ fails (exit 1): its first line
  // says so, rather than "valid" above the differences.
  lines.push(
    !summary.valid
      ? say(`✗ ${what}无效：${summary.file}`, `✗ ${what} does not verify: ${summary.file}`)
      : summary.recountMatches === false
        ? say(
            `✗ ${what}签名有效，但与所给的输入不符：${summary.file}`,
            `✗ the ${what}'s signature is valid, but it does not match the inputs given: ${summary.file}`,
          )
        : say(`✓ ${what}有效：${summary.file}`, `✓ valid ${what}: ${summary.file}`),
  );
  if (!summary.layoutIntact)
    lines.push(
      say(
        '  文件字节与其内容的规范形式不同：写入后被改动或重新排版过',
        '  the file’s bytes are not the canonical form of what it holds: it was edited or reformatted after it was written',
      ),
    );
  if (summary.sameInputs === false)
    lines.push(say('  各回执的输入不同', '  the receipts cover different inputs'));
  if (summary.distinctSigners === false) lines.push(say('  同一签名人出现两次', '  a signer appears twice'));
  if (summary.summaryMatches === false)
    lines.push(say('  合集的摘要与其中的回执不符', '  the bundle’s summary does not match its receipts'));
  for (const signer of summary.signers) {
    const name = signer.label ? ` (${signer.label})` : '';
    const mark = signer.signatureValid
      ? say('签名有效', 'signature valid')
      : say('签名无效', 'signature INVALID');
    lines.push(
      say(
        `  签名人 ${signer.fingerprint}${name}，${signer.signedAt}：${mark}`,
        `  signer ${signer.fingerprint}${name}, ${signer.signedAt}: ${mark}`,
      ),
    );
    lines.push(
      say(
        `    回执核对码（签名内容的 SHA-256）${signer.payloadSha256}`,
        `    receipt check number (SHA-256 of the signed contents) ${signer.payloadSha256}`,
      ),
    );
    if (signer.differences === null) continue;
    if (signer.differences.length === 0)
      lines.push(say('    重新复核结果与回执一致', '    the recount reproduces this receipt'));
    else if (!signer.differencesNotListed && onlyOtherFiles(signer.differences))
      // Files not byte for byte the ones signed (another encoding, a copy saved again) whose recount
      // gives the same report: both facts are said.
      lines.push(
        say(
          '    这些文件不是签名时的那几份，但用它们重新复核，结果与回执相同',
          '    these are not the files that were signed, but their recount gives the same report as the receipt',
        ),
      );
    for (const difference of signer.differences)
      lines.push(`    ${difference.code}: ${zh ? difference.messages.zh : difference.messages.en}`);
    if (signer.differencesNotListed && signer.differenceCount !== null) {
      const more = differencesNotListed({
        count: signer.differenceCount,
        notListed: signer.differencesNotListed,
      });
      lines.push(`    … ${zh ? more.zh : more.en}`);
    }
  }
  if (summary.agreement === true) lines.push(say('  各签名人的报告一致', '  the signers’ reports agree'));
  if (summary.agreement === false) {
    lines.push(say('  各签名人的报告不一致：', '  the signers’ reports disagree:'));
    for (const disagreement of summary.disagreements ?? [])
      lines.push(
        `    ${disagreement.path}: ${disagreement.values.map((value) => `${value.fingerprint} → ${JSON.stringify(value.value)}`).join('; ')}`,
      );
  }
  return lines.join('\n');
}
