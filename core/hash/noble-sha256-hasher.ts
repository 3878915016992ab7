import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Hasher, HasherFactory } from '../model/hash.js';

/**
 * Incremental SHA-256 in plain JavaScript, for browsers: WebCrypto's `digest` takes only a whole
 * buffer, which a file of several GB is not (docs/performance.md). Node uses node:crypto instead.
 */
export const nobleSha256Hasher: HasherFactory = (): Hasher => {
  const hash = sha256.create();
  return {
    update: (chunk) => void hash.update(chunk),
    digestHex: () => bytesToHex(hash.digest()),
  };
};
