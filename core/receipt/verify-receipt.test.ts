/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON in place, as a tamperer would */
import { describe, expect, it } from 'vitest';
import { serializeSignedFile } from './signed-file.js';
import { SAMPLE_REPORT } from './testing/sample-report.js';
import { sampleReceipt, testKey } from './testing/sample-receipt.js';
import { createReceipt } from './sign-receipt.js';
import { verifyReceipt } from './verify-receipt.js';
import { verifySignedFile } from './verify-signed-file.js';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('verifyReceipt', () => {
  it('accepts a receipt it signed, naming the signer by fingerprint and label', () => {
    const result = verifyReceipt(copy(sampleReceipt(0, SAMPLE_REPORT, '观察员 李')));
    expect(result.ok && result.value.signatureValid).toBe(true);
    if (!result.ok) return;
    expect(result.value.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(result.value.label).toBe('观察员 李');
    expect(result.value.payloadSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says the signature is invalid when a vote, the label or the key is changed', () => {
    const vote = copy(sampleReceipt()) as any;
    vote.payload.report.contests[0].candidates[0].votes = 19;
    const label = copy(sampleReceipt(0, SAMPLE_REPORT, 'A')) as any;
    label.payload.signer.label = 'B';
    const key = copy(sampleReceipt()) as any;
    key.payload.signer.publicKey = sampleReceipt(7).payload.signer.publicKey;
    for (const json of [vote, label, key]) {
      const result = verifyReceipt(json);
      expect(result.ok && result.value.signatureValid).toBe(false);
    }
  });

  it('reports every shape problem with its JSON path', () => {
    const bad = copy(sampleReceipt()) as any;
    bad.signature = 'not base64';
    bad.payload.inputs[0].sha256 = 'ABC';
    delete bad.payload.signedAt;
    bad.extra = 1;
    const result = verifyReceipt(bad, 'r.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path).sort()).toEqual(
      ['$.signature', '$.payload.inputs[0].sha256', '$.payload.signedAt', '$["extra"]'].sort(),
    );
    expect(
      result.errors.every((error) => error.file === 'r.json' && error.message.zh && error.message.en),
    ).toBe(true);
  });

  it('refuses a payload whose input list differs from its report', () => {
    const bad = copy(sampleReceipt()) as any;
    bad.payload.inputs = bad.payload.inputs.slice(1);
    const result = verifyReceipt(bad);
    expect(!result.ok && result.errors[0]!.path).toBe('$.payload.inputs');
  });

  it('refuses a lone surrogate as an input error rather than throwing', () => {
    const bad = copy(sampleReceipt()) as any;
    bad.payload.report.election = '\ud800';
    expect(verifyReceipt(bad).ok).toBe(false);
  });
});

describe('verifySignedFile', () => {
  const text = serializeSignedFile(sampleReceipt());

  it('accepts the file as written', () => {
    const result = verifySignedFile(bytesOf(text), 'r.json');
    expect(result.ok && result.value.kind === 'receipt' && result.value.valid).toBe(true);
  });

  it('fails a reformatted file even though its signed payload is intact', () => {
    const result = verifySignedFile(bytesOf(JSON.stringify(JSON.parse(text), null, 4) + '\n'), 'r.json');
    expect(result.ok && result.value.kind === 'receipt').toBe(true);
    if (!result.ok || result.value.kind !== 'receipt') return;
    expect(result.value.layoutIntact).toBe(false);
    expect(result.value.receipt.signatureValid).toBe(true);
    expect(result.value.valid).toBe(false);
  });

  it('names line and column of a JSON error, and refuses bytes that are not UTF-8', () => {
    const broken = verifySignedFile(bytesOf(text.replace('"payload": {', '"payload" {')), 'r.json');
    expect(!broken.ok && broken.errors[0]).toMatchObject({ file: 'r.json', line: 2, column: 13 });
    const bytes = bytesOf(text);
    bytes[5] = 0xff;
    expect(verifySignedFile(bytes, 'r.json').ok).toBe(false);
  });
});

describe('a file of another kind given as a receipt', () => {
  it('says once what the file is, by its format, instead of refusing each of its fields', () => {
    const election = { format: 'tallywitness.election/1', name: '青山村', rules: 'cn-village', contests: [] };
    const read = verifySignedFile(bytesOf(serializeSignedFile(election)), 'election.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ file: 'election.json', path: '$.format' });
    expect(read.errors[0]!.message.en).toContain('tallywitness.election/1');
    expect(read.errors[0]!.message.en).toContain('not a receipt');
    expect(read.errors[0]!.message.zh).toContain('不是回执');
    const key = { format: 'tallywitness.key/1', protection: 'none', seed: 'x', publicKey: 'y' };
    const keyRead = verifySignedFile(bytesOf(serializeSignedFile(key)), 'key.json');
    expect(keyRead.ok).toBe(false);
    if (!keyRead.ok) expect(keyRead.errors[0]!.message.en).toContain('secret');
  });
});

describe('the announcement source of a receipt', () => {
  const announcement = {
    name: 'notice.txt',
    sha256: 'c'.repeat(64),
    size: 120,
    role: 'announcement' as const,
  };
  const report = { ...SAMPLE_REPORT, inputs: [...SAMPLE_REPORT.inputs, announcement] };
  const source = (sha256: string) => ({
    url: 'https://example.org/notice',
    title: '选举结果公告',
    capturedAt: '2024-05-12T08:00:00Z',
    sha256,
  });
  const signedWith = (sha256: string, withAnnouncement = true) =>
    copy(
      createReceipt({
        report: withAnnouncement ? report : SAMPLE_REPORT,
        key: testKey(3),
        announcementSource: source(sha256),
      }),
    );

  it("is accepted when it names the announcement input's text", () => {
    const result = verifyReceipt(signedWith(announcement.sha256));
    expect(result.ok && result.value.signatureValid).toBe(true);
  });

  it('is refused, even when signed, beside other text or beside no announcement', () => {
    for (const [receipt, en] of [
      [signedWith('d'.repeat(64)), "differs from the notice input's SHA-256"],
      [signedWith(announcement.sha256, false), 'names a notice source but the receipt has no notice input'],
    ] as const) {
      const result = verifyReceipt(receipt);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors.map((error) => [error.path, error.message.en])).toEqual([
        ['$.payload.announcementSource.sha256', en],
      ]);
    }
  });
});
