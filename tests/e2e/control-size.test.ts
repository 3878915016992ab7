import { expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';

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
