import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The built extension that `wxt build` writes. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchedExtension {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The background service worker, when the extension has one. */
  readonly serviceWorker?: Worker;
  /** Opens `chrome-extension://<id>/<path>` in a new tab, e.g. `page('dashboard.html')`. */
  page(path: string): Promise<Page>;
  /**
   * The dashboard in a new tab (at `hash`, e.g. `#history`), its language set to English: the tests
   * find things by their English labels.
   */
  englishDashboard(hash?: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Chromium names an unpacked extension after its directory: the first 32 hex digits of the SHA-256 of
 * the absolute path, each digit mapped 0–f → a–p.
 */
export function unpackedExtensionId(directory: string): string {
  const hex = createHash('sha256').update(resolve(directory)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function manifestHasBackground(): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      background?: unknown;
    };
    return manifest.background !== undefined;
  } catch {
    return false;
  }
}

/** How many times a tab that never draws is opened again before the test is given it as it is. */
const PAGE_ATTEMPTS = 3;

/**
 * Whether the page draws frames. Now and then headless Chromium opens a tab whose renderer never
 * draws: its DOM answers, but requestAnimationFrame never fires, so every click waits for the
 * element to be "stable" until the test times out. Such a tab does not recover; a new one does.
 */
async function drawsFrames(page: Page, withinMs = 5_000): Promise<boolean> {
  return page.evaluate(
    (withinMs) =>
      new Promise<boolean>((resolve) => {
        setTimeout(() => resolve(false), withinMs);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
      }),
    withinMs,
  );
}

/** Chromium with the built extension loaded, in a fresh profile that `close()` removes. */
export async function launchExtension(): Promise<LaunchedExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first`);
  }
  const executablePath = process.env['TALLYWITNESS_CHROMIUM'] || '/usr/bin/chromium';
  const userDataDir = mkdtempSync(join(tmpdir(), 'tallywitness-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false,
    acceptDownloads: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  let serviceWorker: Worker | undefined;
  if (manifestHasBackground()) {
    serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : unpackedExtensionId(EXTENSION_DIR);

  const page = async (path: string): Promise<Page> => {
    const url = `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    for (let attempt = 1; ; attempt += 1) {
      const opened = await context.newPage();
      await opened.goto(url);
      if (await drawsFrames(opened)) return opened;
      await opened.bringToFront();
      if ((await drawsFrames(opened)) || attempt === PAGE_ATTEMPTS) return opened;
      await opened.close();
    }
  };
  return {
    context,
    extensionId,
    ...(serviceWorker ? { serviceWorker } : {}),
    page,
    async englishDashboard(hash = '') {
      const dashboard = await page(`dashboard.html${hash}`);
      await dashboard.getByLabel(/Language/).selectOption('en');
      return dashboard;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The extension for the tests of one file: launched before them (this `beforeAll` runs before the
 * file's own, when called above them) and closed after them. Its members reach the launched one, so a
 * test writes `extension.page('popup.html')` as with `launchExtension()`. `skip` leaves it unlaunched
 * (a file whose tests are all skipped).
 */
export function extensionForFile({ skip = false }: { skip?: boolean } = {}): LaunchedExtension {
  let launched: LaunchedExtension | undefined;
  beforeAll(async () => {
    if (!skip) launched = await launchExtension();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const current = (): LaunchedExtension => {
    if (!launched) throw new Error('the extension is launched in beforeAll, before any test');
    return launched;
  };
  return {
    get context() {
      return current().context;
    },
    get extensionId() {
      return current().extensionId;
    },
    get serviceWorker() {
      return current().serviceWorker;
    },
    page: (path) => current().page(path),
    englishDashboard: (hash) => current().englishDashboard(hash),
    close: () => current().close(),
  };
}

/**
 * Clicks a control of the popup that opens a tab: the popup then closes itself (window.close), at times
 * before the click has returned, which the click reports as "Target page, context or browser has been
 * closed". The popup closed is the click's success, not an error.
 */
export async function clickClosingItsPage(control: Locator): Promise<void> {
  try {
    await control.click();
  } catch (error) {
    if (!control.page().isClosed()) throw error;
  }
}
