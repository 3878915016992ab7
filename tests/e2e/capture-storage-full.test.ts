// A browser whose storage for the extension is full when a notice is captured: the capture is not lost.
// The panel already open and the one opened for it both show it checked as usual, say in Chinese and
// English that it was not kept, and offer nothing that would need it stored.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { asMenuText, clickCaptureMenu, selectText, servePage } from './capture-menu.js';
import { refuseWritesTo } from './full-storage.js';
import { extensionForFile } from './launch-extension.js';

const FIXTURE = readFileSync(new URL('./fixtures/announcement.html', import.meta.url));

const extension = extensionForFile();
let served: Awaited<ReturnType<typeof servePage>>;
beforeAll(async () => {
  served = await servePage('/announcement.html', FIXTURE);
});
afterAll(async () => {
  await served?.close();
});

test('a capture the full storage refuses is shown, checked and said not kept', async () => {
  const worker = extension.serviceWorker!;
  // What the browser does when the extension's quota is used up: every write of a capture fails.
  await worker.evaluate(refuseWritesTo, 'captures');
  const openPanel = await extension.context.newPage();
  await openPanel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await openPanel.getByTestId('no-captures').waitFor();

  const page = await extension.context.newPage();
  await page.goto(served.url);
  await page.bringToFront();
  const menuText = asMenuText(await selectText(page, '#notice'));
  const opened = extension.context.waitForEvent('page');
  const capture = await clickCaptureMenu(worker, menuText, served.url);
  const newPanel = await opened;
  await newPanel.waitForLoadState();

  // The panel open before learns of it by message, the new one asks the background for it.
  for (const panel of [openPanel, newPanel]) {
    await expect.poll(() => panel.getByTestId('capture-text').textContent()).toBe(menuText);
    expect(await panel.getByTestId('capture').getAttribute('data-capture-id')).toBe(capture.id);
    const notice = panel.locator('[data-storage-problem]');
    await expect.poll(() => notice.locator('p[lang="zh-CN"]').textContent()).toContain('存储空间已满');
    expect(await notice.locator('p[lang="en"]').textContent()).toContain(
      'storage for this extension is full',
    );
    // Checked as usual: the wrong turnout share is found.
    await expect
      .poll(() => panel.locator('[data-code="ANNOUNCED_PERCENT_MISMATCH"]').textContent())
      .toContain('70.3%');
    expect(await panel.getByTestId('use-in-dashboard').count()).toBe(0);
    expect(await panel.locator('[data-capture-not-kept]').count()).toBe(1);
  }
  // Nothing was stored: the store is as it was.
  const stored = await worker.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tallywitness-captures');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('captures').objectStore('captures').count(id);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    capture.id,
  );
  expect(stored).toBe(0);
});
