import { hexToBytes, bytesToHex } from '@noble/hashes/utils.js';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';
import { buildReceiptPayload } from './build-receipt-payload.js';
import { canonicalBytes } from './canonical-json.js';
import { sha256Hex } from './fingerprint.js';
import type { ReceiptPayload } from './receipt-format.js';
import { signReceipt } from './sign-receipt.js';
import { signingKeyFromSeed } from './signing-key.js';
import { SAMPLE_REPORT } from './testing/sample-report.js';
import { testKey } from './testing/sample-receipt.js';
import vector from './vectors/ed25519-known-answer.json';

describe('signReceipt: known answers', () => {
  it('RFC 8032 §7.1 TEST 1 pins the primitive', () => {
    const t = vector.rfc8032Test1;
    const key = signingKeyFromSeed(hexToBytes(t.secretKey));
    expect(bytesToHex(key.publicKey)).toBe(t.publicKey);
    expect(bytesToHex(nacl.sign.detached(new Uint8Array(0), key.secretKey))).toBe(t.signature);
  });

  it('a fixed seed and payload give the recorded public key, payload digest and signature', () => {
    const key = signingKeyFromSeed(hexToBytes(vector.seed));
    expect(bytesToHex(key.publicKey)).toBe(vector.publicKey);
    const payload = vector.payload as unknown as ReceiptPayload;
    expect(sha256Hex(canonicalBytes(payload))).toBe(vector.payloadSha256);
    const receipt = signReceipt(payload, key.secretKey);
    expect(bytesToHex(fromBase64(receipt.signature)!)).toBe(vector.signature);
  });

  it('the recorded payload is what buildReceiptPayload makes today from the sample report', () => {
    const payload = buildReceiptPayload({
      report: SAMPLE_REPORT,
      publicKey: hexToBytes(vector.publicKey),
      label: '观察员 甲 / observer A',
      signedAt: new Date('2024-05-12T08:30:00Z'),
    });
    expect(payload).toEqual(vector.payload);
  });
});

describe('signReceipt', () => {
  it('signs the canonical bytes, so key order in memory does not matter', () => {
    const key = testKey();
    const payload = buildReceiptPayload({
      report: SAMPLE_REPORT,
      publicKey: key.publicKey,
      signedAt: new Date(0),
    });
    const reordered = Object.fromEntries(Object.entries(payload).reverse()) as unknown as ReceiptPayload;
    expect(signReceipt(reordered, key.secretKey).signature).toBe(
      signReceipt(payload, key.secretKey).signature,
    );
  });

  it('refuses a key that is not the payload signer', () => {
    const payload = buildReceiptPayload({ report: SAMPLE_REPORT, publicKey: testKey(1).publicKey });
    expect(() => signReceipt(payload, testKey(2).secretKey)).toThrow(/not the key/);
    expect(() => signReceipt(payload, new Uint8Array(32))).toThrow(RangeError);
  });

  it('keeps signing time to whole seconds in UTC and copies the inputs from the report', () => {
    const payload = buildReceiptPayload({
      report: SAMPLE_REPORT,
      publicKey: testKey().publicKey,
      signedAt: new Date('2024-05-12T16:30:00.789+08:00'),
    });
    expect(payload.signedAt).toBe('2024-05-12T08:30:00Z');
    expect(payload.inputs).toEqual(SAMPLE_REPORT.inputs);
    expect(payload.signer).toEqual({ publicKey: toBase64(testKey().publicKey) });
    expect(payload.rules.id).toBe('cn-village');
    expect(payload.rules.params['firstRound']).toEqual({ num: 1, den: 2, strict: true, base: 'cast' });
    expect(payload.rules.params).not.toHaveProperty('sources');
  });
});
