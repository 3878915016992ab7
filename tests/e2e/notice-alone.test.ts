import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The dashboard's check of a results notice on its own (no election definition), end to end in
 * Chromium with the built extension: pasted text, a rule pack chosen, and a result cleared at once when
 * its inputs change.
 */

// Written for this test: the turnout is stated as 73.0%, where 1476 of 2100 is 70.3%.
const NOTICE = [
  '白沙村第十二届村民委员会选举结果公告',
  '本村登记选民2100人，参加投票1476人，参选率73.0%。',
  '共发出选票1477张，收回选票1476张，其中有效票1454张，无效票22张。',
  '主任：陈建华897票，刘国强517票。',
  '陈建华当选为本村村民委员会主任。',
].join('\n');

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

const codes = () =>
  page
    .getByTestId('notice-result')
    .locator('[data-code]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
const judgedRules = () =>
  page
    .locator('[data-testid="work-judged"] li')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-rule')}:${item.getAttribute('data-right')}`),
    );

test('a pasted notice is checked on its own, judged by a chosen pack, and its result cleared when edited', async () => {
  await page.getByTestId('notice-way-in').click();
  expect(new URL(page.url()).hash).toBe('#notice');
  await page.getByTestId('notice-alone').waitFor();

  await page.getByTestId('notice-text').fill(NOTICE);
  await page.getByTestId('notice-check').click();
  await expect.poll(codes).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  await expect
    .poll(() => page.locator('[data-code="ANNOUNCED_PERCENT_MISMATCH"]').textContent())
    .toContain('70.3%');
  await expect.poll(() => page.getByTestId('notice-verdict').textContent()).toContain('Verdict');
  // The work list shows the wrong share; every figure was checked, and the counts line says so.
  await expect.poll(judgedRules).toContain('share:false');
  await expect
    .poll(() => page.getByTestId('notice-counts').textContent())
    .toBe('10 figures understood · 8 checks made: 7 right, 1 wrong · 0 figures not checked');
  expect(await page.getByTestId('work-unread').count()).toBe(0);
  // The wrong share is marked in the text itself.
  expect((await page.locator('.notice-alone .mark-warning').allTextContents()).join('')).toContain('73.0%');

  // Choosing a pack clears the result at once; run again, the quorum is judged (met: 1476 of 2100).
  await page.getByTestId('notice-rules').selectOption('cn-village');
  await expect.poll(() => page.getByTestId('notice-result').count()).toBe(0);
  await page.getByTestId('notice-check').click();
  await expect.poll(judgedRules).toContain('quorum:true');
  await expect.poll(codes).toContain('ANNOUNCED_PERCENT_MISMATCH');

  // Editing the text clears the result: nothing is shown for other inputs than those on screen.
  await page.getByTestId('notice-text').fill(NOTICE.replace('登记选民2100人', '登记选民3100人'));
  await expect.poll(() => page.getByTestId('notice-result').count()).toBe(0);
  await expect.poll(() => page.locator('[data-testid="work-judged"]').count()).toBe(0);
  // Run on the edited text, the quorum fails (1476 of 3100 is under half).
  await page.getByTestId('notice-check').click();
  await expect.poll(codes).toContain('TURNOUT_BELOW_QUORUM');
  // The view with its result passes the same accessibility checks as the other pages.
  expect(await axeViolations(page)).toEqual([]);
});

test('the version of the law follows the day of the vote: the one given, else the notice’s, else today', async () => {
  const url = new URL(page.url());
  url.hash = '#notice';
  await page.goto(url.href);
  await page.getByTestId('notice-alone').waitFor();
  await page.getByTestId('notice-text').fill(NOTICE);
  await page.getByTestId('notice-rules').selectOption('cn-residents:representatives');
  await page.getByTestId('notice-check').click();
  // No day in the notice: today's version, saying why.
  await expect.poll(() => page.getByTestId('notice-version').textContent()).toContain('in force today');
  // A day given beside the pack clears the result; run again, the 2018 text applies. Written as a
  // Chinese reader writes it, it is read, and shown back as YYYY-MM-DD.
  await page.getByTestId('notice-date').fill('2025年12月30日');
  await expect.poll(() => page.getByTestId('notice-result').count()).toBe(0);
  await page.getByTestId('notice-check').click();
  await expect
    .poll(() => page.getByTestId('notice-version').textContent())
    .toContain(
      "The election's date, 2025-12-30, picks the Organic Law of Urban Residents' Committees (as amended 29 December 2018)",
    );
  // The version is named as a reader knows it, not by the pack's id.
  expect(await page.getByTestId('notice-version').textContent()).not.toContain('@2018');
  expect(await page.getByTestId('notice-date').inputValue()).toBe('2025-12-30');
  // Cleared again, the day the notice gives decides.
  await page.getByTestId('notice-date').fill('');
  await page
    .getByTestId('notice-text')
    .fill(NOTICE.replace('本村登记选民', '本村于2025年11月8日举行换届选举。登记选民'));
  await page.getByTestId('notice-check').click();
  await expect
    .poll(() => page.getByTestId('notice-version').textContent())
    .toContain('The notice gives the day of the vote, 2025-11-08');
  await page.getByTestId('notice-rules').selectOption('');
});

test('checked with nothing given, the page says so in the colour of a problem and takes the reader to the box', async () => {
  const url = new URL(page.url());
  url.hash = '#notice';
  await page.goto(url.href);
  await page.getByTestId('notice-alone').waitFor();
  await page.getByTestId('notice-text').fill('');
  await page.getByTestId('notice-check').click();
  const message = page.getByTestId('notice-needs-input');
  await message.waitFor();
  // The theme's --bad, not the body's text colour: a line in plain black under the button went unseen.
  expect(await message.evaluate((line) => getComputedStyle(line).color)).toBe('rgb(179, 38, 30)');
  expect(await page.getByTestId('notice-text').evaluate((box) => box === document.activeElement)).toBe(true);
});

test('the day of the vote reads and shows YYYY-MM-DD in both languages, and a day that does not exist is refused', async () => {
  const url = new URL(page.url());
  url.hash = '#notice';
  await page.goto(url.href);
  await page.getByTestId('notice-alone').waitFor();
  await page.getByTestId('notice-text').fill(NOTICE);
  await page.getByTestId('notice-rules').selectOption('cn-village');
  const day = page.getByTestId('notice-date');
  // A text field, not the browser's date field (which writes mm/dd/yyyy in an English-locale browser).
  expect(await day.getAttribute('type')).toBe('text');
  for (const [lang, placeholder, problem] of [
    ['zh', '年-月-日', '2025年2月没有30日：这个月只有 28 天'],
    ['en', 'YYYY-MM-DD', 'February 2025 has no day 30: it has 28 days'],
  ] as const) {
    await page.getByLabel(/Language|语言/).selectOption(lang);
    expect(await day.getAttribute('placeholder'), lang).toBe(placeholder);
    expect(await page.getByTestId('notice-date-format').textContent()).toContain('2026-04-18');
    await day.fill('2025/2/30');
    // Nothing is judged by another day than the one shown: the reader is told, and taken back to it.
    await page.getByTestId('notice-check').click();
    await expect.poll(() => page.getByTestId('notice-date-problem').textContent()).toContain(problem);
    expect(await day.getAttribute('aria-invalid'), lang).toBe('true');
    expect(
      await page.getByTestId('notice-date-problem').evaluate((line) => getComputedStyle(line).color),
      lang,
    ).toBe('rgb(179, 38, 30)');
    expect(await day.evaluate((field) => field === document.activeElement), lang).toBe(true);
    expect(await page.getByTestId('notice-result').count(), lang).toBe(0);
    // Put right, the day is read, shown as YYYY-MM-DD once left, and judged by.
    await day.fill('2025/12/30');
    expect(await page.getByTestId('notice-date-problem').count(), lang).toBe(0);
    await page.getByTestId('notice-check').click();
    await expect.poll(() => page.getByTestId('notice-version').textContent()).toContain('2025-12-30');
    expect(await day.inputValue(), lang).toBe('2025-12-30');
  }
  // What is kept with the pack and round is the day as YYYY-MM-DD: a reload shows it again.
  await page.reload();
  await page.getByTestId('notice-alone').waitFor();
  expect(await page.getByTestId('notice-date').inputValue()).toBe('2025-12-30');
  expect(await page.getByTestId('notice-rules').inputValue()).toBe('cn-village');
  await page.getByTestId('notice-date').fill('');
  await page.getByTestId('notice-rules').selectOption('');
});

// A township's summary of both committees (written for this test): the villages' counts are not compared
// with the communities' (different bodies), but the village pack judges its quorum on them.
const SUMMARY = [
  '青山镇村（居）委会换届选举情况',
  '全镇3个社区、12个村换届选举已经完成。社区居委会选举登记选民6,120人，参加投票2,900人；村委会选举登记选民18,204人，参加投票16,512人。',
].join('\n');

/**
 * Elements under the notice's result that stand wider than the box they are in, or whose own content does
 * (a line of text wider than its heading: its box keeps the heading's width, its scrollWidth does not),
 * with what they say. A box made to scroll sideways is its own container.
 */
const widerThanContainer = (page: Page) =>
  page.getByTestId('notice-result').evaluate((result) =>
    [result, ...result.querySelectorAll('*')].flatMap((element) => {
      const parent = element.parentElement;
      if (!parent) return [];
      const [own, box] = [element.getBoundingClientRect(), parent.getBoundingClientRect()];
      if (own.width === 0) return [];
      const scrolls = /auto|scroll/.test(getComputedStyle(element).overflowX);
      const wider =
        own.right > box.right + 1 ||
        own.left < box.left - 1 ||
        (!scrolls && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1);
      return wider
        ? [
            `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').slice(0, 40)}`,
          ]
        : [];
    }),
  );

test('at 400 px nothing under the result stands wider than its box, and a figure checked is not also “not checked”', async () => {
  const narrow = await extension.englishDashboard('#notice');
  await narrow.setViewportSize({ width: 400, height: 900 });
  await narrow.getByTestId('notice-alone').waitFor();
  await narrow.getByTestId('notice-text').fill(SUMMARY);
  await narrow.getByTestId('notice-rules').selectOption('cn-village');
  await narrow.getByTestId('notice-check').click();
  await narrow.getByTestId('notice-result').waitFor();
  for (const lang of ['zh', 'en'] as const) {
    await narrow.getByLabel(/Language|语言/).selectOption(lang);
    await expect
      .poll(() => narrow.locator('html').getAttribute('lang'))
      .toMatch(lang === 'zh' ? /^zh/ : /^en/);
    await narrow.locator('.notice-alone .announcement-text h3').waitFor();
    expect(await widerThanContainer(narrow), lang).toEqual([]);
    expect(
      await narrow.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
      lang,
    ).toBe(0);
    // The villages' counts are judged (the quorum) and so not listed as not compared with the communities'.
    expect(await narrow.locator('[data-testid="work-judged"] li[data-rule="quorum"]').count(), lang).toBe(1);
    expect(
      await narrow.locator('[data-testid="work-unread"] li[data-reason="not-compared"]').count(),
      lang,
    ).toBe(0);
  }
  // Without a pack nothing judges them: each keeps its note.
  await narrow.getByTestId('notice-rules').selectOption('');
  await narrow.getByTestId('notice-check').click();
  await expect
    .poll(() => narrow.locator('[data-testid="work-unread"] li[data-reason="not-compared"]').count())
    .toBe(2);
  await narrow.close();
});
