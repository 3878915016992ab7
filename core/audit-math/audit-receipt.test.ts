import { describe, expect, it } from 'vitest';
import { buildReceiptPayload } from '../receipt/build-receipt-payload.js';
import { signReceipt } from '../receipt/sign-receipt.js';
import { SAMPLE_REPORT } from '../receipt/testing/sample-report.js';
import { testKey } from '../receipt/testing/sample-receipt.js';
import { verifyReceipt } from '../receipt/verify-receipt.js';
import { readHandBallots } from './read-hand-counts.js';
import { runBravo } from './run-risk-audit.js';
import { ballotsCsv, SMALL_ELECTION, smallRecount } from './testing/small-election.js';

function auditRecord() {
  const read = readHandBallots('hand.csv', ballotsCsv([[1, 48, 22]]), SMALL_ELECTION);
  if (!read.ok) throw new Error('unreadable');
  return runBravo(SMALL_ELECTION.contests[0]!, smallRecount(), read.value, {
    riskLimitPercent: 10,
    handCounts: { name: 'hand.csv', sha256: 'a'.repeat(64) },
  });
}

describe('a receipt carrying an audit record', () => {
  it('signs and verifies, the record inside the signed payload', () => {
    const key = testKey();
    const payload = buildReceiptPayload({
      report: SAMPLE_REPORT,
      publicKey: key.publicKey,
      audit: auditRecord(),
    });
    const receipt = JSON.parse(JSON.stringify(signReceipt(payload, key.secretKey))) as unknown;
    const verified = verifyReceipt(receipt);
    expect(verified.ok && verified.value.signatureValid).toBe(true);
    expect(verified.ok && verified.value.receipt.payload.audit?.outcome).toBe('confirmed');
  });
  it('a receipt without one is as before (no audit key)', () => {
    const payload = buildReceiptPayload({ report: SAMPLE_REPORT, publicKey: testKey().publicKey });
    expect('audit' in payload).toBe(false);
  });
  it('a record of another format is refused at its JSON path', () => {
    const key = testKey();
    const payload = buildReceiptPayload({
      report: SAMPLE_REPORT,
      publicKey: key.publicKey,
      audit: auditRecord(),
    });
    const broken = { ...payload, audit: { ...payload.audit, format: 'something/2' } };
    const result = verifyReceipt({
      payload: broken,
      signature: signReceipt(payload, key.secretKey).signature,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('$.payload.audit.format');
  });
});
