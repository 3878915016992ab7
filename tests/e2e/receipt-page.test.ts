import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { auditSample, capturedNoticePanel, signReceipt } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The printable receipt and the side panel as an observer meets them: the number under the QR code is
 * named for what it is for, not by its algorithm; an old link to a receipt no longer kept says so and
 * how to open it again; on a phone-wide window the copy buttons and the "Code" toggles are 44 px
 * targets, and on a wide one they stay small beside the text; the navigation is the same frame on
 * every page.
 */

const extension = extensionForFile();
const LANGS = ['zh', 'en'] as const;
let receiptPath: string;

beforeAll(async () => {
  const dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  receiptPath = await signReceipt(dashboard, 'Observer Li');
  await dashboard.close();
});

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

const openReceipt = async (width: number) => {
  const page = await extension.page('receipt.html');
  await page.setViewportSize({ width, height: 900 });
  await page.getByTestId('receipt-file').setInputFiles(receiptPath);
  await page.getByTestId('printable-receipt').waitFor();
  return page;
};

test('the number under the QR code is named for what a checker does with it, in both languages', async () => {
  const page = await openReceipt(1280);
  const caption = page.locator('figure.qr-box figcaption');
  const words = {
    zh: { label: '回执核对码', jargon: /载荷/ },
    en: { label: 'Receipt check number', jargon: /payload/i },
  };
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    const text = (await caption.innerText()).trim();
    expect(text.startsWith(words[lang].label), `${lang}: ${text}`).toBe(true);
    expect(text, lang).not.toMatch(words[lang].jargon);
    // The signer's key keeps the word "fingerprint" to itself.
    expect(text, lang).not.toMatch(/fingerprint|指纹/i);
    // The algorithm's name stays, as a detail in smaller type, for those who check by another tool.
    expect(await caption.locator('small').innerText(), lang).toContain('SHA-256');
    await expect
      .poll(() => caption.getByRole('button').getAttribute('aria-label'), { message: lang })
      .toContain(words[lang].label);
  }
  await page.close();
});

test('an old link to a receipt that is no longer kept says so, and how to open it again', async () => {
  const page = await extension.page(`receipt.html?id=${crypto.randomUUID()}`);
  const gone = page.getByTestId('receipt-gone');
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    await gone.waitFor({ timeout: 5000 });
    const text = await gone.innerText();
    expect(text, lang).toMatch(lang === 'zh' ? /已不在/ : /no longer here/);
    // The way back: the receipt file, chosen with the picker below.
    expect(text, lang).toMatch(lang === 'zh' ? /选择回执文件/ : /choose the receipt file/);
    await expect.poll(() => page.getByTestId('receipt-file').count()).toBe(1);
  }
  // Opened without a link, the page has nothing to say about a missing receipt.
  const plain = await extension.page('receipt.html');
  await plain.getByTestId('receipt-file').waitFor();
  expect(await plain.getByTestId('receipt-gone').count()).toBe(0);
  await Promise.all([page.close(), plain.close()]);
});

/** Heights of the visible copy buttons and "Code" toggles on the page. */
const smallTargets = (page: Page) =>
  page.locator('button.copy, details.code summary').evaluateAll((controls) =>
    controls
      .map((control) => ({
        html: control.outerHTML.slice(0, 60),
        height: control.getBoundingClientRect().height,
      }))
      .filter((control) => control.height > 0),
  );

test('copy buttons and "Code" toggles: 44 px targets at 400 px, small beside the text at 1280 px', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  await panel.locator('details.code summary').first().waitFor();
  const receipt = await openReceipt(400);
  for (const [name, page] of [
    ['receipt', receipt],
    ['side panel', panel],
  ] as const) {
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await page.setViewportSize({ width: 400, height: 900 });
      const narrow = await smallTargets(page);
      expect(narrow.length, `${name} ${lang}`).toBeGreaterThan(0);
      for (const control of narrow)
        expect(control.height, `${name} ${lang} at 400 px: ${control.html}`).toBeGreaterThanOrEqual(44);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        `${name} ${lang}`,
      ).toBe(0);
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const control of await smallTargets(page))
        expect(control.height, `${name} ${lang} at 1280 px: ${control.html}`).toBeLessThan(44);
    }
  }
  await Promise.all([receipt.close(), close()]);
});

test('at 400 px the navigation is the same frame on the tally page, the side panel and the receipt page', async () => {
  const measure = async (path: string) => {
    const page = await extension.page(path);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.locator('nav.shell-nav a').first().waitFor();
    await setLanguage(page, 'en');
    const nav = await page.locator('nav.shell-nav ul').evaluate((list: HTMLElement) => ({
      overflowX: getComputedStyle(list).overflowX,
      scrollbar: list.offsetHeight - list.clientHeight,
      links: list.querySelectorAll('a').length,
      scrolls: list.scrollWidth > list.clientWidth,
    }));
    await page.close();
    return nav;
  };
  const tally = await measure('tally.html');
  expect(tally.links).toBe(6);
  for (const path of ['sidepanel.html', 'receipt.html']) expect(await measure(path), path).toEqual(tally);
});

test('the side panel’s “Show in the text”: a 44 px target at 400 and 1280 px, apart from the words and the “Code” toggle', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  const link = panel.locator('button.show-in-text').first();
  await link.waitFor();
  for (const lang of LANGS)
    for (const width of [400, 1280]) {
      await setLanguage(panel, lang);
      await panel.setViewportSize({ width, height: 900 });
      const at = `${lang} at ${width} px`;
      const boxes = await panel.locator('.findings .finding').evaluateAll((findings) =>
        findings
          .map((finding) => {
            const box = (element: Element | null) => {
              const rect = element?.getBoundingClientRect();
              return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null;
            };
            return {
              link: box(finding.querySelector('button.show-in-text')),
              words: box(finding.querySelector('strong + div')),
              code: box(finding.querySelector('details.code summary')),
            };
          })
          .filter((finding) => finding.link !== null),
      );
      expect(boxes.length, at).toBeGreaterThan(0);
      for (const { link, words, code } of boxes) {
        expect(link!.bottom - link!.top, at).toBeGreaterThanOrEqual(44);
        expect(link!.right - link!.left, at).toBeGreaterThanOrEqual(44);
        // Below the finding's words, not over them; beside or under the toggle, never touching it.
        expect(link!.top, at).toBeGreaterThanOrEqual(words!.bottom - 1);
        const apart = code!.left >= link!.right + 8 || code!.top >= link!.bottom || code!.bottom <= link!.top;
        expect(apart, `${at}: ${JSON.stringify({ link, code })}`).toBe(true);
      }
    }
  // It still takes the reader to the place.
  await link.click();
  await expect
    .poll(() => panel.evaluate(() => document.activeElement?.classList.contains('mark')))
    .toBe(true);
  await close();
});

/** How many lines each element's text takes. */
const linesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );

test('the receipt at 400 px: 级别 and each severity on one line, no number parted from its unit (739 / 票); at 1280 px each input’s role and name on one line', async () => {
  const page = await openReceipt(400);
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    const column = await linesOf(page, '[data-testid="findings"] tr > :first-child');
    expect(column.length, lang).toBeGreaterThan(1);
    expect(column, lang).toEqual(column.map(() => 1));
    // Each number in a contest's caption stays on the line of the unit after it.
    const parted = await page.locator('.grid caption').evaluateAll((captions) =>
      captions.flatMap((caption) => {
        const text = caption.firstChild;
        if (!(text instanceof Text)) return [];
        return [
          ...(text.data.matchAll(/(?<![\d,])\d[\d,]*[ \u00a0](?:席|票|seats?|valid|votes)/g) ?? []),
        ].flatMap((match) => {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          return lines > 1 ? [match[0]] : [];
        });
      }),
    );
    expect(parted, lang).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      lang,
    ).toBe(0);
  }
  // On a wide page the input files' table: each role and each file name on one line (not 选举定/义).
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    const cells = await linesOf(page, '[data-testid="inputs"] tbody td:nth-child(-n+2)');
    expect(cells.length, lang).toBe(8);
    expect(cells, lang).toEqual(cells.map(() => 1));
  }
  await page.close();
});

test('each contest on the printed receipt carries its abstentions and open seats, as the report shows them, in both languages', async () => {
  const page = await openReceipt(1280);
  const words = { zh: { blank: '弃权', open: '空缺名额' }, en: { blank: 'Blank', open: 'Open seats' } };
  // The bundled sample: chair 40 abstentions, vice-chair 70, members 22; every seat filled.
  const expected = ['40', '70', '22'];
  for (const lang of LANGS) {
    // The language menu is on screen only; the figures are read as printed.
    await page.emulateMedia({ media: 'screen' });
    await setLanguage(page, lang);
    await page.emulateMedia({ media: 'print' });
    const tables = page.locator('section table.grid:has(caption)');
    await expect.poll(() => tables.count(), { message: lang }).toBe(3);
    for (const [index, blank] of expected.entries()) {
      const table = tables.nth(index);
      const blankRow = table.locator('tfoot tr', { has: page.locator('[data-figure="blank"]') });
      await expect.poll(() => blankRow.locator('th').innerText(), { message: lang }).toBe(words[lang].blank);
      expect(await table.locator('[data-figure="blank"]').innerText(), lang).toBe(blank);
      const openRow = table.locator('tfoot tr', { has: page.locator('[data-figure="open-seats"]') });
      expect(await openRow.locator('th').innerText(), lang).toBe(words[lang].open);
      expect(await table.locator('[data-figure="open-seats"]').innerText(), lang).toBe('0');
      expect(await table.locator('tfoot').isVisible(), lang).toBe(true);
    }
  }
  await page.close();
});
