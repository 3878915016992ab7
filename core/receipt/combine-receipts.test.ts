/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON in place, as a tamperer would */
import { describe, expect, it } from 'vitest';
import type { Report } from '../model/report.js';
import { combineReceipts, verifyBundle } from './combine-receipts.js';
import { SAMPLE_REPORT } from './testing/sample-report.js';
import { sampleReceipt } from './testing/sample-receipt.js';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The sample report with one more vote for the second candidate, as a careless recount might give. */
const otherReport: Report = copy(SAMPLE_REPORT);
(otherReport.contests[0]!.candidates[1] as { votes: number }).votes = 11;

describe('combineReceipts', () => {
  it('bundles two signers with identical reports as agreeing, even in other languages and file names', () => {
    const english: Report = {
      ...copy(SAMPLE_REPORT),
      lang: 'en',
      findings: SAMPLE_REPORT.findings.map((finding) => ({ ...finding, message: finding.messages.en })),
      inputs: SAMPLE_REPORT.inputs.map((input) => ({ ...input, name: `copy-of-${input.name}` })),
    };
    const bundle = combineReceipts([sampleReceipt(0, SAMPLE_REPORT, '甲'), sampleReceipt(1, english)]);
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    expect(bundle.value.agreement).toBe(true);
    expect(bundle.value.disagreements).toEqual([]);
    expect(bundle.value.signers.map((signer) => signer.label ?? null)).toEqual(['甲', null]);
    const verified = verifyBundle(copy(bundle.value));
    expect(verified.ok && verified.value.valid).toBe(true);
  });

  it('flags a differing report, with each signer’s value', () => {
    const bundle = combineReceipts([sampleReceipt(0), sampleReceipt(1, otherReport)]);
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    expect(bundle.value.agreement).toBe(false);
    const [first, second] = bundle.value.signers;
    expect(bundle.value.disagreements).toEqual([
      {
        path: '$.report.contests[0].candidates[1].votes',
        values: [
          { fingerprint: first!.fingerprint, value: 10 },
          { fingerprint: second!.fingerprint, value: 11 },
        ],
      },
    ]);
    const verified = verifyBundle(copy(bundle.value));
    expect(verified.ok && verified.value.valid && !verified.value.bundle.agreement).toBe(true);
  });

  it("lines up the signers' findings by what they state, and shows each signer's own figure", () => {
    const [overvote] = SAMPLE_REPORT.findings;
    const withFindings = (findings: Report['findings']): Report => ({ ...copy(SAMPLE_REPORT), findings });
    const member = (found: number) => ({ ...overvote!, contest: 'member', found });
    const vice = { ...overvote!, contest: 'vice', found: 2 };
    const agreeing = combineReceipts([
      sampleReceipt(0, withFindings([member(3), vice])),
      sampleReceipt(1, withFindings([vice, member(3)])),
    ]);
    expect(agreeing.ok && agreeing.value.agreement).toBe(true);
    const differing = combineReceipts([
      sampleReceipt(0, withFindings([member(3), vice])),
      sampleReceipt(1, withFindings([vice, member(4)])),
    ]);
    expect(differing.ok).toBe(true);
    if (!differing.ok) return;
    expect(
      differing.value.disagreements.map(({ path, values }) => [path, values.map((v) => v.value)]),
    ).toEqual([['$.report.findings[0].found', [3, 4]]]);
    const verified = verifyBundle(copy(differing.value));
    expect(verified.ok && verified.value.valid).toBe(true);
  });

  it('refuses receipts over other inputs, a signer twice, a bad signature, or none', () => {
    const otherInputs: Report = {
      ...copy(SAMPLE_REPORT),
      inputs: [{ ...SAMPLE_REPORT.inputs[0]!, sha256: 'c'.repeat(64) }, SAMPLE_REPORT.inputs[1]!],
    };
    const forged = copy(sampleReceipt(2)) as any;
    forged.payload.report.verdict = 'void';
    const result = combineReceipts(
      [sampleReceipt(0), sampleReceipt(1, otherInputs), sampleReceipt(0), forged],
      ['a', 'b', 'c', 'd'],
    );
    expect(!result.ok && result.errors.map((error) => `${error.file} ${error.path}`)).toEqual([
      'b $.payload.inputs',
      'c $.payload.signer.publicKey',
      'd $.signature',
    ]);
    expect(combineReceipts([]).ok).toBe(false);
  });
});

describe('verifyBundle', () => {
  const bundle = combineReceipts([sampleReceipt(0), sampleReceipt(1, otherReport)]);
  if (!bundle.ok) throw new Error('fixture');

  it('fails a bundle whose stored summary was edited', () => {
    const edited = { ...copy(bundle.value), agreement: true, disagreements: [] };
    const verified = verifyBundle(edited);
    expect(verified.ok && verified.value.summaryMatches).toBe(false);
    expect(verified.ok && verified.value.valid).toBe(false);
  });

  it('fails a bundle with a receipt whose report was edited', () => {
    const edited = copy(bundle.value) as any;
    edited.receipts[1].payload.report.contests[0].candidates[1].votes = 10;
    const verified = verifyBundle(edited);
    expect(verified.ok && verified.value.allSignaturesValid).toBe(false);
    expect(verified.ok && verified.value.valid).toBe(false);
  });

  it('locates a malformed receipt inside the bundle', () => {
    const edited = copy(bundle.value) as any;
    edited.receipts[1].signature = '';
    const verified = verifyBundle(edited, 'b.json');
    expect(!verified.ok && verified.errors[0]).toMatchObject({
      file: 'b.json',
      path: '$.receipts[1].signature',
    });
  });
});
