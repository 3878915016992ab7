import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  auditSample,
  axeViolations,
  capturedNoticePanel,
  printablePage,
  signReceipt,
  verifyPage,
  type AxeViolation,
} from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * axe-core on every page of the extension, in both languages, in the state an observer sees it in:
 * no violation of serious or critical impact. Minor and moderate ones are printed, not failed.
 */

const extension = extensionForFile();
let dashboard: Page;
let receiptPath: string;

beforeAll(async () => {
  dashboard = await extension.page('dashboard.html');
  await auditSample(dashboard);
  receiptPath = await signReceipt(dashboard, '观察员 Li');
});

const serious = (violations: AxeViolation[]) =>
  violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');

async function expectAccessible(page: Page, name: string) {
  const violations = await axeViolations(page);
  const minor = violations.filter((violation) => !serious([violation]).length);
  if (minor.length > 0)
    console.info(
      `${name}: minor or moderate: ${minor.map((v) => `${v.id} (${v.targets.length})`).join(', ')}`,
    );
  expect(serious(violations), name).toEqual([]);
}

describe.each(['zh', 'en'] as const)('in %s', (lang) => {
  beforeAll(async () => {
    await dashboard.getByLabel(/Language/).selectOption(lang);
  });

  test('the dashboard with the result and the receipt panel', async () => {
    await dashboard.evaluate(() => (location.hash = '#audit'));
    await expectAccessible(dashboard, `dashboard (${lang})`);
  });

  test('the election form, with errors shown at the fields', async () => {
    await dashboard.evaluate(() => (location.hash = '#election'));
    await dashboard.locator('.election-form form button[type="submit"]').click();
    await dashboard.locator('.election-form [aria-invalid="true"]').first().waitFor();
    await expectAccessible(dashboard, `election form (${lang})`);
  });

  test('the history', async () => {
    await dashboard.evaluate(() => (location.hash = '#history'));
    await dashboard.getByRole('heading', { name: /History of checks|核对历史/ }).waitFor();
    await expectAccessible(dashboard, `history (${lang})`);
    await dashboard.evaluate(() => (location.hash = '#audit'));
  });

  // The other pages follow the language last chosen on the dashboard, or show both languages.
  test('the popup', async () => {
    const popup = await extension.page('popup.html');
    await popup.locator('[data-verdict]').waitFor();
    await expectAccessible(popup, `popup (${lang})`);
    await popup.close();
  });

  test('the verify page and the printable receipt', async () => {
    const verify = await verifyPage(extension, receiptPath);
    await expectAccessible(verify, `verify (${lang})`);
    const printable = await printablePage(extension, verify);
    await expectAccessible(printable, `receipt (${lang})`);
    await Promise.all([verify.close(), printable.close()]);
  });
});

test('the side panel with a captured notice, and empty', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  await expectAccessible(panel, 'side panel');
  await close();
  const empty = await extension.page('sidepanel.html');
  await empty.locator('main').waitFor();
  await expectAccessible(empty, 'side panel (list)');
  await empty.close();
});
