import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';

/** What the capture handler stores and returns (entrypoints/shared/capture-store.ts). */
export interface CapturedRecord {
  id: string;
  text: string;
  url: string;
  title: string;
  capturedAt: string;
  sha256: string;
}

/** A page served on 127.0.0.1 at `path`, for the tests to select text on; `close` stops the server. */
export async function servePage(
  path: string,
  html: string | Buffer,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url !== path) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Selects the text of `selector` on the page, as a user would by dragging over it; returns it. */
export function selectText(page: Page, selector: string): Promise<string> {
  return page.evaluate((css) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(css)!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
}

/** What Chromium puts in `selectionText`: the selection with its whitespace collapsed. */
export const asMenuText = (selected: string) => selected.replace(/\s+/g, ' ').trim();

/**
 * Clicks "Check with TallyWitness" as far as automation can: calls the menu's handler in the service
 * worker with what Chromium would hand it, and the active tab.
 */
export function clickCaptureMenu(
  serviceWorker: Worker,
  menuText: string,
  pageUrl: string,
): Promise<CapturedRecord> {
  return serviceWorker.evaluate(
    async ({ selectionText, url }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const capture = (
        globalThis as unknown as { tallyWitnessCapture: (click: object, tab: unknown) => Promise<unknown> }
      ).tallyWitnessCapture;
      return capture(
        { menuItemId: 'tallywitness-check', selectionText, frameId: 0, pageUrl: url },
        tab,
      ) as Promise<CapturedRecord>;
    },
    { selectionText: menuText, url: pageUrl },
  );
}
