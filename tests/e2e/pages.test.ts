import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditSample, capturedNoticePanel, printablePage, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile, clickClosingItsPage } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * The pages as one product (issue 16): readable type on every page, one frame with the navigation and
 * a language switch, the verify page and the printable receipt reachable from everywhere a receipt is,
 * and a receipt whose signature fails saying so first and offering no print.
 */

const extension = extensionForFile();
let dashboard: Page;
let receiptPath: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tallywitness-pages-'));
  dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  receiptPath = await signReceipt(dashboard, 'Observer Li');
});
afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The receipt with one vote changed in its signed payload: still JSON, no longer what was signed. */
function tamperedReceipt(): string {
  const text = readFileSync(receiptPath, 'utf8');
  const at = text.indexOf('"votes": ') + '"votes": '.length;
  const changed = text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1);
  expect(changed).not.toBe(text);
  const path = join(work, 'tampered.json');
  writeFileSync(path, changed);
  return path;
}

interface TypeSizes {
  body: number;
  /** The smallest visible text outside the charts' SVG, with what it says. */
  smallest: { size: number; text: string; tag: string }[];
}

/** The computed font size of the body and of every visible piece of text on the page. */
function typeSizes(page: Page): Promise<TypeSizes> {
  return page.evaluate(() => {
    const seen: { size: number; text: string; tag: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || element.closest('svg')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(element);
      if (style.position === 'absolute' && element.closest('.visually-hidden, .skip-link')) continue;
      seen.push({
        size: parseFloat(style.fontSize),
        text: node.textContent.trim().slice(0, 30),
        tag: element.tagName,
      });
    }
    seen.sort((a, b) => a.size - b.size);
    return { body: parseFloat(getComputedStyle(document.body).fontSize), smallest: seen.slice(0, 3) };
  });
}

/** Every digest shown: its size, whether monospace and wrapping, and whether a copy button follows it. */
function hashStyles(page: Page) {
  return page.locator('.hash').evaluateAll((hashes) =>
    hashes.map((hash) => {
      const style = getComputedStyle(hash);
      return {
        size: parseFloat(style.fontSize),
        monospace: /mono/i.test(style.fontFamily),
        wraps: style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all',
        copy: hash.nextElementSibling?.matches('button.copy') ?? false,
      };
    }),
  );
}

async function expectReadable(page: Page, name: string) {
  const sizes = await typeSizes(page);
  expect(sizes.body, `${name}: body`).toBeGreaterThanOrEqual(16);
  expect(sizes.smallest[0]!.size, `${name}: ${JSON.stringify(sizes.smallest)}`).toBeGreaterThanOrEqual(14);
  for (const hash of await hashStyles(page))
    expect(hash, name).toEqual({ size: expect.any(Number), monospace: true, wraps: true, copy: true });
  for (const hash of await hashStyles(page)) expect(hash.size, name).toBeGreaterThanOrEqual(14);
}

/** The shared frame: the product's name, the six places, and the language switch. */
async function expectFrame(page: Page, current: string | null) {
  await expect.poll(() => page.locator('.shell-name').textContent()).toContain('TallyWitness');
  const links = page.locator('nav.shell-nav a');
  await expect
    .poll(() =>
      links.evaluateAll((all) =>
        all.map(
          (link) =>
            new URL((link as HTMLAnchorElement).href).pathname +
            new URL((link as HTMLAnchorElement).href).hash,
        ),
      ),
    )
    .toEqual([
      '/dashboard.html#audit',
      '/dashboard.html#election',
      '/dashboard.html#history',
      '/tally.html',
      '/sheets.html',
      '/verify.html',
    ]);
  await expect
    .poll(() => page.locator('nav.shell-nav a[aria-current="page"]').allTextContents())
    .toEqual(current === null ? [] : [current]);
  await expect.poll(() => page.getByLabel(/Language/).count()).toBe(1);
}

describe('defect 2: readable type', () => {
  test('16 px body and legible digests on the dashboard, verify page, printable receipt, side panel, popup and live tally', async () => {
    await dashboard.locator('[data-signed]').waitFor();
    await expectReadable(dashboard, 'dashboard');
    const verify = await verifyPage(extension, receiptPath);
    await expectReadable(verify, 'verify');
    const printable = await printablePage(extension, verify);
    await expectReadable(printable, 'printable receipt');
    const { panel, close } = await capturedNoticePanel(extension);
    await expectReadable(panel, 'side panel');
    const popup = await extension.page('popup.html');
    await popup.locator('[data-verdict]').waitFor();
    await expectReadable(popup, 'popup');
    const tally = await extension.page('tally.html');
    await expectReadable(tally, 'live tally');
    await Promise.all([verify.close(), printable.close(), tally.close(), close(), popup.close()]);
  });

  test('a digest is copied in one click', async () => {
    await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const verify = await verifyPage(extension, receiptPath);
    const payload = await verify.getByTestId('payload-sha256').textContent();
    await verify.getByRole('button', { name: 'Copy the Receipt check number' }).click();
    await expect.poll(() => verify.evaluate(() => navigator.clipboard.readText())).toBe(payload);
    await expect.poll(() => verify.locator('.copy-status').first().textContent()).toBe('Copied');
    await verify.close();
  });

  test("an input error's file and line are as legible as the text", async () => {
    const page = await extension.englishDashboard('#election');
    await page.locator('#open-election').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "name": "x",,\n}\n'),
    });
    const where = page.locator('.input-errors code').first();
    await expect.poll(() => where.textContent()).toMatch(/^broken\.json:2:\d+/);
    expect(
      await where.evaluate((code) => parseFloat(getComputedStyle(code).fontSize)),
    ).toBeGreaterThanOrEqual(14);
    await page.close();
  });

  test('larger type and a bounded column on a 1920 px screen', async () => {
    const page = await extension.page('verify.html');
    await page.setViewportSize({ width: 1920, height: 1080 });
    const measured = await page.evaluate(() => ({
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      body: parseFloat(getComputedStyle(document.body).fontSize),
      column: document.querySelector('main')!.getBoundingClientRect().width,
    }));
    expect(measured.root).toBe(18);
    expect(measured.body).toBe(18);
    expect(measured.column).toBeLessThanOrEqual(1200);
    expect(measured.column).toBeGreaterThan(900);
    await page.close();
  });
});

describe('defect 10: one frame, one language per page', () => {
  test('every page has the name, the navigation and the language switch', async () => {
    await expectFrame(dashboard, 'Audit');
    const verify = await extension.page('verify.html');
    await expectFrame(verify, 'Verify a receipt');
    const printable = await extension.page('receipt.html');
    await expectFrame(printable, null);
    const { panel, close } = await capturedNoticePanel(extension);
    await expectFrame(panel, null);
    // From the narrow side panel the places open in a tab of their own.
    await expect.poll(() => panel.locator('nav.shell-nav a[target="_blank"]').count()).toBe(6);
    const tally = await extension.page('tally.html');
    await expectFrame(tally, 'Live tally');
    const popup = await extension.page('popup.html');
    await expect.poll(() => popup.getByLabel(/Language/).count()).toBe(1);
    await Promise.all([verify.close(), printable.close(), tally.close(), close(), popup.close()]);
  });

  test('the verify page and the side panel speak one language, and switch to the other and back', async () => {
    const verify = await verifyPage(extension, receiptPath);
    const headline = verify.getByTestId('headline');
    await expect.poll(() => headline.textContent()).toBe('✔ Signature valid');
    await expect.poll(() => verify.locator('main').textContent()).not.toMatch(/签名|核验|输入文件/);
    await verify.getByLabel(/Language/).selectOption('zh');
    await expect.poll(() => headline.textContent()).toBe('✔ 签名有效');
    await expect.poll(() => verify.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => verify.locator('main').textContent()).not.toMatch(/Signature|Verify a receipt/);
    const { panel, close } = await capturedNoticePanel(extension);
    // The choice is remembered: the next page opens in Chinese.
    await expect.poll(() => panel.locator('main h2').first().textContent()).toBe('公告自身的核查');
    await panel.getByLabel(/Language/).selectOption('en');
    await expect
      .poll(() => panel.locator('main h2').first().textContent())
      .toBe('The notice checked on its own');
    await expect.poll(() => panel.locator('main').textContent()).not.toMatch(/公告自身|截取时间|网址/);
    // A page already open follows the choice made on another.
    await expect.poll(() => headline.textContent()).toBe('✔ Signature valid');
    await Promise.all([verify.close(), close()]);
  });

  test('file pickers and selects look like the buttons beside them, in the page language', async () => {
    const verify = await verifyPage(extension, receiptPath);
    const looks = (selector: string) =>
      verify
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return [style.borderRadius, style.borderTopStyle, style.minHeight, style.fontSize];
        });
    const button = await looks('button.primary');
    expect(await looks('.file-picker .like-button')).toEqual(button);
    expect((await looks('select')).slice(0, 2)).toEqual(button.slice(0, 2));
    const picker = verify.locator('.file-picker .like-button').first();
    await expect.poll(() => picker.textContent()).toBe('Choose files');
    await verify.getByLabel(/Language/).selectOption('zh');
    await expect.poll(() => picker.textContent()).toBe('选择文件');
    await verify.getByLabel(/Language/).selectOption('en');
    // The name chosen is shown beside the button.
    await expect
      .poll(() => verify.locator('.file-picker-chosen').first().textContent())
      .toBe(receiptPath.split('/').at(-1));
    await verify.close();
  });
});

describe('defect 3: every page reachable', () => {
  test('the popup opens the verify page, and the printable view of the last signed audit', async () => {
    const popup = await extension.page('popup.html');
    await popup.locator('[data-verdict]').waitFor();
    let opened = extension.context.waitForEvent('page');
    await clickClosingItsPage(popup.getByTestId('open-printable'));
    const printable = await opened;
    await printable.getByTestId('printable-receipt').waitFor();
    await expect.poll(() => printable.getByTestId('signature').getAttribute('data-valid')).toBe('true');
    await printable.close();
    const again = await extension.page('popup.html');
    opened = extension.context.waitForEvent('page');
    await again.getByRole('button', { name: 'Verify a receipt' }).click();
    const verify = await opened;
    await verify.waitForLoadState();
    expect(new URL(verify.url()).pathname).toBe('/verify.html');
    await Promise.all([verify.close(), popup.close().catch(() => {}), again.close().catch(() => {})]);
  });

  test('after signing: the printable receipt and the verify page, each with the signed receipt', async () => {
    const actions = dashboard.locator('[data-signed] [data-testid="receipt-actions"]');
    let opened = extension.context.waitForEvent('page');
    await actions.getByRole('button', { name: 'Open the printable receipt' }).click();
    const printable = await opened;
    await printable.getByTestId('printable-receipt').waitFor();
    await expect
      .poll(() => printable.getByTestId('fingerprint').textContent())
      .toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);

    // The printable receipt names the verify page and links to it, with this receipt open there.
    const link = printable.getByTestId('verify-link');
    await expect
      .poll(() => printable.getByTestId('how-to-verify').textContent())
      .toContain('in the TallyWitness extension’s “Verify a receipt” page');
    await link.click();
    await printable.getByTestId('signature').waitFor();
    expect(new URL(printable.url()).pathname).toBe('/verify.html');
    await expect.poll(() => printable.getByTestId('signature').getAttribute('data-valid')).toBe('true');
    await printable.close();

    opened = extension.context.waitForEvent('page');
    await actions.getByRole('button', { name: 'Verify this receipt' }).click();
    const verify = await opened;
    await expect.poll(() => verify.getByTestId('signature').getAttribute('data-valid')).toBe('true');
    await expect.poll(() => verify.getByTestId('receipt').textContent()).toContain('Observer Li');
    await verify.close();
  });

  test('an audit reopened from the history offers its receipt again: download, print, verify', async () => {
    await dashboard.getByRole('link', { name: 'History' }).click();
    await dashboard.getByRole('button', { name: 'Open' }).first().click();
    const actions = dashboard.locator('[data-testid="receipt-actions"]:visible');
    await expect.poll(() => actions.locator('a[data-receipt-link]').count()).toBe(1);
    const opened = extension.context.waitForEvent('page');
    await actions.getByRole('button', { name: 'Open the printable receipt' }).click();
    const printable = await opened;
    await expect.poll(() => printable.getByTestId('signature').getAttribute('data-valid')).toBe('true');
    await printable.close();
    await expect.poll(() => actions.getByRole('button', { name: 'Verify this receipt' }).count()).toBe(1);
    await dashboard.getByRole('button', { name: 'Back' }).click();
    await dashboard.getByRole('link', { name: 'Audit' }).click();
  });
});

describe('defect 7: a tampered receipt says so first and offers no print', () => {
  test('on the verify page, in both languages', async () => {
    const verify = await verifyPage(extension, tamperedReceipt());
    await expect
      .poll(() => verify.getByTestId('headline').textContent())
      .toContain('Signature invalid — do not rely on this receipt');
    await expect.poll(() => verify.getByTestId('open-printable').count()).toBe(0);
    // What it claims is set apart under a heading that says not to rely on it.
    await expect.poll(() => verify.locator('.untrusted [data-testid="verdict"]').count()).toBe(1);
    await verify.getByLabel(/Language/).selectOption('zh');
    await expect.poll(() => verify.getByTestId('headline').textContent()).toContain('签名无效 · 不可采信');
    await verify.getByLabel(/Language/).selectOption('en');
    await verify.close();
  });

  test('on the printable view: the headline, no print button, and nothing of its claims on paper', async () => {
    const printable = await extension.page('receipt.html');
    await printable.locator('input[type="file"]').setInputFiles(tamperedReceipt());
    await expect
      .poll(() => printable.getByTestId('headline').textContent())
      .toContain('Signature invalid — do not rely on this receipt');
    await expect.poll(() => printable.getByTestId('print').count()).toBe(0);
    await printable.emulateMedia({ media: 'print' });
    await expect.poll(() => printable.getByTestId('headline').isVisible()).toBe(true);
    await expect.poll(() => printable.getByTestId('verdict').isVisible()).toBe(false);
    await printable.close();
  });

  test('a valid receipt: signature and fresh recount side by side at the top, above everything else', async () => {
    const verify = await verifyPage(extension, receiptPath);
    const inputs = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath);
    await verify.getByTestId('input-files').setInputFiles(inputs);
    const box = verify.locator('.check-summary');
    await box.getByTestId('recount-result').waitFor({ timeout: 60_000 });
    await expect.poll(() => box.getByTestId('recount-result').getAttribute('data-same')).toBe('true');
    await expect.poll(() => box.getByTestId('signature').getAttribute('data-valid')).toBe('true');
    await expect
      .poll(() => box.getByTestId('headline').textContent())
      .toBe('✔ Signature valid — and the fresh recount agrees');
    const [summary, facts] = await Promise.all([
      box.boundingBox(),
      verify.locator('dl.facts').first().boundingBox(),
    ]);
    expect(summary!.y).toBeLessThan(facts!.y);
    await verify.close();
  });
});

describe('defect 8 on the verify and printable pages', () => {
  test('times and numbers for people; finding codes only behind a toggle', async () => {
    const verify = await verifyPage(extension, receiptPath);
    const signedAt = verify.locator('[data-testid="receipt"] time').first();
    await expect.poll(() => signedAt.textContent()).not.toMatch(/\d{4}-\d\d-\d\dT/);
    await expect.poll(() => signedAt.textContent()).toMatch(/\b20\d\d\b/);
    const printable = await printablePage(extension, verify);
    await expect.poll(() => printable.locator('.sheet time').first().textContent()).not.toMatch(/T\d\d:/);
    // The sample's 2,100 registered voters, grouped by thousands.
    await expect.poll(() => printable.locator('.facts').first().textContent()).toContain('2,100');
    const codes = printable.locator('[data-testid="findings"] code');
    await expect.poll(() => codes.count()).toBeGreaterThan(0);
    expect(await codes.first().isVisible()).toBe(false);
    await Promise.all([verify.close(), printable.close()]);
  });
});

describe('the printable receipt on a phone-wide window', () => {
  test('at 400 px each input file is a card with labelled fields, names whole; at 1280 px and on paper the table', async () => {
    const printable = await extension.page('receipt.html');
    await printable.locator('input[type="file"]').setInputFiles(receiptPath);
    const inputs = printable.getByTestId('inputs');
    await inputs.waitFor();
    // The lines a cell's text stands on, and whether its words are broken inside.
    const cells = () =>
      inputs.locator('tbody td').evaluateAll((tds) =>
        tds.slice(0, 3).map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td.firstChild?.nodeType === Node.TEXT_NODE ? td.firstChild : td);
          return {
            text: td.textContent,
            lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size,
            label: getComputedStyle(td, '::before').content,
          };
        }),
      );
    const headerShown = () =>
      inputs.locator('thead').evaluate((head) => head.getBoundingClientRect().height > 1);
    for (const lang of ['zh', 'en'] as const) {
      await printable.getByLabel(/Language|语言/).selectOption(lang);
      await printable.setViewportSize({ width: 400, height: 900 });
      const narrow = await cells();
      // The role, the file's name and its size, each on one line under its own label.
      expect(
        narrow.map((cell) => cell.lines),
        lang,
      ).toEqual([1, 1, 1]);
      expect(
        narrow.map((cell) => cell.label),
        lang,
      ).toEqual(lang === 'zh' ? ['"用途"', '"文件"', '"字节"'] : ['"Role"', '"File"', '"Bytes"']);
      expect(await headerShown(), lang).toBe(false);
      expect(
        await printable.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      await printable.setViewportSize({ width: 1280, height: 900 });
      expect(await headerShown(), lang).toBe(true);
      expect(
        (await cells()).map((cell) => cell.label),
        lang,
      ).toEqual(['none', 'none', 'none']);
    }
    // Paper keeps the table, however narrow the window it is printed from.
    await printable.setViewportSize({ width: 400, height: 900 });
    await printable.emulateMedia({ media: 'print' });
    expect(await headerShown()).toBe(true);
    await printable.close();
  });
});
