// Screenshots of the dashboard on the bundled sample for the README and docs/screenshots/.
// Run: npx wxt build && TALLYWITNESS_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension.js';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const enabled = process.env['TALLYWITNESS_SCREENSHOTS'] === '1';

let extension: LaunchedExtension;
beforeAll(async () => {
  if (enabled) extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
});

test.skipIf(!enabled)('the dashboard with the sample result, in Chinese and in English', async () => {
  mkdirSync(OUT, { recursive: true });
  const page = await extension.page('dashboard.html');
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.getByRole('button', { name: /Try the bundled sample|试用内置示例/ }).click();
  await page.locator('.election-summary table').waitFor();
  await page.getByRole('button', { name: /Run the audit|开始核对/ }).click();
  await page.locator('.verdict').waitFor();
  for (const lang of ['zh', 'en'] as const) {
    await page.getByLabel(/Language/).selectOption(lang);
    await page.locator('#step4').scrollIntoViewIfNeeded();
    const path = resolve(OUT, `dashboard-result-${lang}.png`);
    await page.screenshot({ path, fullPage: true });
    expect(path).toContain(lang);
  }
});
