import { describe, expect, it } from 'vitest';
import type { Report } from '../model/report.js';
import { combineReceipts } from './combine-receipts.js';
import { combineSignedFiles } from './combine-signed-files.js';
import { serializeSignedFile } from './signed-file.js';
import { SAMPLE_REPORT } from './testing/sample-report.js';
import { sampleReceipt } from './testing/sample-receipt.js';

const encode = (value: unknown) => new TextEncoder().encode(serializeSignedFile(value));
const fileOf = (name: string, value: unknown) => ({ name, bytes: encode(value) });

describe('combineSignedFiles', () => {
  it('combines receipt files, and a bundle file contributes every receipt it holds', () => {
    const pair = combineReceipts([sampleReceipt(0), sampleReceipt(1)]);
    if (!pair.ok) throw new Error('fixture');
    const result = combineSignedFiles([fileOf('ab.json', pair.value), fileOf('c.json', sampleReceipt(2))]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.receipts).toHaveLength(3);
    expect(result.value.agreement).toBe(true);
  });

  it('refuses a reformatted file and a forged one, naming each, before combining', () => {
    const text = serializeSignedFile(sampleReceipt(0));
    const forged = JSON.parse(text) as { payload: { report: { verdict: string } } };
    forged.payload.report.verdict = 'void';
    const result = combineSignedFiles([
      { name: 'crlf.json', bytes: new TextEncoder().encode(text.replace(/\n/g, '\r\n')) },
      fileOf('forged.json', forged),
      { name: 'broken.json', bytes: new TextEncoder().encode('{') },
      fileOf('fine.json', sampleReceipt(1)),
    ]);
    expect(!result.ok && result.errors.map((error) => `${error.file} ${error.path ?? ''}`)).toEqual([
      'crlf.json ',
      'forged.json $.signature',
      'broken.json ',
    ]);
    expect(!result.ok && result.errors[0]!.message.en).toMatch(/edited or reformatted/);
  });

  it('passes on combineReceipts’ refusals with the file names: other inputs, the same key twice', () => {
    const otherInputs: Report = {
      ...SAMPLE_REPORT,
      inputs: [{ ...SAMPLE_REPORT.inputs[0]!, sha256: 'c'.repeat(64) }, ...SAMPLE_REPORT.inputs.slice(1)],
    };
    const result = combineSignedFiles([
      fileOf('a.json', sampleReceipt(0)),
      fileOf('b.json', sampleReceipt(1, otherInputs)),
      fileOf('a-again.json', sampleReceipt(0)),
    ]);
    expect(!result.ok && result.errors.map((error) => `${error.file} ${error.path}`)).toEqual([
      'b.json $.payload.inputs',
      'a-again.json $.payload.signer.publicKey',
    ]);
  });
});
