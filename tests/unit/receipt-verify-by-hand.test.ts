// Runs the Node snippet of docs/verify-by-hand.md, as a reader would copy it, on receipts this project signs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, fromBase64, serializeSignedFile } from '../../core/index.js';
import { sampleReceipt } from '../../core/receipt/testing/sample-receipt.js';
import { projectRoot } from './run-cli.js';

const doc = readFileSync(join(projectRoot, 'docs', 'verify-by-hand.md'), 'utf8');
const snippet = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
const dir = mkdtempSync(join(tmpdir(), 'tw-by-hand-'));

function runSnippet(receiptText: string): { status: number; stdout: string } {
  writeFileSync(join(dir, 'check-receipt.mjs'), snippet!);
  writeFileSync(join(dir, 'receipt.json'), receiptText);
  try {
    const stdout = execFileSync(process.execPath, ['check-receipt.mjs', 'receipt.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: 0, stdout };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, stdout: failed.stdout };
  }
}

describe('docs/verify-by-hand.md, Node snippet', () => {
  it('is there', () => expect(snippet).toContain("from 'node:crypto'"));

  it('accepts a receipt signed here, printing the fingerprint TallyWitness prints', () => {
    const receipt = sampleReceipt(5, undefined, '观察员 丙');
    const run = runSnippet(serializeSignedFile(receipt));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^signature valid - signer [0-9A-F]{4}( [0-9A-F]{4}){3}\n/);
    expect(run.stdout).toContain(fingerprint(fromBase64(receipt.payload.signer.publicKey)!));
    expect(run.stdout).toContain(`${receipt.payload.inputs[0]!.sha256} election election.json`);
  });

  it('refuses one changed vote', () => {
    const text = serializeSignedFile(sampleReceipt(5)).replace('"votes": 18', '"votes": 19');
    const run = runSnippet(text);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^signature INVALID/);
  });
});
