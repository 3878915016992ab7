import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditSample, printablePage, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * What a new observer tripped on walking the pages (docs/ui-review.md, 2026-12-05): no way from the
 * Audit page's first step to the election form, a list headed "Findings (2)" under "1 problem to look
 * at", a green "Signature valid" over a receipt whose audit found a discrepancy, a failed signature with
 * no next step, the history's verdicts in plain black without their icons, and a ♀ after candidates'
 * names that nothing explained.
 */

const extension = extensionForFile();
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-walk-'));
let dashboard: Page;
let receiptPath: string;

beforeAll(async () => {
  dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  receiptPath = await signReceipt(dashboard, 'observer Li Ming');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

test('step 1 of an empty audit says where an election.json comes from, and the link opens the form', async () => {
  const page = await extension.page('dashboard.html');
  const hint = page.locator('#step1 ~ [data-way-in="election-form"]');
  await setLanguage(page, 'zh');
  expect(await hint.textContent()).toBe(
    '还没有选举定义文件？到“填写选举定义”页填写，填好后点“用于核对”，就会放到这里。',
  );
  await setLanguage(page, 'en');
  expect(await hint.textContent()).toBe(
    'No election definition file yet? Fill in the Election form, then press “Use in the audit”: it is brought here.',
  );
  await hint.getByRole('link').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#election');
  await page.locator('.election-form').waitFor();
  // Once an election is chosen, the hint has done its work.
  await page.evaluate(() => (location.hash = ''));
  await auditSample(page);
  expect(await page.locator('#step1 ~ [data-way-in="election-form"]').count()).toBe(0);
  // The sign after a woman candidate's name in the election's summary is explained under it.
  expect(await page.locator('.election-summary td', { hasText: '♀' }).count()).toBeGreaterThan(0);
  expect(await page.locator('.election-summary [data-woman-mark]').textContent()).toBe(
    '♀ marks a woman candidate (counted toward the women members).',
  );
  await page.close();
});

test('the list of findings is headed by kind, so it agrees with "1 problem to look at" above it', async () => {
  await setLanguage(dashboard, 'en');
  expect(await dashboard.locator('#error-summary-title').textContent()).toBe('1 problem to look at');
  expect(await dashboard.locator('#findings-title').textContent()).toBe('Findings (1 error, 1 note)');
  await setLanguage(dashboard, 'zh');
  expect(await dashboard.locator('#findings-title').textContent()).toBe('发现的问题（1 个错误、1 条提示）');
  await setLanguage(dashboard, 'en');
});

test('the printable receipt heads its findings by kind as the result page does, its values written as values', async () => {
  const verify = await verifyPage(extension, receiptPath);
  const printable = await printablePage(extension, verify);
  await setLanguage(printable, 'en');
  expect(await printable.getByTestId('findings-title').textContent()).toBe('Findings (1 error, 1 note)');
  expect(await printable.getByTestId('quorum').textContent()).toBe('Quorum met');
  expect(await printable.locator('dt', { hasText: 'Turnout the law requires' }).count()).toBe(1);
  await setLanguage(printable, 'zh');
  expect(await printable.getByTestId('findings-title').textContent()).toBe(
    '发现的问题（1 个错误、1 条提示）',
  );
  expect(await printable.getByTestId('quorum').textContent()).toBe('达到法定参选人数');
  await Promise.all([printable.close(), verify.close()]);
});

test('the election’s summary gives the round as a value under its label: "First", not "first"', async () => {
  const page = await extension.englishDashboard();
  await page.getByRole('button', { name: /Try the bundled sample/ }).click();
  const round = (label: RegExp) => page.locator('.election-summary dt', { hasText: label }).locator('+ dd');
  expect(await round(/^Round$/).textContent()).toBe('First');
  expect(await round(/^Valid when$/).textContent()).toBe('More than half of registered voters');
  await setLanguage(page, 'zh');
  expect(await round(/^轮次$/).textContent()).toBe('第一轮');
  await page.close();
});

test('a valid signature over a receipt that found a discrepancy says the signature vouches for the receipt only', async () => {
  const page = await verifyPage(extension, receiptPath);
  await setLanguage(page, 'en');
  const note = page.getByTestId('receipt-verdict-note');
  expect(await note.textContent()).toBe(
    '⚠A valid signature only shows the receipt is unchanged, not that the election was right: the audit it records found “Discrepancies found” (1 error, 0 warnings, 1 note); see “What the receipt says” below.',
  );
  // Inside the box that leads the page, under its green headline.
  expect(await page.locator('.check-summary [data-testid="receipt-verdict-note"]').count()).toBe(1);
  await setLanguage(page, 'zh');
  expect(await note.textContent()).toContain('签名有效只说明回执没有被改动过，不说明选举没有问题');
  expect(await page.getByTestId('untrusted-next').count()).toBe(0);
  await page.close();
});

test('a receipt changed after signing says what to do next, and makes no claim about its verdict', async () => {
  const text = readFileSync(receiptPath, 'utf8');
  const at = text.indexOf('"votes": ') + '"votes": '.length;
  const changed = join(scratch, 'receipt-changed.json');
  writeFileSync(changed, text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1));
  const page = await verifyPage(extension, changed);
  await setLanguage(page, 'en');
  expect(await page.getByTestId('headline').textContent()).toContain('Signature invalid');
  expect(await page.getByTestId('untrusted-next').textContent()).toMatch(
    /^Next step: do not use this file\. Ask the signer for the receipt file as they downloaded it/,
  );
  // A file's size in a sentence: "1,521 bytes", not "1,521 Bytes".
  expect(await page.getByText(/^\(1,521 bytes\)$/).count()).toBe(1);
  await setLanguage(page, 'zh');
  expect(await page.getByTestId('untrusted-next').textContent()).toMatch(/^下一步：不要使用这份文件。/);
  expect(await page.getByTestId('receipt-verdict-note').count()).toBe(0);
  await page.close();
});

test('the history shows a saved audit’s verdict with its icon and colour, as the result page does', async () => {
  const page = await extension.page('dashboard.html#history');
  await setLanguage(page, 'en');
  const cell = page.locator('table.history td[data-verdict]').first();
  await cell.waitFor();
  expect(await cell.textContent()).toBe('⚠ Discrepancies found');
  const colours = await cell.locator('.history-verdict').evaluate((verdict) => ({
    verdict: getComputedStyle(verdict).color,
    text: getComputedStyle(document.body).color,
  }));
  expect(colours.verdict).not.toBe(colours.text);
  await page.setViewportSize({ width: 400, height: 800 });
  const card = page.locator('li.history-card dd[data-verdict]').first();
  await card.waitFor();
  expect(await card.textContent()).toBe('⚠ Discrepancies found');
  await page.close();
});
