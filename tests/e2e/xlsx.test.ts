// The dashboard on a workbook: the sample's tally sheets as tally-sheets-by-box.xlsx (one sheet per box,
// merged titles) are taken for tallies and give the recount the sample's generator counted.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { expectSampleResult } from './result-tables.js';
import { samplePath } from './sample-data.js';

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

describe('the dashboard on an .xlsx workbook', () => {
  test('reads the tally sheets from a workbook with one sheet per box', async () => {
    await page
      .locator('input[data-input="counts"]')
      .setInputFiles(
        ['election.json', 'boxes.csv', 'tally-sheets-by-box.xlsx', 'announcement.txt'].map(samplePath),
      );
    await expect.poll(() => page.getByLabel('Role of tally-sheets-by-box.xlsx').inputValue()).toBe('tallies');
    await page.getByRole('button', { name: 'Run the audit' }).click();
    const banner = page.locator('.verdict');
    await banner.waitFor();
    await expect.poll(() => banner.getAttribute('data-verdict')).toBe('discrepancies');
    await expectSampleResult(page);
  });
});
