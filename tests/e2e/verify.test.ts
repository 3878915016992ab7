import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeRepeatedBallots } from '../repeated-ballots.js';
import { runCliSync as cli } from '../unit/run-cli.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The verify page and the printable receipt, end to end: a receipt made by the command line (a fresh
 * key, the bundled sample election) is checked in the extension, with and without its input files,
 * and one changed byte — in the signed payload, in the layout, or in an input — is caught.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'samples/qingshan-village');
const INPUTS = ['election.json', 'boxes.csv', 'tallies.csv', 'ballots.csv', 'announcement.txt'].map((name) =>
  join(SAMPLE, name),
);

const extension = extensionForFile();
let work: string;
let receiptPath: string;
let receiptText: string;
let cliFingerprint: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tallywitness-verify-'));
  const keygen = cli(['keygen', '--out', join(work, 'key.json'), '--label', '观察员 Li']);
  expect(keygen.status, keygen.stderr).toBe(0);
  cliFingerprint = /([0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4})/.exec(
    keygen.stdout + keygen.stderr,
  )![1]!;
  receiptPath = join(work, 'receipt.json');
  const [election, boxes, tallies, ballots, announcement] = INPUTS;
  const check = cli([
    'check',
    ...[
      '--election',
      election!,
      '--boxes',
      boxes!,
      '--tallies',
      tallies!,
      '--ballots',
      ballots!,
      '--announcement',
      announcement!,
    ],
    ...['--format', 'json', '--receipt', receiptPath, '--key', join(work, 'key.json')],
  ]);
  // 0 or 1: the sample has findings of severity error by design; 2 would be bad input.
  expect([0, 1], check.stderr).toContain(check.status);
  receiptText = readFileSync(receiptPath, 'utf8');
  // The command line itself accepts it: what the page says must agree.
  const verified = cli(['verify', receiptPath]);
  expect(verified.status, verified.stderr).toBe(0);
});

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A copy of the receipt with `edit` applied to its text. */
function editedReceipt(name: string, edit: (text: string) => string): string {
  const path = join(work, name);
  const text = edit(receiptText);
  expect(text).not.toBe(receiptText);
  writeFileSync(path, text);
  return path;
}

async function verifyPage(receipt: string): Promise<Page> {
  const page = await extension.page('verify.html');
  await page.getByTestId('receipt-file').setInputFiles(receipt);
  await page.getByTestId('signature').waitFor();
  return page;
}

test("a receipt made by the command line verifies, showing the signer's key and the fingerprint keygen printed", async () => {
  const page = await verifyPage(receiptPath);
  await expect.poll(() => page.getByTestId('signature').getAttribute('data-valid')).toBe('true');
  // "Signature valid" is said once, by the headline; the line under it says whose key signed what.
  await expect.poll(() => page.getByTestId('headline').textContent()).toBe('✔ Signature valid');
  const line = (await page.getByTestId('signature').textContent())!.replace(/\u00a0/g, ' ');
  expect(line).not.toMatch(/valid/i);
  expect(line).toContain(cliFingerprint);
  expect(line).toContain('“观察员 Li”');
  const election = (JSON.parse(receiptText) as { payload: { report: { election: string } } }).payload.report
    .election;
  expect(line).toContain(`“${election}”`);
  await expect.poll(() => page.getByTestId('fingerprint').textContent()).toBe(cliFingerprint);
  const receipt = JSON.parse(receiptText) as { payload: { signer: { publicKey: string } } };
  await expect
    .poll(() => page.getByTestId('public-key').textContent())
    .toBe(receipt.payload.signer.publicKey);
  await expect.poll(() => page.getByTestId('receipt').textContent()).toContain('观察员 Li');
  await page.close();
});

test('one changed byte in the signed payload fails the signature', async () => {
  // Turn the first digit of a candidate's votes into another digit: still JSON, still a receipt.
  const changed = editedReceipt('changed-vote.json', (text) => {
    const at = text.indexOf('"votes": ') + '"votes": '.length;
    const digit = Number(text[at]);
    return text.slice(0, at) + String((digit + 1) % 10) + text.slice(at + 1);
  });
  const page = await verifyPage(changed);
  await expect.poll(() => page.getByTestId('signature').getAttribute('data-valid')).toBe('false');
  await expect.poll(() => page.getByTestId('signature').textContent()).toContain('Signature NOT valid');
  await page.close();
});

test('one byte of layout changed, outside the signed payload, is caught too', async () => {
  const changed = editedReceipt('changed-layout.json', (text) => text.replace('{\n', '{ \n'));
  const page = await verifyPage(changed);
  await expect.poll(() => page.getByTestId('signature').getAttribute('data-valid')).toBe('false');
  await expect.poll(() => page.getByTestId('signature').textContent()).toContain('File changed');
  await page.close();
});

test('a file that is not JSON is an error with its line and column', async () => {
  const broken = editedReceipt('broken.json', (text) => text.replace('"payload": {', '"payload": {,'));
  const page = await extension.page('verify.html');
  await page.getByTestId('receipt-file').setInputFiles(broken);
  await expect.poll(() => page.getByTestId('read-errors').textContent()).toMatch(/broken\.json:2:\d+/);
  await page.close();
});

test('with the inputs, every SHA-256 matches and a fresh recount (in the page’s audit worker) gives the same report', async () => {
  const page = await verifyPage(receiptPath);
  await page.getByTestId('input-files').setInputFiles(INPUTS);
  const rows = page.locator('[data-testid="inputs"] tbody tr');
  await expect.poll(() => rows.count()).toBe(5);
  await page.locator('[data-testid="recount-result"]').waitFor({ timeout: 60_000 });
  await expect
    .poll(() => page.locator('[data-testid="inputs"] tbody tr[data-status="match"]').count())
    .toBe(5);
  await expect.poll(() => page.getByTestId('recount-result').getAttribute('data-same')).toBe('true');
  await page.close();
});

test('a screen reader is told the result: the focus goes to the headline, and the recount’s verdict is announced', async () => {
  const focused = (page: Page) =>
    page.evaluate(() => [document.activeElement?.id ?? '', document.activeElement?.textContent ?? '']);
  const page = await verifyPage(receiptPath);
  await expect.poll(() => focused(page)).toEqual(['verify-headline', '✔ Signature valid']);
  // Nothing to announce before the recount: the headline just read says it all.
  expect(await page.getByTestId('recount-announcement').getAttribute('role')).toBe('status');
  expect(await page.getByTestId('recount-announcement').textContent()).toBe('');
  await page.getByTestId('input-files').setInputFiles(INPUTS);
  await expect
    .poll(() => page.getByTestId('recount-announcement').textContent(), { timeout: 60_000 })
    .toBe('Signature valid — and the fresh recount agrees');
  // Another receipt chosen on the same page: the focus goes to its own headline.
  const changed = editedReceipt('changed-for-focus.json', (text) => text.replace('{\n', '{ \n'));
  await page.getByTestId('receipt-file').setInputFiles(changed);
  await expect
    .poll(() => focused(page))
    .toEqual(['verify-headline', '✘ Signature invalid — do not rely on this receipt']);
  expect(await page.getByTestId('recount-announcement').textContent()).toBe('');
  await page.close();
});

test('large ballot records are hashed and recounted in the worker, with a moving progress bar', async () => {
  // The sample's ballots 300 times over (about 30 MB) under new ballot numbers, and a receipt over them.
  const ballots = join(work, 'ballots-large.csv');
  writeRepeatedBallots(ballots, 300);
  const election = join(SAMPLE, 'election.json');
  const largeReceipt = join(work, 'receipt-large.json');
  const check = cli([
    'check',
    ...['--election', election, '--ballots', ballots, '--format', 'json'],
    ...['--receipt', largeReceipt, '--key', join(work, 'key.json')],
  ]);
  expect([0, 1], check.stderr).toContain(check.status);

  const page = await verifyPage(largeReceipt);
  // Every value the progress bar takes, as the page paints it: it can only move if the page is free.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="read-progress"] progress');
      if (bar?.getAttribute('value')) seen.push(bar.getAttribute('value')!);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId('input-files').setInputFiles([election, ballots]);
  await page.locator('[data-testid="recount-result"]').waitFor({ timeout: 90_000 });
  await expect.poll(() => page.getByTestId('recount-result').getAttribute('data-same')).toBe('true');
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(new Set(seen).size).toBeGreaterThan(2);
  await page.close();
});

test('an input with one byte changed is not the signed file, and the recount says so', async () => {
  const tallies = readFileSync(join(SAMPLE, 'tallies.csv'), 'utf8');
  const changedTallies = join(work, 'tallies.csv');
  // One vote moved in one row: the last digit of the first count on line 2.
  const lines = tallies.split('\n');
  lines[1] = lines[1]!.replace(
    /(\d)(\r?)$/,
    (_, digit: string, cr: string) => String((Number(digit) + 1) % 10) + cr,
  );
  writeFileSync(changedTallies, lines.join('\n'));
  const page = await verifyPage(receiptPath);
  await page
    .getByTestId('input-files')
    .setInputFiles(INPUTS.map((path) => (path.endsWith('tallies.csv') ? changedTallies : path)));
  await page.locator('[data-testid="recount-result"]').waitFor({ timeout: 60_000 });
  await expect
    .poll(() => page.locator('tr[data-role="tallies"]').getAttribute('data-status'))
    .toBe('mismatch');
  await expect.poll(() => page.locator('tr[data-status="match"]').count()).toBe(4);
  await expect.poll(() => page.getByTestId('recount-result').getAttribute('data-same')).toBe('false');
  await expect
    .poll(() => page.locator('[data-testid="recount-result"] li[data-code="INPUTS_MISMATCH"]').count())
    .toBe(1);
  await page.close();
});

test('the printable view shows the verdict, the fingerprint and a QR code of the payload hash, and prints without its buttons', async () => {
  const page = await verifyPage(receiptPath);
  const payloadSha256 = await page.getByTestId('payload-sha256').textContent();
  expect(payloadSha256).toMatch(/^[0-9a-f]{64}$/);
  const opened = extension.context.waitForEvent('page');
  await page.getByTestId('open-printable').click();
  const printable = await opened;
  await printable.getByTestId('printable-receipt').waitFor();
  expect(printable.url()).toMatch(
    new RegExp(`^chrome-extension://${extension.extensionId}/receipt\\.html\\?id=`),
  );
  await expect.poll(() => printable.getByTestId('signature').getAttribute('data-valid')).toBe('true');
  await expect.poll(() => printable.getByTestId('fingerprint').textContent()).toBe(cliFingerprint);
  await expect.poll(() => printable.getByTestId('payload-sha256').textContent()).toBe(payloadSha256);
  const receipt = JSON.parse(receiptText) as {
    payload: { report: { verdict: string; findings: { severity: string }[] } };
  };
  await expect
    .poll(() => printable.getByTestId('verdict').getAttribute('data-verdict'))
    .toBe(receipt.payload.report.verdict);
  // The sample states its 2,100 registered voters, and 1,476 of them voted.
  await expect.poll(() => printable.getByTestId('quorum').getAttribute('data-quorum')).toBe('met');
  // Under its label the value reads as one: "Quorum met", not a lower-case "quorum met".
  await expect.poll(() => printable.getByTestId('quorum').textContent()).toBe('Quorum met');
  await expect
    .poll(() => printable.locator('[data-testid="findings"] tbody tr').count())
    .toBe(receipt.payload.report.findings.length);
  // Headed by kind, as on the result page ("Findings (1 error, 1 note)"), never by a bare total.
  const kinds = (severity: string) =>
    receipt.payload.report.findings.filter((finding) => finding.severity === severity).length;
  const counted = [
    [kinds('error'), 'error'],
    [kinds('warning'), 'warning'],
    [kinds('info'), 'note'],
  ]
    .filter(([count]) => count)
    .map(([count, kind]) => `${count} ${kind}${count === 1 ? '' : 's'}`);
  expect(counted.length).toBeGreaterThan(0);
  await expect
    .poll(() => printable.getByTestId('findings-title').textContent())
    .toBe(`Findings (${counted.join(', ')})`);
  await expect.poll(() => printable.locator('[data-testid="inputs"] tbody tr').count()).toBe(5);
  // A 64-digit hex digest makes a version 5 code: 37 modules a side.
  await expect.poll(() => printable.getByTestId('qr').getAttribute('data-modules')).toBe('37');

  await printable.emulateMedia({ media: 'print' });
  await expect.poll(() => printable.locator('.toolbar').isVisible()).toBe(false);
  await expect.poll(() => printable.getByTestId('qr').isVisible()).toBe(true);
  await Promise.all([page.close(), printable.close()]);
});
