import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { expected } from './sample-data.js';

const extension = extensionForFile();
let page: Page;
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-e2e-'));

beforeAll(async () => {
  page = await extension.englishDashboard();
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

test('from the bundled sample to a signed receipt, with no file of ones own', async () => {
  await page.getByRole('button', { name: 'Try the bundled sample' }).click();
  await page.getByLabel('Role of tallies.csv').waitFor();
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  const chair = expected.contests.find((contest) => contest.id === 'chair')!;
  await expect
    .poll(() =>
      page.locator('table[data-contest="chair"] tr[data-elected="true"]').getAttribute('data-candidate'),
    )
    .toBe(chair.elected[0]);
  await page.getByLabel('Signer name').fill('Observer Wang');
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  await page.getByRole('button', { name: 'Sign the receipt' }).click();
  await page.locator('a[data-receipt-link]').waitFor();
});

test('history: the audit is listed, exported, deleted and imported back with its receipt', async () => {
  await page.getByRole('link', { name: 'History' }).click();
  const rows = page.locator('table.history tbody tr');
  await rows.first().waitFor();
  await expect.poll(() => rows.count()).toBe(1);
  await expect.poll(() => rows.first().textContent()).toContain('✔ signed');
  await expect
    .poll(() => page.locator('table.history thead th').allTextContents())
    .toEqual(['Compare', 'When', 'What was checked', 'Election', 'Verdict', 'Receipt', 'Open']);
  await expect.poll(() => page.locator('p.storage').textContent()).toMatch(/^Storage used \d/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all history' }).click();
  const exported = await download;
  const text = readFileSync((await exported.path())!, 'utf8');
  const history = JSON.parse(text) as {
    format: string;
    audits: { id: string; verdict: string; receipt: { signature: string } | null }[];
  };
  expect(history.format).toBe('tallywitness.history/1');
  expect(history.audits).toHaveLength(1);
  expect(history.audits[0]!.verdict).toBe('discrepancies');
  expect(history.audits[0]!.receipt?.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByText(/^Nothing saved yet\./).waitFor();

  const file = join(scratch, 'history.json');
  writeFileSync(file, text);
  await page.locator('input[data-input="history"]').setInputFiles(file);
  await page.getByText('1 saved check imported.').waitFor();
  await expect.poll(() => rows.first().getAttribute('data-audit')).toBe(history.audits[0]!.id);
  await expect.poll(() => rows.first().textContent()).toContain('✔ signed');

  await page.getByRole('button', { name: 'Open' }).click();
  await expect
    .poll(() => page.locator('.verdict:visible').getAttribute('data-verdict'))
    .toBe('discrepancies');
  await expect.poll(() => page.locator('a[data-receipt-link]:visible').count()).toBe(1);
});

test('a file that is not a history export is refused with its JSON path, and nothing changes', async () => {
  await page.getByRole('button', { name: /Back/ }).click();
  const file = join(scratch, 'not-history.json');
  writeFileSync(file, JSON.stringify({ format: 'tallywitness.history/1', audits: [{ id: 'x' }] }));
  await page.locator('input[data-input="history"]').setInputFiles(file);
  await expect.poll(() => page.locator('.input-errors').textContent()).toContain('$.audits[0]');
  await expect.poll(() => page.locator('table.history tbody tr').count()).toBe(1);
});
