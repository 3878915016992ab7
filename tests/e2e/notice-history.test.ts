import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { refuseWritesTo } from './full-storage.js';
import { extensionForFile } from './launch-extension.js';

/**
 * A notice checked on its own is kept in the history as an audit is: listed there as a notice check
 * (in both languages), reopened with its report and marked text as they were, and deleted alone.
 */

// Written for this test: the turnout is stated as 73.0%, where 1476 of 2100 is 70.3%.
const NOTICE = [
  '白沙村第十二届村民委员会选举结果公告',
  '本村登记选民2100人，参加投票1476人，参选率73.0%。',
  '共发出选票1477张，收回选票1476张，其中有效票1454张，无效票22张。',
  '主任：陈建华897票，刘国强517票。',
  '陈建华当选为本村村民委员会主任。',
].join('\n');
const TITLE = '白沙村第十二届村民委员会选举结果公告';

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard('#notice');
});

const codes = (scope: string) =>
  page
    .getByTestId(scope)
    .locator('[data-code]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));

test('a notice checked alone is saved, listed in History as a notice check, reopened with its report, and deleted', async () => {
  await page.getByTestId('notice-text').fill(NOTICE);
  await page.getByTestId('notice-check').click();
  await expect.poll(() => codes('notice-result')).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  await expect
    .poll(() => page.getByTestId('notice-saved').textContent())
    .toBe('This check is saved in History, where you can open it again later.');
  // Edited, the text is no longer the one checked: its result and the word "saved" go at once.
  await page.getByTestId('notice-text').fill(NOTICE.replace('73.0%', '70.3%'));
  await expect.poll(() => page.getByTestId('notice-saved').count()).toBe(0);

  await page.getByRole('link', { name: 'History' }).click();
  const row = page.locator('table.history tbody tr[data-notice-check]');
  await row.first().waitFor();
  // Only the run that finished was kept: one entry, not one per keystroke.
  expect(await row.count()).toBe(1);
  expect(await row.locator('td.entry-kind').textContent()).toBe('Notice checked on its own');
  expect(await row.locator('th').textContent()).toBe(TITLE);
  expect(await row.locator('td[data-verdict]').textContent()).toBe('⚠ 1 thing in the notice needs checking');
  expect(await row.locator('td').nth(3).textContent()).toBe('none');
  // A notice check is not an audit: it has no box to tick for a comparison.
  expect(await row.locator('input[type="checkbox"]').count()).toBe(0);
  await page.getByLabel(/Language/).selectOption('zh');
  await expect.poll(() => row.locator('td.entry-kind').textContent()).toBe('单独核查的公告');
  await expect.poll(() => row.locator('td[data-verdict]').textContent()).toBe('⚠ 公告有 1 处需要核实');
  await page.getByLabel(/Language/).selectOption('en');
  expect(await axeViolations(page)).toEqual([]);

  await row.getByRole('button', { name: /^Open/ }).click();
  const saved = page.getByTestId('saved-notice-check');
  await saved.waitFor();
  expect(await page.locator('#history-title').textContent()).toBe(TITLE);
  expect(await page.getByTestId('saved-notice-when').textContent()).toMatch(
    /^A notice checked on its own, saved .+\. Below is the result as it was then\.$/,
  );
  expect(await saved.getByTestId('notice-headline').textContent()).toBe(
    '1 thing in the notice needs checking',
  );
  expect(await codes('saved-notice-check')).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  // The text as it was checked (73.0%, not the edit made after), its wrong share marked.
  expect((await saved.locator('.mark-warning').allTextContents()).join('')).toContain('73.0%');
  // The address names the entry: a reload opens it again.
  expect(new URL(page.url()).hash).toMatch(/^#history\/[0-9a-f-]{36}$/);
  await page.reload();
  await page.getByTestId('saved-notice-check').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /Back/ }).click();
  await page
    .locator('table.history tbody tr[data-notice-check]')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await page.getByText(/^Nothing saved yet\./).waitFor();
});

test('a full disk keeps nothing of the check, shows its result all the same, and says so in Chinese and English', async () => {
  const full = await extension.englishDashboard('#notice');
  await full.evaluate(refuseWritesTo, 'notices');
  await full.getByTestId('notice-text').fill(NOTICE);
  await full.getByTestId('notice-check').click();
  await full.getByTestId('notice-result').waitFor();
  const problem = full.locator('[data-storage-problem]');
  await expect.poll(() => problem.locator('p[lang="zh-CN"]').textContent()).toContain('这次核查未能保存');
  await expect
    .poll(() => problem.locator('p[lang="en"]').textContent())
    .toContain('This check could not be saved');
  expect(await full.getByTestId('notice-saved').count()).toBe(0);
  expect(await full.getByTestId('notice-headline').textContent()).toBe(
    '1 thing in the notice needs checking',
  );
  await full.getByRole('link', { name: 'History' }).click();
  await full.getByText(/^Nothing saved yet\./).waitFor();
  await full.close();
});

test('the same text checked again is kept once, in either language; a changed text is kept anew', async () => {
  const again = await extension.englishDashboard('#notice');
  await again.getByTestId('notice-text').fill(NOTICE);
  const saved = again.getByTestId('notice-saved');
  await again.getByTestId('notice-check').click();
  await expect
    .poll(() => saved.textContent())
    .toBe('This check is saved in History, where you can open it again later.');
  await again.getByTestId('notice-check').click();
  await expect
    .poll(() => saved.textContent())
    .toBe('The same check is already saved in History; no second copy was kept.');
  // Shown in Chinese, it is still the same check.
  await again.getByLabel(/Language/).selectOption('zh');
  await again.getByTestId('notice-check').click();
  await expect.poll(() => saved.textContent()).toBe('同样的核查已保存在“历史”中，没有再存一份。');
  await again.getByLabel(/Language/).selectOption('en');

  const rows = again.locator('table.history tbody tr[data-notice-check]');
  await again.getByRole('link', { name: 'History' }).click();
  await rows.first().waitFor();
  expect(await rows.count()).toBe(1);

  const edited = await extension.englishDashboard('#notice');
  await edited.getByTestId('notice-text').fill(NOTICE.replace('73.0%', '70.3%'));
  await edited.getByTestId('notice-check').click();
  await expect
    .poll(() => edited.getByTestId('notice-saved').textContent())
    .toBe('This check is saved in History, where you can open it again later.');
  await edited.getByRole('link', { name: 'History' }).click();
  await expect.poll(() => edited.locator('table.history tbody tr[data-notice-check]').count()).toBe(2);
  await edited.close();
  await again.close();
});
