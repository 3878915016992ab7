import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { capturedNoticePanel } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The day of the vote typed alike on every page, the version of the law named by its text, and the
 * side panel's choice kept: the election form's day is the notice page's text field (not the browser's
 * date input, which writes the day in the browser's locale order whatever the page's language), its
 * rule-pack panel names the law's text and days in force rather than the pack id, and the side panel
 * keeps the rules and day chosen across a reload and a new panel.
 *
 * With TALLYWITNESS_SHOTS_DIR set, the form and the panel are also photographed there in both languages.
 */

const extension = extensionForFile();
const shotsDir = process.env['TALLYWITNESS_SHOTS_DIR'];

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: false });
}

test("the election form reads the day as the notice page does, and names the law's text, not the pack id", async () => {
  const page = await extension.englishDashboard('#election');
  await page.setViewportSize({ width: 800, height: 1000 });
  const form = page.locator('.election-form');
  const date = form.getByLabel("Election's date");
  const version = form.getByTestId('pack-version');
  const details = form.locator('.pack-details');

  // A text field, its format said under it: no locale's 04/18/2026.
  expect(await date.getAttribute('type')).toBe('text');
  expect(await date.getAttribute('aria-describedby')).toContain('field-date-format');
  await expect.poll(() => form.getByTestId('election-date-format').textContent()).toContain('2026-04-18');

  for (const typed of ['2025年11月30日', '２０２５／１１／３０', '2025.11.30', '2025-11-30']) {
    await date.fill(typed);
    await expect.poll(() => details.getAttribute('data-pack')).toBe('cn-village@2018');
    await date.blur();
    // Read, it is shown back as YYYY-MM-DD, and that is what the draft (and so election.json) keeps.
    expect(await date.inputValue(), typed).toBe('2025-11-30');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (JSON.parse(localStorage.getItem('tallywitness.electionDraft') ?? '{}') as { date?: string })
              .date,
        ),
      )
      .toBe('2025-11-30');
  }
  // The version by its text and its days in force; the id stays out of the words.
  await expect
    .poll(() => form.getByTestId('pack-statute').textContent())
    .toContain('as amended 29 December 2018');
  await expect
    .poll(() => form.getByTestId('pack-version-why').textContent())
    .toBe(
      "The election's date, 2025-11-30, picks the Organic Law of Villagers' Committees (as amended 29 December 2018) (in force 2018-12-29 to 2025-12-31)",
    );
  expect(await version.textContent()).not.toMatch(/@\d{4}/);
  await shoot(page, 'election-form-en');

  await setLanguage(page, 'zh');
  const dateZh = form.getByLabel('选举日期');
  await expect
    .poll(() => form.getByTestId('pack-version-why').textContent())
    .toBe(
      '选举日期 2025-11-30 适用《中华人民共和国村民委员会组织法》（2018年12月29日修正）（2018-12-29 至 2025-12-31 施行）',
    );
  expect(await version.textContent()).not.toMatch(/@\d{4}/);
  await shoot(page, 'election-form-zh');

  // A day that does not exist: said at the field once it is left, in each language, and no version is
  // shown for another day meanwhile.
  await dateZh.fill('2026年2月30日');
  await expect.poll(() => form.getByTestId('pack-version-missing').count()).toBe(1);
  expect(await page.locator('#field-date-errors').count()).toBe(0);
  await dateZh.blur();
  await expect.poll(() => page.locator('#field-date-errors').textContent()).toContain('2026年2月没有30日');
  expect(await dateZh.getAttribute('aria-invalid')).toBe('true');
  expect(await dateZh.inputValue()).toBe('2026年2月30日');
  await shoot(page, 'election-form-day-refused-zh');
  await setLanguage(page, 'en');
  await expect
    .poll(() => page.locator('#field-date-errors').textContent())
    .toContain('February 2026 has no day 30');
  await expect
    .poll(() => form.getByTestId('pack-version-missing').textContent())
    .toContain("the election's date is not a day yet; the version");
  await shoot(page, 'election-form-day-refused-en');

  // Emptied: today's version, as for an undated election.
  await date.fill('');
  await date.blur();
  await expect.poll(() => page.locator('#field-date-errors').count()).toBe(0);
  await expect.poll(() => version.textContent()).toContain('gives no date');
  await page.close();
});

test('the side panel keeps the rules and the day chosen across a reload, and in a panel opened anew', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  await setLanguage(panel, 'en');
  await panel.getByTestId('capture-rules').selectOption('cn-village');
  await panel.getByTestId('capture-round').selectOption('runoff');
  const day = panel.getByTestId('capture-date');
  await day.fill('2025年12月30日');
  await day.blur();
  expect(await day.inputValue()).toBe('2025-12-30');
  await expect.poll(() => panel.getByTestId('notice-version').textContent()).toContain('2025-12-30');
  const versionBefore = await panel.getByTestId('notice-version').textContent();
  expect(versionBefore).not.toMatch(/@\d{4}/);

  await panel.reload();
  await panel.getByTestId('capture').waitFor();
  expect(await panel.getByTestId('capture-rules').inputValue()).toBe('cn-village');
  expect(await panel.getByTestId('capture-round').inputValue()).toBe('runoff');
  expect(await panel.getByTestId('capture-date').inputValue()).toBe('2025-12-30');
  await expect.poll(() => panel.getByTestId('notice-version').textContent()).toBe(versionBefore);
  await panel.setViewportSize({ width: 420, height: 900 });
  await shoot(panel, 'side-panel-kept-en');
  await panel.getByTestId('notice-version').scrollIntoViewIfNeeded();
  await shoot(panel, 'side-panel-version-en');
  await setLanguage(panel, 'zh');
  await expect.poll(() => panel.getByTestId('notice-version').textContent()).toContain('2025-12-30');
  await panel.evaluate(() => window.scrollTo(0, 0));
  await shoot(panel, 'side-panel-kept-zh');
  await panel.getByTestId('notice-version').scrollIntoViewIfNeeded();
  await shoot(panel, 'side-panel-version-zh');

  // A panel opened anew (its session storage gone) has the same choice.
  const again = await extension.page('sidepanel.html');
  await again.getByTestId('capture').waitFor();
  expect(await again.getByTestId('capture-rules').inputValue()).toBe('cn-village');
  expect(await again.getByTestId('capture-date').inputValue()).toBe('2025-12-30');

  // A day being typed is not kept until it is read; no pack chosen, nothing is kept.
  await again.getByTestId('capture-date').fill('2025-12-');
  await again.reload();
  await again.getByTestId('capture').waitFor();
  expect(await again.getByTestId('capture-date').inputValue()).toBe('');
  expect(await again.getByTestId('capture-rules').inputValue()).toBe('cn-village');
  await again.getByTestId('capture-rules').selectOption('');
  await again.reload();
  await again.getByTestId('capture').waitFor();
  expect(await again.getByTestId('capture-rules').inputValue()).toBe('');
  expect(await again.getByTestId('capture-date').count()).toBe(0);
  await again.close();
  await close();
});
