import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { auditSample } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * What a first-time observer stumbled on, walking from the sample to a signed receipt, a pasted notice
 * and the live tally: each held here as it is now said on the page.
 */

const extension = extensionForFile();

const setLanguage = async (page: Page, lang: 'zh' | 'en') => {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
};

test('the live tally shows the . of “find a name” as a key, not a full stop lost in the sentence', async () => {
  const names = Array.from({ length: 40 }, (_, index) => ({
    id: `m${index + 1}`,
    name: `候选人${index + 1}`,
  }));
  const election = {
    format: 'tallywitness.election/1',
    name: '西岭村村民委员会选举',
    rules: 'cn-village',
    round: 'first',
    registeredVoters: 500,
    contests: [{ id: 'member', name: '委员', seats: 3, candidates: names }],
  };
  const page = await extension.page('tally.html');
  await setLanguage(page, 'zh');
  await page.locator('input[data-input="election"]').setInputFiles({
    name: 'election.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(election)),
  });
  await page.locator('input[name="box"]').fill('一号票箱');
  await page.getByRole('button', { name: '开始唱票' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  for (const lang of ['zh', 'en'] as const) {
    await setLanguage(page, lang);
    expect(await page.locator('.find-help kbd').allTextContents(), lang).toContain('.');
    expect((await page.locator('.keys-help kbd').allTextContents())[0], lang).toBe(
      lang === 'zh' ? '回车' : 'Enter',
    );
    expect(await page.locator('.keys-help kbd').allTextContents(), lang).toContain('.');
    // Drawn as a key: a border round it, as wide as a letter at least.
    const dot = page.locator('.find-help kbd', { hasText: '.' });
    expect(await dot.evaluate((key) => getComputedStyle(key).borderTopStyle), lang).toBe('solid');
    expect((await dot.boundingBox())!.width, lang).toBeGreaterThan(14);
    // The markup of the words never shows.
    expect(await page.locator('.find-help').textContent(), lang).not.toMatch(/\[\[|\]\]/);
  }
  await page.close();
});

test('creating a signing key with no name says so beside the field, in the page’s language', async () => {
  const page = await extension.page('dashboard.html');
  await setLanguage(page, 'zh');
  await auditSample(page);
  const panel = page.locator('.receipt');
  const field = panel.getByLabel(/签名人名称/);
  // The browser's own bubble speaks the browser's language ("Please fill out this field."): not used.
  expect(
    await panel
      .locator('form', { has: page.getByLabel(/签名人名称/) })
      .evaluate((form) => (form as HTMLFormElement).noValidate),
  ).toBe(true);
  await panel.getByRole('button', { name: '创建签名密钥' }).click();
  const missing = panel.locator('[data-key-name-missing]');
  await expect.poll(() => missing.textContent()).toContain('请先在上面写上签名人名称');
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  // Importing a key: the button is live, and pressed with no file chosen it says what to do.
  await panel.locator('summary', { hasText: '导入密钥' }).click();
  const importButton = panel.locator('details form').getByRole('button', { name: '导入密钥' });
  expect(await importButton.isDisabled()).toBe(false);
  await importButton.click();
  await expect
    .poll(() => panel.locator('[data-key-file-missing]').textContent())
    .toBe('请先选择密钥文件（导出密钥备份时保存的 .json 文件），再点“导入密钥”。');
  await setLanguage(page, 'en');
  await expect.poll(() => missing.textContent()).toContain('Write the signer’s name above first');
  // Typing a name takes the message away; the key is made.
  await panel.getByLabel(/Signer name/).fill('observer Li Ming');
  expect(await missing.count()).toBe(0);
  await panel.getByRole('button', { name: 'Create a signing key' }).click();
  await panel.locator('[data-key-created]').waitFor();
  // A label's colon is the page language's: 指纹：9C5E…, 投票率达到或超过100%的票箱：无提示.
  await setLanguage(page, 'zh');
  expect(await panel.locator('p', { has: page.locator('[data-fingerprint]') }).textContent()).toMatch(
    /^指纹：/,
  );
  const screens = await page.locator('article.screen h4').allTextContents();
  expect(screens.length).toBeGreaterThan(0);
  for (const heading of screens) expect(heading).toMatch(/[^:]：(未进行|有提示|无提示)$/);
  // No monospace text under 14 px: a finding's code under its "技术细节" toggle was 13.8 px.
  for (const details of await page.locator('details.finding-code').all())
    await details.locator('summary').click();
  const smallest = await page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('code, kbd, samp, pre')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => parseFloat(getComputedStyle(element).fontSize)),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(14);
  await setLanguage(page, 'en');
  expect(await panel.locator('p', { has: page.locator('[data-fingerprint]') }).textContent()).toMatch(
    /^Fingerprint: /,
  );
  await page.close();
});

test('a notice of household representatives names its households once in the law’s line', async () => {
  const page = await extension.page('dashboard.html#notice');
  await setLanguage(page, 'zh');
  await page.getByTestId('notice-alone').waitFor();
  // Written for this test: 42 of 48 households.
  await page
    .getByTestId('notice-text')
    .fill(
      '光明社区居民委员会选举结果公告\n光明社区召开户代表会议，采取户代表选举方式选举居民委员会。' +
        '应到户代表48户，实到42户，发出选票42张，收回选票42张，其中有效票41张，无效票1张。\n' +
        '张三得30票，当选为居民委员会主任。\n',
    );
  // The residents' law lets each household send a voter; its households' pack judges their quorum.
  await page.getByTestId('notice-rules').selectOption('cn-residents:households');
  await page.getByTestId('notice-check').click();
  const law = page.getByTestId('notice-law');
  await expect.poll(() => law.textContent()).toMatch(/判断：投票户数达到法定要求$/);
  expect((await law.textContent())!.split('户数').length - 1).toBe(1);
  await page.close();
});

test('box accounting chosen as the election is named for what it is, with the step to take', async () => {
  const page = await extension.page('dashboard.html');
  await setLanguage(page, 'zh');
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('boxes.csv'));
  const how = page.locator('[data-input-errors-how]');
  await expect
    .poll(() => how.textContent())
    .toBe(
      '“boxes.csv”不是选举定义，按内容是票箱统计。请在它旁边的类型选择框中选“票箱统计”（文件会移到应放的那一步），再在这里选择选举定义文件 election.json。',
    );
  await setLanguage(page, 'en');
  await expect.poll(() => how.textContent()).toContain('its content is that of the box accounting');
  // The step it names works: the file moves to step 2 and the error goes.
  await page.getByLabel('Role of boxes.csv').selectOption('boxes');
  await expect.poll(() => page.locator('[data-input-errors-how]').count()).toBe(0);
  await page.close();
});

test('the bundled sample fills each step in place, with no word about files moved that were never dropped', async () => {
  const page = await extension.page('dashboard.html');
  await setLanguage(page, 'zh');
  await page.getByRole('button', { name: /试用内置示例/ }).click();
  await page.locator('.election-summary table').waitFor();
  const namesIn = (n: number) =>
    page
      .locator(`section[aria-labelledby="step${n}"] table.files tr[data-file]`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-file')));
  expect(await namesIn(1)).toEqual(['election.json']);
  expect(await namesIn(2)).toEqual(['boxes.csv', 'tallies.csv']);
  expect(await namesIn(3)).toEqual(['announcement.txt']);
  expect(await page.locator('[data-moved]').count()).toBe(0);
  await page.close();
});

test('the files chosen for a recount are listed with the page language’s comma', async () => {
  const page = await extension.page('verify.html');
  await setLanguage(page, 'zh');
  await page.getByTestId('input-files').setInputFiles(['election.json', 'boxes.csv'].map(samplePath));
  const chosen = page.locator('.file-picker-chosen').nth(1);
  await expect.poll(() => chosen.textContent()).toBe('election.json，boxes.csv');
  // A choice made before the language changes follows it.
  await setLanguage(page, 'en');
  await expect.poll(() => chosen.textContent()).toBe('election.json, boxes.csv');
  await page.close();
});

test('the table of boxes keeps each heading’s words whole and stays in its own box, at 400 and 1280 px', async () => {
  const page = await extension.page('dashboard.html');
  await auditSample(page);
  for (const width of [400, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['zh', 'en'] as const) {
      await setLanguage(page, lang);
      const table = page.locator('table.boxes');
      await table.waitFor();
      const where = `${lang} ${width}`;
      // Each heading breaks, if at all, only between its words: every line of it ends a word.
      const lines = await table.locator('thead th').evaluateAll((headings) =>
        headings.map((heading) => {
          const range = document.createRange();
          const text = heading.textContent ?? '';
          const node = heading.ownerDocument.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          const tops = new Map<number, string>();
          let offset = 0;
          for (let current = node.nextNode(); current; current = node.nextNode()) {
            for (let index = 0; index < (current.textContent ?? '').length; index += 1) {
              range.setStart(current, index);
              range.setEnd(current, index + 1);
              const top = Math.round(range.getClientRects()[0]?.top ?? 0);
              tops.set(top, (tops.get(top) ?? '') + text[offset + index]);
            }
            offset += (current.textContent ?? '').length;
          }
          return [...tops.values()].map((line) => line.trim()).filter((line) => line !== '');
        }),
      );
      const words =
        lang === 'zh'
          ? [
              '票箱',
              '登记',
              '选民',
              '登记选民',
              '发出',
              '选票',
              '发出选票',
              '收回',
              '收回选票',
              '无效票',
              '无效',
              '选票记录',
              '记录',
            ]
          : [
              'Box',
              'Registered',
              'voters',
              'Registered voters',
              'Issued',
              'Returned',
              'Void',
              'Ballot records',
              'Ballot',
              'records',
            ];
      for (const heading of lines) {
        for (const line of heading) expect(words, `${where}: ${heading.join(' / ')}`).toContain(line);
      }
      // Nothing of the table is past the window's edge: it is inside its own box, which may scroll.
      const right = await table.evaluate((element) => {
        const box = (element.parentElement as HTMLElement).getBoundingClientRect();
        return { box: box.right, window: document.documentElement.clientWidth };
      });
      expect(right.box, where).toBeLessThanOrEqual(right.window);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        where,
      ).toBe(true);
      // The box names stay whole and in view while the figures scroll.
      const first = table.locator('tbody th').first();
      expect(await first.evaluate((cell) => getComputedStyle(cell).whiteSpace), where).toBe('nowrap');
      expect(await first.evaluate((cell) => getComputedStyle(cell).position), where).toBe('sticky');
    }
  }
  await page.close();
});
