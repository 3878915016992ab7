import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { auditSample, axeViolations, capturedNoticePanel } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * Pages as a new observer meets them on a phone-wide window and in the notice report: the history's
 * table, whose English headings broke inside words at 400 px, is a list of cards there; each page
 * marks its own place in the navigation (the typed sheets marked "Live tally"); a quote in the report
 * is cut between words, never inside one or inside a number; the reasons a figure was not checked
 * stand as sentences in English.
 */

const extension = extensionForFile();

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the history: cards with labelled fields at 400 px, the table at 1280 px, in both languages, by keyboard', async () => {
  const page = await extension.englishDashboard();
  await auditSample(page);
  await page.evaluate(() => (location.hash = '#history'));
  await page.setViewportSize({ width: 400, height: 900 });
  const card = page.locator('li.history-card').first();
  await card.waitFor();
  for (const lang of ['en', 'zh'] as const) {
    await setLanguage(page, lang);
    expect(await page.locator('table.history').count(), lang).toBe(0);
    expect(await sidewaysOverflow(page), lang).toBe(0);
    // The election names the card, as a heading under the page's own.
    await expect.poll(() => card.locator('h3').textContent()).toMatch(/\S/);
    expect(await card.locator('dt').allTextContents(), lang).toEqual(
      lang === 'en' ? ['When', 'Verdict', 'Receipt'] : ['时间', '结论', '回执'],
    );
    // No label breaks inside a word: each stands on one line.
    for (const label of await card.locator('dt, .history-tick span').all()) {
      const lines = await label.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines, `${lang}: ${await label.textContent()}`).toBe(1);
    }
    expect(await card.getByRole('button').allTextContents(), lang).toEqual(
      lang === 'en' ? ['Open', 'Delete'] : ['打开', '删除'],
    );
    expect(await axeViolations(page), lang).toEqual([]);
  }

  // By keyboard: the box ticks with the space bar, and "Open" opens the audit.
  await setLanguage(page, 'en');
  const tick = card.getByRole('checkbox');
  await tick.focus();
  await page.keyboard.press('Space');
  expect(await tick.isChecked()).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Open');
  await page.keyboard.press('Enter');
  await page.locator('.verdict:visible').first().waitFor();
  await page.getByRole('button', { name: /Back/ }).click();

  // A wide window keeps the table, its headings on one line each.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('table.history').waitFor();
  expect(await page.locator('li.history-card').count()).toBe(0);
  const heads = await page
    .locator('table.history thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
  for (const height of heads) expect(height).toBeLessThan(40);
  // The receipt column is narrow: "未签署" and "not signed" each stand on one line there.
  for (const lang of ['zh', 'en'] as const) {
    await setLanguage(page, lang);
    const receipt = page.locator('table.history tbody td.receipt').first();
    await expect.poll(() => receipt.textContent()).toBe(lang === 'zh' ? '未签署' : 'not signed');
    const lines = await receipt.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines, lang).toBe(1);
  }
  await page.close();
});

/** The link each page marks as where it is (by path and hash), or none. */
const PLACES: readonly { path: string; marks: string | null }[] = [
  { path: 'dashboard.html#audit', marks: '/dashboard.html#audit' },
  { path: 'dashboard.html#election', marks: '/dashboard.html#election' },
  { path: 'dashboard.html#history', marks: '/dashboard.html#history' },
  { path: 'dashboard.html#notice', marks: '/dashboard.html#audit' },
  { path: 'dashboard.html#audit-math', marks: '/dashboard.html#audit' },
  { path: 'tally.html', marks: '/tally.html' },
  { path: 'sheets.html', marks: '/sheets.html' },
  { path: 'verify.html', marks: '/verify.html' },
  { path: 'receipt.html', marks: null },
];

const marked = (page: Page) =>
  page
    .locator('nav.shell-nav a[aria-current="page"]')
    .evaluateAll((links) =>
      links.map(
        (link) =>
          new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash,
      ),
    );

test('every page marks its own place in the navigation, and only it', async () => {
  for (const { path, marks } of PLACES) {
    const page = await extension.page(path);
    await page.locator('nav.shell-nav a').first().waitFor();
    await expect.poll(() => marked(page), { message: path }).toEqual(marks === null ? [] : [marks]);
    // Each place of the navigation is a page that marks itself when opened.
    await page.close();
  }
  const { panel, close } = await capturedNoticePanel(extension);
  await expect.poll(() => marked(panel), { message: 'side panel' }).toEqual([]);
  await close();
});

test('the typed sheets are a place of their own in the navigation, in both languages', async () => {
  const page = await extension.page('sheets.html');
  const current = page.locator('nav.shell-nav a[aria-current="page"]');
  await setLanguage(page, 'en');
  await expect.poll(() => current.textContent()).toBe('Type in tally sheets');
  await setLanguage(page, 'zh');
  await expect.poll(() => current.textContent()).toBe('录入计票单');
  await page.close();
});

// Written for this test: beside two counts that are read, numbers the reader leaves unread, each quoted
// in a window whose 24 characters either side would end inside a word or inside a number.
const ENGLISH = [
  'Results of the village election',
  'Registered voters: 1,860. Voters who cast a ballot: 1,322.',
  'A villager said he had given the 20,000 yuan ($3,216) to a local school before the Representatives met.',
  'The new committee will be chosen from 40 candidates, said the township government spokesman on Monday.',
].join('\n');
const CHINESE = [
  '某村村民委员会换届选举情况',
  '本村为修路共筹集资金12,345元其中村民自愿捐款金额11,876元乡镇财政补助金额为469元用于修建道路3,456米',
].join('\n');

/** Every quote a finding gives of the text (“…”), as it stands between the quotation marks. */
const quotes = (page: Page) =>
  page
    .getByTestId('notice-result')
    // In a note, or in the "Not checked" list, where a figure not checked is shown with its reason.
    .locator('[data-code="UNREAD_FIGURE"], [data-testid="work-unread"] > li')
    .evaluateAll((items) =>
      items.flatMap((item) =>
        [...(item.textContent ?? '').matchAll(/[（(]“([^”]+)”[)）]/g)].map((m) => m[1]!),
      ),
    );

/** Where a quote is cut (a leading or trailing …), the text there must fall between words or numbers. */
function expectCutBetween(source: string, quote: string, lang: 'zh' | 'en') {
  const inner = quote.replace(/^…/, '').replace(/…$/, '');
  const at = source.indexOf(inner);
  expect(at, `${quote} is a part of the text`).toBeGreaterThanOrEqual(0);
  const joined = lang === 'en' ? /[\p{L}\p{N}]/u : /[\p{Nd},.]/u;
  const inside = (before: string | undefined, after: string | undefined) =>
    before !== undefined && after !== undefined && joined.test(before) && joined.test(after);
  if (quote.startsWith('…')) expect(inside(source[at - 1], source[at]), `start of ${quote}`).toBe(false);
  if (quote.endsWith('…'))
    expect(inside(source[at + inner.length - 1], source[at + inner.length]), `end of ${quote}`).toBe(false);
}

test('the notice report cuts a quote between words, never inside a word or a number, with …', async () => {
  const page = await extension.page('dashboard.html#notice');
  for (const [lang, text] of [
    ['en', ENGLISH],
    ['zh', CHINESE],
  ] as const) {
    await setLanguage(page, lang);
    await page.getByTestId('notice-text').fill(text);
    await page.getByTestId('notice-check').click();
    await page.getByTestId('notice-outcome').waitFor();
    const found = await quotes(page);
    expect(found.filter((quote) => quote.includes('…')).length, lang).toBeGreaterThan(0);
    for (const quote of found) expectCutBetween(text, quote, lang);
  }
  await page.close();
});

test('the reasons a figure was not checked stand as sentences in English; Chinese as it was', async () => {
  const page = await extension.page('dashboard.html#notice');
  const reasons = () =>
    page
      .locator('[data-testid="work-unread"] li')
      .evaluateAll((items) => items.map((item) => item.querySelector('q ~ div')?.textContent ?? ''));
  await setLanguage(page, 'en');
  await page.getByTestId('notice-text').fill(ENGLISH);
  await page.getByTestId('notice-check').click();
  await page.getByTestId('work-unread').waitFor();
  const english = await reasons();
  expect(english.length).toBeGreaterThan(0);
  for (const reason of english) expect(reason, reason).toMatch(/^[^\p{Ll}]/u);
  await setLanguage(page, 'zh');
  await page.getByTestId('notice-check').click();
  await page.getByTestId('work-unread').waitFor();
  const chinese = await reasons();
  expect(chinese.length).toBe(english.length);
  for (const reason of chinese) expect(reason, reason).toMatch(/\p{Script=Han}/u);
  await page.close();
});

/** How many lines the text of `element` takes on screen. */
const linesOf = (element: import('playwright-core').Locator) =>
  element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });

test('at 400 px a chosen file keeps its name and size whole, and the law’s facts their values readable', async () => {
  const page = await extension.englishDashboard();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.getByRole('button', { name: /Try the bundled sample/ }).click();
  await page.locator('table.files').first().waitFor();
  for (const lang of ['en', 'zh'] as const) {
    await setLanguage(page, lang);
    expect(await sidewaysOverflow(page), lang).toBe(0);
    // Before: squeezed beside the role and "Remove", "boxes.csv" broke as "boxe / s.csv", "1.2 KB" as "1.2 / KB".
    for (const name of ['boxes.csv', 'tallies.csv', 'announcement.txt']) {
      const header = page.getByRole('rowheader', { name, exact: true });
      expect(await linesOf(header), `${lang}: ${name}`).toBe(1);
      const row = page.locator(`table.files tr[data-file="${name}"]`);
      expect(await linesOf(row.locator('td.num')), `${lang}: size of ${name}`).toBe(1);
      expect(await row.getByRole('combobox').isVisible()).toBe(true);
      expect(await row.getByRole('button').isVisible()).toBe(true);
    }
  }
  await page.close();

  const form = await extension.englishDashboard('#election');
  await form.setViewportSize({ width: 400, height: 900 });
  const facts = form.locator('.pack-details dl').last();
  await facts.waitFor();
  for (const lang of ['en', 'zh'] as const) {
    await setLanguage(form, lang);
    // Before: beside a label column as wide as "Women members, at least", values ran two words a line.
    const widths = await facts
      .locator('dd')
      .evaluateAll((values) => values.map((value) => value.getBoundingClientRect().width));
    const box = (await facts.boundingBox())!;
    for (const width of widths) expect(width, lang).toBeGreaterThan(box.width * 0.9);
  }
  await form.close();
});

test('at 400 px each candidate’s fields stand under their own labels, the column headings hidden', async () => {
  const form = await extension.englishDashboard('#election');
  await form.setViewportSize({ width: 400, height: 900 });
  const table = form.locator('table.candidates').first();
  await table.waitFor();
  for (const lang of ['en', 'zh'] as const) {
    await setLanguage(form, lang);
    // Before: the headings stood in a row of their own, "Id (May stay empty…)" broken over three lines
    // beside "Name", and "Gender" a line below, far from the fields they named.
    const headings = await table
      .locator('thead th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
    expect(headings.length, lang).toBe(3);
    expect((await table.locator('thead').boundingBox())?.height ?? 0, lang).toBeLessThanOrEqual(1);
    const labels = await table
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) =>
        cells.map((cell) => {
          const before = getComputedStyle(cell, '::before');
          const field = cell.querySelector('input, select, button')!.getBoundingClientRect();
          return {
            text: before.content === 'none' ? '' : before.content.replace(/^"|"$/g, ''),
            shown: before.display !== 'none',
            fieldBelowTop: field.top >= cell.getBoundingClientRect().top,
          };
        }),
      );
    expect(labels.map((label) => label.text).slice(0, 3), lang).toEqual(headings);
    expect(
      labels.slice(0, 3).every((label) => label.shown && label.fieldBelowTop),
      lang,
    ).toBe(true);
    expect(await sidewaysOverflow(form), lang).toBe(0);
  }
  // At 1280 px the table keeps its column headings and no labels in the cells.
  await form.setViewportSize({ width: 1280, height: 900 });
  expect((await table.locator('thead').boundingBox())!.height).toBeGreaterThan(20);
  await form.close();
});

test('the live tally’s comparison says plainly that the tally sheet is optional, in both languages', async () => {
  const page = await extension.page('tally.html');
  await setLanguage(page, 'en');
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.getByLabel(/Box name/).fill('central');
  await page.getByRole('button', { name: 'Start the tally', exact: true }).click();
  await page.locator('#ballot-heading').waitFor();
  await page.getByRole('button', { name: 'Box finished: compare' }).click();
  await page.locator('#check-heading').waitFor();
  // Before: only the box accounting was marked optional; nothing said the tally sheet could be left out.
  const section = page.locator('section[aria-labelledby="check-heading"]');
  await expect.poll(() => section.textContent()).toContain('Comparing is optional: without the tally sheet');
  expect(await section.getByText('tallies.csv, optional').count()).toBe(1);
  await setLanguage(page, 'zh');
  await expect.poll(() => section.textContent()).toContain('与计票单比对可以不做');
  expect(await section.getByText('tallies.csv，可不选').count()).toBe(1);
  await page.close();
});

test('the election form hands its election to the live tally without a file: only a valid one, named there', async () => {
  const form = await extension.englishDashboard('#election');
  await form.locator('#open-election').setInputFiles(samplePath('election.json'));
  await form.locator('.election-form fieldset.contest').nth(2).waitFor();
  const name = await form.getByLabel(/^Election name/).inputValue();
  // A form with an error stays where it is, its error shown.
  await form.getByLabel(/^Election name/).fill('');
  await form.getByRole('link', { name: 'Use this election in the live tally' }).click();
  await form.locator('.election-form [aria-invalid="true"]').first().waitFor();
  expect(new URL(form.url()).pathname).toBe('/dashboard.html');
  await form.getByLabel(/^Election name/).fill(name);

  const [tally] = await Promise.all([
    form.waitForURL(/tally\.html/).then(() => form),
    form.getByRole('link', { name: 'Use this election in the live tally' }).click(),
  ]);
  await expect
    .poll(() => tally.locator('form.start .file-picker').textContent())
    .toContain(`The election on the Election form page: ${name}`);
  // The one next step: the box's name, its field already in focus.
  await expect.poll(() => tally.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('box');
  // A box of its own: the comparison's test above started box "central" of this same election.
  await tally.keyboard.type('north');
  await tally.getByRole('button', { name: 'Start the tally', exact: true }).click();
  await tally.locator('#ballot-heading').waitFor();
  await tally.close();
});
