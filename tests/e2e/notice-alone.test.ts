import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The dashboard's check of a results notice on its own (no election definition), end to end in
 * Chromium with the built extension: pasted text, a rule pack chosen, and a result cleared at once when
 * its inputs change.
 */

// Written for this test: the turnout is stated as 73.0%, where 1476 of 2100 is 70.3%.
const NOTICE = [
  '白沙村第十二届村民委员会选举结果公告',
  '本村登记选民2100人，参加投票1476人，参选率73.0%。',
  '共发出选票1477张，收回选票1476张，其中有效票1454张，无效票22张。',
  '主任：陈建华897票，刘国强517票。',
  '陈建华当选为本村村民委员会主任。',
].join('\n');

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

const codes = () =>
  page
    .getByTestId('notice-result')
    .locator('[data-code]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
const judgedRules = () =>
  page
    .locator('[data-testid="work-judged"] li')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-rule')}:${item.getAttribute('data-right')}`),
    );

test('a pasted notice is checked on its own, judged by a chosen pack, and its result cleared when edited', async () => {
  await page.getByTestId('notice-way-in').click();
  expect(new URL(page.url()).hash).toBe('#notice');
  await page.getByTestId('notice-alone').waitFor();

  await page.getByTestId('notice-text').fill(NOTICE);
  await page.getByTestId('notice-check').click();
  await expect.poll(codes).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  await expect
    .poll(() => page.locator('[data-code="ANNOUNCED_PERCENT_MISMATCH"]').textContent())
    .toContain('70.3%');
  await expect.poll(() => page.getByTestId('notice-verdict').textContent()).toContain('Verdict');
  // The work list shows the wrong share; every figure was checked, and the counts line says so.
  await expect.poll(judgedRules).toContain('share:false');
  await expect
    .poll(() => page.getByTestId('notice-counts').textContent())
    .toBe('10 figures understood · 8 checks made: 7 right, 1 wrong · 0 figures not checked');
  expect(await page.getByTestId('work-unread').count()).toBe(0);
  // The wrong share is marked in the text itself.
  expect((await page.locator('.notice-alone .mark-warning').allTextContents()).join('')).toContain('73.0%');

  // Choosing a pack clears the result at once; run again, the quorum is judged (met: 1476 of 2100).
  await page.getByTestId('notice-rules').selectOption('cn-village');
  await expect.poll(() => page.getByTestId('notice-result').count()).toBe(0);
  await page.getByTestId('notice-check').click();
  await expect.poll(judgedRules).toContain('quorum:true');
  await expect.poll(codes).toContain('ANNOUNCED_PERCENT_MISMATCH');

  // Editing the text clears the result: nothing is shown for other inputs than those on screen.
  await page.getByTestId('notice-text').fill(NOTICE.replace('登记选民2100人', '登记选民3100人'));
  await expect.poll(() => page.getByTestId('notice-result').count()).toBe(0);
  await expect.poll(() => page.locator('[data-testid="work-judged"]').count()).toBe(0);
  // Run on the edited text, the quorum fails (1476 of 3100 is under half).
  await page.getByTestId('notice-check').click();
  await expect.poll(codes).toContain('TURNOUT_BELOW_QUORUM');
  // The view with its result passes the same accessibility checks as the other pages.
  expect(await axeViolations(page)).toEqual([]);
});
