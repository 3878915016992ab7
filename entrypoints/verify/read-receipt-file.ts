import {
  BUNDLE_FORMAT,
  parseJson,
  verifyBundle,
  verifyReceipt,
  type Result,
  type VerifiedBundle,
  type VerifiedReceipt,
} from '../../core/index.js';

export type VerifiedDocument =
  | { readonly kind: 'receipt'; readonly verified: VerifiedReceipt }
  | { readonly kind: 'bundle'; readonly verified: VerifiedBundle };

/**
 * Reads the text of a receipt or of a bundle of co-signed receipts and checks every signature. A file
 * that is not one (bad JSON, wrong shape) is an InputError naming the line and column or JSON path; a
 * signature that does not verify is an answer (`signatureValid: false`), not an error.
 */
export function readReceiptFile(name: string, text: string): Result<VerifiedDocument> {
  const json = parseJson(name, text.replace(/^\uFEFF/, ''));
  if (!json.ok) return json;
  const value = json.value;
  const isBundle =
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BUNDLE_FORMAT;
  if (isBundle) {
    const verified = verifyBundle(value, name);
    return verified.ok ? { ok: true, value: { kind: 'bundle', verified: verified.value } } : verified;
  }
  const verified = verifyReceipt(value, name);
  return verified.ok ? { ok: true, value: { kind: 'receipt', verified: verified.value } } : verified;
}
