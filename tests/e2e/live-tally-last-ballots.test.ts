// The live tally's list of the last ballots entered says which of them the rule pack voids: an overvoted
// ballot listed by its names alone read as counted, while the totals beside it left it out.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readElection, type WriteIn } from '../../core/index.js';
import { extensionForFile } from './launch-extension.js';
import { enterBallot } from './live-tally-keys.js';
import { samplePath } from './sample-data.js';

const extension = extensionForFile();
const election = (() => {
  const read = readElection('election.json', readFileSync(samplePath('election.json')));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
})();

test('an overvoted ballot is marked void in the last ballots entered', async () => {
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('en');
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.getByLabel(/Box name/).fill('central');
  await page.getByRole('button', { name: 'Start the tally' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  const writeIns: WriteIn[] = [];
  await enterBallot(page, election, { void: false, names: { chair: ['陈建华'] } }, writeIns);
  await page.locator('#ballot-heading[data-ballot-number="2"]').waitFor();
  await enterBallot(page, election, { void: false, names: { chair: ['陈建华', '刘国强'] } }, writeIns);
  await page.locator('#ballot-heading[data-ballot-number="3"]').waitFor();

  const listed = page.locator('.last-ballots li');
  await expect.poll(() => listed.count()).toBe(2);
  expect(await page.locator('.last-ballots li[data-ballot="2"]').textContent()).toBe(
    '陈建华、刘国强 (more names than seats: the whole ballot is void)',
  );
  expect(await page.locator('.last-ballots li[data-ballot="1"]').textContent()).toBe('陈建华');
  await page.getByLabel(/Language/).selectOption('zh');
  await expect
    .poll(() => page.locator('.last-ballots li[data-ballot="2"]').textContent())
    .toBe('陈建华、刘国强（多选，整张作废）');
  await page.close();
});
