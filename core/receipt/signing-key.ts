import nacl from 'tweetnacl';

/** An Ed25519 key pair as tweetnacl holds it: a 32-byte public key, a 64-byte secret key (seed ‖ public key). */
export interface SigningKey {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** A new key from the platform's secure random source (crypto.getRandomValues, through tweetnacl). */
export function generateSigningKey(): SigningKey {
  return nacl.sign.keyPair();
}

/** The key a 32-byte seed determines (RFC 8032): how key files store keys, and how tests fix one. */
export function signingKeyFromSeed(seed: Uint8Array): SigningKey {
  if (seed.length !== nacl.sign.seedLength)
    throw new RangeError(`seed must be ${nacl.sign.seedLength} bytes`);
  return nacl.sign.keyPair.fromSeed(seed);
}
