// The outside check's village (tests/fixtures/outside/liuxi) in the built extension: tally sheets as WPS
// saves them (GB18030, CRLF, a 合计 row, an empty column and row) and a notice that declares elected two
// people the law does not elect (李秀兰 with exactly half; 周梅, tied for the last seat). Outcomes worked
// by hand, as in tests/unit/outside-check.test.ts.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { projectRoot } from '../unit/run-cli.js';
import { signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { electedIn } from './result-tables.js';

const village = (file: string) => join(projectRoot, 'tests', 'fixtures', 'outside', 'liuxi', file);

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
});

test('recounts WPS-saved sheets with totals rows and finds the two winners the law does not elect', async () => {
  const files = ['election.json', 'boxes-wps.gb18030.csv', 'tallies-wps.gb18030.csv', 'announcement.txt'];
  await page.locator('input[data-input="counts"]').setInputFiles(files.map(village));
  for (const [name, role] of [
    ['boxes-wps.gb18030.csv', 'boxes'],
    ['tallies-wps.gb18030.csv', 'tallies'],
    ['announcement.txt', 'announcement'],
  ])
    await expect.poll(() => page.getByLabel(`Role of ${name}`).inputValue()).toBe(role);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  const banner = page.locator('.result .verdict');
  await banner.waitFor();
  await expect.poll(() => banner.getAttribute('data-verdict')).toBe('discrepancies');

  const figure = (name: string) => page.locator(`.result dd[data-figure="${name}"]`).textContent();
  await expect.poll(() => figure('cast')).toBe('838');
  await expect.poll(() => figure('valid')).toBe('828');
  for (const [contest, winners] of [
    ['chair', ['sun-jianguo']],
    ['vice-chair', []],
    ['member', ['wu-gang', 'zheng-hua']],
  ] as const)
    expect(await electedIn(page.locator(`table[data-contest="${contest}"]`))).toEqual(winners);
  await expect.poll(() => page.locator('li[data-code="ANNOUNCED_WINNER_MISMATCH"]').count()).toBe(2);
  await expect.poll(() => page.locator('li[data-code="BALLOT_ACCOUNTING_MISMATCH"]').count()).toBe(0);
});

test('counts a ballot keyed in twice once, and where its two records differ decides neither way', async () => {
  // 流动票箱1 states 3 returned of 3 issued; 003 has two records, for 钱立新 and then for 孙建国: the second
  // may be a fourth ballot keyed with a wrong number, so neither "void" nor any winner is said.
  await page.reload();
  const files = ['repeat-election.json', 'repeat-boxes.csv', 'repeat-ballots-differ.csv'];
  await page.locator('input[data-input="counts"]').setInputFiles(files.map(village));
  for (const [name, role] of [
    ['repeat-boxes.csv', 'boxes'],
    ['repeat-ballots-differ.csv', 'ballots'],
  ])
    await expect.poll(() => page.getByLabel(`Role of ${name}`).inputValue()).toBe(role);
  await page.getByRole('button', { name: 'Run the audit' }).click();
  const banner = page.locator('.result .verdict');
  await banner.waitFor();
  await expect.poll(() => banner.getAttribute('data-verdict')).toBe('discrepancies');
  await expect.poll(() => page.locator('.result dd[data-figure="cast"]').textContent()).toBe('3');
  await expect.poll(() => page.locator('li[data-code="ELECTION_VOID"]').count()).toBe(0);
  const undecided = page.locator('li[data-code="OUTCOME_UNDECIDED"]');
  await expect.poll(() => undecided.count()).toBe(2);
  expect(await page.locator('.result').textContent()).toContain('Undecided: repeated ballot records differ');
  expect(await undecided.first().textContent()).toContain('box “流动票箱1” ballot “003”');
  for (const contest of ['chair', 'vice-chair', 'member']) {
    const table = page.locator(`table[data-contest="${contest}"]`);
    expect(await electedIn(table)).toEqual([]);
    expect(await table.locator('td[data-outcome]').first().textContent()).toBe(
      '? Undecided (the records cannot tell)',
    );
  }
  const duplicate = page.locator('li[data-code="DUPLICATE_BALLOT"] .finding-message');
  expect(await duplicate.textContent()).toContain(
    'the records differ: it is counted once, as line 4 records it',
  );

  // The banner says "undecided", not only "discrepancies", with the one next step, in both languages.
  expect(await banner.getAttribute('data-undecided')).toBe('validity');
  expect(await banner.textContent()).toContain(
    'Undecided: these records cannot tell whether the election is valid',
  );
  expect(await banner.getByTestId('undecided-next').textContent()).toContain(
    'Find those repeated records in the ballot file',
  );
  await page.getByLabel(/Language/).selectOption('zh');
  await expect.poll(() => banner.textContent()).toContain('结果待定：根据这些记录，无法确定选举是否有效');
  expect(await banner.getByTestId('undecided-next').textContent()).toContain('找到这些重复的记录');
  await page.getByLabel(/Language/).selectOption('en');

  // Its receipt says "undecided" too, on the verify page.
  const verify = await verifyPage(extension, await signReceipt(page, 'Observer Li'));
  await verify.getByLabel(/Language/).selectOption('en');
  expect(await verify.getByTestId('verdict').textContent()).toContain(
    'Undecided: these records cannot tell whether the election is valid',
  );
  await verify.close();

  // The popup's last audit and the history list say "undecided" too, not "discrepancies found".
  const popup = await extension.page('popup.html');
  await popup.locator('a.last-audit').waitFor();
  expect(await popup.locator('.last-verdict').textContent()).toContain(
    'Undecided: these records cannot tell whether the election is valid',
  );
  await popup.close();
  await page.getByRole('link', { name: 'History' }).click();
  const newest = page.locator('table.history tbody tr').first().locator('td[data-verdict]');
  await expect
    .poll(() => newest.textContent())
    .toBe('? Undecided: these records cannot tell whether the election is valid');
});
