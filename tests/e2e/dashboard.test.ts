import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { electedIn, votesIn } from './result-tables.js';
import { receiptSignatureValid } from './receipt-signature.js';
import { expected, samplePath } from './sample-data.js';

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

async function downloadedJson(start: () => Promise<void>): Promise<{ name: string; data: unknown }> {
  const download = page.waitForEvent('download');
  await start();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
}

describe('the dashboard on the bundled sample', () => {
  test('recounts the tally sheets, finds the planted announcement mismatch, and signs a receipt', async () => {
    await page
      .locator('input[data-input="counts"]')
      .setInputFiles(['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath));
    // Each role is guessed from the file itself.
    for (const [name, role] of [
      ['election.json', 'election'],
      ['boxes.csv', 'boxes'],
      ['tallies.csv', 'tallies'],
      ['announcement.txt', 'announcement'],
    ]) {
      await expect.poll(() => page.getByLabel(`Role of ${name}`).inputValue()).toBe(role);
    }
    await expect.poll(() => page.locator('.election-summary').textContent()).toContain('cn-village');

    await page.getByRole('button', { name: 'Run the audit' }).click();
    const banner = page.locator('.verdict');
    await banner.waitFor();
    await expect.poll(() => banner.getAttribute('data-verdict')).toBe('discrepancies');
    await expect.poll(() => banner.textContent()).toContain('Discrepancies found');

    const figure = (name: string) => page.locator(`.result dd[data-figure="${name}"]`).textContent();
    await expect.poll(() => figure('registered')).toBe(expected.registered.toLocaleString('en'));
    await expect.poll(() => figure('cast')).toBe(expected.cast.toLocaleString('en'));
    await expect.poll(() => figure('valid')).toBe(expected.valid.toLocaleString('en'));
    await expect.poll(() => figure('invalid')).toBe(String(expected.invalid));

    for (const contest of expected.contests) {
      const table = page.locator(`table[data-contest="${contest.id}"]`);
      expect(await electedIn(table)).toEqual(contest.elected);
      expect(await votesIn(table)).toEqual(contest.votes);
      await expect
        .poll(() => table.locator('[data-figure="open-seats"]').textContent())
        .toBe(String(contest.unfilledSeats));
    }

    const planted = expected.planted[0]!;
    const mismatch = page.locator(`li[data-code="${planted.code}"]`, { hasText: '张伟' });
    await expect.poll(() => mismatch.count()).toBe(1);
    const recounted = expected.contests.find((c) => c.id === planted.contest)!.votes[planted.candidate]!;
    await expect
      .poll(() => mismatch.locator('.finding-figures').textContent())
      .toBe(
        `notice ${(recounted + planted.offset).toLocaleString('en')} · recount ${recounted.toLocaleString('en')}`,
      );
    // A finding that only counts (votes written in) shows no "expected — · found n" line.
    const writeIn = page.locator('li[data-code="WRITE_IN"]').first();
    await expect.poll(() => writeIn.count()).toBe(1);
    expect(await writeIn.locator('.finding-figures').count()).toBe(0);

    // A first key, then a signature, then the receipt as a download.
    await page.getByLabel('Signer name').fill('Observer Li');
    await page.getByRole('button', { name: 'Create a signing key' }).click();
    await expect.poll(() => page.locator('.receipt .warning').textContent()).toContain('no backup');
    await page.getByRole('button', { name: 'Sign the receipt' }).click();
    const { name, data } = await downloadedJson(() => page.locator('a[data-receipt-link]').click());
    expect(name).toMatch(/^receipt-.*\.json$/);
    const receipt = data as Parameters<typeof receiptSignatureValid>[0] & {
      payload: {
        report: { verdict: string; contests: { id: string; elected: string[] }[] };
        signer: { label: string };
      };
    };
    expect(receipt.payload.signer.label).toBe('Observer Li');
    expect(receipt.payload.report.verdict).toBe('discrepancies');
    expect(receipt.payload.report.contests.map((c) => c.elected)).toEqual(
      expected.contests.map((c) => c.elected),
    );
    expect(receiptSignatureValid(receipt)).toBe(true);
    // One changed figure breaks the signature.
    receipt.payload.report.contests[0]!.elected = [];
    expect(receiptSignatureValid(receipt)).toBe(false);
  });

  test('finding messages follow the language switch without a new audit', async () => {
    await page.getByLabel('Language / 语言').selectOption('zh');
    await expect.poll(() => page.locator('.verdict').textContent()).toContain('发现不一致');
    await expect
      .poll(() => page.locator('li[data-code="ANNOUNCED_MISMATCH"] .finding-message').first().textContent())
      .toMatch(/[\u4e00-\u9fff]/);
    await page.getByLabel('语言 / Language').selectOption('en');
    await expect.poll(() => page.locator('.verdict').textContent()).toContain('Discrepancies found');
  });

  test('the popup shows the last audit', async () => {
    const popup = await extension.page('popup.html');
    await popup.locator('[data-verdict]').waitFor();
    await expect
      .poll(() => popup.locator('[data-verdict]').getAttribute('data-verdict'))
      .toBe('discrepancies');
    await popup.close();
  });
});
