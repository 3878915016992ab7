import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asMenuText, clickCaptureMenu, selectText, servePage } from './capture-menu.js';
import { extensionForFile } from './launch-extension.js';
import { receiptSignatureValid } from './receipt-signature.js';
import { expected, samplePath } from './sample-data.js';

/**
 * The result page of the dashboard on the bundled sample, in Chromium with the built extension: the
 * charts and their text alternatives, the announcement text beside the findings, and an announcement
 * captured from a web page carried into the signed receipt.
 */

const ANNOUNCEMENT = readFileSync(samplePath('announcement.txt'), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** In a first round a seat needs more than half of the ballots cast (contract §5). */
const votesNeeded = Math.floor(expected.cast / 2) + 1;
/** A share as the page shows it, one decimal; the sample has no share on a rounding tie. */
const shown = (part: number, whole: number) => `${(Math.round((part * 1000) / whole) / 10).toFixed(1)}%`;

const extension = extensionForFile();
let capturedId: string | undefined;
let served: Awaited<ReturnType<typeof servePage>>;
let pageUrl: string;

beforeAll(async () => {
  served = await servePage(
    '/notice.html',
    `<!doctype html><html lang="zh-CN"><head><title>青山村选举结果公告</title></head>` +
      `<body><div id="notice">${ANNOUNCEMENT.split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('')}</div></body></html>`,
  );
  pageUrl = served.url;
});
afterAll(async () => {
  await served?.close();
});

async function chooseLanguage(page: Page, lang: 'zh' | 'en') {
  await page.getByLabel(/Language/).selectOption(lang);
}

async function runAudit(page: Page, files: readonly string[]) {
  await page.locator('input[data-input="counts"]').setInputFiles(files.map(samplePath));
  await page.locator('button.primary', { hasText: /Run the audit|开始核对/ }).click();
  await page.locator('.result .verdict').waitFor();
}

describe('the result page on the sample', () => {
  let page: Page;
  beforeAll(async () => {
    page = await extension.page('dashboard.html');
    await chooseLanguage(page, 'zh');
    await runAudit(page, ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt']);
  });

  test('each contest is charted against the threshold at half of the ballots cast', async () => {
    expect(votesNeeded).toBe(739);
    for (const contest of expected.contests) {
      const chart = page.locator(`figure[data-chart="contest"][data-contest="${contest.id}"]`);
      await expect
        .poll(() => chart.locator('figcaption [data-threshold]').textContent())
        .toBe(`当选门槛：需 ${votesNeeded} 票（${shown(votesNeeded, expected.cast)}）`);
      await expect
        .poll(() => chart.locator('svg .threshold text').textContent())
        .toBe(`需 ${votesNeeded} 票`);

      // The line stands at votesNeeded / cast of the scale that runs from the 0% tick to the 100% tick.
      const geometry = await chart.evaluate((figure) => {
        const ticks = [...figure.querySelectorAll('svg .tick line')].map((line) =>
          Number(line.getAttribute('x1')),
        );
        return {
          zero: Math.min(...ticks),
          full: Math.max(...ticks),
          line: Number(figure.querySelector('svg .threshold line')!.getAttribute('x1')),
        };
      });
      const position = (geometry.line - geometry.zero) / (geometry.full - geometry.zero);
      expect(Math.abs(position - votesNeeded / expected.cast)).toBeLessThan(
        1 / (geometry.full - geometry.zero),
      );

      // The text alternative: every candidate's votes and share, and who is elected, in words.
      const rows = await chart.locator('table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-candidate'),
          cells: [...tr.children].map((cell) => cell.textContent),
        })),
      );
      expect(rows.map((row) => row.id)).toEqual(Object.keys(contest.votes));
      for (const row of rows) {
        const votes = contest.votes[row.id!]!;
        const elected = contest.elected.includes(row.id!);
        expect(row.cells.slice(1)).toEqual([
          votes.toLocaleString('zh-CN'),
          shown(votes, expected.cast),
          elected ? '✔ 当选' : '未当选',
        ]);
      }
      // Elected is said by a symbol and a word inside the chart too, not by colour alone.
      const marked = await chart
        .locator('svg g[data-elected="true"]')
        .evaluateAll((groups) => groups.map((g) => [g.getAttribute('data-candidate'), g.textContent]));
      expect(marked.map(([id]) => id)).toEqual(contest.elected);
      for (const [, text] of marked) expect(text).toContain('✔ 当选');
    }
  });

  test('turnout per box: returned of registered, and n/a for the mobile box with no registered voters', async () => {
    const boxes = readFileSync(samplePath('boxes.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const chart = page.locator('figure[data-chart="turnout"]');
    for (const [box, registered, , returned] of boxes) {
      const cell = chart.locator(`table tr[data-box="${box}"] td[data-turnout]`);
      await expect
        .poll(() => cell.textContent())
        .toBe(Number(registered) === 0 ? '不适用' : shown(Number(returned), Number(registered)));
    }
    await expect
      .poll(() => chart.locator('table tr[data-box="#all"] td[data-turnout]').textContent())
      .toBe(shown(expected.cast, expected.registered));
  });

  test('recount and announcement side by side: the planted figure differs, the others agree', async () => {
    const rows = await page.locator('figure[data-chart="comparison"] table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        status: tr.getAttribute('data-status'),
        figure: tr.querySelector('th')!.textContent,
        recount: tr.querySelector('[data-recount]')!.textContent,
        announced: tr.querySelector('[data-announced]')!.textContent,
      })),
    );
    const planted = expected.planted[0]!;
    const recounted = expected.contests.find((c) => c.id === planted.contest)!.votes[planted.candidate]!;
    expect(rows.filter((row) => row.status === 'differs')).toEqual([
      {
        status: 'differs',
        figure: '张伟（委员）得票',
        recount: recounted.toLocaleString('zh-CN'),
        announced: (recounted + planted.offset).toLocaleString('zh-CN'),
      },
    ]);
    expect(rows).toContainEqual({
      status: 'agrees',
      figure: '登记选民',
      recount: expected.registered.toLocaleString('zh-CN'),
      announced: expected.registered.toLocaleString('zh-CN'),
    });
    expect(rows).toContainEqual({
      status: 'agrees',
      figure: '“参选率70.3%”',
      recount: '70.3%',
      announced: '70.3%',
    });
    // Every candidate's votes and every list of winners the notice states is compared.
    const votesRows = rows.filter((row) => row.figure!.endsWith('得票'));
    expect(votesRows).toHaveLength(expected.contests.reduce((n, c) => n + Object.keys(c.votes).length, 0));
    expect(rows.filter((row) => row.figure!.endsWith('当选')).map((row) => row.status)).toEqual([
      'agrees',
      'agrees',
      'agrees',
    ]);
    expect(rows.some((row) => row.status === 'not-compared')).toBe(false);
  });

  test('the finding about 张伟 is highlighted in the announcement text, and showing it focuses its place', async () => {
    const text = page.locator('[data-announcement-text] .capture-text');
    await expect.poll(() => text.textContent()).toBe(ANNOUNCEMENT);
    const marked = text.locator('.mark-error');
    await expect.poll(() => marked.allTextContents()).toEqual(['张伟1029票']);
    await expect.poll(() => marked.getAttribute('tabindex')).toBe('-1');

    const finding = page.locator('li[data-code="ANNOUNCED_MISMATCH"]', { hasText: '张伟' });
    await finding.getByRole('button', { name: '在公告中查看' }).click();
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      marks: document.activeElement?.getAttribute('data-marks'),
      inside: document.activeElement?.closest('[data-announcement-text]') !== null,
    }));
    expect(focused.text).toBe('张伟1029票');
    expect(focused.inside).toBe(true);
    // The finding's own key: the first finding of the report.
    expect(focused.marks!.split(' ')).toContain('finding-0');
    // Findings with no place in the text offer no button.
    await expect
      .poll(() =>
        page.locator('li[data-code="WRITE_IN"]').getByRole('button', { name: '在公告中查看' }).count(),
      )
      .toBe(0);
  });

  test('in English the charts speak English and format numbers for it', async () => {
    await chooseLanguage(page, 'en');
    await expect
      .poll(() => page.locator('figure[data-contest="member"] svg .threshold text').textContent())
      .toBe(`${votesNeeded} votes needed`);
    await expect
      .poll(() => page.locator('table.contest[data-contest="chair"] caption').textContent())
      .toMatch(/ · 1 seat$/);
    await expect
      .poll(() => page.locator('table.contest[data-contest="member"] caption').textContent())
      .toMatch(/ · 3 seats$/);
    await expect
      .poll(() =>
        page.locator('figure[data-chart="turnout"] tr[data-box="mobile-1"] td[data-turnout]').textContent(),
      )
      .toBe('n/a');
    await expect
      .poll(() => page.locator('figure[data-chart="turnout"] tr[data-box="#all"] td').first().textContent())
      .toBe(expected.cast.toLocaleString('en'));
    await page.close();
  });
});

test('a captured announcement fills the dashboard, and the signed receipt names its source and SHA-256', async () => {
  const notice = await extension.context.newPage();
  await notice.goto(pageUrl);
  await notice.bringToFront();
  const menuText = asMenuText(await selectText(notice, '#notice'));

  const panelOpened = extension.context.waitForEvent('page');
  const capture = await clickCaptureMenu(extension.serviceWorker!, menuText, pageUrl);
  expect(capture.sha256).toBe(sha256(menuText));
  capturedId = capture.id;

  const panel = await panelOpened;
  await panel.waitForLoadState();
  const dashboardOpened = extension.context.waitForEvent('page');
  await panel.getByTestId('use-in-dashboard').click();
  const page = await dashboardOpened;
  await page.waitForLoadState();
  await chooseLanguage(page, 'en');

  // The announcement step holds the captured text and says where it came from.
  await page.getByTestId('captured-source').waitFor();
  await expect.poll(() => page.getByLabel('Notice text').inputValue()).toBe(menuText);
  await expect.poll(() => page.getByTestId('captured-url').textContent()).toBe(pageUrl);
  await expect.poll(() => page.getByTestId('captured-sha256').textContent()).toBe(sha256(menuText));
  await expect.poll(() => page.getByTestId('captured-at').getAttribute('datetime')).toBe(capture.capturedAt);

  await runAudit(page, ['election.json', 'boxes.csv', 'tallies.csv']);
  await expect
    .poll(() => page.locator('.result .verdict').getAttribute('data-verdict'))
    .toBe('discrepancies');
  // The captured text is the one shown beside the findings, the planted mismatch marked in it.
  await expect
    .poll(() => page.locator('[data-announcement-text] .capture-text').textContent())
    .toBe(menuText);
  await expect
    .poll(() => page.locator('[data-announcement-text] .mark-error').allTextContents())
    .toEqual(['张伟1029票']);

  await page.getByLabel('Signer name').fill('Observer Zhao');
  await page.getByRole('button', { name: 'Create a signing key' }).click();
  await page.getByRole('button', { name: 'Sign the receipt' }).click();
  const download = page.waitForEvent('download');
  await page.locator('a[data-receipt-link]').click();
  const receipt = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as Parameters<
    typeof receiptSignatureValid
  >[0] & {
    payload: {
      announcementSource?: { url: string; title: string; capturedAt: string; sha256: string };
      inputs: { role: string; sha256: string }[];
    };
  };
  expect(receipt.payload.announcementSource).toEqual({
    url: pageUrl,
    title: capture.title,
    capturedAt: capture.capturedAt,
    sha256: sha256(menuText),
  });
  // The announcement the report hashed is that very text.
  expect(receipt.payload.inputs.find((input) => input.role === 'announcement')?.sha256).toBe(
    sha256(menuText),
  );
  expect(receiptSignatureValid(receipt)).toBe(true);
  await Promise.all([notice.close(), panel.close(), page.close()]);
});

test('an edited capture is audited as typed, and the receipt names no web page', async () => {
  expect(capturedId).toBeDefined();
  const page = await extension.page(`dashboard.html?capture=${capturedId}`);
  await chooseLanguage(page, 'en');
  await page.getByTestId('captured-source').waitFor();
  await page.getByLabel('Notice text').fill(ANNOUNCEMENT);
  await expect
    .poll(() => page.getByTestId('captured-source').locator('.warning').textContent())
    .toContain('will not name the web page');
  await runAudit(page, ['election.json', 'boxes.csv', 'tallies.csv']);
  await expect
    .poll(() => page.locator('[data-announcement-text] .capture-text').textContent())
    .toBe(ANNOUNCEMENT.trim());
  await page.getByRole('button', { name: 'Sign the receipt' }).click();
  const download = page.waitForEvent('download');
  await page.locator('a[data-receipt-link]').click();
  const receipt = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
    payload: { announcementSource?: unknown };
  };
  expect(receipt.payload.announcementSource).toBeUndefined();
  await page.close();
});
