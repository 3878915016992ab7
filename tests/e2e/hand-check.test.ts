import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readAuditRecord } from '../../core/index.js';
import { runCliSync as cli } from '../unit/run-cli.js';
import { axeViolations, signReceipt } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';
import { writeHandCounts } from './hand-counts.js';

/**
 * The Audit step's "Choose boxes to check by hand" draws what `tallywitness sample` draws from the same
 * file and seed, and its commitment and selection files verify on the command line.
 */

const FILES = ['election.json', 'boxes.csv', 'tallies.csv', 'ballots.csv'];
const SEED = '31415926535897932384626';

const extension = extensionForFile();
let page: Page;
let work: string;
/** The recount's receipt, downloaded from the page. */
let receipt: string;

async function save(link: string, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.locator(link).click();
  const path = join(work, name);
  await (await download).saveAs(path);
  return path;
}

/** The rows of the selection table, as the command line prints them. */
async function shownSample() {
  return page.locator('table[data-sample] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      ticket: row.getAttribute('data-ticket'),
      id: row.getAttribute('data-id'),
      generation: Number(row.getAttribute('data-generation')),
    })),
  );
}

function cliSample(args: string[]) {
  const run = cli(['sample', '--seed', SEED, ...args, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { sample: unknown[] }).sample;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tallywitness-hand-check-'));
  page = await extension.englishDashboard();
  await page.locator('input[data-input="counts"]').setInputFiles(FILES.map(samplePath));
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  receipt = await signReceipt(page, 'Observer Li');
});

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Statistics and method names an observer should not meet in the main text of the Audit step. */
const JARGON =
  /Rivest|Arlo|consistent sampler|chi-square|p-value|p < |risk-limiting|confidence interval|一致抽样|卡方|p 值|p值|风险限制|置信区间/i;

/** The text an observer reads first: without the "How it works" details and the method lines. */
const mainText = (selector: string) =>
  page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('details, [data-method]').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });

test('the result leads to the Audit step, whose sections are listed', async () => {
  await page.locator('a[data-audit-way-in]').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('audit-step');
  const listed = await page.locator('[data-audit-step] nav li').allTextContents();
  expect(listed).toEqual([
    '5.1 Choose boxes to check by hand',
    '5.2 Hand counts: stop or draw more',
    '5.3 Screens: where the numbers look odd',
  ]);
  // The draw is said in plain words; the method's name stands in its own smaller line.
  expect(await mainText('[data-hand-check]')).not.toMatch(JARGON);
  expect(await page.locator('[data-hand-check] [data-method]').textContent()).toBe(
    "Method: Rivest's consistent sampler (SHA-256 tickets, as in Arlo).",
  );
});

test('the seed waits for the commitment, and a short seed is refused in words', async () => {
  await expect.poll(() => page.locator('#hand-check-seed').isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Sign the commitment' }).click();
  await page.locator('[data-commitment]').waitFor();
  await page.locator('#hand-check-seed').fill('1234567890');
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  expect(await page.locator('[data-seed-problem]').textContent()).toContain(
    'the seed has 10 digits; at least 20 are needed',
  );
});

test('boxes: the same selection as the command line, and the next round continues it', async () => {
  await page.locator('#hand-check-seed').fill(SEED);
  await page.getByLabel('How many to draw in this round').fill('2');
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  await page.locator('table[data-sample]').waitFor();
  expect(await shownSample()).toEqual(cliSample(['--boxes', samplePath('boxes.csv'), '--take', '2']));
  // The sections are numbered inside step 5 as the list numbers them, the parts of the first 5.1a–5.1c:
  // no second "1".
  expect(await page.locator('[data-audit-step] h3[tabindex]').allTextContents()).toEqual([
    '5.1 Choose boxes to check by hand',
    '5.2 Hand counts: stop or draw more',
    '5.3 Screens: where the numbers look odd',
  ]);
  expect(await page.locator('[data-hand-check] h4').allTextContents()).toEqual([
    '5.1a Sign the commitment first',
    '5.1b Enter the seed',
    '5.1c The selection',
  ]);
  await page.getByRole('button', { name: 'Draw another round (continuing the last)' }).click();
  await expect
    .poll(shownSample)
    .toEqual(cliSample(['--boxes', samplePath('boxes.csv'), '--drop', '2', '--take', '2']));
});

test('ballots with replacement: the same as the command line; both signed files verify there', async () => {
  await page.getByRole('radio', { name: /the ballots of ballots\.csv/ }).check();
  await page.getByRole('button', { name: 'Sign the commitment' }).click();
  await page.locator('[data-commitment]').waitFor();
  await page.locator('#hand-check-seed').fill(SEED);
  await page.getByLabel('How many to draw in this round').fill('12');
  await page.getByLabel('How many earlier draws to skip (for later rounds)').fill('0');
  await page.getByLabel(/With replacement/).check();
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  await page.locator('table[data-sample]').waitFor();
  const ballots = samplePath('ballots.csv');
  const expected = cliSample(['--ballots', ballots, '--with-replacement', '--take', '12']);
  expect(await shownSample()).toEqual(expected);

  await page.getByRole('button', { name: 'Sign the selection' }).click();
  const commitment = await save('[data-testid="commitment-link"]', 'commitment.json');
  const selection = await save('[data-testid="selection-link"]', 'selection.json');

  const committed = cli(['verify', commitment, '--ballots', ballots, '--format', 'json']);
  expect(committed.status, committed.stdout + committed.stderr).toBe(0);
  const { fileSha256 } = JSON.parse(committed.stdout) as { fileSha256: string };
  expect(await page.locator('[data-commitment-sha256]').textContent()).toBe(fileSha256);
  const payload = (
    JSON.parse(readFileSync(commitment, 'utf8')) as { payload: { recountReceipt: { sha256: string } } }
  ).payload;
  expect(payload.recountReceipt.sha256).toBe(
    createHash('sha256').update(readFileSync(receipt)).digest('hex'),
  );

  const drawn = cli(['verify', selection, '--ballots', ballots, '--commitment', commitment]);
  expect(drawn.status, drawn.stdout + drawn.stderr).toBe(0);
  const signed = JSON.parse(readFileSync(selection, 'utf8')) as { payload: { sample: unknown[] } };
  expect(signed.payload.sample).toEqual(expected);
  // The command line, given the page's commitment, draws the same again.
  const again = cli([
    'sample',
    '--seed',
    SEED,
    '--ballots',
    ballots,
    '--with-replacement',
    '--take',
    '12',
    '--commitment',
    commitment,
    '--format',
    'json',
  ]);
  expect(again.status, again.stderr).toBe(0);
  expect(JSON.parse(again.stdout)).toEqual({
    seed: SEED,
    withReplacement: true,
    sample: expected,
    commitment: { sha256: fileSha256 },
  });
});

test('hand counts: the ballots drawn are listed, and the recount on screen is audited without choosing it again', async () => {
  const hands = page.locator('[data-audit-section="hand-counts"]');
  const drawnIds = (await shownSample()).map((row) => row.id);
  expect(
    await hands
      .locator('[data-drawn-list="ballots"] li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-id'))),
  ).toEqual(drawnIds);
  expect(await hands.locator('[data-control="contest"]').inputValue()).toBe('chair');

  const { ballots, boxes } = writeHandCounts(work);
  await page.locator('input[data-input="audit-hand-ballots"]').setInputFiles(ballots);
  await page.locator('input[data-input="audit-hand-boxes"]').setInputFiles(boxes);
  const risk = hands.locator('[data-panel="risk-limit"]');
  await expect.poll(() => risk.locator('table').getAttribute('data-outcome')).toBe('confirmed');
  expect(
    await risk.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-decision'))),
  ).toEqual(['escalate', 'stop']);
  await expect
    .poll(() => hands.locator('[data-panel="quick-count"]').textContent())
    .toContain('2 of 3 boxes sampled');
  expect(await mainText('[data-panel="quick-count"]')).not.toMatch(JARGON);

  // The record the panel shows is one `check --audit-record` reads and signs.
  const saved = readFileSync(await save('[data-testid="audit-record-download"]', 'audit.json'));
  const read = readAuditRecord('audit.json', saved);
  expect(read.ok, JSON.stringify(read)).toBe(true);
  const record = JSON.parse(saved.toString('utf8')) as {
    format: string;
    method: string;
    contest: string;
    outcome: string;
    handCounts: { name: string; sha256: string };
  };
  expect(record).toMatchObject({
    format: 'tallywitness.audit/1',
    method: 'bravo',
    contest: 'chair',
    outcome: 'confirmed',
  });
  expect(record.handCounts.sha256).toBe(createHash('sha256').update(readFileSync(ballots)).digest('hex'));

  const screens = page.locator('[data-audit-section="screens"] [data-panel="screens"]');
  await expect.poll(() => screens.locator('[data-screen]').count()).toBe(5);
  // Each check says what a flag means once, with no label repeating its first words, and no jargon
  // outside its "How it works" line.
  const screensSection = '[data-audit-section="screens"]';
  expect(await mainText(screensSection)).not.toMatch(JARGON);
  expect(await page.locator(screensSection).textContent()).not.toContain('Cannot show');
  const fullTurnout = (await page.locator('[data-screen="full-turnout"]').textContent())!;
  expect(fullTurnout.split('voters registered at another box may have voted here')).toHaveLength(2);
  expect(await page.locator('[data-screen="last-digits"] details').textContent()).toContain(
    'Pearson’s chi-square test of the last digits',
  );
  expect(await hands.locator('[data-panel="risk-limit"] h4').textContent()).toBe(
    'Does the sample confirm the winners?',
  );
  // Choosing another contest in one section shows it in the other too.
  const other = await hands.locator('[data-control="contest"] option').nth(1).getAttribute('value');
  await page.locator('[data-audit-section="screens"] [data-control="contest"]').selectOption(other!);
  await expect.poll(() => hands.locator('[data-control="contest"]').inputValue()).toBe(other);
});

test('the Audit step, with its selection, signed files, audit and screens shown, has no axe-core violations', async () => {
  expect(await axeViolations(page)).toEqual([]);
});

test('in Chinese: the step, the seed guidance, the same selection, and a short seed refused', async () => {
  const before = await shownSample();
  await page.getByLabel(/Language/).selectOption('zh');
  await expect.poll(() => page.locator('#audit-step').textContent()).toBe('5 抽查');
  expect(await page.locator('#hand-check').textContent()).toBe('5.1 抽取要人工核对的票箱');
  expect(await page.locator('[data-hand-check] h4').allTextContents()).toEqual([
    '5.1a 先签署承诺',
    '5.1b 输入随机种子',
    '5.1c 抽样结果',
  ]);
  expect(await mainText('[data-audit-step]')).not.toMatch(JARGON);
  expect(await page.locator('[data-hand-check] [data-method]').textContent()).toBe(
    '方法：Rivest 一致抽样（SHA-256 签号，与 Arlo 相同）。',
  );
  const fullTurnout = (await page.locator('[data-screen="full-turnout"]').textContent())!;
  expect(fullTurnout).not.toContain('不能说明');
  expect(fullTurnout.split('选民可能在别的票箱登记后到这里投票')).toHaveLength(2);
  expect(await page.locator('[data-hand-check]').textContent()).toContain('当众掷十面骰子至少 20 次');
  expect(await shownSample()).toEqual(before);
  await page.locator('#hand-check-seed').fill('123456789012345');
  await page.getByRole('button', { name: '抽取', exact: true }).click();
  expect(await page.locator('[data-seed-problem]').textContent()).toContain(
    '随机种子只有 15 位，至少需要 20 位数字',
  );
});
