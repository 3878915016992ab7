import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { auditSample, axeViolations, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * The pages on a phone-wide window (400 px) and a wide one (1280 px), in both languages: the
 * navigation stays one row that scrolls sideways, the current place in view, each link a large target;
 * the charts' words are as large as small print, never shrunk with the picture; a problem from the
 * checks stands as a sentence in English.
 */

const extension = extensionForFile();
const LANGS = ['en', 'zh'] as const;

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The navigation's links as laid out: the rows they stand on, their size, and the current one's place. */
const navLayout = (page: Page) =>
  page.locator('nav.shell-nav').evaluate((nav) => {
    const list = nav.querySelector('ul')!;
    const links = [...nav.querySelectorAll('a')];
    const box = list.getBoundingClientRect();
    const current = nav.querySelector('a[aria-current="page"]')?.getBoundingClientRect();
    return {
      rows: new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size,
      smallestHeight: Math.min(...links.map((link) => link.getBoundingClientRect().height)),
      currentInView: current ? current.left >= box.left - 1 && current.right <= box.right + 1 : null,
      scrolls: list.scrollWidth > list.clientWidth,
    };
  });

test('at 400 px the navigation is one row that scrolls, the current place in view, in both languages', async () => {
  for (const path of ['verify.html', 'sheets.html', 'dashboard.html#history']) {
    const page = await extension.page(path);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.locator('nav.shell-nav a').first().waitFor();
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await expect
        .poll(async () => (await navLayout(page)).currentInView, { message: `${path} ${lang}` })
        .toBe(true);
      const layout = await navLayout(page);
      expect(layout.rows, `${path} ${lang}`).toBe(1);
      expect(layout.smallestHeight, `${path} ${lang}`).toBeGreaterThanOrEqual(44);
      expect(await sidewaysOverflow(page), `${path} ${lang}`).toBe(0);
    }
    // Reached by the keyboard: Tab from the language switch walks the links, the focused one in view.
    await setLanguage(page, 'en');
    await page.getByLabel(/Language/).focus();
    for (let index = 0; index < 6; index += 1) {
      await page.keyboard.press('Tab');
      const inView = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const list = focused.closest('nav.shell-nav ul');
        if (!list) return null;
        const [a, b] = [focused.getBoundingClientRect(), list.getBoundingClientRect()];
        return a.left >= b.left - 1 && a.right <= b.right + 1;
      });
      expect(inView, `${path}: link ${index + 1}`).toBe(true);
    }
    expect(await axeViolations(page), path).toEqual([]);
    await page.close();
  }
  // A wide window shows every link without scrolling.
  const wide = await extension.page('verify.html');
  await wide.setViewportSize({ width: 1280, height: 800 });
  for (const lang of LANGS) {
    await setLanguage(wide, lang);
    const layout = await navLayout(wide);
    expect(layout.rows, lang).toBe(1);
    expect(layout.scrolls, lang).toBe(false);
  }
  await wide.close();
});

/** The smallest text in the charts as drawn on screen, in CSS pixels, with what it says. */
const smallestChartText = (page: Page) =>
  page.locator('figure.chart svg text').evaluateAll((texts) =>
    texts
      .map((text) => {
        const scale = (text as SVGTextElement).getScreenCTM()?.a ?? 1;
        return { size: parseFloat(getComputedStyle(text).fontSize) * scale, text: text.textContent ?? '' };
      })
      .sort((a, b) => a.size - b.size)
      .slice(0, 1),
  );

test('the charts’ words are at least 12 px at 400 px and at 1280 px, in both languages', async () => {
  const page = await extension.englishDashboard();
  await auditSample(page);
  for (const width of [400, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await page.locator('figure[data-chart="comparison"] svg text').first().waitFor();
      await expect
        .poll(async () => (await smallestChartText(page))[0]!.size, { message: `${width} ${lang}` })
        .toBeGreaterThanOrEqual(12);
      expect(await sidewaysOverflow(page), `${width} ${lang}`).toBe(0);
      // Every word of a chart stands inside its picture: none cut off at an edge.
      const outside = await page.locator('figure.chart svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return r.left < box.left - 1 || r.right > box.right + 1;
            })
            .map((text) => text.textContent);
        }),
      );
      expect(outside, `${width} ${lang}`).toEqual([]);
      // No word has the threshold line through it: on a narrow chart the line stands over the bars only.
      const struck = await page.locator('figure.chart svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const lines = [...svg.querySelectorAll('.threshold line')].map((line) =>
            line.getBoundingClientRect(),
          );
          return [...svg.querySelectorAll('text')]
            .filter((text) => !text.closest('.threshold'))
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return lines.some(
                (l) => l.left <= r.right && l.right >= r.left && l.top < r.bottom && l.bottom > r.top,
              );
            })
            .map((text) => text.textContent);
        }),
      );
      expect(struck, `${width} ${lang}`).toEqual([]);
    }
  }
  await page.close();
});

test('a problem from the checks stands as a sentence in English, in the summary and the findings', async () => {
  // The ballot records of one box left out: the check says “box “mobile-1” has a tally sheet but no ballot records”.
  const work = mkdtempSync(join(tmpdir(), 'tallywitness-sentences-'));
  const ballots = readFileSync(samplePath('ballots.csv'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('mobile-1,'))
    .join('\n');
  writeFileSync(join(work, 'ballots.csv'), ballots);
  const page = await extension.englishDashboard();
  await page
    .locator('input[data-input="counts"]')
    .setInputFiles([
      samplePath('election.json'),
      samplePath('boxes.csv'),
      samplePath('tallies.csv'),
      join(work, 'ballots.csv'),
    ]);
  await page.locator('button.primary', { hasText: /Run the audit/ }).click();
  await page.locator('.result .verdict').waitFor();
  const messages = await page.locator('.finding-message').allTextContents();
  expect(messages.some((message) => /mobile-1/.test(message))).toBe(true);
  for (const message of messages) expect(message, message).toMatch(/^[^\p{Ll}]/u);
  const summary = await page.locator('.error-summary li > a').allTextContents();
  expect(summary.length).toBeGreaterThan(0);
  for (const line of summary) expect(line, line).toMatch(/^[^\p{Ll}]/u);
  // Chinese is left as the checks wrote it.
  await setLanguage(page, 'zh');
  for (const message of await page.locator('.finding-message').allTextContents())
    expect(message, message).toMatch(/\p{Script=Han}/u);
  await page.close();
});

/** How many lines the text of each element takes on screen. */
const linesOfEach = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );

test('at 400 px the verify page lists each input as a block, its role and labels never broken inside a word', async () => {
  const dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  const receipt = await signReceipt(dashboard, 'Observer 李明');
  await dashboard.close();
  const page = await verifyPage(extension, receipt);
  await page.setViewportSize({ width: 400, height: 900 });
  const table = page.getByTestId('inputs');
  await table.waitFor();
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    expect(await sidewaysOverflow(page), lang).toBe(0);
    // Before: in four columns "box accounting" stood as "box / acco / untin / g", "Given" as "Gi / ve / n".
    expect(await linesOfEach(page, '[data-testid="inputs"] tbody th'), lang).toEqual([1, 1, 1, 1]);
    const width = (await table.boundingBox())!.width;
    for (const cell of await table.locator('tbody td').all()) {
      expect((await cell.boundingBox())!.width, lang).toBeGreaterThan(width * 0.9);
    }
    expect(await axeViolations(page), lang).toEqual([]);
  }
  // A wide window keeps the table.
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await table.locator('thead').isVisible()).toBe(true);
  expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('table');
  await page.close();
});
