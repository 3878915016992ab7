// One workbook holding the box accounts and the votes on two sheets, dropped once on the dashboard (which
// takes a workbook for the tally sheets): it is read as both, as `--boxes t.xlsx --tallies t.xlsx` does.
import { expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { expected, samplePath } from './sample-data.js';

const extension = extensionForFile();

test('a workbook dropped once is read as the box accounts and the tally sheets', async () => {
  const page = await extension.englishDashboard();
  await page
    .locator('input[data-input="counts"]')
    .setInputFiles([samplePath('election.json'), samplePath('tally-sheets.xlsx')]);
  await expect.poll(() => page.getByLabel('Role of tally-sheets.xlsx').inputValue()).toBe('tallies');
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.result .verdict').waitFor({ timeout: 60_000 });
  const figure = (name: string) => page.locator(`.result dd[data-figure="${name}"]`).textContent();
  await expect.poll(() => figure('cast')).toBe(expected.cast.toLocaleString('en'));
  await expect.poll(() => figure('issued')).toBe(expected.issued.toLocaleString('en'));
  await page.close();
});
