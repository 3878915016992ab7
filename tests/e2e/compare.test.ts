import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { expected, samplePath } from './sample-data.js';

/**
 * Two saved audits side by side in the history: the sample as published, then the same election with
 * the planted error "corrected" in one box's tally sheet, so that the recount now agrees with the
 * announcement.
 */

const extension = extensionForFile();
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-compare-'));
const planted = expected.planted[0]!;
const recounted = expected.contests.find((c) => c.id === planted.contest)!.votes[planted.candidate]!;

/** The sample's tally sheets with the planted offset added to the candidate's votes in the first box. */
function correctedTallies(): string {
  const lines = readFileSync(samplePath('tallies.csv'), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(`,${planted.contest},${planted.candidate},`));
  const cells = lines[index]!.split(',');
  cells[3] = String(Number(cells[3]) + planted.offset);
  lines[index] = cells.join(',');
  const path = join(scratch, 'tallies.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

async function audit(files: readonly string[]): Promise<void> {
  const page = await extension.englishDashboard();
  await page.locator('input[data-input="counts"]').setInputFiles([...files]);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.result .verdict').waitFor();
  await page.close();
}

let page: Page;

beforeAll(async () => {
  const sample = ['election.json', 'boxes.csv', 'announcement.txt'].map(samplePath);
  await audit([...sample, samplePath('tallies.csv')]);
  await audit([...sample, correctedTallies()]);
  page = await extension.englishDashboard('#history');
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

test('two audits are compared only once two are ticked', async () => {
  const boxes = page.locator('table.history tbody input[type="checkbox"]');
  await boxes.first().waitFor();
  await expect.poll(() => boxes.count()).toBe(2);
  const compare = page.getByRole('button', { name: 'Compare the two selected audits' });
  await expect.poll(() => compare.isDisabled()).toBe(true);
  await boxes.nth(0).check();
  await expect.poll(() => compare.isDisabled()).toBe(true);
  await boxes.nth(1).check();
  await compare.click();
  await page.getByTestId('audit-comparison').waitFor();
  // Two audits of the same election: no warning that they are of different ones.
  expect(await page.locator('[data-different-elections]').count()).toBe(0);
});

test('verdict and turnout: the verdict changed, the ballot counts did not', async () => {
  const row = (figure: string) => page.locator(`table[data-compare="turnout"] tr[data-figure="${figure}"]`);
  const verdict = await row('verdict')
    .locator('td')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-verdict') ?? cell.textContent));
  expect(verdict).toEqual(['discrepancies', 'valid', '≠ different']);
  for (const [figure, value] of [
    ['registered', expected.registered],
    ['cast', expected.cast],
    ['valid', expected.valid],
  ] as const) {
    await expect
      .poll(() => row(figure).locator('td').allTextContents())
      .toEqual([value.toLocaleString('en'), value.toLocaleString('en'), '= same']);
  }
});

test('each contest: the corrected candidate’s votes changed, nobody else’s, and the same people are elected', async () => {
  for (const contest of expected.contests) {
    const table = page.locator(`table[data-compare="contest"][data-contest="${contest.id}"]`);
    const changed = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows
          .filter((row) => row.querySelector('[data-changed="true"]'))
          .map((row) => row.getAttribute('data-candidate')),
      );
    expect(changed).toEqual(contest.id === planted.contest ? [planted.candidate] : []);
    await expect.poll(() => table.locator('tfoot [data-changed]').getAttribute('data-changed')).toBe('false');
  }
  const cells = await page
    .locator(`table[data-contest="${planted.contest}"] tr[data-candidate="${planted.candidate}"] td`)
    .allTextContents();
  expect(cells).toEqual([
    `${recounted.toLocaleString('en')} · ✔ elected`,
    `${(recounted + planted.offset).toLocaleString('en')} · ✔ elected`,
    '≠ different',
  ]);
});

test('findings: the announcement mismatch is gone, none added; only the tally sheets’ hash differs', async () => {
  const gone = page.locator('[data-compare="findings-gone"] li');
  await expect
    .poll(() => gone.evaluateAll((items) => items.map((item) => item.getAttribute('data-code'))))
    .toEqual([planted.code]);
  await expect.poll(() => gone.first().textContent()).toContain('张伟');
  await expect.poll(() => page.locator('[data-compare="findings-added"] li').count()).toBe(0);
  await expect
    .poll(() => page.locator('[data-compare="findings-added"] h4').textContent())
    .toBe('Findings added (0)');
  const inputs = await page
    .locator('table[data-compare="inputs"] tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-role'),
          row.querySelector('[data-same]')!.getAttribute('data-same'),
        ]),
      ),
    );
  expect(inputs).toEqual({ election: 'true', boxes: 'true', tallies: 'false', announcement: 'true' });
});

test('back from the comparison to the list', async () => {
  await page.getByRole('button', { name: /Back/ }).click();
  await expect.poll(() => page.locator('table.history tbody tr').count()).toBe(2);
});
