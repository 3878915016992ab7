import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { capturedNoticePanel } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * The places where an observer fills in and counts, at 400 and 1280 px: every button, field and select
 * is at least 44 px tall, a target large enough for any hand (file pickers are measured by their button).
 */

const extension = extensionForFile();

test('the election form, the live tally, the typed sheets and the audit: every control at least 44 px tall', async () => {
  for (const path of ['dashboard.html#election', 'tally.html', 'sheets.html', 'dashboard.html#audit'])
    for (const width of [400, 1280]) {
      const page = await extension.page(path);
      await page.setViewportSize({ width, height: 900 });
      await page.locator('nav.shell-nav a').first().waitFor();
      const small = await page
        .locator('button:not(.link), a.like-button, input:not([type=hidden]):not([type=file]), select')
        .evaluateAll((controls) =>
          controls
            .filter((control) => {
              const box = control.getBoundingClientRect();
              const inline = control.matches('input[type=checkbox], input[type=radio]');
              return box.width > 0 && box.height > 0 && box.height < 44 && !inline;
            })
            .map((control) => `${control.outerHTML.slice(0, 80)} ${control.getBoundingClientRect().height}`),
        );
      expect(small, `${path} at ${width} px`).toEqual([]);
      await page.close();
    }
});

test('the typed sheets with an election loaded: the next step’s "go to that cell" at least 44 px tall', async () => {
  for (const lang of ['zh', 'en'])
    for (const width of [400, 1280]) {
      const page = await extension.page('sheets.html');
      await page.setViewportSize({ width, height: 900 });
      await page.getByLabel(/Language|语言/).selectOption(lang);
      await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
      await page.getByRole('button', { name: lang === 'zh' ? '开始录入' : 'Start', exact: true }).click();
      await page.locator('.next-step button').waitFor();
      const heights = await page
        .locator('.next-step button, .checks button')
        .evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().height));
      expect(heights.length, `${lang} at ${width} px`).toBeGreaterThan(0);
      expect(Math.min(...heights), `${lang} at ${width} px`).toBeGreaterThanOrEqual(44);
      await page.close();
    }
});

/** Each button of the kept tallies' and sheet sets' rows: its size, whether it is inside the window, its lines. */
const rowButtons = (page: Page) =>
  page.locator('li:first-of-type > .row-actions button').evaluateAll((buttons) =>
    buttons.map((button) => {
      const box = button.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(button);
      return {
        text: button.textContent,
        height: box.height,
        inside: box.left >= 0 && box.right <= document.documentElement.clientWidth,
        lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size,
      };
    }),
  );

test('a kept live tally and sheet set at 400 and 1280 px: their Resume, Compare and Delete buttons inside the window, 44 px, one line each', async () => {
  const tally = await extension.page('tally.html');
  await tally.getByLabel(/Language|语言/).selectOption('en');
  await tally.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await tally.getByLabel(/Box name/).fill('Box 1 (village hall)');
  await tally.getByRole('button', { name: 'Start the tally' }).click();
  await tally.locator('#ballot-heading').waitFor();
  const sheets = await extension.page('sheets.html');
  await sheets.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await sheets.getByRole('button', { name: 'Start', exact: true }).click();
  await sheets.locator('.next-step button').waitFor();
  await Promise.all([tally.close(), sheets.close()]);
  for (const [path, buttons] of [
    ['tally.html', 3],
    ['sheets.html', 2],
  ] as const)
    for (const lang of ['zh', 'en'])
      for (const width of [400, 1280]) {
        const page = await extension.page(path);
        await page.setViewportSize({ width, height: 900 });
        await page.getByLabel(/Language|语言/).selectOption(lang);
        await page.locator('.row-actions button').first().waitFor();
        const where = `${path} ${lang} at ${width} px`;
        const measured = await rowButtons(page);
        expect(measured, where).toHaveLength(buttons);
        for (const button of measured) {
          expect(button.height, `${where}: ${button.text}`).toBeGreaterThanOrEqual(44);
          expect(button.inside, `${where}: ${button.text}`).toBe(true);
          expect(button.lines, `${where}: ${button.text}`).toBe(1);
        }
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
          where,
        ).toBe(0);
        await page.close();
      }
});

test('the side panel with a captured notice, at 400 and 1280 px: every control at least 44 px tall, Delete too', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  await panel.locator('[data-testid="capture-list"] button.delete').first().waitFor();
  for (const width of [400, 1280]) {
    await panel.setViewportSize({ width, height: 900 });
    const small = await panel
      // The copy button beside a digest is part of the digest's line, and is left out.
      .locator(
        'button:not(.link):not(.copy), a.like-button, input:not([type=hidden]):not([type=file]), select',
      )
      .evaluateAll((controls) =>
        controls
          .filter((control) => {
            const box = control.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.height < 44;
          })
          .map((control) => `${control.outerHTML.slice(0, 80)} ${control.getBoundingClientRect().height}`),
      );
    expect(small, `side panel at ${width} px`).toEqual([]);
  }
  await close();
});
