import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * A result belongs to the inputs it was run on. Each way an input can change (another election, a
 * file added, removed or given another role, the announcement text, the choice of announcement, the
 * election form, every input removed) clears the verdict, tables and charts and takes away the signing,
 * until the audit is run again on the inputs shown.
 */

const extension = extensionForFile();
let page: Page;
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-stale-'));
const SAMPLE = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath);
const ANNOUNCEMENT = readFileSync(samplePath('announcement.txt'), 'utf8');

/** The sample's election under another name: another election definition. */
function otherElection(): string {
  const election = JSON.parse(readFileSync(samplePath('election.json'), 'utf8')) as { name: string };
  election.name = '红旗村第十一届村民委员会选举';
  const path = join(scratch, 'other-election.json');
  writeFileSync(path, JSON.stringify(election));
  return path;
}

beforeAll(async () => {
  page = await extension.englishDashboard();
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

async function run(): Promise<void> {
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.result .verdict').waitFor();
}

/** A fresh page with the sample audited (and a signing key, made once). */
async function audited(): Promise<void> {
  await page.reload();
  await page.locator('input[data-input="counts"]').setInputFiles(SAMPLE);
  await page.getByLabel('Role of announcement.txt').waitFor({ state: 'attached' });
  await run();
  // The receipt panel has read the keys once it offers either a key or the form to make one.
  await page.locator('.receipt form, .receipt [data-fingerprint]').first().waitFor();
  if ((await page.getByLabel('Signer name').count()) > 0) {
    await page.getByLabel('Signer name').fill('Observer Sun');
    await page.getByRole('button', { name: 'Create a signing key' }).click();
  }
  await expect.poll(() => page.getByRole('button', { name: 'Sign the receipt' }).count()).toBe(1);
}

/** The steps fold after an audit: open them to change something. */
async function openInputs(): Promise<void> {
  await page.getByRole('button', { name: 'Change the inputs' }).click();
}

/** Nothing of the previous result is left to read or sign, and the page says why. */
async function expectCleared(): Promise<void> {
  await expect.poll(() => page.locator('[data-stale]').count()).toBe(1);
  expect(await page.locator('[data-stale]').textContent()).toContain('The inputs changed');
  expect(await page.locator('.result').count()).toBe(0);
  expect(await page.locator('.verdict').count()).toBe(0);
  expect(await page.locator('table.contest').count()).toBe(0);
  expect(await page.locator('figure.chart').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Sign the receipt' }).count()).toBe(0);
  expect(await page.locator('a[data-receipt-link]').count()).toBe(0);
}

describe('every change of the inputs clears the result until the audit runs again', () => {
  test('choosing another election definition in step 1', async () => {
    await audited();
    await page.locator('input[data-input="election"]').setInputFiles(otherElection());
    await expectCleared();
    // Run again: the result, and the receipt, are the new election's.
    await run();
    await expect
      .poll(() => page.locator('.result .election-name').textContent())
      .toBe('红旗村第十一届村民委员会选举');
    await page.getByRole('button', { name: 'Sign the receipt' }).click();
    const download = page.waitForEvent('download');
    await page.locator('a[data-receipt-link]').click();
    const receipt = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
      payload: { report: { election: string } };
    };
    expect(receipt.payload.report.election).toBe('红旗村第十一届村民委员会选举');
  });

  test('adding a file', async () => {
    await audited();
    await page.locator('input[data-input="counts"]').setInputFiles(samplePath('ballots.csv'));
    await expectCleared();
    const serious = (await axeViolations(page)).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious).toEqual([]);
  });

  test('removing a file', async () => {
    await audited();
    await openInputs();
    await page.getByRole('button', { name: 'Remove boxes.csv' }).click();
    await expectCleared();
  });

  test("changing a file's role", async () => {
    await audited();
    await openInputs();
    await page.getByLabel('Role of tallies.csv').selectOption('ballots');
    await expectCleared();
  });

  test('editing the announcement text, and choosing which announcement is read', async () => {
    await audited();
    await openInputs();
    await page.getByLabel('Notice text').fill(ANNOUNCEMENT.replace('1029', '1019'));
    await expectCleared();
    await run();
    // The pasted text is now read; choosing the file instead is a change too.
    await openInputs();
    await page.getByLabel(/the notice file “announcement.txt”/).check();
    await expectCleared();
  });

  test('choosing another announcement file in step 3', async () => {
    await audited();
    const edited = join(scratch, 'announcement-2.txt');
    writeFileSync(edited, ANNOUNCEMENT.replace('1029', '1019'));
    await page.locator('input[data-input="announcement"]').setInputFiles(edited);
    await expectCleared();
  });

  test('removing every input', async () => {
    await audited();
    await openInputs();
    for (const name of ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'])
      await page.getByRole('button', { name: `Remove ${name}` }).click();
    await expectCleared();
    expect(await page.getByText('Choose the election definition first.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Run the audit' }).isDisabled()).toBe(true);
  });

  test('editing the election form after its election was used in the audit', async () => {
    await page.reload();
    await page.goto(page.url().split('#')[0] + '#election');
    await page.locator('#open-election').setInputFiles(samplePath('election.json'));
    await expect.poll(() => page.getByLabel('Election name').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Use in the audit' }).click();
    await page.locator('input[data-input="counts"]').setInputFiles(SAMPLE.slice(1));
    await run();

    await page.getByRole('link', { name: 'Election form', exact: true }).click();
    await page.getByLabel('Election name').fill('青山村第十一届村民委员会选举（更正）');
    await page.getByRole('link', { name: 'Audit' }).click();
    await expectCleared();
    await expect
      .poll(() => page.locator('[data-form-edited]').textContent())
      .toContain('changed after “Use in the audit”');
  });
});
