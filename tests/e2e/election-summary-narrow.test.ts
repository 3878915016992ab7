import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';

/**
 * The election's summary (read as soon as the definition is chosen) on a phone-wide window, in both
 * languages: a heading (名额) and a post (副主任) are never broken in the middle of the word, and a
 * candidate's name stays on one line with its woman's mark, the line breaking only between candidates.
 */

const extension = extensionForFile();

/** On how many lines each of `parts` (a substring of the element's text) is laid out. */
const linesOf = (page: Page, selector: string, parts: readonly string[]) =>
  page.locator(selector).evaluate((element, parts) => {
    const text = element.textContent ?? '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    for (let at = 0, node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: at });
      at += node.textContent!.length;
    }
    const place = (offset: number) => {
      const found = [...nodes].reverse().find(({ start }) => start <= offset)!;
      return [found.node, offset - found.start] as const;
    };
    return parts.map((part) => {
      const from = text.indexOf(part);
      if (from < 0) return -1;
      const range = document.createRange();
      range.setStart(...place(from));
      range.setEnd(...place(from + part.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const tops = [...range.getClientRects()]
        .filter((rect) => rect.width > 0)
        .map((rect) => Math.round(rect.top));
      return new Set(tops).size;
    });
  }, parts);

test('at 400 px the summary breaks no heading, post or candidate in two, in either language', async () => {
  const page = await extension.page('dashboard.html');
  await page.setViewportSize({ width: 400, height: 900 });
  await page.getByRole('button', { name: /Try the bundled sample|试用内置示例/ }).click();
  await page.locator('.election-summary table').waitFor();
  for (const lang of ['zh', 'en'] as const) {
    await page
      .getByLabel(/Language/)
      .first()
      .selectOption(lang);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
    const headings = await page.locator('.election-summary thead th').allTextContents();
    expect(headings).toEqual(lang === 'zh' ? ['职位', '名额', '候选人'] : ['Contest', 'Seats', 'Candidates']);
    expect(await linesOf(page, '.election-summary thead tr', headings), lang).toEqual([1, 1, 1]);
    const posts = await page.locator('.election-summary tbody th').allTextContents();
    expect(posts).toEqual(['主任', '副主任', '委员']);
    for (const [index, post] of posts.entries()) {
      expect(
        await linesOf(page, `.election-summary tbody tr:nth-child(${index + 1}) th`, [post]),
        `${lang} ${post}`,
      ).toEqual([1]);
    }
    // The members' row is long enough to wrap: it wraps between candidates, never inside a name or
    // between a woman's name and her mark.
    const members = '.election-summary tbody tr:nth-child(3) td:last-child';
    const candidates = ['李红梅 ♀', '张伟', '黄建军', '杨丽 ♀', '吴永明'];
    expect(await linesOf(page, members, candidates), lang).toEqual([1, 1, 1, 1, 1]);
    expect(await page.locator(members).evaluate((cell) => cell.getClientRects()[0]!.height)).toBeGreaterThan(
      30,
    );
    // The pack's id, typed as one word on the command line, is not broken at its hyphen.
    const rules = page
      .locator('.election-summary dt', { hasText: /Rules applied|依据的规则/ })
      .locator('+ dd');
    expect(await rules.textContent()).toContain('(cn-village@2025)');
    expect(
      await linesOf(page, '.election-summary dl div:first-child dd', ['(cn-village@2025)']),
      lang,
    ).toEqual([1]);
    // Nothing runs off the window's side.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
  }
});
