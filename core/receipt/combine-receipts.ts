import type { InputDigest } from '../model/report.js';
import { fail, failWith, ok, type InputError, type Result } from '../model/result.js';
import { canonicalJson } from './canonical-json.js';
import { alignFindings } from './align-findings.js';
import { incidentalToReport } from './compare-receipt.js';
import { diffJson } from './diff-json.js';
import { BUNDLE_FORMAT, type Receipt } from './receipt-format.js';
import { verifyReceipt, type VerifiedReceipt, type VerifyOptions } from './verify-receipt.js';
import { pushAll } from '../model/long-lists.js';

export interface BundleSigner {
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly label?: string;
  readonly signedAt: string;
}

/** A field on which the co-signers' receipts differ, with each signer's value (null where absent). */
export interface Disagreement {
  /** JSON path inside the payload: `$.report.contests[0].candidates[1].votes`. */
  readonly path: string;
  readonly values: readonly { readonly fingerprint: string; readonly value: unknown }[];
}

/**
 * Several observers' receipts over the same inputs. The receipts are kept whole, each verifiable on its
 * own; `inputs`, `signers`, `agreement` and `disagreements` are derived from them and re-derived on
 * verification, so that editing them is detected too.
 */
export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT;
  /** The inputs every receipt covers, by role. */
  readonly inputs: readonly InputDigest[];
  readonly signers: readonly BundleSigner[];
  readonly agreement: boolean;
  readonly disagreements: readonly Disagreement[];
  readonly receipts: readonly Receipt[];
}

const inputKey = (inputs: readonly InputDigest[]) =>
  [...inputs]
    .map((input) => `${input.role}:${input.sha256}`)
    .sort()
    .join('\n');

/**
 * What observers are expected to agree on: the rules and the report, file names and language aside, with
 * the report's findings lined up with the first receipt's (the order they are listed in is presentation).
 */
function comparable(receipt: VerifiedReceipt, first: VerifiedReceipt) {
  const report = receipt.payload.report;
  const findings =
    receipt === first ? report.findings : alignFindings(first.payload.report.findings, report.findings);
  return { rules: receipt.payload.rules, report: { ...report, findings } };
}
const ignored = (path: string) =>
  path.startsWith('$.report') && incidentalToReport(path.replace('$.report', '$'));

function disagreementsOf(verified: readonly VerifiedReceipt[]): Disagreement[] {
  const [first, ...others] = verified;
  if (!first) return [];
  const compared = new Map(verified.map((receipt) => [receipt, comparable(receipt, first)]));
  const paths = new Set(
    others.flatMap((other) => diffJson(compared.get(first), compared.get(other), ignored).map((d) => d.path)),
  );
  return [...paths].sort().map((path) => ({
    path,
    values: verified.map((receipt) => ({
      fingerprint: receipt.fingerprint,
      value: valueAt(compared.get(receipt), path) ?? null,
    })),
  }));
}

/** The value at a path diffJson produced (`$.a.b[2]["odd key"]`). */
function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const [, name, index, quoted] of path
    .slice(1)
    .matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (typeof value !== 'object' || value === null) return undefined;
    const key = name ?? (quoted !== undefined ? (JSON.parse(quoted) as string) : Number(index));
    value = Object.prototype.hasOwnProperty.call(value, key)
      ? (value as Record<string | number, unknown>)[key]
      : undefined;
  }
  return value;
}

function summarize(verified: readonly VerifiedReceipt[]): Bundle {
  const disagreements = disagreementsOf(verified);
  return {
    format: BUNDLE_FORMAT,
    inputs: [...(verified[0]?.payload.inputs ?? [])].sort((a, b) =>
      a.role < b.role ? -1 : a.role > b.role ? 1 : 0,
    ),
    signers: verified.map((receipt) => ({
      publicKey: receipt.publicKey,
      fingerprint: receipt.fingerprint,
      ...(receipt.label !== undefined ? { label: receipt.label } : {}),
      signedAt: receipt.payload.signedAt,
    })),
    agreement: disagreements.length === 0,
    disagreements,
    receipts: verified.map((receipt) => receipt.receipt),
  };
}

/** Problems that keep receipts from being combined: bad signatures, other inputs, one signer twice. */
function combinationProblems(
  verified: readonly VerifiedReceipt[],
  nameOf: (index: number) => string,
): InputError[] {
  const errors: InputError[] = [];
  const [first] = verified;
  verified.forEach((receipt, index) => {
    const file = nameOf(index);
    if (!receipt.signatureValid)
      errors.push({
        file,
        path: '$.signature',
        message: { zh: '签名无效，不能合并', en: 'the signature does not verify; not combined' },
      });
    if (first && inputKey(receipt.payload.inputs) !== inputKey(first.payload.inputs))
      errors.push({
        file,
        path: '$.payload.inputs',
        message: {
          zh: `输入与 ${nameOf(0)} 不同（SHA-256 不一致）：只能合并对同一批输入的复核`,
          en: `inputs differ from those of ${nameOf(0)} (SHA-256 mismatch): only recounts of the same inputs can be combined`,
        },
      });
    const earlier = verified.findIndex((other) => other.publicKey === receipt.publicKey);
    if (earlier < index)
      errors.push({
        file,
        path: '$.payload.signer.publicKey',
        message: {
          zh: `与 ${nameOf(earlier)} 是同一签名人（${receipt.fingerprint}）`,
          en: `same signer as ${nameOf(earlier)} (${receipt.fingerprint})`,
        },
      });
  });
  return errors;
}

function verifyEach(
  receipts: readonly unknown[],
  fileOf: (index: number) => string,
  pathOf: (index: number) => string,
  options: VerifyOptions,
): Result<VerifiedReceipt[]> {
  const errors: InputError[] = [];
  const verified: VerifiedReceipt[] = [];
  receipts.forEach((json, index) => {
    const result = verifyReceipt(json, fileOf(index), options);
    if (result.ok) verified.push(result.value);
    else
      pushAll(
        errors,
        result.errors.map((error) =>
          error.path !== undefined ? { ...error, path: pathOf(index) + error.path.slice(1) } : error,
        ),
      );
  });
  return errors.length > 0 ? failWith(errors) : ok(verified);
}

/**
 * Co-signs: combines receipts of several observers who recounted the same inputs into one bundle.
 * Refused (with every reason): a malformed receipt, a signature that does not verify, receipts over
 * different inputs, the same key twice, or no receipt at all. Differing reports are not refused: they
 * are the point, and are listed as disagreements.
 */
export function combineReceipts(
  receipts: readonly unknown[],
  names: readonly string[] = [],
  options: VerifyOptions = {},
): Result<Bundle> {
  const nameOf = (index: number) => names[index] ?? `receipt #${index + 1}`;
  if (receipts.length === 0)
    return fail({ file: 'bundle', message: { zh: '没有可合并的回执', en: 'no receipts to combine' } });
  const checked = verifyEach(receipts, nameOf, () => '$', options);
  if (!checked.ok) return checked;
  const errors = combinationProblems(checked.value, nameOf);
  return errors.length > 0 ? failWith(errors) : ok(summarize(checked.value));
}

export interface VerifiedBundle {
  readonly receipts: readonly VerifiedReceipt[];
  /** Every receipt's signature verifies. */
  readonly allSignaturesValid: boolean;
  /** Every receipt covers the same inputs (by role and SHA-256). */
  readonly sameInputs: boolean;
  /** No key signs twice. */
  readonly distinctSigners: boolean;
  /** The bundle's inputs, signers, agreement and disagreements are what its receipts give, and nothing else is in it. */
  readonly summaryMatches: boolean;
  /** All of the above: the bundle verifies. Whether the observers agree is `bundle.agreement`. */
  readonly valid: boolean;
  /** The bundle as re-derived from its receipts: trust this, not the stored summary. */
  readonly bundle: Bundle;
}

/** Verifies a bundle (parsed JSON): every receipt's signature, their common inputs, and the summary. */
export function verifyBundle(
  json: unknown,
  file = 'bundle.json',
  options: VerifyOptions = {},
): Result<VerifiedBundle> {
  const root =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  if (!root) return fail({ file, path: '$', message: { zh: '应为 JSON 对象', en: 'must be a JSON object' } });
  if (root['format'] !== BUNDLE_FORMAT)
    return fail({
      file,
      path: '$.format',
      message: {
        zh: `不是回执合集（应为 "${BUNDLE_FORMAT}"）`,
        en: `not a bundle (expected "${BUNDLE_FORMAT}")`,
      },
    });
  const receipts = root['receipts'];
  if (!Array.isArray(receipts) || receipts.length === 0)
    return fail({
      file,
      path: '$.receipts',
      message: { zh: '应为非空的回执数组', en: 'must be a non-empty array of receipts' },
    });
  const checked = verifyEach(
    receipts,
    () => file,
    (index) => `$.receipts[${index}]`,
    options,
  );
  if (!checked.ok) return checked;
  const verified = checked.value;
  const bundle = summarize(verified);
  const firstInputs = inputKey(verified[0]!.payload.inputs);
  const allSignaturesValid = verified.every((receipt) => receipt.signatureValid);
  const sameInputs = verified.every((receipt) => inputKey(receipt.payload.inputs) === firstInputs);
  const distinctSigners = new Set(verified.map((receipt) => receipt.publicKey)).size === verified.length;
  let summaryMatches: boolean;
  try {
    summaryMatches = canonicalJson(root) === canonicalJson(bundle);
  } catch {
    summaryMatches = false; // a lone surrogate outside the receipts: not what summarize() writes
  }
  return ok({
    receipts: verified,
    allSignaturesValid,
    sameInputs,
    distinctSigners,
    summaryMatches,
    valid: allSignaturesValid && sameInputs && distinctSigners && summaryMatches,
    bundle,
  });
}
