import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readElection, type WriteIn } from '../../core/index.js';
import { extensionForFile } from './launch-extension.js';
import { boxRecords, enterBallot } from './live-tally-keys.js';
import { samplePath } from './sample-data.js';

const electionText = readFileSync(samplePath('election.json'), 'utf8');
const election = (() => {
  const read = readElection('election.json', new TextEncoder().encode(electionText));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
})();
const ballotsCsv = readFileSync(samplePath('ballots.csv'), 'utf8');

const extension = extensionForFile();

test('a count kept in two boxes goes to the audit whole: both boxes in one file of ballot records', async () => {
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('zh');
  const entered: Record<string, number> = { 中心会场: 4, 流动票箱: 3 };
  for (const [box, count] of Object.entries(entered)) {
    await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
    await page.getByLabel(/票箱名称/).fill(box);
    await page.getByRole('button', { name: '开始唱票' }).click();
    await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
    const writeIns: WriteIn[] = [];
    for (const record of boxRecords(ballotsCsv, 'branch-north').slice(0, count))
      await enterBallot(page, election, record, writeIns);
    await page.locator(`.save-status[data-saved="${count}"][data-pending="0"]`).waitFor();
    await page.getByRole('button', { name: '暂停，回到列表' }).click();
    await page.locator(`li[data-box="${box}"]`).waitFor();
  }

  await page.locator('li[data-box="流动票箱"]').getByRole('button', { name: '比对与下载' }).click();
  const link = page.getByRole('link', { name: '在核对页中复核本次选举的 2 个票箱：“流动票箱”、“中心会场”' });
  await link.waitFor();
  await link.click();
  // The audit's ballot records are those of both boxes, recounted together.
  const role = page.getByLabel('ballots-流动票箱+中心会场.csv 的类型');
  await expect.poll(() => role.count()).toBe(1);
  expect(await role.inputValue()).toBe('ballots');
  expect(new URL(page.url()).searchParams.getAll('tally')).toHaveLength(2);
});

test('the live tally and the sheets pages say where an election definition comes from, and lead there', async () => {
  for (const path of ['tally.html', 'sheets.html']) {
    const page = await extension.page(path);
    await page.getByLabel(/Language|语言/).selectOption('en');
    await page.getByText('No election definition file yet?').waitFor();
    await page.getByRole('link', { name: 'Fill in the Election form' }).click();
    await page.locator('#election-form-heading, form').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#election');
    await page.close();
  }
});
