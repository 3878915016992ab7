import type { Bilingual } from '../model/finding.js';
import { failWith, ok, type Result } from '../model/result.js';
import { canonicalBytes } from '../receipt/canonical-json.js';
import { canonicalProblem } from '../receipt/canonical-problem.js';
import { fingerprint, sha256Hex } from '../receipt/fingerprint.js';
import { HEX_DIGEST, ISO_TIME, ISO_TIME_TEXT, SHA256_HEX, ShapeChecker } from '../receipt/json-shape.js';
import { decodeKey } from '../receipt/parse-receipt.js';
import { tweetnaclSignatureCheck, type SignatureCheck } from '../receipt/signature-check.js';
import { readSignedFile } from '../receipt/signed-file.js';
import { drawMismatches } from './check-sample-files.js';
import { consistentSample } from './consistent-sampler.js';
import { populationDigest, type Population, type PopulationDigest } from './population.js';
import {
  COMMITMENT_FORMAT,
  SELECTION_FORMAT,
  type CommitmentPayload,
  type SelectionPayload,
} from './sample-files.js';
import { enCounts } from '../text/english-count.js';

interface SignedFacts {
  /** Signature good and not a byte of the file changed. */
  readonly valid: boolean;
  readonly signatureValid: boolean;
  readonly layoutIntact: boolean;
  readonly fingerprint: string;
  readonly label?: string;
  /** SHA-256 of the file's bytes: what a selection names its commitment by. */
  readonly fileSha256: string;
}

export type VerifiedSampleFile =
  | (SignedFacts & { readonly kind: 'commitment'; readonly payload: CommitmentPayload })
  | (SignedFacts & { readonly kind: 'selection'; readonly payload: SelectionPayload });

/** Whether parsed JSON is a commitment or selection file (by its payload's format), else null. */
export function sampleFileKind(json: unknown): 'commitment' | 'selection' | null {
  const payload = (json as { payload?: { format?: unknown } } | null)?.payload;
  const format = typeof payload === 'object' && payload !== null ? payload.format : undefined;
  return format === COMMITMENT_FORMAT ? 'commitment' : format === SELECTION_FORMAT ? 'selection' : null;
}

const KINDS = ['boxes', 'ballots', 'ids'] as const;
const SHA: [RegExp, Bilingual] = [SHA256_HEX, HEX_DIGEST];

function checkPopulation(check: ShapeChecker, value: unknown, path: string): void {
  const population = check.object(value, path);
  if (!population) return;
  check.oneOf(population['kind'], `${path}.kind`, KINDS);
  check.wholeNumber(population['count'], `${path}.count`);
  check.matching(population['sha256'], `${path}.sha256`, ...SHA);
}

function checkFileDigest(check: ShapeChecker, value: unknown, path: string): void {
  const digest = check.object(value, path);
  if (!digest) return;
  check.string(digest['name'], `${path}.name`);
  check.matching(digest['sha256'], `${path}.sha256`, ...SHA);
  check.wholeNumber(digest['size'], `${path}.size`);
}

function checkCommitment(check: ShapeChecker, payload: Record<string, unknown>): void {
  checkPopulation(check, payload['population'], '$.payload.population');
  checkFileDigest(check, payload['source'], '$.payload.source');
  if (payload['recountReceipt'] !== undefined)
    checkFileDigest(check, payload['recountReceipt'], '$.payload.recountReceipt');
}

function checkSelection(check: ShapeChecker, payload: Record<string, unknown>): void {
  const commitment = check.object(payload['commitment'], '$.payload.commitment');
  if (commitment) {
    check.matching(commitment['sha256'], '$.payload.commitment.sha256', ...SHA);
    checkPopulation(check, commitment['population'], '$.payload.commitment.population');
  }
  check.matching(payload['seed'], '$.payload.seed', /^[0-9]{20,200}$/, {
    zh: '20 到 200 位数字 0–9',
    en: '20 to 200 digits 0–9',
  });
  if (typeof payload['withReplacement'] !== 'boolean')
    check.problem('$.payload.withReplacement', { zh: '应为 true 或 false', en: 'must be true or false' });
  check.wholeNumber(payload['drop'], '$.payload.drop');
  if (payload['take'] !== null) check.wholeNumber(payload['take'], '$.payload.take');
  check.wholeNumber(payload['digits'], '$.payload.digits');
  check.array(payload['sample'], '$.payload.sample')?.forEach((item, i) => {
    const at = `$.payload.sample[${i}]`;
    const ticket = check.object(item, at);
    if (!ticket) return;
    check.matching(ticket['ticket'], `${at}.ticket`, /^0\.\d+$/, {
      zh: '“0.”开头的小数',
      en: 'a decimal “0.…”',
    });
    check.string(ticket['id'], `${at}.id`);
    check.wholeNumber(ticket['generation'], `${at}.generation`);
  });
}

/**
 * Verifies the bytes of a commitment or selection file: strict UTF-8 JSON, its shape (each problem with
 * its JSON path), the Ed25519 signature over the canonical payload, and the canonical layout. A readable
 * file whose signature fails is `valid: false`, not an error.
 */
export function verifySampleFile(
  bytes: Uint8Array,
  file: string,
  checkSignature: SignatureCheck = tweetnaclSignatureCheck,
): Result<VerifiedSampleFile> {
  const read = readSignedFile(bytes, file);
  if (!read.ok) return read;
  const { json, layoutIntact } = read.value;
  const check = new ShapeChecker(file);
  const root = check.object(json, '$');
  const kind = sampleFileKind(json);
  if (!root || !kind) {
    if (root)
      check.problem('$.payload.format', {
        zh: `应为 "${COMMITMENT_FORMAT}" 或 "${SELECTION_FORMAT}"`,
        en: `must be "${COMMITMENT_FORMAT}" or "${SELECTION_FORMAT}"`,
      });
    return failWith(check.errors);
  }
  for (const key of Object.keys(root))
    if (key !== 'payload' && key !== 'signature')
      check.problem(`$[${JSON.stringify(key)}]`, {
        zh: '文件只有 payload 与 signature 两项',
        en: 'the file holds only payload and signature',
      });
  const payload = root['payload'] as Record<string, unknown>;
  const tool = check.object(payload['tool'], '$.payload.tool');
  if (tool) {
    check.string(tool['name'], '$.payload.tool.name');
    check.string(tool['version'], '$.payload.tool.version');
  }
  if (kind === 'commitment') checkCommitment(check, payload);
  else checkSelection(check, payload);
  check.matching(payload['signedAt'], '$.payload.signedAt', ISO_TIME, ISO_TIME_TEXT);
  const signer = check.object(payload['signer'], '$.payload.signer');
  if (signer && signer['label'] !== undefined) check.string(signer['label'], '$.payload.signer.label');
  const publicKey = signer
    ? decodeKey(check, signer['publicKey'], '$.payload.signer.publicKey', 32)
    : undefined;
  const signature = decodeKey(check, root['signature'], '$.signature', 64);
  const problem = canonicalProblem(payload, '$.payload');
  if (problem) check.problem(problem.path, problem.message);
  if (check.errors.length > 0 || !publicKey || !signature) return failWith(check.errors);

  const signatureValid = checkSignature(canonicalBytes(payload), signature, publicKey);
  const label = signer!['label'] as string | undefined;
  const facts: SignedFacts = {
    valid: signatureValid && layoutIntact,
    signatureValid,
    layoutIntact,
    fingerprint: fingerprint(publicKey),
    ...(label !== undefined ? { label } : {}),
    fileSha256: sha256Hex(bytes),
  };
  return ok(
    kind === 'commitment'
      ? { ...facts, kind, payload: payload as unknown as CommitmentPayload }
      : { ...facts, kind, payload: payload as unknown as SelectionPayload },
  );
}

/** How the ids given differ from those committed to; empty when they are the same ids. */
export function populationProblems(committed: PopulationDigest, given: PopulationDigest): Bilingual[] {
  const problems: Bilingual[] = [];
  if (committed.kind !== given.kind)
    problems.push({
      zh: `承诺针对的是 ${committed.kind}，给出的却是 ${given.kind}`,
      en: `the commitment is to ${committed.kind}, but ${given.kind} were given`,
    });
  if (committed.count !== given.count)
    problems.push({
      zh: `承诺时共 ${committed.count} 个编号，现在是 ${given.count} 个：有编号被增加或删除`,
      en: enCounts`${committed.count} ids were committed to, ${given.count} are given now: ids were added or dropped`,
    });
  else if (committed.sha256 !== given.sha256)
    problems.push({
      zh: '编号数目相同，但编号清单的 SHA-256 与承诺不一致：有编号被更改或替换',
      en: "the same number of ids, but the list's SHA-256 differs from the commitment: ids were changed or replaced",
    });
  return problems;
}

/**
 * Checks a signed selection against the ids it claims to be drawn from: they must be the committed
 * ids, and drawing again with the same seed and parameters must give the same sample (each draw that
 * differs is named).
 */
export function selectionProblems(selection: SelectionPayload, population: Population): Bilingual[] {
  const given = populationDigest(population);
  const problems = populationProblems(selection.commitment.population, given);
  if (problems.length > 0) return problems;
  const again = consistentSample(population.ids, selection.seed, {
    withReplacement: selection.withReplacement,
    drop: selection.drop,
    ...(selection.take !== null ? { take: selection.take } : {}),
    digits: selection.digits,
  });
  return drawMismatches(selection.sample, again, selection.drop + 1);
}
