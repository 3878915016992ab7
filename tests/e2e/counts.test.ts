import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { writeRepeatedBallots } from '../repeated-ballots.js';
import { extensionForFile } from './launch-extension.js';
import { electedIn } from './result-tables.js';
import { expected, samplePath } from './sample-data.js';

const extension = extensionForFile();
let page: Page;
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-e2e-'));

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

async function freshDashboard() {
  await page?.close();
  page = await extension.englishDashboard();
}

/** The sample's ballots repeated `copies` times under new ballot numbers: the same shares, more rows. */
function repeatedBallots(copies: number): { path: string; rows: number } {
  const path = join(scratch, `ballots-${copies}.csv`);
  return { path, rows: writeRepeatedBallots(path, copies) };
}

/** Every progress text the page shows while an audit runs. */
async function recordProgress(): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const label = document.querySelector('.progress label');
      const bar = document.querySelector('.progress progress');
      if (label) seen.push(`${label.textContent} [${bar?.getAttribute('value') ?? ''}]`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

test('ballot records: a progress bar while they stream, then the recount they give', async () => {
  await freshDashboard();
  const copies = 300;
  const ballots = repeatedBallots(copies);
  await page.locator('input[data-input="counts"]').setInputFiles([samplePath('election.json'), ballots.path]);
  await expect.poll(() => page.getByLabel('Role of ballots-300.csv').inputValue()).toBe('ballots');
  await recordProgress();
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor({ timeout: 90_000 });

  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const fileName = ballots.path.split('/').pop()!;
  expect(seen.some((text) => text.includes(fileName) && /\[[1-9]\d*\]$/.test(text))).toBe(true);

  // Every record is a ballot cast.
  await expect
    .poll(() => page.locator('.result dd[data-figure="cast"]').textContent())
    .toBe(ballots.rows.toLocaleString('en'));
  for (const contest of expected.contests) {
    const table = page.locator(`table[data-contest="${contest.id}"]`);
    expect(await electedIn(table)).toEqual(contest.elected);
    for (const [candidate, votes] of Object.entries(contest.votes)) {
      await expect
        .poll(() => table.locator(`tr[data-candidate="${candidate}"] [data-votes]`).textContent())
        .toBe((votes * copies).toLocaleString('en'));
    }
  }
});

test('a running audit of ballot records can be cancelled', async () => {
  await freshDashboard();
  const ballots = repeatedBallots(600);
  await page.locator('input[data-input="counts"]').setInputFiles([samplePath('election.json'), ballots.path]);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.progress progress[value]').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('The audit was cancelled.').waitFor();
  await expect.poll(() => page.locator('.verdict').count()).toBe(0);
});

test('an invalid tally sheet gives an error with its file, line and column, in either language', async () => {
  await freshDashboard();
  const lines = readFileSync(samplePath('tallies.csv'), 'utf8').split('\n');
  lines[2] = lines[2]!.replace(/,(\d+)$/, ',6x0');
  const broken = join(scratch, 'tallies.csv');
  writeFileSync(broken, lines.join('\n'));
  await page
    .locator('input[data-input="counts"]')
    .setInputFiles([samplePath('election.json'), samplePath('boxes.csv'), broken]);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  const error = page.locator('.input-errors li[data-file="tallies.csv"]');
  await error.first().waitFor();
  await expect.poll(() => error.first().getAttribute('data-line')).toBe('3');
  const column = lines[2]!.lastIndexOf(',') + 2;
  await expect.poll(() => error.first().getAttribute('data-column')).toBe(String(column));
  await expect
    .poll(() => error.first().textContent())
    .toMatch(new RegExp(`^tallies\\.csv:3:${column}: [A-Za-z]`));
  await page.getByLabel('Language / 语言').selectOption('zh');
  await expect
    .poll(() => error.first().textContent())
    .toMatch(new RegExp(`^tallies\\.csv:3:${column}: .*[\\u4e00-\\u9fff]`));
  await expect.poll(() => page.locator('.verdict').count()).toBe(0);
});

test('the quorum line: met against the registered voters, and not called missed when none are stated', async () => {
  await freshDashboard();
  await page
    .locator('input[data-input="counts"]')
    .setInputFiles([samplePath('election.json'), samplePath('ballots.csv')]);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  const quorum = page.locator('[data-quorum]');
  await quorum.waitFor();
  expect(await quorum.getAttribute('data-quorum')).toBe('met');
  expect(await quorum.textContent()).toContain('Quorum met');
  expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('valid');
  expect(await page.locator('[data-error-summary]').count()).toBe(0); // no problem to list

  await freshDashboard();
  const election = JSON.parse(readFileSync(samplePath('election.json'), 'utf8')) as Record<string, unknown>;
  delete election['registeredVoters'];
  const unstated = join(scratch, 'election.json');
  writeFileSync(unstated, JSON.stringify(election));
  await page.locator('input[data-input="counts"]').setInputFiles([unstated, samplePath('ballots.csv')]);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  const unknown = page.locator('[data-quorum]');
  await unknown.waitFor();
  expect(await unknown.getAttribute('data-quorum')).toBe('electorate-unknown');
  const text = await unknown.textContent();
  expect(text).toContain('the quorum cannot be checked');
  expect(text).not.toContain('quorum not met');
  // Still valid, as nothing shows the quorum missed, but the warning saying so leads the page.
  expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('valid');
  const summary = page.locator('[data-error-summary]');
  expect(await summary.locator('li').count()).toBe(1);
  expect(await summary.textContent()).toContain('1 problem to look at');
  await summary.getByRole('link').click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-code')))
    .toBe('UNREAD_FIGURE');
});
