import type { Report } from '../../model/report.js';
import type { Receipt } from '../receipt-format.js';
import { createReceipt } from '../sign-receipt.js';
import { signingKeyFromSeed, type SigningKey } from '../signing-key.js';
import { SAMPLE_REPORT } from './sample-report.js';

/** A fixed key for tests: seed bytes `first, first+1, …`, so that each test's signers are reproducible. */
export function testKey(first = 0): SigningKey {
  return signingKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => (first + i) & 255));
}

/** A receipt over SAMPLE_REPORT (or the report given), signed by testKey(first) at a fixed time. */
export function sampleReceipt(first = 0, report: Report = SAMPLE_REPORT, label?: string): Receipt {
  return createReceipt({
    report,
    key: testKey(first),
    signedAt: new Date('2024-05-12T08:30:00Z'),
    ...(label !== undefined ? { label } : {}),
  });
}
