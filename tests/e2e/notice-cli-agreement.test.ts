import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCliSync as cli } from '../unit/run-cli.js';
import { asSentence } from '../../entrypoints/shared/as-sentence.js';
import { extensionForFile } from './launch-extension.js';

/**
 * The dashboard's check of a notice on its own, as an observer with a saved notice meets it: the file
 * dropped on the page or chosen, and the report it gives is the one `tallywitness check --announcement`
 * gives for the same file (the verdict line, the findings, every figure checked with its work, every
 * figure not checked with its reason), in both languages, with no law and with one. A file that is no
 * notice is refused with its name and what to do, and the whole check can be made from the keyboard.
 */

const NOTICES = resolve(import.meta.dirname, 'fixtures/notices');
const notice = (name: string) => join(NOTICES, name);

const extension = extensionForFile();
let page: Page;
let work: string;

beforeAll(async () => {
  page = await extension.englishDashboard('#notice');
  await page.getByTestId('notice-alone').waitFor();
  work = mkdtempSync(join(tmpdir(), 'tallywitness-notices-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Drags a file from a file manager over the page and drops it on `where` (the notice's part of the page
 * unless told); `beforeDrop` looks at the page while the file is carried over it.
 */
async function drop(
  path: string,
  { where = '[data-testid="notice-alone"]', beforeDrop = async () => {} } = {},
): Promise<void> {
  const target = page.locator(where).first();
  const transfer = await page.evaluateHandle(
    ([name, data]) => {
      const carried = new DataTransfer();
      carried.items.add(new File([new Uint8Array(data)], name));
      return carried;
    },
    [basename(path), [...readFileSync(path)]] as const,
  );
  for (const type of ['dragenter', 'dragover']) await target.dispatchEvent(type, { dataTransfer: transfer });
  await beforeDrop();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  if (where === '[data-testid="notice-alone"]' || where === 'header')
    await expect.poll(() => page.getByTestId('notice-using-file').textContent()).toContain(basename(path));
}

interface Shown {
  readonly verdict: string;
  readonly findings: readonly string[];
  readonly judged: readonly string[];
  readonly unread: readonly string[];
  readonly counts: readonly number[];
}

/** The report as the page shows it, each list item flattened to one line. */
async function shownReport(): Promise<Shown> {
  const result = page.getByTestId('notice-result');
  await result.waitFor();
  const items = (list: string) =>
    result.locator(`[data-testid="${list}"] > li`).evaluateAll((lis) =>
      lis.map((li) => {
        const [quoted, work] = [li.querySelector('q'), li.querySelector('q ~ div')];
        return `${li.getAttribute('data-rule') ?? ''}|${li.getAttribute('data-right') ?? ''}|${quoted?.textContent}|${work?.textContent}`;
      }),
    );
  return {
    verdict: (await page.getByTestId('notice-verdict').textContent())!.replace(/^(Verdict: |结论：)/, ''),
    findings: await result
      .locator('[data-testid="findings"] > li')
      .evaluateAll((lis) =>
        lis.map((li) => `${li.getAttribute('data-code')}|${li.querySelector('strong + div')?.textContent}`),
      ),
    judged: await items('work-judged'),
    unread: await items('work-unread'),
    counts: ((await page.getByTestId('notice-counts').textContent())!.match(/\d+/g) ?? []).map(Number),
  };
}

interface CliReport {
  findings: {
    code: string;
    severity: string;
    messages: Record<'zh' | 'en', string>;
    where?: { span?: [number, number]; text?: string };
  }[];
  announcement: {
    figuresRead: number;
    judgedCount: number;
    unreadCount: number;
    judged: { rule: string; right: boolean; text: string; work: Record<'zh' | 'en', string> }[];
    unread: { text: string; span?: [number, number]; work: Record<'zh' | 'en', string> }[];
  };
}

/** The same report from the command line, in the same shape. */
function cliReport(path: string, lang: 'zh' | 'en', rules: readonly string[]): Shown {
  const args = ['check', '--announcement', path, '--lang', lang, ...rules];
  const text = cli([...args, '--format', 'text']);
  const json = cli([...args, '--format', 'json']);
  expect(json.status, json.stderr).toBe(0);
  const report = JSON.parse(json.stdout) as CliReport;
  const section = report.announcement;
  const wrong = section.judged.filter((figure) => !figure.right).length;
  return {
    verdict: text.stdout.match(/^(?:Verdict|结论): (.*)$/m)![1]!,
    // A note that a figure was not checked is shown once, in the "Not checked" list with its reason.
    findings: report.findings
      .filter(
        (finding) =>
          section.judgedCount + section.figuresRead === 0 ||
          !(
            finding.code === 'UNREAD_FIGURE' &&
            finding.severity === 'info' &&
            section.unread.some(
              (figure) =>
                figure.text === finding.where?.text &&
                figure.span?.join() === finding.where?.span?.join() &&
                figure.span !== undefined,
            )
          ),
      )
      .map((finding) => `${finding.code}|${finding.messages[lang]}`),
    judged: section.judged.map(
      (figure) => `${figure.rule}|${figure.right}|${figure.text}|${asSentence(figure.work[lang], lang)}`,
    ),
    // The page shows each work on a line of its own, as a sentence (capitalised in English).
    unread: section.unread.map((figure) => `||${figure.text}|${asSentence(figure.work[lang], lang)}`),
    counts:
      section.judgedCount === 0
        ? [section.figuresRead, section.unreadCount]
        : [section.figuresRead, section.judgedCount, section.judgedCount - wrong, wrong, section.unreadCount],
  };
}

const CASES: readonly { file: string; rules: readonly string[] }[] = [
  { file: 'right.txt', rules: [] },
  { file: 'wrong-share.txt', rules: [] },
  { file: 'unread.txt', rules: [] },
  { file: 'township.txt', rules: [] },
  { file: 'table.html', rules: [] },
  { file: 'right.txt', rules: ['--rules', 'cn-village'] },
];

test.each(CASES)(
  'the page’s report on $file (rules: $rules) is the command line’s, in both languages',
  async ({ file, rules }) => {
    // A .txt or .html file dropped on the page, as it is dragged from a file manager.
    await drop(notice(file));
    await page.getByTestId('notice-rules').selectOption(rules[1] ?? '');
    for (const lang of ['en', 'zh'] as const) {
      await page.getByLabel(/Language/).selectOption(lang);
      await page.getByTestId('notice-check').click();
      const shown = await shownReport();
      expect(shown).toEqual(cliReport(notice(file), lang, rules));
      // Every figure judged is listed, right ones included: a right notice lists no fewer than it checked.
      expect(shown.judged.length).toBeGreaterThan(0);
    }
  },
);

test('an election by household representatives: the page names households as the command line’s text report does', async () => {
  // The command line's words for the quorum of households, met or not checkable, in each language.
  const cliWords = {
    'households.txt': { zh: '投票户数达到法定要求', en: 'quorum of households met' },
    'households-unknown.txt': { zh: '登记户数未知', en: 'registered households unknown' },
  } as const;
  // The residents' law lets each household send a voter; its households' pack judges their quorum.
  await page.getByTestId('notice-rules').selectOption('cn-residents:households');
  for (const [file, words] of Object.entries(cliWords)) {
    await drop(notice(file));
    for (const lang of ['en', 'zh'] as const) {
      await page.getByLabel(/Language/).selectOption(lang);
      await page.getByTestId('notice-check').click();
      const law = (await page.getByTestId('notice-law').textContent())!;
      expect(
        cli(['check', '--announcement', notice(file), '--rules', 'cn-residents:households', '--lang', lang])
          .stdout,
      ).toContain(words[lang]);
      expect(law, `${file} ${lang}`).toContain(words[lang]);
      const shown = await page.getByTestId('notice-result').innerText();
      expect(shown, `${file} ${lang}`).not.toMatch(/登记选民|参选人数|registered voters/);
    }
  }
});

test('a wrong share: the headline, the finding and the work all say so, and the wrong figure is marked', async () => {
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByTestId('notice-rules').selectOption('');
  await page.getByTestId('notice-file').setInputFiles(notice('wrong-share.txt'));
  await page.getByTestId('notice-check').click();
  const shown = await shownReport();
  expect(await page.getByTestId('notice-headline').textContent()).toBe(
    '1 thing in the notice needs checking',
  );
  expect(shown.judged.filter((line) => line.startsWith('share|false|得票率66.3%|'))).toHaveLength(1);
  expect(await page.getByTestId('notice-findings-title').textContent()).toBe('Findings (1)');
  expect(await page.locator('.notice-alone .mark-warning').allTextContents()).toEqual(['得票率66.3%']);
});

test('figures not checked: the headline names them beside "nothing wrong", each shown once under "Not checked"', async () => {
  await page.getByTestId('notice-file').setInputFiles(notice('unread.txt'));
  for (const lang of ['en', 'zh'] as const) {
    await page.getByLabel(/Language/).selectOption(lang);
    await page.getByTestId('notice-check').click();
    const { unread } = await shownReport();
    expect(unread.length).toBeGreaterThan(2);
    // Each with its reason in words, not a code.
    for (const line of unread) expect(line.split('|')[3]!.length).toBeGreaterThan(10);
    const headline = await page.getByTestId('notice-headline').textContent();
    // Each figure not checked is shown once, in the list with its reason, not again as a note.
    expect(await page.getByTestId('notice-findings-title').count()).toBe(0);
    expect(await page.locator('[data-testid="findings"] > li').count()).toBe(0);
    const next = await page.getByTestId('notice-next').textContent();
    if (lang === 'en') {
      expect(headline).toBe(`Nothing wrong in the figures checked; ${unread.length} figures not checked`);
      expect(next).toContain('listed below under “Not checked”');
    } else {
      expect(headline).toBe(`核对的数字没有发现错误；${unread.length} 个数字未能核对`);
      expect(next).toContain('列在下面的“未核对”中');
    }
  }
});

test('in large type at a narrow width, no line starts with the "%" of a share cut short', async () => {
  await page.getByTestId('notice-file').setInputFiles(notice('table.html'));
  await page.getByTestId('notice-check').click();
  await page.getByTestId('notice-result').waitFor();
  // The reader's own text size, set larger in the browser: 24 px for the usual 16.
  await page.addStyleTag({ content: 'html:root { font-size: 24px; }' });
  await page.setViewportSize({ width: 800, height: 1000 });
  const shares = page.locator('[data-testid="notice-result"] [data-figure-whole]');
  expect(await shares.count()).toBeGreaterThan(5);
  const lines = await shares.evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
  expect(new Set(lines)).toEqual(new Set([1]));
  // Left to break as the browser likes, some of these very shares do break before their "%" at one
  // width or another (which width depends on the words around them).
  await page.addStyleTag({ content: '.figure-whole { white-space: normal; }' });
  let broken = false;
  for (let width = 800; width >= 600 && !broken; width -= 8) {
    await page.setViewportSize({ width, height: 1000 });
    const loose = await shares.evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
    broken = loose.some((count) => count > 1);
  }
  expect(broken).toBe(true);
  await page.setViewportSize({ width: 800, height: 1000 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await page.reload();
  await page.getByTestId('notice-alone').waitFor();
});

test('a table saved as a web page keeps its columns in line in the marked text', async () => {
  await page.getByTestId('notice-file').setInputFiles(notice('table.html'));
  await page.getByTestId('notice-check').click();
  await page.getByTestId('notice-result').waitFor();
  // The left edge of each cell of the table's rows (lines with tabs), column by column.
  const columns = () =>
    page.locator('.notice-alone [data-testid="capture-text"]').evaluate((pre) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const at = (offset: number): [Text, number] => {
        for (const node of nodes) {
          if (offset <= node.length) return [node, offset];
          offset -= node.length;
        }
        throw new Error('past the end');
      };
      const left = (offset: number) => {
        const range = document.createRange();
        range.setStart(...at(offset));
        range.setEnd(...at(offset + 1));
        return Math.round(range.getBoundingClientRect().left);
      };
      const lefts: number[][] = [];
      let start = 0;
      for (const line of (pre.textContent ?? '').split('\n')) {
        if (line.includes('\t')) {
          const cells: number[] = [];
          for (let cell = 0, offset = 0; cell < line.split('\t').length; cell++) {
            cells.push(left(start + offset));
            offset += line.split('\t')[cell]!.length + 1;
          }
          lefts.push(cells);
        }
        start += line.length + 1;
      }
      return lefts[0]!.map((_, column) => new Set(lefts.map((cells) => cells[column])).size);
    });
  // A header and five rows of four cells: each column starts at one place.
  expect(await columns()).toEqual([1, 1, 1, 1]);
  // With the browser's usual tab stops, a few spaces apart, they do not.
  await page.addStyleTag({ content: '.capture-text { tab-size: 8; }' });
  expect((await columns()).some((places) => places > 1)).toBe(true);
  await page.reload();
  await page.getByTestId('notice-alone').waitFor();
});

test('a file carried over the page is announced, and taken where it is dropped, the page’s header too', async () => {
  await page.getByLabel(/Language/).selectOption('en');
  await drop(notice('unread.txt'), {
    where: 'header',
    beforeDrop: async () => {
      expect(await page.getByTestId('notice-drop-now').textContent()).toBe('Let go to use this file.');
    },
  });
  // The page is still the dashboard: the drop did not open the file in the tab.
  expect(new URL(page.url()).hash).toBe('#notice');
  expect(await page.getByTestId('notice-drop-now').count()).toBe(0);
  await page.getByTestId('notice-check').click();
  expect((await shownReport()).judged).toEqual(cliReport(notice('unread.txt'), 'en', []).judged);

  // On the Audit page its drops are its own: the notice page, hidden under it, takes none of them.
  await page.evaluate(() => (location.hash = '#audit'));
  await drop(notice('right.txt'), { where: '.dropzone' });
  await expect.poll(() => page.getByLabel('Role of right.txt').count()).toBe(1);
  await page.evaluate(() => (location.hash = '#notice'));
  expect(await page.getByTestId('notice-using-file').textContent()).toContain('unread.txt');
  expect(await page.getByTestId('notice-result').count()).toBe(1);
});

test('a notice checked is taken to the Audit page as it was checked, a file as the file, a paste as the text', async () => {
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByTestId('notice-rules').selectOption('');
  await page.getByTestId('notice-file').setInputFiles(notice('right.txt'));
  await page.getByTestId('notice-check').click();
  const toAudit = page.getByTestId('notice-to-audit');
  expect(await toAudit.textContent()).toBe('Compare with the tally sheets on the Audit page');
  expect(await toAudit.evaluate((button) => button.classList.contains('primary'))).toBe(true);
  await toAudit.click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#audit');
  await expect.poll(() => page.getByLabel('Role of right.txt').inputValue()).toBe('announcement');
  // The audit's first step is where the reader goes on: the election and the tally sheets.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step1');
  // It says there that the notice is in step 3, and how to give the two things still missing when the
  // reader has no election.json and only paper sheets: the election form, typing in the sheets.
  const handedOver = page.getByTestId('notice-handed-over');
  expect(await handedOver.innerText()).toMatch(/^The notice is now in step 3\. .*two more things/);
  expect(await handedOver.getByRole('link', { name: 'Election form' }).getAttribute('href')).toBe(
    '#election',
  );
  expect(await handedOver.getByRole('link', { name: 'type in the tally sheets' }).getAttribute('href')).toBe(
    '/sheets.html',
  );

  // Pasted text with a wrong share: the way on is a plain button, and the audit gets the text.
  await page.evaluate(() => (location.hash = '#notice'));
  const text = readFileSync(notice('wrong-share.txt'), 'utf8');
  await page.getByTestId('notice-text').fill(text);
  await page.getByTestId('notice-check').click();
  expect(await toAudit.evaluate((button) => button.classList.contains('primary'))).toBe(false);
  await toAudit.click();
  await expect.poll(() => page.getByLabel('Notice text').inputValue()).toBe(text);
  await page.evaluate(() => (location.hash = '#notice'));
});

test('a file that is no notice is refused by name, with what to do, as the command line refuses it', async () => {
  await page.getByLabel(/Language/).selectOption('en');
  // A photo of the notice, and a text file whose bytes are not text.
  const photo = join(work, 'notice-photo.png');
  writeFileSync(
    photo,
    Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  );
  const garbled = join(work, 'notice.txt');
  writeFileSync(
    garbled,
    Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4b, 0x03, 0x04, 0x20, 0xff, 0xfe, 0x81, 0x30]),
  );
  for (const path of [photo, garbled]) {
    await drop(path);
    await page.getByTestId('notice-check').click();
    const errors = page.locator('.notice-alone .input-errors');
    await errors.waitFor();
    expect(await errors.locator('[data-input-errors-title]').textContent()).toBe(
      'The notice could not be read; nothing was checked',
    );
    expect(await errors.locator('[data-input-errors-how]').textContent()).toContain(
      'copy the words of the notice and paste them in the box above',
    );
    const line = await errors.locator('li').first().textContent();
    expect(line).toMatch(new RegExp(`^${basename(path).replace('.', '\\.')}:1`));
    // The command line refuses the same file for the same reason.
    const run = cli(['check', '--announcement', path, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(line!.slice(line!.indexOf(': ') + 2, line!.indexOf(': ') + 40));
    expect(await page.getByTestId('notice-result').count()).toBe(0);
  }
});

test('the check can be made from the keyboard alone, and the focus is taken to its result', async () => {
  await page.reload();
  await page.getByTestId('notice-alone').waitFor();
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByTestId('notice-text').focus();
  await page.keyboard.insertText(readFileSync(notice('wrong-share.txt'), 'utf8'));
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  for (let tabs = 0; tabs < 6 && (await focused()) !== 'notice-check'; tabs++)
    await page.keyboard.press('Tab');
  expect(await focused()).toBe('notice-check');
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe('notice-outcome');
  // From the result, the next stops are the ways on: "Show in the text" reaches the wrong share.
  for (
    let tabs = 0;
    tabs < 6 &&
    !/Show in the text/.test(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    tabs++
  )
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.classList.contains('mark') ? document.activeElement.textContent : '',
      ),
    )
    .toContain('66.3%');
});
