import { expect, test } from 'vitest';
import { auditSample } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The recount's tables on a phone-wide window, in both languages: a candidate's outcome ("✔ Elected",
 * "Not elected") is read as one phrase, its tick never on a line above its word, and the tables still fit
 * the window.
 */

const extension = extensionForFile();

test('at 400 px each short outcome in the contest tables stays on one line, in either language', async () => {
  const page = await extension.page('dashboard.html');
  await page.setViewportSize({ width: 1280, height: 900 });
  await auditSample(page);
  await page.setViewportSize({ width: 400, height: 900 });
  for (const lang of ['en', 'zh'] as const) {
    await page
      .getByLabel(/Language/)
      .first()
      .selectOption(lang);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
    const outcomes = await page.locator('table.contest td[data-outcome]').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = [...range.getClientRects()]
          .filter((rect) => rect.width > 0)
          .map((rect) => Math.round(rect.top));
        return { text: cell.textContent, lines: new Set(tops).size };
      }),
    );
    const words = lang === 'zh' ? ['✔ 当选', '未当选'] : ['✔ Elected', 'Not elected'];
    // The sample elects five and leaves five unelected, each outcome one of the two short phrases.
    expect(outcomes.filter((outcome) => outcome.text === words[0])).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.text === words[1])).toHaveLength(5);
    expect(
      outcomes.filter((outcome) => outcome.lines !== 1),
      lang,
    ).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
  }
});
