import { fail, ok, type Result } from '../model/result.js';
import { canonicalBytes } from './canonical-json.js';
import { canonicalProblem } from './canonical-problem.js';
import { fingerprint, sha256Hex } from './fingerprint.js';
import { parseReceipt } from './parse-receipt.js';
import type { Receipt, ReceiptPayload } from './receipt-format.js';
import { tweetnaclSignatureCheck, type SignatureCheck } from './signature-check.js';

export interface VerifiedReceipt {
  /** Whether the signature is the signer's over the canonical payload. False is an answer, not an error. */
  readonly signatureValid: boolean;
  /** Base64, as in the receipt. */
  readonly publicKey: string;
  /** `fingerprint(publicKey)`: four groups of four hex digits, to read aloud. */
  readonly fingerprint: string;
  readonly label?: string;
  /** Lower-case hex SHA-256 of the canonical payload bytes: what the printed QR code holds. */
  readonly payloadSha256: string;
  readonly payload: ReceiptPayload;
  readonly receipt: Receipt;
}

export interface VerifyOptions {
  /** The Ed25519 implementation; tweetnacl unless given. */
  readonly checkSignature?: SignatureCheck;
}

/**
 * Verifies a receipt (parsed JSON). A receipt of the wrong shape is an InputError with its JSON path;
 * a well-formed receipt whose signature does not verify is a value with `signatureValid: false`.
 */
export function verifyReceipt(
  json: unknown,
  file = 'receipt.json',
  options: VerifyOptions = {},
): Result<VerifiedReceipt> {
  const parsed = parseReceipt(json, file);
  if (!parsed.ok) return parsed;
  const { receipt, publicKey, signature } = parsed.value;
  const problem = canonicalProblem(receipt.payload, '$.payload');
  if (problem) return fail({ file, path: problem.path, message: problem.message });
  const bytes = canonicalBytes(receipt.payload);
  const check = options.checkSignature ?? tweetnaclSignatureCheck;
  const label = receipt.payload.signer.label;
  return ok({
    signatureValid: check(bytes, signature, publicKey),
    publicKey: receipt.payload.signer.publicKey,
    fingerprint: fingerprint(publicKey),
    ...(label !== undefined ? { label } : {}),
    payloadSha256: sha256Hex(bytes),
    payload: receipt.payload,
    receipt,
  });
}
