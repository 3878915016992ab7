import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * Where files go: each file is shown in the step of its role; a file chosen in another step leaves a
 * word there saying where it went. Pasted announcement text never silently replaces a chosen
 * announcement file: with both, the page asks which one the audit reads, and says which one it reads.
 */

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

const step = (n: number) => page.locator(`section[aria-labelledby="step${n}"]`);
const namesIn = (n: number) =>
  step(n)
    .locator('table.files tr[data-file]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-file')));

describe('files stay in their step, or say where they went', () => {
  test('a file chosen in step 1 or 3 is shown there', async () => {
    await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
    await page.locator('input[data-input="announcement"]').setInputFiles(samplePath('announcement.txt'));
    await expect.poll(() => namesIn(1)).toEqual(['election.json']);
    await expect.poll(() => namesIn(3)).toEqual(['announcement.txt']);
    expect(await namesIn(2)).toEqual([]);
    expect(await page.locator('[data-moved]').count()).toBe(0);
  });

  test('files dropped in step 2 go to the step of their role, with a word in step 2', async () => {
    await page.reload();
    await page
      .locator('input[data-input="counts"]')
      .setInputFiles(['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath));
    await expect.poll(() => namesIn(2)).toEqual(['boxes.csv', 'tallies.csv']);
    expect(await namesIn(1)).toEqual(['election.json']);
    expect(await namesIn(3)).toEqual(['announcement.txt']);
    const moved = step(2).locator('[data-moved]');
    expect(await moved.allTextContents()).toEqual([
      '↪ “election.json” is the election; it is now in: 1 Election',
      '↪ “announcement.txt” is the results notice; it is now in: 3 Results notice',
    ]);
    // The word leads there.
    await moved.first().getByRole('button', { name: '1 Election' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step1');

    // A role changed by hand moves the file too, and the word follows.
    await page.getByLabel('Role of tallies.csv').selectOption('announcement');
    await expect.poll(async () => (await namesIn(3)).sort()).toEqual(['announcement.txt', 'tallies.csv']);
    expect(await step(2).locator('[data-moved="tallies.csv"]').textContent()).toContain('3 Results notice');
    await page.getByLabel('Role of tallies.csv').selectOption('tallies');
    await expect.poll(() => namesIn(2)).toEqual(['boxes.csv', 'tallies.csv']);
  });
});

describe('pasted text and a chosen announcement file', () => {
  const used = () => page.locator('[data-announcement-used]');

  test('with both, the page asks which to read, and the audit reads the one chosen', async () => {
    await page.reload();
    await page.getByLabel('Notice text').fill('');
    await page
      .locator('input[data-input="counts"]')
      .setInputFiles(['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath));
    await expect.poll(() => used().getAttribute('data-announcement-used')).toBe('file');
    expect(await page.locator('[data-announcement-choice]').count()).toBe(0);

    // Pasting text does not silently take the file's place: the choice is shown, the text picked.
    const text = readFileSync(samplePath('announcement.txt'), 'utf8').replace('1029', '1019');
    await page.getByLabel('Notice text').fill(text);
    const choice = page.locator('[data-announcement-choice]');
    await choice.waitFor();
    expect(await choice.locator('legend').textContent()).toBe(
      'There is pasted notice text and a notice file. Which should the audit read?',
    );
    await expect.poll(() => used().textContent()).toContain('The audit reads: the pasted text');
    // The moved-file words and the choice pass axe-core without a serious violation.
    const serious = (await axeViolations(page)).filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious).toEqual([]);
    await page.getByRole('button', { name: 'Run the audit' }).click();
    await page.locator('.result .verdict').waitFor();
    // The pasted text has no planted error: the recount agrees with it.
    await expect.poll(() => page.locator('.verdict').getAttribute('data-verdict')).toBe('valid');
    expect(await page.locator('details.inputs').textContent()).toContain('announcement-pasted.txt');

    // Choose the file: it is what the next audit reads.
    await page.getByRole('button', { name: 'Change the inputs' }).click();
    await page.getByLabel('the notice file “announcement.txt”').check();
    await expect.poll(() => used().textContent()).toBe('The audit reads: the notice file “announcement.txt”');
    await page.getByRole('button', { name: 'Run the audit' }).click();
    await expect.poll(() => page.locator('.verdict').getAttribute('data-verdict')).toBe('discrepancies');
    const inputs = await page.locator('details.inputs').textContent();
    expect(inputs).toContain('announcement.txt');
    expect(inputs).not.toContain('announcement-pasted.txt');
  });
});

describe('the pickers of steps 1 and 3', () => {
  test('speak the page language, name the file the step holds, and forget it once removed', async () => {
    const fresh = await extension.page('dashboard.html');
    const picker = (n: number) => fresh.locator(`section[aria-labelledby="step${n}"] .file-picker`);
    const shown = async (n: number) => [
      await picker(n).locator('.like-button').textContent(),
      await picker(n).locator('.file-picker-chosen').textContent(),
    ];
    await fresh.getByLabel(/Language/).selectOption('zh');
    await expect.poll(() => shown(1)).toEqual(['选择文件', '未选择文件']);
    expect(await shown(3)).toEqual(['选择文件', '未选择文件']);
    await fresh.getByLabel(/Language/).selectOption('en');
    await expect.poll(() => shown(1)).toEqual(['Choose a file', 'No file chosen']);

    // The browser's own picker (its "Choose File" in the browser's language) is not what is seen.
    for (const role of ['election', 'announcement']) {
      const input = fresh.locator(`input[data-input="${role}"]`);
      expect(await input.evaluate((element) => element.closest('.file-picker') !== null), role).toBe(true);
      const box = await input.boundingBox();
      expect(box === null || (box.width <= 1 && box.height <= 1), role).toBe(true);
    }

    await fresh.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
    await fresh.locator('input[data-input="announcement"]').setInputFiles(samplePath('announcement.txt'));
    await expect.poll(() => shown(1)).toEqual(['Choose a file', 'election.json']);
    await expect.poll(() => shown(3)).toEqual(['Choose a file', 'announcement.txt']);

    // Removed from the step, the file is no longer named by its picker.
    await fresh.getByRole('button', { name: 'Remove election.json' }).click();
    await expect.poll(() => shown(1)).toEqual(['Choose a file', 'No file chosen']);
    expect(await shown(3)).toEqual(['Choose a file', 'announcement.txt']);
    // The label still names the input for a screen reader.
    expect(await fresh.getByLabel(/^Notice file/).getAttribute('data-input')).toBe('announcement');
    await fresh.close();
  });
});
