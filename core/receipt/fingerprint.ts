import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * A key's fingerprint, short enough to read aloud over the phone: the first 8 bytes of the SHA-256 of
 * the 32-byte raw public key, as 4 groups of 4 upper-case hex digits (`3F2A 9C01 77B0 E4D2`). 64 bits:
 * enough to tell keys apart by ear, not to stand in for the key where forgery is the worry.
 */
export function fingerprint(publicKey: Uint8Array): string {
  const hex = bytesToHex(sha256(publicKey).subarray(0, 8)).toUpperCase();
  return (hex.match(/.{4}/g) ?? []).join(' ');
}

/** Lower-case hex SHA-256 of some bytes (a payload's digest, shown as text and as a QR code). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
