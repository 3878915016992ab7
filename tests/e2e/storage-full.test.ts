// A browser whose storage for the extension is full: the audit's result is still shown, signed and
// downloadable; the page says in both languages that it was not kept, and the history is as it was.
import { expect, test } from 'vitest';
import { auditSample } from './a11y-pages.js';
import { refuseWritesTo } from './full-storage.js';
import { extensionForFile } from './launch-extension.js';

const extension = extensionForFile();

test('a full disk loses nothing of the audit and is said in Chinese and English', async () => {
  const page = await extension.englishDashboard();
  // What the browser does when the extension's quota is used up: every write to the history fails.
  await page.evaluate(refuseWritesTo, 'audits');
  await auditSample(page);
  const notice = page.locator('[data-storage-problem]');
  await expect.poll(() => notice.locator('p[lang="zh-CN"]').textContent()).toContain('存储空间已满');
  await expect
    .poll(() => notice.locator('p[lang="en"]').textContent())
    .toContain('storage for this extension is full');
  await expect.poll(() => page.locator('.verdict').getAttribute('data-verdict')).toBe('discrepancies');

  const receipt = page.locator('.receipt');
  await receipt.getByLabel('Signer name').fill('Observer Zhao');
  await receipt.getByRole('button', { name: 'Create a signing key' }).click();
  await receipt.getByRole('button', { name: 'Sign the receipt' }).click();
  const download = page.waitForEvent('download');
  await receipt.locator('a[data-receipt-link]').click();
  expect((await download).suggestedFilename()).toMatch(/^receipt-.*\.json$/);

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByText(/^Nothing saved yet\./).waitFor();
});
