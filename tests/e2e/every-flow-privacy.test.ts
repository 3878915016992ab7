// Every flow of the built extension, once — the popup, the dashboard's audit of the bundled sample, a
// key created, backed up and used to sign, the history exported, the receipt verified and printed, a
// notice captured into the side panel — watched for two things that must never happen: a request to
// anything but the extension's own files, and the secret key showing outside its sealed backup.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { findSecret, secretForms } from '../secret-forms.js';
import { auditSample, capturedNoticePanel, printablePage, verifyPage } from './a11y-pages.js';
import { extensionForFile, clickClosingItsPage } from './launch-extension.js';

const PASSPHRASE = 'a passphrase for the backup 备份口令';

const extension = extensionForFile();
const requests: { url: string; page: string }[] = [];
const consoleLines: string[] = [];
const downloads: { name: string; path: string }[] = [];
const pageSources: { url: string; html: string }[] = [];
let noticeUrl = '';
let seed: Uint8Array | null = null;

function watch(page: Page): void {
  page.on('console', (message) => consoleLines.push(`${page.url()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`${page.url()}: ${error.message}`));
}

beforeAll(async () => {
  extension.context.on('request', (request) => {
    let page = 'a worker';
    try {
      page = request.frame().url();
    } catch {
      // Requests of service workers and dedicated workers have no frame.
    }
    requests.push({ url: request.url(), page });
  });
  extension.context.on('page', watch);
  extension.serviceWorker?.on('console', (message) => consoleLines.push(`background: ${message.text()}`));
});

async function download(page: Page, start: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent('download');
  await start();
  const file = await event;
  const path = (await file.path())!;
  downloads.push({ name: file.suggestedFilename(), path });
  return path;
}

const keep = async (page: Page) => pageSources.push({ url: page.url(), html: await page.content() });

test('every flow runs: popup, audit, key, signature, backup, history, verify, print, capture', async () => {
  const popup = await extension.page('popup.html');
  await popup.getByRole('button', { name: /New audit/ }).waitFor();
  await keep(popup);
  const opened = extension.context.waitForEvent('page');
  await clickClosingItsPage(popup.getByRole('button', { name: /New audit/ }));
  await (await opened).waitForLoadState();

  const page = await extension.englishDashboard();
  await auditSample(page);
  const receiptPanel = page.locator('.receipt');
  await receiptPanel.getByLabel('Signer name').fill('Observer Lin');
  await receiptPanel.getByRole('button', { name: 'Create a signing key' }).click();
  await receiptPanel.getByRole('button', { name: 'Sign the receipt' }).click();
  const receipt = await download(page, () => receiptPanel.locator('a[data-receipt-link]').click());

  const backup = receiptPanel.locator('form.key-backup');
  await backup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await backup.getByLabel('Passphrase again').fill(PASSPHRASE);
  await download(page, () => backup.getByRole('button', { name: 'Export a key backup' }).click());
  await keep(page);

  seed = await page.evaluate(
    () =>
      new Promise<Uint8Array>((resolve, reject) => {
        const request = indexedDB.open('tallywitness-keys');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('keys').objectStore('keys').getAll();
          all.onsuccess = () =>
            resolve((all.result as { secretKey: Uint8Array }[])[0]!.secretKey.slice(0, 32));
          all.onerror = () => reject(all.error);
        };
      }),
  );

  await page.getByRole('link', { name: 'History' }).click();
  await page.locator('table.history tbody tr').first().waitFor();
  await download(page, () => page.getByRole('button', { name: 'Export all history' }).click());
  await keep(page);

  const verify = await verifyPage(extension, receipt);
  await keep(verify);
  await keep(await printablePage(extension, verify));

  const capture = await capturedNoticePanel(extension);
  await keep(capture.panel);
  for (const each of extension.context.pages()) {
    if (each.url().startsWith('http://127.0.0.1')) noticeUrl = each.url();
  }
  await capture.close();
  expect(downloads.map((file) => file.name)).toHaveLength(3);
}, 300_000);

test('no page or worker of the extension asked for anything but its own files', () => {
  const own = `chrome-extension://${extension.extensionId}/`;
  const allowed = (url: string) => url.startsWith(own) || url.startsWith(`blob:${own}`) || url === noticeUrl;
  expect(requests.length).toBeGreaterThan(0);
  expect(noticeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  expect(requests.filter((request) => !allowed(request.url))).toEqual([]);
  // A connection the pages' policy blocked never becomes a request: the console says so instead.
  expect(consoleLines.filter((line) => /Content Security Policy|ERR_|net::/i.test(line))).toEqual([]);
});

test('the secret key shows in no download, page or console line, only sealed in its backup', () => {
  expect(seed).not.toBeNull();
  const forms = secretForms(seed!);
  const leaks: string[] = [];
  for (const file of downloads) {
    const found = findSecret(readFileSync(file.path), forms);
    if (found) leaks.push(`${file.name}: ${found}`);
  }
  for (const page of pageSources) {
    const found = findSecret(page.html, forms);
    if (found) leaks.push(`${page.url}: ${found}`);
  }
  const found = findSecret(consoleLines.join('\n'), forms);
  if (found) leaks.push(`the console: ${found}`);
  expect(leaks).toEqual([]);
  expect(pageSources.length).toBeGreaterThanOrEqual(6);
});
