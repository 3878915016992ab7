import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { readElection, readLiveTallyRecord, writeLiveTallyRecord, type WriteIn } from '../../core/index.js';
import { liveTallyPair, PLANTED } from '../live-tally-pair.js';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { boxRecords, enterBallot } from './live-tally-keys.js';
import { samplePath } from './sample-data.js';

/**
 * Two observers' live tallies of one box on the verify page: generated tallies with planted
 * differences (a skipped ballot, a doubled one, a changed name, a void) are compared ballot by ballot;
 * and a tally kept at the keyboard on the tally page downloads as the file the comparison reads.
 */

const extension = extensionForFile();
const work = mkdtempSync(join(tmpdir(), 'tallywitness-live-compare-'));
const at = (name: string, text?: string) => {
  const path = join(work, name);
  if (text !== undefined) writeFileSync(path, text);
  return path;
};
const pair = liveTallyPair();
const fileA = at('tally-zhang.json', pair.a);
const fileB = at('tally-li.json', pair.b);

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

async function verifyPage(lang: 'zh' | 'en'): Promise<Page> {
  const page = await extension.page('verify.html');
  await page.getByLabel(/Language|语言/).selectOption(lang);
  return page;
}

test('two live tallies dropped together: totals side by side and each planted difference, ballot by ballot', async () => {
  const page = await verifyPage('en');
  await page.getByTestId('receipt-file').setInputFiles([fileA, fileB]);
  await expect
    .poll(() => page.getByTestId('live-compare-verdict').textContent())
    .toContain('The two live tallies differ in 4 places.');
  expect(await page.getByTestId('live-side-a').textContent()).toContain('kept by 张三');
  expect(await page.getByTestId('live-side-b').textContent()).toContain('kept by 李四');

  const differences = page.locator('[data-testid="live-differences"] li');
  const shown = await differences.evaluateAll((items) =>
    items.map((item) => {
      const data = (item as HTMLElement).dataset;
      return {
        kind: data['kind'],
        a: data['a'] === undefined ? null : Number(data['a']),
        b: data['b'] === undefined ? null : Number(data['b']),
        ...(data['contest'] && { contest: data['contest'] }),
      };
    }),
  );
  expect(shown).toEqual(PLANTED);
  expect(await differences.nth(2).textContent()).toBe('Ballot 23, 主任: 刘国强 in A, 陈建华 in B');

  const row = page.locator('[data-testid="live-totals"] tr[data-key="liu-guoqiang"]');
  expect(await row.locator('td').allTextContents()).toEqual(['20', '18', '-2']);
  expect(await row.getAttribute('class')).toBe('differs');
  const same = page.locator('[data-testid="live-totals"] tr[data-key="huang-jianjun"] td');
  expect(await same.allTextContents()).toEqual(['13', '13', 'same']);
  expect(await axeViolations(page)).toEqual([]);

  // In Chinese, the same differences in Chinese words.
  await page.getByLabel(/Language|语言/).selectOption('zh');
  await expect
    .poll(() => page.getByTestId('live-compare-verdict').textContent())
    .toContain('两份唱票记录有 4 处不一致');
  expect(await differences.first().textContent()).toContain('记录 A 的第 7 张选票');
});

test('one tally, then the other: compared once both are there; a broken file is named with its line and column', async () => {
  const page = await verifyPage('en');
  await page.getByTestId('receipt-file').setInputFiles([fileA]);
  await expect
    .poll(() => page.getByTestId('live-compare-wait').textContent())
    .toContain('One live tally is loaded');
  await page.getByTestId('receipt-file').setInputFiles([fileA]);
  await expect
    .poll(() => page.getByTestId('live-compare-verdict').textContent())
    .toContain('The two live tallies agree ballot by ballot.');

  const broken = at('broken.json', pair.b.replace('"box": "central"', '"box": central'));
  await page.getByTestId('receipt-file').setInputFiles([fileA, broken]);
  await expect
    .poll(() => page.getByTestId('live-compare-errors').textContent())
    .toMatch(/broken\.json:\d+:\d+: JSON syntax error/);
});

test('a tally kept at the keyboard downloads with who kept it, and compares with another observer’s', async () => {
  const electionText = readFileSync(samplePath('election.json'), 'utf8');
  const read = readElection('election.json', new TextEncoder().encode(electionText));
  if (!read.ok) throw new Error('the sample election does not read');
  const election = read.value;
  const records = boxRecords(readFileSync(samplePath('ballots.csv'), 'utf8'), 'mobile-1').slice(0, 6);

  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('en');
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.getByLabel(/Box name/).fill('mobile-1');
  await page.getByRole('button', { name: 'Start the tally' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  const writeIns: WriteIn[] = [];
  for (const record of records) await enterBallot(page, election, record, writeIns);
  await page.locator(`.save-status[data-saved="${records.length}"][data-pending="0"]`).waitFor();
  await page.getByRole('button', { name: 'Box finished: compare' }).click();
  await page.getByLabel(/Kept by/).fill('Observer Wang');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the live tally file/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('live-tally-mobile-1-Observer-Wang.json');
  const mine = at('mine.json');
  await file.saveAs(mine);
  const kept = readLiveTallyRecord('mine.json', readFileSync(mine));
  if (!kept.ok) throw new Error(JSON.stringify(kept.errors));
  expect(kept.value.keptBy).toBe('Observer Wang');
  expect(kept.value.box).toBe('mobile-1');
  expect(kept.value.ballots.map((ballot) => ballot.number)).toEqual([1, 2, 3, 4, 5, 6]);

  // Another observer's tally of the box, the same but for ballot 4, which they heard as void.
  const theirs = at(
    'theirs.json',
    writeLiveTallyRecord({
      ...kept.value,
      keptBy: 'Observer Zhao',
      ballots: kept.value.ballots.map((ballot) =>
        ballot.number === 4 ? { number: 4, void: !ballot.void, choices: {} } : ballot,
      ),
    }),
  );
  const verify = await verifyPage('en');
  await verify.getByTestId('receipt-file').setInputFiles([mine, theirs]);
  await expect
    .poll(() => verify.getByTestId('live-compare-verdict').textContent())
    .toContain('differ in 1 place.');
  expect(
    await verify
      .locator('[data-testid="live-differences"] li')
      .evaluateAll((items) =>
        items.map((item) => [(item as HTMLElement).dataset['kind'], (item as HTMLElement).dataset['a']]),
      ),
  ).toEqual([['void', '4']]);
});
