import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { auditSample, capturedNoticePanel, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * What a first-time observer met on a laptop (docs/ui-review.md): a page that scrolled sideways at
 * 800 px, a next step out of sight after loading the sample, file pickers in the browser's language
 * instead of the page's, a count of findings that did not add up, and an unstyled "no findings" line.
 */

const extension = extensionForFile();

/** How far the page reaches past the window's right edge, in CSS pixels (0: no sideways scrolling). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Signs the audited result with the key already kept and returns the downloaded receipt's path. */
async function signWithKeptKey(page: Page): Promise<string> {
  const panel = page.locator('.receipt');
  await panel.getByRole('button', { name: 'Sign the receipt' }).click();
  const download = page.waitForEvent('download');
  await panel.locator('a[data-receipt-link]').click();
  return (await (await download).path())!;
}

async function expectNoSidewaysScrolling(page: Page, name: string, width = 800): Promise<void> {
  await page.setViewportSize({ width, height: 1000 });
  for (const lang of ['zh', 'en'] as const) {
    await page.getByLabel(/Language/).selectOption(lang);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
    expect(await sidewaysOverflow(page), `${name} (${lang})`).toBe(0);
  }
}

test('the sample: the focus goes to "Run the audit", in view; the result never scrolls sideways at 800 px', async () => {
  const page = await extension.englishDashboard();
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.getByRole('button', { name: /Try the bundled sample/ }).click();
  const run = page.getByRole('button', { name: 'Run the audit' });
  await expect.poll(() => run.evaluate((button) => button === document.activeElement)).toBe(true);
  const box = (await run.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(1000);

  await page.keyboard.press('Enter');
  await page.locator('.verdict').waitFor();
  // The charts' tables for screen readers are wide and hidden: they must not widen the page.
  await page.locator('figure[data-chart] table').first().waitFor({ state: 'attached' });
  await expectNoSidewaysScrolling(page, 'dashboard result');
  // Where a finding is, in each language's own punctuation.
  const where = page.locator('.finding-where').first();
  await expect.poll(() => where.textContent()).toMatch(/^Where: announcement\.txt/);
  await page.getByLabel(/Language/).selectOption('zh');
  await expect.poll(() => where.textContent()).toMatch(/^位置：announcement\.txt/);
  await page.close();
});

test('the verify page counts every kind of finding, so that the numbers add up', async () => {
  const dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  const receipt = await signReceipt(dashboard, 'Observer Li');
  // Signed: the one primary action left in the receipt panel is the download, not signing again.
  const primary = dashboard.locator('.receipt .primary');
  await expect.poll(() => primary.allTextContents()).toEqual(['⬇ Download the receipt']);
  expect(await dashboard.locator('.receipt button[data-sign]').getAttribute('class')).toBeNull();
  const findings = (
    JSON.parse(readFileSync(receipt, 'utf8')) as { payload: { report: { findings: { severity: string }[] } } }
  ).payload.report.findings;
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  expect(count('info')).toBeGreaterThan(0);

  const page = await verifyPage(extension, receipt);
  await page.getByLabel(/Language/).selectOption('en');
  const line = page.locator('dl.facts dd').nth(2);
  await expect
    .poll(() => line.textContent())
    .toBe(
      `${count('error')} error${count('error') === 1 ? '' : 's'}, ` +
        `${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ` +
        `${count('info')} note${count('info') === 1 ? '' : 's'}`,
    );
  await page.getByLabel(/Language/).selectOption('zh');
  await expect
    .poll(() => line.textContent())
    .toBe(`${count('error')} 个错误、${count('warning')} 个警告、${count('info')} 条提示`);
  // The receipt area's hint: Chinese sentences run on with no space between them, English ones with one.
  const hint = page.locator('.drop .hint').first();
  await expect.poll(() => hint.textContent()).toMatch(/联署包。也可放入.*逐票比对。抽样承诺/);
  await page.getByLabel(/Language/).selectOption('en');
  await expect
    .poll(() => hint.textContent())
    .toMatch(/to combine them\. Or drop two .* ballot by ballot\. Sample/);
  await page.getByLabel(/Language/).selectOption('zh');
  await expectNoSidewaysScrolling(page, 'verify');

  // The popup's last audit: its verdict with the icon and colour it has everywhere else.
  const popup = await extension.page('popup.html');
  await popup.getByLabel(/Language/).selectOption('en');
  const verdict = popup.locator('[data-verdict="discrepancies"] .last-verdict');
  await expect.poll(() => verdict.textContent()).toBe('⚠ Discrepancies found');
  const colors = await verdict.evaluate((strong) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--bad)';
    strong.append(probe);
    const bad = getComputedStyle(probe).color;
    probe.remove();
    return { own: getComputedStyle(strong).color, bad };
  });
  expect(colors.own).toBe(colors.bad);
  await Promise.all([page.close(), dashboard.close(), popup.close()]);
});

test('the live tally picks its files in the page language, and starts and compares a box with them', async () => {
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('zh');
  await expectNoSidewaysScrolling(page, 'live tally');
  await page.getByLabel(/Language/).selectOption('zh');
  const start = page.locator('form.start');
  await expect.poll(() => start.locator('.file-picker').textContent()).toContain('选择文件');
  await expect.poll(() => start.locator('.file-picker').textContent()).toContain('未选择文件');
  // One file only: in English the button says so.
  await page.getByLabel(/Language/).selectOption('en');
  await expect.poll(() => start.locator('.file-picker .like-button').textContent()).toBe('Choose a file');
  await page.getByLabel(/Language/).selectOption('zh');
  await start.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await expect.poll(() => start.locator('.file-picker-chosen').textContent()).toBe('election.json');
  await page.getByLabel(/票箱名称/).fill('branch-north');
  await page.getByRole('button', { name: '开始唱票' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  // In each language's own brackets.
  await expect.poll(() => page.locator('#ballot-heading').textContent()).toBe('第 1 张选票（正在记录）');
  await page.getByLabel(/Language/).selectOption('en');
  await expect.poll(() => page.locator('#ballot-heading').textContent()).toBe('Ballot No. 1 (being entered)');

  const list = await extension.page('tally.html');
  await list.getByLabel(/Language/).selectOption('zh');
  await list.getByRole('button', { name: '比对与下载' }).click();
  const pickers = list.locator('.file-picker');
  await expect.poll(() => pickers.count()).toBe(2);
  for (const text of await pickers.allTextContents()) expect(text).toContain('选择文件');
  await list.locator('input[data-input="boxes"]').setInputFiles(samplePath('boxes.csv'));
  // Nothing was entered yet: the box accounting's row for branch-north differs from an empty tally.
  await expect.poll(() => list.locator('.differences li').count()).toBeGreaterThan(0);
  await Promise.all([page.close(), list.close()]);
});

test('the side panel names a captured page that has no title in words, not "(untitled)"', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  const title = panel.getByTestId('capture-title');
  await panel.getByLabel(/Language/).selectOption('en');
  await expect.poll(() => title.textContent()).toBe('(a web page with no title)');
  await panel.getByLabel(/Language/).selectOption('zh');
  await expect.poll(() => title.textContent()).toBe('（网页没有标题）');
  await close();
});

test('a notice checked alone with no finding says so in a green status line, its icon apart from the words', async () => {
  const page = await extension.page('dashboard.html#notice');
  await page.getByTestId('notice-text').fill(readFileSync(samplePath('announcement.txt'), 'utf8'));
  await page.getByTestId('notice-rules').selectOption('cn-village');
  await page.getByTestId('notice-check').click();
  const status = page.getByTestId('no-findings');
  await status.waitFor();
  const style = await status.evaluate((line) => {
    const computed = getComputedStyle(line);
    const ok = getComputedStyle(document.documentElement).getPropertyValue('--ok').trim();
    const probe = document.createElement('span');
    probe.style.color = ok;
    document.body.append(probe);
    const okColor = getComputedStyle(probe).color;
    probe.remove();
    return { display: computed.display, gap: parseFloat(computed.columnGap), color: computed.color, okColor };
  });
  expect(style.display).toBe('flex');
  expect(style.gap).toBeGreaterThan(0);
  expect(style.color).toBe(style.okColor);
  await expectNoSidewaysScrolling(page, 'notice alone');
  await page.close();
});

test('an input error says how to read its place, and what to do next, in the page language', async () => {
  const work = mkdtempSync(join(tmpdir(), 'tallywitness-review-'));
  const tallies = join(work, 'tallies.csv');
  writeFileSync(tallies, readFileSync(samplePath('tallies.csv'), 'utf8').replace(',670\n', ',6x0\n'));
  const page = await extension.englishDashboard();
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.locator('section[aria-labelledby="step2"] input[type="file"]').setInputFiles(tallies);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  const errors = page.locator('.input-errors');
  await expect.poll(() => errors.locator('li').first().textContent()).toMatch(/^tallies\.csv:3:\d+: /);
  await expect
    .poll(() => errors.locator('[data-input-errors-how]').textContent())
    .toContain('file:line:column');
  await page.getByLabel(/Language/).selectOption('zh');
  await expect.poll(() => errors.locator('[data-input-errors-how]').textContent()).toContain('第几行');
  await page.close();
  rmSync(work, { recursive: true, force: true });
});

test('on a phone-wide window (400 px) the election form, the signed result, the verify page and the history never scroll sideways', async () => {
  // Before: the form's candidate rows, the files' table, a SHA-256 in a sentence and the history's
  // buttons each pushed the page sideways, the candidates' names squeezed to two characters.
  const form = await extension.englishDashboard('#election');
  await form.setViewportSize({ width: 400, height: 1000 });
  await form.locator('#open-election').setInputFiles(samplePath('election.json'));
  await form.locator('.election-form fieldset.contest').nth(2).waitFor();
  await expectNoSidewaysScrolling(form, 'election form', 400);
  // A candidate's name field keeps room for a name.
  const name = form.locator('[data-candidate-row] input[type="text"]').first();
  expect((await name.boundingBox())!.width).toBeGreaterThan(120);
  await form.close();

  const page = await extension.englishDashboard();
  await page.setViewportSize({ width: 400, height: 1000 });
  const files = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath);
  await page.locator('input[data-input="counts"]').setInputFiles(files);
  await page.locator('table.files').first().waitFor();
  await expectNoSidewaysScrolling(page, 'dashboard files', 400);
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  // The key made by an earlier test of this file signs; a fresh profile makes one.
  const receipt = (await page.locator('.receipt').getByLabel('Signer name').isVisible())
    ? await signReceipt(page, 'Observer Li Ming')
    : await signWithKeptKey(page);
  await expectNoSidewaysScrolling(page, 'dashboard signed result', 400);
  await page.close();

  const verify = await verifyPage(extension, receipt);
  await verify.getByTestId('input-files').setInputFiles(files);
  await verify.getByTestId('recount-result').waitFor({ timeout: 60_000 });
  await expectNoSidewaysScrolling(verify, 'verify page', 400);
  await verify.close();

  const history = await extension.englishDashboard('#history');
  await history.locator('table.history').waitFor();
  await expectNoSidewaysScrolling(history, 'history', 400);
  await history.close();
});

test('a start refused for want of a file lists why with its bullets inside the red box', async () => {
  for (const path of ['tally.html', 'sheets.html']) {
    const page = await extension.page(path);
    await page.getByLabel(/Language/).selectOption('en');
    await page.locator('main button.primary, main button[type="submit"]').last().click();
    const problems = page.locator('ul.problems');
    await problems.waitFor();
    const list = (await problems.boundingBox())!;
    const item = (await problems.locator('li').first().boundingBox())!;
    // The bullet sits in the item's left margin: room for it inside the box.
    expect(item.x - list.x, path).toBeGreaterThanOrEqual(20);
    await page.close();
  }
});
