import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { asMenuText, clickCaptureMenu, selectText, servePage } from './capture-menu.js';
import { extensionForFile } from './launch-extension.js';
import { FINDING_TITLES } from '../../entrypoints/shared/finding-titles.js';

/**
 * The capture of an announcement from a web page, end to end in Chromium with the built extension.
 *
 * No automation can click a native context menu, so the tests call the menu's own click handler (the
 * function `contextMenus.onClicked` calls, exposed on the service worker) with the data Chromium would
 * hand it: the selection's text, whitespace collapsed, the frame and the page URL, and the real tab.
 * Covered: reading the click, hashing, the IndexedDB store, opening the panel page, the panel's check
 * and highlights, the live update by message, listing and deleting, and the hand-over to the dashboard.
 * Not covered: the menu item itself, and what only a real click gives — the activeTab grant (so the
 * page's own selection cannot be read by script here, and the menu's text is kept), the tab's title,
 * and sidePanel.open, which needs the click's user gesture (so the panel opens in a tab, its fallback).
 */

const FIXTURE = readFileSync(new URL('./fixtures/announcement.html', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const extension = extensionForFile();
let served: Awaited<ReturnType<typeof servePage>>;
let pageUrl: string;

beforeAll(async () => {
  served = await servePage('/announcement.html', FIXTURE);
  pageUrl = served.url;
});

afterAll(async () => {
  await served?.close();
});

async function openAnnouncement(): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  return page;
}

test('a selected notice is captured with its URL, time and SHA-256, and shown in the panel with its arithmetic checked', async () => {
  const page = await openAnnouncement();
  const selected = await selectText(page, '#notice');
  expect(selected).toContain('参选率73.0%');
  const menuText = asMenuText(selected);

  const panelOpened = extension.context.waitForEvent('page');
  const before = Date.now();
  const capture = await clickCaptureMenu(extension.serviceWorker!, menuText, pageUrl);
  expect(capture.text).toBe(menuText);
  expect(capture.url).toBe(pageUrl);
  expect(capture.sha256).toBe(sha256(menuText));
  expect(Date.parse(capture.capturedAt)).toBeGreaterThanOrEqual(before - 1000);
  expect(Date.parse(capture.capturedAt)).toBeLessThanOrEqual(Date.now());

  const panel = await panelOpened;
  await panel.waitForLoadState();
  expect(panel.url()).toBe(
    `chrome-extension://${extension.extensionId}/sidepanel.html?capture=${capture.id}`,
  );
  await expect.poll(() => panel.getByTestId('capture-sha256').textContent()).toBe(sha256(menuText));
  await expect.poll(() => panel.getByTestId('capture-url').textContent()).toBe(pageUrl);
  await expect.poll(() => panel.getByTestId('capture-text').textContent()).toBe(menuText);

  // The wrong turnout share is found and marked where it stands in the text.
  const finding = panel.locator('[data-code="ANNOUNCED_PERCENT_MISMATCH"]');
  await expect.poll(() => finding.textContent()).toContain('70.3%');
  // Headed by what it is in plain words, not by its severity alone.
  const { zh, en } = FINDING_TITLES.ANNOUNCED_PERCENT_MISMATCH;
  expect([zh, en]).toContain(await finding.locator('[data-finding-title]').textContent());
  const marked = await panel.locator('.mark-warning').allTextContents();
  expect(marked.join('')).toContain('73.0%');
  // Every figure read is marked: the registered voters among them.
  const figures = await panel.locator('.mark-figure').allTextContents();
  expect(figures.some((text) => text.includes('2100'))).toBe(true);

  // The dashboard is handed the capture by its id.
  const dashboardOpened = extension.context.waitForEvent('page');
  await panel.getByTestId('use-in-dashboard').click();
  const dashboard = await dashboardOpened;
  expect(dashboard.url()).toBe(
    `chrome-extension://${extension.extensionId}/dashboard.html?capture=${capture.id}`,
  );
  await Promise.all([page.close(), panel.close(), dashboard.close()]);
});

test('an open panel switches to a new capture as it is stored; captures are listed newest first and can be deleted', async () => {
  const panel = await extension.page('sidepanel.html');
  await panel.getByTestId('capture').waitFor();
  const listed = async () => panel.locator('[data-testid="capture-list"] li').count();
  const countBefore = await listed();

  const page = await openAnnouncement();
  const menuText = asMenuText(await selectText(page, '#notice p:nth-of-type(3)'));
  expect(menuText).toBe('主任：陈建华897票，刘国强517票。');
  const fallbackTab = extension.context.waitForEvent('page');
  const capture = await clickCaptureMenu(extension.serviceWorker!, menuText, pageUrl);
  await (await fallbackTab).close();

  await panel.locator(`[data-testid="capture"][data-capture-id="${capture.id}"]`).waitFor();
  await expect.poll(() => panel.getByTestId('capture-text').textContent()).toBe(menuText);
  await expect.poll(() => listed()).toBe(countBefore + 1);
  await expect
    .poll(() => panel.locator('[data-testid="capture-list"] li').first().getAttribute('data-capture-id'))
    .toBe(capture.id);

  await panel
    .locator(`[data-testid="capture-list"] li[data-capture-id="${capture.id}"] button.delete`)
    .click();
  await panel
    .locator(`[data-testid="capture-list"] li[data-capture-id="${capture.id}"]`)
    .waitFor({ state: 'detached' });
  await expect.poll(() => listed()).toBe(countBefore);
  // Gone from the store, not just from the page.
  await panel.reload();
  await panel.getByTestId('capture').waitFor();
  await expect.poll(() => panel.locator(`[data-capture-id="${capture.id}"]`).count()).toBe(0);
  await Promise.all([page.close(), panel.close()]);
});

test("the panel judges a notice's own figures by the rule pack and round chosen", async () => {
  const panel = await extension.page('sidepanel.html');
  await panel.getByTestId('capture').waitFor();
  const notice =
    '本村登记选民2000人，参加投票980人。委员：王芳480票，赵磊700票，孙丽450票。赵磊、王芳当选为本村村民委员会委员。';
  const fallbackTab = extension.context.waitForEvent('page');
  const capture = await clickCaptureMenu(extension.serviceWorker!, notice, pageUrl);
  await (await fallbackTab).close();
  await panel.locator(`[data-testid="capture"][data-capture-id="${capture.id}"]`).waitFor();
  const codes = () =>
    panel.locator('[data-code]').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));

  // Arithmetic alone: the notice agrees with itself, and the checks made are listed, right ones too.
  await expect.poll(codes).toEqual([]);
  await expect
    .poll(() => panel.locator('[data-testid="work-judged"] li[data-right="true"]').count())
    .toBeGreaterThan(0);
  await expect
    .poll(() => panel.getByTestId('no-findings').textContent())
    .toMatch(/^✔(Each of the \d+ checks|The one check) set one figure of the notice against another/);
  await panel.getByTestId('capture-rules').selectOption('cn-village');
  await expect.poll(codes).toEqual(['TURNOUT_BELOW_QUORUM', 'ANNOUNCED_WINNER_MISMATCH', 'ELECTION_VOID']);
  await expect
    .poll(() => panel.locator('[data-code="ANNOUNCED_WINNER_MISMATCH"]').textContent())
    .toContain('王芳');
  // In a runoff a third of the ballots cast is enough for 王芳; the quorum still fails.
  await panel.getByTestId('capture-round').selectOption('runoff');
  await expect.poll(codes).toEqual(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']);
  // A day of the vote that does not exist is said once the field is left, and no report stands under it:
  // it would be judged by another day than the one shown.
  const day = panel.getByTestId('capture-date');
  await day.fill('2025/2/29');
  await day.blur();
  await expect
    .poll(() => panel.getByTestId('capture-date-problem').textContent())
    .toContain('February 2025 has no day 29');
  expect(await panel.getByTestId('notice-outcome').count()).toBe(0);
  // Put right, written as a Chinese reader writes it: read, shown back as YYYY-MM-DD, and judged by.
  await day.fill('2025年12月30日');
  await day.blur();
  expect(await day.inputValue()).toBe('2025-12-30');
  await expect.poll(() => panel.getByTestId('notice-version').textContent()).toContain('2025-12-30');
  await expect.poll(codes).toEqual(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']);
  await panel.getByTestId('capture-rules').selectOption('');
  await expect.poll(codes).toEqual([]);
  await panel.close();
});
