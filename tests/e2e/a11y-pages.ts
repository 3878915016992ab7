import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension.js';

/**
 * The extension's main pages brought into the state a first-time observer sees them in, for the
 * accessibility checks and the screenshots: the dashboard with the sample's result and a signed receipt,
 * the verify page and the printable view of that receipt, and the side panel with a captured notice.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOTICE = readFileSync(new URL('./fixtures/announcement.html', import.meta.url));

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page. It is evaluated through the debugging protocol, which the pages' CSP
 * (script-src 'self') does not govern, so the page itself is tested unchanged.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** Loads the bundled sample and runs its audit. */
export async function auditSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Try the bundled sample|试用内置示例/ }).click();
  await page.locator('.election-summary table').waitFor();
  await page.getByRole('button', { name: /Run the audit|开始核对/ }).click();
  await page.locator('.verdict').waitFor();
}

/** Creates a key named `label`, signs the audited result and returns the downloaded receipt's path. */
export async function signReceipt(page: Page, label: string): Promise<string> {
  const panel = page.locator('.receipt');
  await panel.getByLabel(/Signer name|签名人名称/).fill(label);
  await panel.getByRole('button', { name: /Create a signing key|创建签名密钥/ }).click();
  await panel.getByRole('button', { name: /Sign the receipt|签署回执/ }).click();
  const download = page.waitForEvent('download');
  await panel.locator('a[data-receipt-link]').click();
  return (await (await download).path())!;
}

/** The verify page with `receiptPath` loaded and checked. */
export async function verifyPage(extension: LaunchedExtension, receiptPath: string): Promise<Page> {
  const page = await extension.page('verify.html');
  await page.getByTestId('receipt-file').setInputFiles(receiptPath);
  await page.getByTestId('signature').waitFor();
  return page;
}

/** The printable view opened from a verify page. */
export async function printablePage(extension: LaunchedExtension, verify: Page): Promise<Page> {
  const opened = extension.context.waitForEvent('page');
  await verify.getByTestId('open-printable').click();
  const printable = await opened;
  await printable.getByTestId('printable-receipt').waitFor();
  return printable;
}

/**
 * The side panel showing a notice captured from a served page. The menu's own handler is called in the
 * service worker, as tests/e2e/capture.test.ts explains, since no automation can click a native menu.
 */
export async function capturedNoticePanel(
  extension: LaunchedExtension,
  /** The served page: an element `#notice` holds what is captured. */
  html: string | Buffer = NOTICE,
): Promise<{ panel: Page; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/announcement.html`;
  const notice = await extension.context.newPage();
  await notice.goto(url);
  await notice.bringToFront();
  const text = ((await notice.locator('#notice').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const opened = extension.context.waitForEvent('page');
  await extension.serviceWorker!.evaluate(
    async ({ selectionText, pageUrl }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const capture = (
        globalThis as unknown as { tallyWitnessCapture: (click: object, tab: unknown) => Promise<unknown> }
      ).tallyWitnessCapture;
      await capture({ menuItemId: 'tallywitness-check', selectionText, frameId: 0, pageUrl }, tab);
    },
    { selectionText: text, pageUrl: url },
  );
  const panel = await opened;
  await panel.getByTestId('capture-sha256').waitFor();
  return {
    panel,
    async close() {
      await Promise.all([panel.close(), notice.close()]);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
