import type { Result } from '../model/result.js';
import { ok } from '../model/result.js';
import { verifyBundle, type VerifiedBundle } from './combine-receipts.js';
import { BUNDLE_FORMAT } from './receipt-format.js';
import { readSignedFile } from './signed-file.js';
import { verifyReceipt, type VerifiedReceipt, type VerifyOptions } from './verify-receipt.js';

/** A receipt or bundle file checked in full. `valid`: every signature verifies and not a byte was changed. */
export type VerifiedFile =
  | {
      readonly kind: 'receipt';
      readonly valid: boolean;
      readonly layoutIntact: boolean;
      readonly receipt: VerifiedReceipt;
    }
  | {
      readonly kind: 'bundle';
      readonly valid: boolean;
      readonly layoutIntact: boolean;
      readonly bundle: VerifiedBundle;
    };

/**
 * Verifies the bytes of a receipt or bundle file, whichever it is. Unreadable or malformed files are
 * InputErrors (with line and column, or JSON path); a readable file that fails is `valid: false`.
 */
export function verifySignedFile(
  bytes: Uint8Array,
  file: string,
  options: VerifyOptions = {},
): Result<VerifiedFile> {
  const read = readSignedFile(bytes, file);
  if (!read.ok) return read;
  const { json, layoutIntact } = read.value;
  const isBundle =
    typeof json === 'object' &&
    json !== null &&
    (json as Record<string, unknown>)['format'] === BUNDLE_FORMAT;
  if (isBundle) {
    const bundle = verifyBundle(json, file, options);
    if (!bundle.ok) return bundle;
    return ok({
      kind: 'bundle',
      valid: layoutIntact && bundle.value.valid,
      layoutIntact,
      bundle: bundle.value,
    });
  }
  const receipt = verifyReceipt(json, file, options);
  if (!receipt.ok) return receipt;
  return ok({
    kind: 'receipt',
    valid: layoutIntact && receipt.value.signatureValid,
    layoutIntact,
    receipt: receipt.value,
  });
}
