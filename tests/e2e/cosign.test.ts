import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  fromBase64,
  serializeSignedFile,
  signingKeyFromSeed,
  signReceipt,
  type Receipt,
} from '../../core/index.js';
import { runCliSync as cli } from '../unit/run-cli.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * Co-signing on the verify page: two observers' command-line receipts are combined into a bundle, which
 * downloads, verifies with the command line, and verifies on the page again with a fresh recount.
 * A receipt over other inputs is refused; a report that differs is listed as a disagreement.
 */

const FILES = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'];
const FLAGS = ['--election', '--boxes', '--tallies', '--announcement'];
const INPUTS = FILES.map(samplePath);

const extension = extensionForFile();
let work: string;
const at = (name: string) => join(work, name);

/** An observer's key and a receipt it signs over the sample files given; the receipt's path. */
function observer(name: string, files: readonly string[]): string {
  const keygen = cli(['keygen', '--out', at(`${name}.key`), '--label', name]);
  expect(keygen.status, keygen.stderr).toBe(0);
  const inputs = files.flatMap((file) => [FLAGS[FILES.indexOf(file)]!, samplePath(file)]);
  const check = cli(['check', ...inputs, '--receipt', at(`${name}.json`), '--key', at(`${name}.key`)]);
  // 0 or 1: the sample has findings of severity error by design; 2 would be bad input.
  expect([0, 1], check.stderr).toContain(check.status);
  return at(`${name}.json`);
}

const fingerprintOf = (name: string) =>
  (JSON.parse(readFileSync(at(`${name}.key`), 'utf8')) as { fingerprint: string }).fingerprint;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tallywitness-cosign-'));
  for (const name of ['Li', 'Wang']) observer(name, FILES);
  observer('Zhao', FILES.slice(0, 3));
});

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function verifyPage(files: string[]): Promise<Page> {
  const page = await extension.page('verify.html');
  await page.getByTestId('receipt-file').setInputFiles(files);
  return page;
}

/** Combines what the page holds and saves the bundle its link offers. */
async function combineAndDownload(page: Page, name: string): Promise<{ path: string; suggested: string }> {
  await page.getByTestId('combine-bundle').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('bundle-link').click();
  const file = await download;
  const path = at(name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

test('two receipts combine into a bundle that downloads, verifies with the command line and on the page', async () => {
  const page = await verifyPage([at('Li.json'), at('Wang.json')]);
  await expect
    .poll(() => page.locator('[data-testid="combine"] .chosen li').allTextContents())
    .toEqual(['Li.json', 'Wang.json']);
  const { path, suggested } = await combineAndDownload(page, 'page-bundle.json');
  expect(suggested).toMatch(/^bundle-.*\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { format: string; receipts: Receipt[] };
  expect(bundle.format).toBe('tallywitness.bundle/1');
  expect(bundle.receipts).toEqual(
    ['Li.json', 'Wang.json'].map((name) => JSON.parse(readFileSync(at(name), 'utf8')) as unknown),
  );

  // The command line accepts it, and its recount reproduces both receipts.
  const verified = cli(['verify', path, ...INPUTS.flatMap((file, index) => [FLAGS[index]!, file])]);
  expect(verified.status, verified.stdout + verified.stderr).toBe(0);
  expect(verified.stdout.match(/the recount reproduces this receipt/g)).toHaveLength(2);

  // The page shows the bundle it made, verified, with both fingerprints.
  const view = page.getByTestId('bundle');
  await view.waitFor();
  await expect.poll(() => page.getByTestId('signature').getAttribute('data-valid')).toBe('true');
  await expect
    .poll(() => view.locator('.signers .fingerprint').allTextContents())
    .toEqual([fingerprintOf('Li'), fingerprintOf('Wang')]);
  await expect.poll(() => view.locator('.checks li[data-ok="false"]').count()).toBe(0);
  await page.close();
});

test('the downloaded bundle verifies on a fresh page, and a recount there reproduces every receipt', async () => {
  const page = await verifyPage([at('page-bundle.json')]);
  await page.getByTestId('bundle').waitFor();
  await expect.poll(() => page.getByTestId('signature').getAttribute('data-valid')).toBe('true');
  await expect.poll(() => page.getByTestId('combine').count()).toBe(0);
  await page.getByTestId('input-files').setInputFiles(INPUTS);
  const results = page.getByTestId('recount-result');
  await results.first().waitFor({ timeout: 60_000 });
  await expect
    .poll(() => results.evaluateAll((all) => all.map((el) => el.getAttribute('data-same'))))
    .toEqual(['true', 'true']);
  await page.close();
});

test('a receipt over other inputs is refused, naming its file, and no bundle is offered', async () => {
  const page = await verifyPage([at('Li.json'), at('Zhao.json')]);
  await page.getByTestId('combine-bundle').click();
  const errors = page.getByTestId('combine-errors');
  await errors.waitFor();
  await expect.poll(() => errors.textContent()).toMatch(/Zhao\.json \$\.payload\.inputs: .*inputs differ/);
  await expect.poll(() => page.getByTestId('bundle-link').count()).toBe(0);
  await expect.poll(() => page.getByTestId('bundle').count()).toBe(0);
  await page.close();
});

test('reports that differ are combined, and the page lists where, with each signer’s value', async () => {
  // Wang signs a report with one vote more, as a tool that counts differently would.
  const receipt = JSON.parse(readFileSync(at('Wang.json'), 'utf8')) as Receipt;
  const report = receipt.payload.report as unknown as { contests: { candidates: { votes: number }[] }[] };
  const votes = report.contests[0]!.candidates[0]!.votes;
  report.contests[0]!.candidates[0]!.votes = votes + 1;
  const seed = (JSON.parse(readFileSync(at('Wang.key'), 'utf8')) as { seed: string }).seed;
  writeFileSync(
    at('Wang-differs.json'),
    serializeSignedFile(signReceipt(receipt.payload, signingKeyFromSeed(fromBase64(seed)!).secretKey)),
  );

  const page = await verifyPage([at('Li.json'), at('Wang-differs.json')]);
  const { path } = await combineAndDownload(page, 'disagreeing-bundle.json');
  const view = page.getByTestId('bundle');
  await view.waitFor();
  await expect.poll(() => page.getByTestId('signature').getAttribute('data-valid')).toBe('true');
  await expect
    .poll(() => view.locator('.checks li[data-ok="false"]').textContent())
    .toContain('The signers disagree in 1 place');
  await expect
    .poll(() => view.locator('.disagreements li').textContent())
    .toBe(
      `$.report.contests[0].candidates[0].votes: ${fingerprintOf('Li')} → ${votes}；${fingerprintOf('Wang')} → ${votes + 1}`,
    );
  const verified = cli(['verify', path]);
  expect(verified.status, verified.stdout).toBe(0);
  expect(verified.stdout).toContain('the signers’ reports disagree');
  await page.close();
});
