import { expect, test } from 'vitest';
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
