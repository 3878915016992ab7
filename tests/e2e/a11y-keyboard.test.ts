import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { receiptSignatureValid } from './receipt-signature.js';

/**
 * From the dashboard's sample button to a downloaded receipt with the keyboard only: Tab to move,
 * Enter or Space to press, typing only the signer's name. No clicks, no focusing by script.
 */

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
});

/** The focused element's accessible text: its aria-label, its label's text, or its own text. */
const focusedName = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return (element.getAttribute('aria-label') ?? '') + labelled + (element.textContent ?? '');
  });

/** Presses Tab until the focused element's name matches; fails after `limit` presses. */
async function tabTo(name: RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName())) return;
  }
  throw new Error(`no focusable element named ${name} within ${limit} presses of Tab`);
}

test('sample, audit, key, signature and receipt download with Tab, Enter and Space', async () => {
  await tabTo(/Try the bundled sample/);
  await page.keyboard.press('Enter');
  await page.locator('.election-summary table').waitFor();

  // The sample fills every step, so the focus goes straight to its one next step.
  await expect.poll(focusedName).toBe('Run the audit');
  await page.keyboard.press('Space');
  await page.locator('.verdict').waitFor();
  // The focus lands on the summary of what is wrong, so that the next Tab goes on from there.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary');

  await tabTo(/Signer name/);
  await page.keyboard.type('Observer Zhao');
  await page.keyboard.press('Enter');
  await page.locator('[data-fingerprint]').waitFor();

  await tabTo(/^Sign the receipt$/);
  await page.keyboard.press('Space');
  await page.locator('a[data-receipt-link]').waitFor();

  await tabTo(/Download the receipt/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const receipt = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as Parameters<
    typeof receiptSignatureValid
  >[0] & { payload: { signer: { label: string }; report: { verdict: string } } };
  expect(receipt.payload.signer.label).toBe('Observer Zhao');
  expect(receipt.payload.report.verdict).toBe('discrepancies');
  expect(receiptSignatureValid(receipt)).toBe(true);
});

test('the focus is always visible: every focusable control draws an outline when focused by Tab', async () => {
  const missing: string[] = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const drawn = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outlined || style.boxShadow !== 'none' ? '' : element.outerHTML.slice(0, 80);
    });
    if (drawn) missing.push(drawn);
  }
  expect(missing).toEqual([]);
});
