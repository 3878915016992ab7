import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile, clickClosingItsPage } from './launch-extension.js';

/**
 * The pages an observer opens before anything is saved: each says what is missing and the next step
 * towards it, in the page's language, and the popup reaches every place the pages' navigation does.
 */

const extension = extensionForFile();

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

test('the printable receipt with no receipt says what a receipt is and links to the Audit page to make one', async () => {
  const page = await extension.page('receipt.html');
  const hint = page.getByTestId('receipt-none-yet');
  for (const [lang, says, link] of [
    ['zh', /签署后保存的文件（receipt-….json）。还没有回执？/, '先到“核对”页核对并签署'],
    [
      'en',
      /saved after an audit is signed on the Audit page\. No receipt yet\?/,
      'Run an audit on the Audit page and sign it',
    ],
  ] as const) {
    await setLanguage(page, lang);
    await expect.poll(() => hint.textContent(), { message: lang }).toMatch(says);
    expect(await hint.locator('a').textContent(), lang).toBe(link);
    expect(await axeViolations(page), lang).toEqual([]);
  }
  // The sheet's grey surround reaches the foot of the window, not a grey band over a white page.
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await page.evaluate(() => document.body.getBoundingClientRect().bottom)).toBeGreaterThanOrEqual(900);
  // And no further: nothing to scroll on a page that holds this little.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(900);
  await hint.locator('a').click();
  await page.waitForURL(/dashboard\.html/);
  expect(new URL(page.url()).pathname).toBe('/dashboard.html');
  await page.close();
});

test('the popup with no audit yet names the next step, and reaches every place of the navigation', async () => {
  const popup = await extension.page('popup.html');
  for (const [lang, next] of [
    ['zh', '还没有核对记录。按下面的“新核对”开始。'],
    ['en', 'No audits yet. Press “New audit” below to start.'],
  ] as const) {
    await setLanguage(popup, lang);
    await expect
      .poll(() => popup.locator('main section p').first().textContent(), { message: lang })
      .toBe(next);
    // The button it names is there.
    expect(await popup.locator('button.primary').textContent(), lang).toBe(
      lang === 'zh' ? '新核对' : 'New audit',
    );
    expect(await axeViolations(popup), lang).toEqual([]);
  }
  // Every place of the pages' navigation but the Audit page (the popup's "New audit") has its button.
  const tally = await extension.page('tally.html');
  const places = (await tally.locator('nav.shell-nav a').allTextContents()).slice(1);
  expect(places).toContain('Type in tally sheets');
  const buttons = await popup.locator('nav button').allTextContents();
  for (const place of places) expect(buttons, place).toContain(place);
  const opened = extension.context.waitForEvent('page');
  await clickClosingItsPage(popup.getByRole('button', { name: 'Type in tally sheets' }));
  const sheets = await opened;
  await sheets.waitForLoadState();
  expect(new URL(sheets.url()).pathname).toBe('/sheets.html');
  await Promise.all([tally.close(), sheets.close(), popup.close().catch(() => {})]);
});

test('the side panel with nothing captured offers the way for a notice not on a web page: paste it on the notice page', async () => {
  const panel = await extension.page('sidepanel.html');
  const other = panel.getByTestId('no-captures').locator('[data-testid="notice-elsewhere"]');
  for (const [lang, says, link] of [
    ['zh', '公告在纸上，或文字不在网页上？到', '“单独核查公告”页'],
    [
      'en',
      'Notice on paper, or its text not on a web page? Paste or type it on the ',
      '“Check a notice on its own” page',
    ],
  ] as const) {
    await setLanguage(panel, lang);
    await expect.poll(() => other.textContent(), { message: lang }).toContain(says);
    expect(await other.locator('a').textContent(), lang).toBe(link);
    expect(await axeViolations(panel), lang).toEqual([]);
  }
  const opened = extension.context.waitForEvent('page');
  await other.locator('a').click();
  const notice = await opened;
  await notice.getByTestId('notice-text').waitFor();
  expect(new URL(notice.url()).hash).toBe('#notice');
  await Promise.all([panel.close(), notice.close()]);
});
