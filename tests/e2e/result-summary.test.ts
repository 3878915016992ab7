import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { expected, samplePath } from './sample-data.js';

/**
 * The result page says what is wrong first: a summary under the verdict, one plain sentence per
 * problem with what it means for the winners, linked to its finding; a wrong figure in the notice is
 * told apart from wrong winners; repeated findings are grouped, codes hidden, figures named.
 */

const extension = extensionForFile();
let page: Page;
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-summary-'));
const ANNOUNCEMENT = readFileSync(samplePath('announcement.txt'), 'utf8');
const planted = expected.planted[0]!;
const recounted = expected.contests.find((c) => c.id === planted.contest)!.votes[planted.candidate]!;
const announced = recounted + planted.offset;

beforeAll(async () => {
  page = await extension.englishDashboard();
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

async function audit(files: readonly string[], text = ''): Promise<void> {
  await page.reload();
  await page.locator('input[data-input="counts"]').setInputFiles([...files]);
  // Pasted text survives a reload of the tab: each audit here sets its own.
  await page.getByLabel('Notice text').fill(text);
  await page.getByRole('button', { name: /^(Run the audit|开始核对)$/ }).click();
  await page.locator('.result .verdict').waitFor();
}

const summary = () => page.locator('[data-error-summary]');
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

describe('the summary of what is wrong', () => {
  test('leads the result and takes the focus; the wrong figure is one sentence, the winners unchanged', async () => {
    await audit(['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath));
    await expect.poll(focusedId).toBe('error-summary');
    // Under the verdict, before the figures, tables and charts.
    const order = await page.evaluate(() =>
      [
        '.verdict',
        '[data-error-summary]',
        '.result .figures',
        'table.contest',
        'figure.chart',
        '#findings-title',
      ].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const items = summary().locator('li');
    await expect.poll(() => items.count()).toBe(1);
    expect(await summary().locator('h3').textContent()).toBe('1 problem to look at');
    expect(await items.first().getAttribute('data-effect')).toBe('same');
    expect(await items.first().textContent()).toContain(
      `张伟 (委员) votes: the notice gives ${announced.toLocaleString('en')}, the recount ${recounted.toLocaleString('en')}; the winners are unchanged`,
    );
    // Told apart from a counting error: the notice's winners are the recount's.
    expect(await page.locator('[data-notice-effect]').getAttribute('data-notice-effect')).toBe('same');

    // The sentence links to its finding, which takes the focus.
    await items.first().getByRole('link').click();
    await expect.poll(focusedId).toBe('finding-0');
    expect(await page.locator('#finding-0').getAttribute('data-code')).toBe('ANNOUNCED_MISMATCH');
    // And to its place in the notice.
    await items.first().getByRole('button', { name: 'Show in the notice' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-announcement-text]') !== null))
      .toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('张伟1029票');

    // The figures are named for what they are, the notice's first; the code is behind a toggle.
    const finding = page.locator('#finding-0');
    expect(await finding.locator('.finding-figures').textContent()).toBe(
      `notice ${announced.toLocaleString('en')} · recount ${recounted.toLocaleString('en')}`,
    );
    expect(await finding.locator('.finding-title').textContent()).toBe(
      'A figure in the notice differs from the recount',
    );
    expect(await finding.locator('code').isVisible()).toBe(false);
    await finding.locator('.finding-code summary').click();
    expect(await finding.locator('code').textContent()).toBe('ANNOUNCED_MISMATCH');

    // In the chart of the notice beside the recount, the figure that differs comes first.
    await expect
      .poll(() =>
        page.locator('figure[data-chart="comparison"] g[data-status]').first().getAttribute('data-status'),
      )
      .toBe('differs');

    // The same in Chinese, numbers grouped the same way.
    await page.getByLabel('Language / 语言').selectOption('zh');
    await expect
      .poll(() => items.first().textContent())
      .toContain(
        `张伟（委员）得票：公告写 ${announced.toLocaleString('en')}，复核得 ${recounted.toLocaleString('en')}；当选结果不变`,
      );
    expect(await page.locator('[data-notice-effect]').textContent()).toContain('更像是公告写错了数字');
    await page.getByLabel('语言 / Language').selectOption('en');
  });

  test('a notice naming another winner: the winners differ, said first and in the verdict', async () => {
    const wrong = ANNOUNCEMENT.replace('李红梅、张伟、黄建军当选', '李红梅、杨丽、黄建军当选');
    expect(wrong).not.toBe(ANNOUNCEMENT);
    await audit(['election.json', 'boxes.csv', 'tallies.csv'].map(samplePath), wrong);
    const items = summary().locator('li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().getAttribute('data-summary-code')).toBe('ANNOUNCED_WINNER_MISMATCH');
    expect(await items.first().getAttribute('data-effect')).toBe('differ');
    expect(await items.first().textContent()).toContain('the winners differ from the notice');
    // The wrong vote figure now also counts against the winners named.
    expect(await items.nth(1).getAttribute('data-effect')).toBe('differ');
    expect(await page.locator('[data-notice-effect]').getAttribute('data-notice-effect')).toBe('differ');
    expect(await page.locator('[data-notice-effect]').textContent()).toContain(
      'not the ones the recount elects',
    );
  });

  test('a valid result has no summary; repeated findings are one group with one explanation', async () => {
    await audit(['election.json', 'ballots.csv'].map(samplePath));
    expect(await page.locator('.verdict').getAttribute('data-verdict')).toBe('valid');
    expect(await summary().count()).toBe(0);
    await expect.poll(focusedId).toBe('verdict');
    const group = page.locator('li[data-group="OVERVOTE"]');
    expect(await group.locator('li[data-code="OVERVOTE"]').count()).toBe(3);
    expect(await group.locator('.explanation').count()).toBe(1);
    expect(await group.locator('.finding-head').first().textContent()).toContain(
      'Ballots void for naming too many · 3 findings',
    );
    // Nowhere a code in plain view.
    const shownCodes = await page
      .locator('.findings')
      .first()
      .evaluate((list) => /\b[A-Z]+_[A-Z_]+\b/.test((list as HTMLElement).innerText));
    expect(shownCodes).toBe(false);
  });
});

describe('a saved audit', () => {
  test('reopened without its notice, says nothing of the winners it cannot see', async () => {
    await audit(['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath));
    expect(await summary().locator('li').first().getAttribute('data-effect')).toBe('same');
    await page.getByRole('link', { name: 'History' }).click();
    await page.locator('table.history tbody tr').first().getByRole('button', { name: 'Open' }).click();
    const item = page.locator('section[aria-labelledby="history-title"] [data-error-summary] li').first();
    await item.waitFor();
    expect(await item.getAttribute('data-summary-code')).toBe('ANNOUNCED_MISMATCH');
    expect(await item.getAttribute('data-effect')).toBeNull();
    expect(await page.locator('section[aria-labelledby="history-title"] [data-notice-effect]').count()).toBe(
      0,
    );
    await page.getByRole('link', { name: 'Audit' }).click();
  });
});

describe('the contest tables say why', () => {
  test('a candidate with enough votes but no seat is told why, and inferred abstentions say so', async () => {
    // Two seats for 委员: 黄建军 has more than the 739 votes needed, but two have more.
    const election = JSON.parse(readFileSync(samplePath('election.json'), 'utf8')) as {
      contests: { id: string; seats: number }[];
    };
    election.contests.find((contest) => contest.id === 'member')!.seats = 2;
    const electionPath = join(scratch, 'election.json');
    writeFileSync(electionPath, JSON.stringify(election));
    // Tally sheets without the abstentions of 主任 (a one-seat contest).
    const tallies = readFileSync(samplePath('tallies.csv'), 'utf8')
      .split('\n')
      .filter((line) => !line.includes(',chair,#blank,'))
      .join('\n');
    const talliesPath = join(scratch, 'tallies.csv');
    writeFileSync(talliesPath, tallies);

    await audit([electionPath, samplePath('boxes.csv'), talliesPath]);
    const member = page.locator('table[data-contest="member"]');
    await expect
      .poll(() => member.locator('tr[data-candidate="huang-jianjun"] [data-outcome]').textContent())
      .toBe('Not elected: enough votes, but the seats went to candidates with more');
    expect(await member.locator('tr[data-candidate="yang-li"] [data-outcome]').textContent()).toBe(
      'Not elected',
    );
    const chair = expected.contests.find((contest) => contest.id === 'chair')!;
    const inferred = chair.validBallots - Object.values(chair.votes).reduce((sum, votes) => sum + votes, 0);
    expect(inferred).toBe(chair.blank);
    expect(await page.locator('table[data-contest="chair"] [data-figure="blank"]').textContent()).toBe(
      `${inferred} (inferred: valid ballots minus the candidates' votes)`,
    );
    // Where the sheets state the abstentions, the stated figure stands alone.
    const vice = expected.contests.find((contest) => contest.id === 'vice-chair')!;
    expect(await page.locator('table[data-contest="vice-chair"] [data-figure="blank"]').textContent()).toBe(
      String(vice.blank),
    );
  });
});
