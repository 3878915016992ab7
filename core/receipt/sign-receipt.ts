import nacl from 'tweetnacl';
import { toBase64 } from './base64.js';
import { buildReceiptPayload, type ReceiptPayloadInit } from './build-receipt-payload.js';
import { canonicalBytes } from './canonical-json.js';
import type { Receipt, ReceiptSigner } from './receipt-format.js';
import type { SigningKey } from './signing-key.js';

/**
 * Signs the payload's canonical bytes with a detached Ed25519 signature. The key must be the payload's
 * signer. Any signed file of the project (receipt, sample commitment, selection) is signed this way.
 */
export function signReceipt<P extends { readonly signer: ReceiptSigner }>(
  payload: P,
  secretKey: Uint8Array,
): { readonly payload: P; readonly signature: string } {
  if (secretKey.length !== nacl.sign.secretKeyLength)
    throw new RangeError(`secret key must be ${nacl.sign.secretKeyLength} bytes`);
  if (toBase64(secretKey.subarray(32)) !== payload.signer.publicKey)
    throw new RangeError('the secret key is not the key named in payload.signer.publicKey');
  const signature = nacl.sign.detached(canonicalBytes(payload), secretKey);
  return { payload, signature: toBase64(signature) };
}

/** Builds the payload for a key and signs it: what a caller with a report and a key wants. */
export function createReceipt(
  init: Omit<ReceiptPayloadInit, 'publicKey'> & { readonly key: SigningKey },
): Receipt {
  const { key, ...rest } = init;
  return signReceipt(buildReceiptPayload({ ...rest, publicKey: key.publicKey }), key.secretKey);
}
