// Screenshots of the main pages for the README and docs/screenshots/, in Chinese and in English.
// Run: npx wxt build && TALLYWITNESS_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts
import { mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditSample, capturedNoticePanel, signReceipt, verifyPage } from './a11y-pages.js';
import { launchExtension, type LaunchedExtension } from './launch-extension.js';
import { samplePath } from './sample-data.js';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const enabled = process.env['TALLYWITNESS_SCREENSHOTS'] === '1';
const LANGS = ['zh', 'en'] as const;

let extension: LaunchedExtension;
let dashboard: Page;
let receiptPath: string;

beforeAll(async () => {
  if (!enabled) return;
  mkdirSync(OUT, { recursive: true });
  extension = await launchExtension();
  dashboard = await extension.page('dashboard.html');
  await dashboard.setViewportSize({ width: 1200, height: 900 });
  await auditSample(dashboard);
  receiptPath = await signReceipt(dashboard, '观察员 李明');
});
afterAll(async () => {
  await extension?.close();
});

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  const path = resolve(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

test.skipIf(!enabled)('the dashboard with the sample result', async () => {
  for (const lang of LANGS) {
    await dashboard.getByLabel(/Language/).selectOption(lang);
    // The result, from its verdict down: the whole page is too tall to read in a README.
    await dashboard.locator('#step4').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shoot(dashboard, `dashboard-result-${lang}`, false);
  }
});

test.skipIf(!enabled)('the election form with the sample election', async () => {
  await dashboard.evaluate(() => (location.hash = '#election'));
  await dashboard.locator('#open-election').setInputFiles(samplePath('election.json'));
  await dashboard.locator('.election-form fieldset.contest').nth(2).waitFor();
  for (const lang of LANGS) {
    await dashboard.getByLabel(/Language/).selectOption(lang);
    await dashboard.evaluate(() => window.scrollTo(0, 0));
    await shoot(dashboard, `election-form-${lang}`);
  }
});

test.skipIf(!enabled)('the popup, following the language chosen on the dashboard', async () => {
  for (const lang of LANGS) {
    await dashboard.getByLabel(/Language/).selectOption(lang);
    const popup = await extension.page('popup.html');
    await popup.setViewportSize({ width: 340, height: 260 });
    await popup.locator('[data-verdict]').waitFor();
    await shoot(popup, `popup-${lang}`, false);
    await popup.close();
  }
});

// These pages show both languages side by side: one picture each.
test.skipIf(!enabled)('the verify page with the signed receipt', async () => {
  const verify = await verifyPage(extension, receiptPath);
  await verify.setViewportSize({ width: 1200, height: 900 });
  await shoot(verify, 'verify', false);
  await verify.close();
});

test.skipIf(!enabled)('the side panel with a captured notice', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  await panel.setViewportSize({ width: 420, height: 900 });
  await shoot(panel, 'sidepanel', false);
  await close();
});
