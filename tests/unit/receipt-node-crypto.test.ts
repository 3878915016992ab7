// Receipts checked with Node's own Ed25519 (node:crypto, OpenSSL), which shares no code with tweetnacl.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serializeSignedFile, verifySignedFile, type Report, type SignatureCheck } from '../../core/index.js';
import { sampleReceipt } from '../../core/receipt/testing/sample-receipt.js';
import { SAMPLE_REPORT } from '../../core/receipt/testing/sample-report.js';
import vector from '../../core/receipt/vectors/ed25519-known-answer.json';
import { canonicalBytes } from '../../core/index.js';

const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
const publicKeyObject = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });

const keys = new Map<string, KeyObject>();
const nodeCheck: SignatureCheck = (message, signature, publicKey) => {
  const id = Buffer.from(publicKey).toString('hex');
  let key = keys.get(id);
  if (!key) keys.set(id, (key = publicKeyObject(publicKey)));
  return verify(null, message, key, signature);
};

describe('known answers, checked with node:crypto', () => {
  it('the recorded signature verifies under the recorded key, and fails for another payload', () => {
    const bytes = canonicalBytes(vector.payload);
    const key = Buffer.from(vector.publicKey, 'hex');
    const signature = Buffer.from(vector.signature, 'hex');
    expect(nodeCheck(bytes, signature, key)).toBe(true);
    expect(
      nodeCheck(canonicalBytes({ ...vector.payload, signedAt: '2024-05-12T08:30:01Z' }), signature, key),
    ).toBe(false);
  });

  it('RFC 8032 TEST 1', () => {
    const t = vector.rfc8032Test1;
    expect(
      nodeCheck(new Uint8Array(0), Buffer.from(t.signature, 'hex'), Buffer.from(t.publicKey, 'hex')),
    ).toBe(true);
  });
});

describe('every single-byte change of a receipt file fails', () => {
  // A small receipt keeps the loop short: the sample report without its finding and box rows.
  const small: Report = { ...SAMPLE_REPORT, findings: [], boxes: [] };
  const text = serializeSignedFile(sampleReceipt(0, small, '甲'));
  const original = new TextEncoder().encode(text);

  it('the unchanged file verifies', () => {
    const result = verifySignedFile(original, 'r.json', { checkSignature: nodeCheck });
    expect(result.ok && result.value.valid).toBe(true);
  });

  /** Every mutation of the file that still verifies, as "byte i → value" (none is expected). */
  function survivors(values: (original: number) => readonly number[]): { tried: number; survived: string[] } {
    const survived: string[] = [];
    let tried = 0;
    const bytes = new Uint8Array(original);
    const valid = (candidate: Uint8Array) => {
      tried++;
      const result = verifySignedFile(candidate, 'r.json', { checkSignature: nodeCheck });
      return result.ok && result.value.valid;
    };
    for (let i = 0; i < original.length; i++) {
      for (const value of values(original[i]!)) {
        bytes[i] = value;
        if (valid(bytes)) survived.push(`byte ${i} → 0x${value.toString(16)}`);
      }
      bytes[i] = original[i]!;
      if (valid(new Uint8Array([...original.subarray(0, i), ...original.subarray(i + 1)])))
        survived.push(`byte ${i} deleted`);
    }
    return { tried, survived };
  }

  // The fast run: the lowest bit of each byte flipped (a digit, letter or space becomes its neighbour).
  it('each byte with its lowest bit flipped, or deleted', () => {
    const { tried, survived } = survivors((byte) => [byte ^ 1]);
    expect(tried).toBe(original.length * 2);
    expect(survived).toEqual([]);
  }, 60_000);

  // All 255 other values of every byte: several hundred thousand verifications, about 6 minutes on a busy 2-core machine. Run with
  // TALLYWITNESS_EXHAUSTIVE=1; the last run found no mutation that verifies.
  it.runIf(process.env['TALLYWITNESS_EXHAUSTIVE'] === '1')(
    'each byte replaced by each of the 255 other values',
    () => {
      const others = (byte: number) =>
        Array.from({ length: 256 }, (_, value) => value).filter((value) => value !== byte);
      const { tried, survived } = survivors(others);
      expect(tried).toBe(original.length * 256);
      expect(survived).toEqual([]);
    },
    600_000,
  );
});
