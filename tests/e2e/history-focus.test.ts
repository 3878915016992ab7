import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * Two different elections compared in the history are said to be different; the focus follows new
 * content (a comparison, a new key); the popup's last audit opens it; the forms survive a reload.
 */

const extension = extensionForFile();
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-history-focus-'));
const OTHER = '红旗村第十一届村民委员会选举';
const SAMPLE_NAME = (JSON.parse(readFileSync(samplePath('election.json'), 'utf8')) as { name: string }).name;

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The id of the focused element, or `key-created` for the note about a new key. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.hasAttribute('data-key-created') ? 'key-created' : (element?.id ?? '');
  });

async function audit(page: Page, election: string): Promise<void> {
  await page
    .locator('input[data-input="counts"]')
    .setInputFiles([election, ...['boxes.csv', 'tallies.csv'].map(samplePath)]);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.result .verdict').waitFor();
}

describe('history, focus and the popup', () => {
  test('after creating a key, the focus is on the new key', async () => {
    const page = await extension.englishDashboard();
    await audit(page, samplePath('election.json'));
    await page.getByLabel('Signer name').fill('Observer Qian');
    await page.getByRole('button', { name: 'Create a signing key' }).click();
    await page.locator('[data-key-created]').waitFor();
    await expect.poll(() => focused(page)).toBe('key-created');
    expect(await page.locator('[data-key-created]').textContent()).toBe(
      'Signing key “Observer Qian” created. Export a backup, then sign.',
    );
    await page.close();
  });

  test('comparing two different elections warns, and heads each column with its election', async () => {
    const election = JSON.parse(readFileSync(samplePath('election.json'), 'utf8')) as { name: string };
    election.name = OTHER;
    const other = join(scratch, 'election.json');
    writeFileSync(other, JSON.stringify(election));
    const page = await extension.englishDashboard();
    await audit(page, other);
    await page.getByRole('link', { name: 'History' }).click();
    const boxes = page.locator('table.history tbody input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Compare the two selected audits' }).click();
    await page.getByTestId('audit-comparison').waitFor();
    await expect.poll(() => focused(page)).toBe('history-title');
    expect(await page.locator('[data-different-elections]').textContent()).toContain(
      'audits of two different elections',
    );
    const heads = page.locator('table[data-compare="turnout"] thead');
    expect(await heads.locator('[data-column="before"] .column-election').textContent()).toBe(SAMPLE_NAME);
    expect(await heads.locator('[data-column="after"] .column-election').textContent()).toBe(OTHER);
    await page.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => focused(page)).toBe('history-title');
    await page.close();
  });

  test("the popup's last audit opens that audit", async () => {
    const popup = await extension.page('popup.html');
    const last = popup.locator('a.last-audit');
    await last.waitFor();
    expect(await last.textContent()).toContain(OTHER);
    const opened = extension.context.waitForEvent('page');
    await last.click();
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toMatch(/dashboard\.html#history\/.+/);
    await expect.poll(() => dashboard.locator('#history-title').textContent()).toBe(OTHER);
    await dashboard.locator('.result .verdict').waitFor();
    await dashboard.close();
  });
});

describe('the forms survive a reload', () => {
  test('the election form and the pasted announcement', async () => {
    const page = await extension.englishDashboard('#election');
    await page.getByLabel('Election name').fill('希望村第十二届村民委员会选举');
    await page.locator('fieldset[data-contest-row="0"]').getByLabel('Contest name').fill('主任');
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByLabel('Notice text').fill('希望村选举结果公告');
    await page.reload();
    await expect.poll(() => page.getByLabel('Notice text').inputValue()).toBe('希望村选举结果公告');
    await page.getByRole('link', { name: 'Election form', exact: true }).click();
    await expect
      .poll(() => page.getByLabel('Election name').inputValue())
      .toBe('希望村第十二届村民委员会选举');
    expect(await page.locator('fieldset[data-contest-row="0"]').getByLabel('Contest name').inputValue()).toBe(
      '主任',
    );
    // Clearing asks first: declined, everything typed stays.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Clear the form and start again' }).click();
    expect(await page.getByLabel('Election name').inputValue()).toBe('希望村第十二届村民委员会选举');
    // Cleared once confirmed, and then kept cleared.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear the form and start again' }).click();
    await page.reload();
    await expect.poll(() => page.getByLabel('Election name').inputValue()).toBe('');
    await page.close();
  });
});
