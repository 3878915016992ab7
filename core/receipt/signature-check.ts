import nacl from 'tweetnacl';

/**
 * Checks a detached Ed25519 signature. tweetnacl by default; a caller that verifies many receipts may
 * pass a faster one (WebCrypto, node:crypto) with the same answers.
 */
export type SignatureCheck = (message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) => boolean;

export const tweetnaclSignatureCheck: SignatureCheck = (message, signature, publicKey) =>
  nacl.sign.detached.verify(message, signature, publicKey);
