import { createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Checks a receipt's signature the way an outsider would: node:crypto's Ed25519 over the RFC 8785
 * canonical payload, with nothing from the project's own signing code.
 */
export function receiptSignatureValid(receipt: {
  payload: { signer: { publicKey: string } };
  signature: string;
}): boolean {
  const raw = Buffer.from(receipt.payload.signer.publicKey, 'base64');
  if (raw.length !== 32) return false;
  const key = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
  const message = Buffer.from(canonicalize(receipt.payload) ?? '', 'utf8');
  return verify(null, message, key, Buffer.from(receipt.signature, 'base64'));
}
