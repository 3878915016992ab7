import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCliSync as cli } from '../unit/run-cli.js';
import { extensionForFile } from './launch-extension.js';
import { receiptSignatureValid } from './receipt-signature.js';
import { samplePath } from './sample-data.js';

/**
 * A receipt signed on the dashboard verifies with the command line — its signature, and a recount of
 * the same sample files that reproduces it — and with node:crypto's Ed25519, which shares no code with
 * the project. (The other direction, a command-line receipt checked in the extension, is verify.test.ts.)
 */

const FILES = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'];
const FLAGS = ['--election', '--boxes', '--tallies', '--announcement'];

const extension = extensionForFile();
let work: string;
let receiptPath: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tallywitness-crosscheck-'));
  const page = await extension.englishDashboard();
  await page.locator('input[data-input="counts"]').setInputFiles(FILES.map(samplePath));
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  await page.getByLabel('Signer name').fill('Observer Li');
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  await page.getByRole('button', { name: 'Sign the receipt' }).click();
  const download = page.waitForEvent('download');
  await page.locator('a[data-receipt-link]').click();
  receiptPath = join(work, 'dashboard-receipt.json');
  await (await download).saveAs(receiptPath);
  await page.close();
});

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the command line verifies the signature and the bytes of a receipt made by the extension', () => {
  const run = cli(['verify', receiptPath, '--format', 'json']);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const summary = JSON.parse(run.stdout) as { valid: boolean; layoutIntact: boolean; signers: unknown[] };
  expect(summary).toMatchObject({ valid: true, layoutIntact: true });
  expect(summary.signers).toHaveLength(1);
});

test('node:crypto’s Ed25519 over the RFC 8785 payload accepts it, and refuses it with one vote changed', () => {
  const receipt = JSON.parse(readFileSync(receiptPath, 'utf8')) as Parameters<
    typeof receiptSignatureValid
  >[0] & { payload: { report: { contests: { candidates: { votes: number }[] }[] } } };
  expect(receiptSignatureValid(receipt)).toBe(true);
  receipt.payload.report.contests[0]!.candidates[0]!.votes += 1;
  expect(receiptSignatureValid(receipt)).toBe(false);
});

test('a command-line recount of the same files, in another language, reproduces the extension’s receipt', () => {
  const inputs = FILES.flatMap((file, index) => [FLAGS[index]!, samplePath(file)]);
  const run = cli(['verify', receiptPath, ...inputs, '--lang', 'zh', '--format', 'json']);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const summary = JSON.parse(run.stdout) as {
    recountMatches: boolean;
    signers: { differences: unknown[] }[];
  };
  expect(summary.recountMatches).toBe(true);
  expect(summary.signers[0]!.differences).toEqual([]);
});

test('the same recount under other file names still matches, judged by SHA-256 and role', () => {
  const renamed = FILES.map((file) => {
    const copy = join(work, `copy-of-${file}`);
    copyFileSync(samplePath(file), copy);
    return copy;
  });
  const run = cli(['verify', receiptPath, ...renamed.flatMap((file, index) => [FLAGS[index]!, file])]);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain('the recount reproduces this receipt');
});

test('a recount of an edited tally sheet does not reproduce it, and names the input that differs', () => {
  const tallies = join(work, 'tallies.csv');
  const text = readFileSync(samplePath('tallies.csv'), 'utf8');
  const edited = text.replace(
    /(?<!\d)(\d+)(\r?\n?)$/,
    (_, votes: string, end: string) => `${Number(votes) + 1}${end}`,
  );
  expect(edited).not.toBe(text);
  writeFileSync(tallies, edited);
  const inputs = FILES.flatMap((file, index) => [
    FLAGS[index]!,
    file === 'tallies.csv' ? tallies : samplePath(file),
  ]);
  const run = cli(['verify', receiptPath, ...inputs, '--format', 'json']);
  expect(run.status, run.stderr).toBe(1);
  const summary = JSON.parse(run.stdout) as {
    valid: boolean;
    recountMatches: boolean;
    signers: { differences: { code: string; where: string }[] }[];
  };
  expect(summary).toMatchObject({ valid: true, recountMatches: false });
  expect(summary.signers[0]!.differences[0]).toMatchObject({ code: 'INPUTS_MISMATCH', where: 'tallies' });
});
