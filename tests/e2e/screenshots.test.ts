// Screenshots of every page for the README and docs/screenshots/, in Chinese and in English, at a
// narrow (800 px) and a wide (1440 px) window; the side panel at its own width and the popup as it opens.
// Run: npx wxt build && TALLYWITNESS_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { auditSample, capturedNoticePanel, printablePage, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const enabled = process.env['TALLYWITNESS_SCREENSHOTS'] === '1';
const LANGS = ['zh', 'en'] as const;
const WIDTHS = [800, 1440] as const;
const HEIGHT = { 800: 1000, 1440: 900 } as const;

const extension = extensionForFile({ skip: !enabled });
let dashboard: Page;
let receiptPath: string;

beforeAll(async () => {
  if (!enabled) return;
  mkdirSync(OUT, { recursive: true });
  dashboard = await extension.page('dashboard.html');
  await dashboard.setViewportSize({ width: 1440, height: 900 });
  await auditSample(dashboard);
  // Under the name the dashboard offers it by, not the browser's temporary one.
  receiptPath = join(mkdtempSync(join(tmpdir(), 'tallywitness-shots-')), 'receipt-青山村.json');
  copyFileSync(await signReceipt(dashboard, '观察员 李明'), receiptPath);
});

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(OUT, `${name}.png`);
  await page.screenshot({ path });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

/** Scrolls `part` to the top of the window, with a little room above it. */
async function scrollToTop(part: Locator): Promise<void> {
  await part.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -24);
  });
}

/** Every language and width of one page: `arrange` brings the page into view after each change. */
async function shootEach(page: Page, name: string, arrange: () => Promise<void> = async () => {}) {
  for (const lang of LANGS) {
    await page.getByLabel(/Language/).selectOption(lang);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] });
      await arrange();
      await shoot(page, `${name}-${lang}-${width}`);
    }
  }
}

test.skipIf(!enabled)('the dashboard: the result of the sample, the election form, the history', async () => {
  await shootEach(dashboard, 'dashboard-result', async () => {
    // The result, from its verdict down: the whole page is too tall to read in a README.
    await scrollToTop(dashboard.locator('#step4'));
  });
  await shootEach(dashboard, 'dashboard-start', async () => {
    await dashboard.evaluate(() => window.scrollTo(0, 0));
  });
  await dashboard.evaluate(() => (location.hash = '#election'));
  await dashboard.locator('#open-election').setInputFiles(samplePath('election.json'));
  await dashboard.locator('.election-form fieldset.contest').nth(2).waitFor();
  await shootEach(dashboard, 'election-form', async () => {
    await dashboard.evaluate(() => window.scrollTo(0, 0));
  });
  await dashboard.evaluate(() => (location.hash = '#history'));
  await dashboard.locator('table.history').waitFor();
  await shootEach(dashboard, 'history', async () => {
    await dashboard.evaluate(() => window.scrollTo(0, 0));
  });
  // On a phone-wide window the history is a list of cards.
  for (const lang of LANGS) {
    await dashboard.getByLabel(/Language/).selectOption(lang);
    await dashboard.setViewportSize({ width: 400, height: 800 });
    await dashboard.locator('li.history-card').first().waitFor();
    await dashboard.evaluate(() => window.scrollTo(0, 0));
    await shoot(dashboard, `history-${lang}-400`);
  }
  await dashboard.setViewportSize({ width: 1440, height: 900 });
  await dashboard.evaluate(() => (location.hash = '#audit'));
});

test.skipIf(!enabled)(
  'the Audit step: the boxes to check by hand, drawn under a signed commitment',
  async () => {
    await dashboard.getByLabel(/Language/).selectOption('en');
    await dashboard.locator('a[data-audit-way-in]').click();
    await dashboard.getByRole('button', { name: 'Sign the commitment' }).click();
    await dashboard.locator('[data-commitment]').waitFor();
    await dashboard.locator('#hand-check-seed').fill('31415926535897932384');
    await dashboard.getByLabel('How many to draw in this round').fill('2');
    await dashboard.getByRole('button', { name: 'Draw', exact: true }).click();
    await dashboard.locator('table[data-sample]').waitFor();
    await shootEach(dashboard, 'audit-step', async () => {
      await dashboard.locator('#audit-step').evaluate((heading) => {
        heading.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -24);
      });
    });
  },
);

test.skipIf(!enabled)(
  'the verify page with the signed receipt recounted, and its printable view',
  async () => {
    const verify = await verifyPage(extension, receiptPath);
    const inputs = ['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath);
    await verify.getByTestId('input-files').setInputFiles(inputs);
    await verify.getByTestId('recount-result').waitFor({ timeout: 60_000 });
    await shootEach(verify, 'verify', async () => {
      await verify.evaluate(() => window.scrollTo(0, 0));
    });
    const printable = await printablePage(extension, verify);
    await shootEach(printable, 'receipt', async () => {
      await printable.evaluate(() => window.scrollTo(0, 0));
    });
    await Promise.all([verify.close(), printable.close()]);
  },
);

test.skipIf(!enabled)('the verify page with a receipt changed after signing', async () => {
  // One vote more for the first candidate: the signature no longer holds.
  const text = readFileSync(receiptPath, 'utf8');
  const at = text.indexOf('"votes": ') + '"votes": '.length;
  const tampered = receiptPath.replace(/\.json$/, '-changed.json');
  writeFileSync(tampered, text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1));
  const verify = await verifyPage(extension, tampered);
  await shootEach(verify, 'verify-invalid', async () => {
    await verify.evaluate(() => window.scrollTo(0, 0));
  });
  await verify.close();
});

test.skipIf(!enabled)('the side panel with a captured notice', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  for (const lang of LANGS) {
    await panel.getByLabel(/Language/).selectOption(lang);
    await panel.setViewportSize({ width: 400, height: 900 });
    await shoot(panel, `sidepanel-${lang}-400`);
    await panel.setViewportSize({ width: 800, height: 1000 });
    await shoot(panel, `sidepanel-${lang}-800`);
  }
  await close();
});

test.skipIf(!enabled)('the popup, with the last audit and its receipt', async () => {
  for (const lang of LANGS) {
    const popup = await extension.page('popup.html');
    await popup.getByLabel(/Language/).selectOption(lang);
    await popup.setViewportSize({ width: 352, height: 600 });
    await popup.locator('[data-verdict]').waitFor();
    // As tall as its content, as the browser sizes a popup.
    const height = await popup.evaluate(() => document.body.scrollHeight);
    await popup.setViewportSize({ width: 352, height });
    await shoot(popup, `popup-${lang}`);
    await popup.close();
  }
});

test.skipIf(!enabled)('a notice checked on its own on the dashboard, judged by cn-village', async () => {
  const page = await extension.page('dashboard.html#notice');
  await page.getByTestId('notice-alone').waitFor();
  await page.getByTestId('notice-text').fill(readFileSync(samplePath('announcement.txt'), 'utf8'));
  await page.getByTestId('notice-rules').selectOption('cn-village');
  await page.getByTestId('notice-check').click();
  await page.getByTestId('notice-result').waitFor();
  await shootEach(page, 'notice-alone', async () => {
    await scrollToTop(page.getByTestId('notice-result'));
  });
  await page.close();
});

test.skipIf(!enabled)(
  'the dashboard on records that cannot decide the result (a ballot repeated, marked differently)',
  async () => {
    const page = await extension.page('dashboard.html');
    const village = (file: string) => resolve(import.meta.dirname, '../fixtures/outside/liuxi', file);
    const files = ['repeat-election.json', 'repeat-boxes.csv', 'repeat-ballots-differ.csv'];
    await page.locator('input[data-input="counts"]').setInputFiles(files.map(village));
    await page.getByRole('button', { name: /开始核对|Run the audit/ }).click();
    await page.locator('.result .verdict[data-undecided]').waitFor();
    await shootEach(page, 'dashboard-undecided', async () => {
      await scrollToTop(page.locator('#step4'));
    });
    await page.close();
  },
);

test.skipIf(!enabled)('the live tally, its list of boxes', async () => {
  const page = await extension.page('tally.html');
  await shootEach(page, 'live-tally', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await page.close();
});

test.skipIf(!enabled)('typing in the tally sheets, a check in words', async () => {
  const page = await extension.page('sheets.html');
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.locator('section[aria-labelledby="start-new"] button').click();
  const cells: Record<string, string> = {
    'box-name': 'central',
    'figure:registered': '1630',
    'figure:issued': '1108',
    'figure:returned': '1107',
    'figure:invalid': '15',
    'votes:chair:chen-jianhua': '670',
    'votes:chair:liu-guoqiang': '931',
    'votes:chair:#blank': '31',
  };
  for (const [cell, value] of Object.entries(cells))
    await page.locator(`input[data-cell="${cell}"]`).fill(value);
  await page.locator('input[data-cell="votes:vice-chair:wang-xiuying"]').focus();
  await shootEach(page, 'typed-sheets', async () => {
    // Wide, the next step and the checks stay beside the grid: shown down at the contests' cells.
    await page.evaluate(() => {
      if (window.innerWidth < 1000) return window.scrollTo(0, 0);
      document.querySelector('.box-tabs')?.scrollIntoView({ block: 'start' });
    });
  });
  await page.close();
});

/** A notice of the reader's corpus (never a held-out one), as a journalist would paste it. */
const corpusNotice = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../core/announcement', path), 'utf8');

/** The dashboard's `#notice` with `text` pasted and checked, by a law and round when given. */
async function noticeChecked(text: string, rules?: { pack: string; round: 'first' | 'runoff' }) {
  const page = await extension.page('dashboard.html#notice');
  await page.getByTestId('notice-alone').waitFor();
  await page.getByTestId('notice-text').fill(text);
  if (rules) {
    await page.getByTestId('notice-rules').selectOption(rules.pack);
    await page.getByTestId('notice-round').selectOption(rules.round);
  }
  await page.getByTestId('notice-check').click();
  await page.getByTestId('notice-result').waitFor();
  return page;
}

test.skipIf(!enabled)(
  'a township summary with many figures not checked: its headline, then its "not checked" list',
  async () => {
    const page = await noticeChecked(corpusNotice('corpus/real-gansu-county.txt'));
    await shootEach(page, 'notice-township', async () => {
      await scrollToTop(page.getByTestId('notice-result'));
    });
    await shootEach(page, 'notice-township-unread', async () => {
      await scrollToTop(page.getByTestId('work-unread'));
    });
    await page.close();
  },
);

test.skipIf(!enabled)(
  'a village notice judged by a law, whose share has two possible bases: the reason it is not checked',
  async () => {
    const page = await noticeChecked(corpusNotice('corpus/xinhe-village.txt'), {
      pack: 'cn-village',
      round: 'first',
    });
    await shootEach(page, 'notice-base-unclear', async () => {
      await scrollToTop(page.getByTestId('work-unread'));
    });
    // The next step for a notice found right: compare it with the tally sheets on the Audit page.
    await page.getByTestId('notice-to-audit').click();
    await page.locator('#step1').waitFor();
    await shootEach(page, 'notice-to-audit', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
    });
    await page.close();
  },
);

test.skipIf(!enabled)('a notice written in English', async () => {
  const page = await noticeChecked(corpusNotice('corpus/english-summary.txt'));
  await shootEach(page, 'notice-english', async () => {
    await scrollToTop(page.getByTestId('notice-result'));
  });
  await page.close();
});

test.skipIf(!enabled)('the side panel at 400 px with a long township summary', async () => {
  const text = corpusNotice('corpus/real-gansu-county.txt');
  const html = `<!doctype html><meta charset="utf-8"><title>某县换届选举工作总结</title><div id="notice">${text}</div>`;
  const { panel, close } = await capturedNoticePanel(extension, html);
  await panel.setViewportSize({ width: 400, height: 900 });
  for (const lang of LANGS) {
    await panel.getByLabel(/Language/).selectOption(lang);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot(panel, `sidepanel-long-${lang}-400`);
    await scrollToTop(panel.getByTestId('work-unread'));
    await shoot(panel, `sidepanel-long-unread-${lang}-400`);
  }
  await close();
});

test.skipIf(!enabled)(
  'news reports pasted as notices: figures read but none to check against another, and none read at all',
  async () => {
    const reported = await noticeChecked(
      corpusNotice('corpus-real/tuning-6/d-wukan-2012-chinaorg-english.txt'),
    );
    await shootEach(reported, 'notice-nothing-checked', async () => {
      await scrollToTop(reported.getByTestId('notice-result'));
    });
    await reported.close();
    const table = await noticeChecked(
      corpusNotice('corpus-real/tuning-6/d-hk-rural-2019-wiki-table-english.txt'),
    );
    await shootEach(table, 'notice-nothing-read', async () => {
      await scrollToTop(table.getByTestId('notice-result'));
    });
    await table.close();
  },
);
