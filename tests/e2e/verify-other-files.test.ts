// The verify page given files that are not byte for byte the signed ones: saved again with a byte
// order mark and CRLF (the same sheet), its recount gives the signed report and the page says both facts;
// with one vote changed, the recount differs and the page says so.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { auditSample, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

const extension = extensionForFile();
const dir = mkdtempSync(join(tmpdir(), 'tw-verify-other-'));
let receiptPath: string;

beforeAll(async () => {
  const dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  receiptPath = await signReceipt(dashboard, 'Observer Li');
  await dashboard.close();
}, 120_000);

async function recountWith(tallies: string): Promise<Page> {
  const verify = await verifyPage(extension, receiptPath);
  await verify.getByLabel(/Language/).selectOption('en');
  const inputs = [
    samplePath('election.json'),
    samplePath('boxes.csv'),
    tallies,
    samplePath('announcement.txt'),
  ];
  await verify.getByTestId('input-files').setInputFiles(inputs);
  await verify.locator('.check-summary').getByTestId('recount-result').waitFor({ timeout: 60_000 });
  return verify;
}

test('the same sheet saved again: not the signed files, but the same report, said as such', async () => {
  const resaved = join(dir, 'tallies.csv');
  writeFileSync(resaved, '\ufeff' + readFileSync(samplePath('tallies.csv'), 'utf8').replace(/\n/g, '\r\n'));
  const verify = await recountWith(resaved);
  const box = verify.locator('.check-summary');
  await expect
    .poll(() => box.getByTestId('headline').textContent())
    .toBe('✘ Signature valid — but these are not the files that were signed');
  expect(await box.getByTestId('recount-result').textContent()).toContain(
    'These are not the files that were signed, but their recount gives the same report as the receipt.',
  );
  expect(await box.getByTestId('recount-result').textContent()).not.toContain('differs');
  await verify.close();
});

test('one vote changed: the recount differs', async () => {
  const edited = join(dir, 'tallies-edited.csv');
  writeFileSync(
    edited,
    readFileSync(samplePath('tallies.csv'), 'utf8').replace(
      /(?<!\d)(\d+)\s*$/,
      (_, v: string) => `${Number(v) + 1}\n`,
    ),
  );
  const verify = await recountWith(edited);
  const box = verify.locator('.check-summary');
  await expect
    .poll(() => box.getByTestId('headline').textContent())
    .toBe('✘ Signature valid — but the fresh recount differs');
  expect(await box.getByTestId('recount-result').textContent()).toMatch(
    /differs from the receipt in \d+ places/,
  );
  await verify.close();
});
