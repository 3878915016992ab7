// Files dropped on the dashboard's drop zone, as a user drags them from a file manager.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { expected, samplePath } from './sample-data.js';

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

/** Drops the files (name and bytes) on the counts step's drop zone, as a file manager does; returns the zone. */
async function dropOnCounts(target: Page, files: readonly (readonly [string, Uint8Array | string])[]) {
  const zone = target.locator('.dropzone', { has: target.locator('input[data-input="counts"]') });
  const dropped = files.map(([name, content]) => [name, [...Buffer.from(content)]] as const);
  await zone.evaluate((element, given) => {
    const transfer = new DataTransfer();
    for (const [name, bytes] of given) transfer.items.add(new File([new Uint8Array(bytes)], name));
    for (const type of ['dragenter', 'dragover', 'drop'])
      element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
  return zone;
}

test('dropped files are taken in, their roles guessed, and audited like chosen ones', async () => {
  const names = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.json'];
  const zone = await dropOnCounts(
    page,
    names.map((name) => [name, readFileSync(samplePath(name), 'utf8')] as const),
  );

  for (const [name, role] of [
    ['election.json', 'election'],
    ['boxes.csv', 'boxes'],
    ['tallies.csv', 'tallies'],
    ['announcement.json', 'announcement'],
  ]) {
    await expect.poll(() => page.getByLabel(`Role of ${name}`).inputValue()).toBe(role);
  }
  await expect.poll(() => zone.getAttribute('class')).toBe('dropzone');

  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  await expect.poll(() => page.locator('.verdict').getAttribute('data-verdict')).toBe('discrepancies');
  await expect
    .poll(() => page.locator('.result dd[data-figure="cast"]').textContent())
    .toBe(expected.cast.toLocaleString('en'));
});

test('a dropped .xlsx workbook is taken for the tally sheets and read by the spreadsheet reader', async () => {
  const fresh = await extension.englishDashboard();
  const names = ['election.json', 'boxes.csv', 'tally-sheets-by-box.xlsx'];
  await dropOnCounts(
    fresh,
    names.map((name) => [name, readFileSync(samplePath(name))] as const),
  );
  await expect.poll(() => fresh.getByLabel('Role of tally-sheets-by-box.xlsx').inputValue()).toBe('tallies');
  await fresh.getByRole('button', { name: 'Run the audit' }).click();
  await fresh.locator('.verdict').waitFor();
  await expect
    .poll(() => fresh.locator('.result dd[data-figure="valid"]').textContent())
    .toBe(expected.valid.toLocaleString('en'));
});

test('a NIST cast vote record file is taken as ballot records by its content and said to be read so', async () => {
  await page.reload();
  const fixture = (name: string) =>
    readFileSync(new URL(`../../core/interop/fixtures/rctab/${name}`, import.meta.url), 'utf8');
  const files = [
    ['election.json', fixture('election.json')],
    // A name that says nothing: the content decides.
    ['export-2019.json', fixture('test_set_1_exhaust_at_overvote_cvr.json')],
  ] as const;
  await dropOnCounts(page, files);
  await expect.poll(() => page.getByLabel('Role of export-2019.json').inputValue()).toBe('ballots');
  await expect
    .poll(() => page.locator('tr[data-file="export-2019.json"] .file-format').textContent())
    .toContain('read as NIST SP 1500-103 Cast Vote Records (1.0.0 JSON)');

  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  await expect.poll(() => page.locator('.result dd[data-figure="cast"]').textContent()).toBe('15');
});

test('a tally sheet and ballot records with a title above the header, under names that say nothing, are guessed by their header', async () => {
  const fresh = await extension.englishDashboard();
  const titled = (name: string, title: string) => `${title}\n${readFileSync(samplePath(name), 'utf8')}`;
  await dropOnCounts(fresh, [
    ['election.json', readFileSync(samplePath('election.json'), 'utf8')],
    ['boxes.csv', readFileSync(samplePath('boxes.csv'), 'utf8')],
    ['export-1.csv', titled('tallies.csv', '青山村第十一届村民委员会选举计票单')],
    ['export-2.csv', titled('ballots.csv', '青山村投票记录')],
  ]);
  await expect.poll(() => fresh.getByLabel('Role of export-1.csv').inputValue()).toBe('tallies');
  await expect.poll(() => fresh.getByLabel('Role of export-2.csv').inputValue()).toBe('ballots');
  await fresh.getByRole('button', { name: 'Run the audit' }).click();
  await fresh.locator('.verdict').waitFor();
  await expect
    .poll(() => fresh.locator('.result dd[data-figure="cast"]').textContent())
    .toBe(expected.cast.toLocaleString('en'));
});
