// Typing in the tally sheets (sheets.html): the sample's three boxes typed at the keyboard, Enter from
// cell to cell, the page closed after the first box and resumed; a planted mistake shown in words by
// the recount's own check as it is typed, then corrected; boxes.csv and tallies.csv exported equal to
// the sample's, and "recount these" giving the sample's expected result on the dashboard.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { expectSampleResult } from './result-tables.js';
import { samplePath } from './sample-data.js';

const extension = extensionForFile();

const election = JSON.parse(readFileSync(samplePath('election.json'), 'utf8')) as {
  contests: { id: string; candidates: { id: string }[] }[];
};
const sampleBoxes = readFileSync(samplePath('boxes.csv'), 'utf8');
const sampleTallies = readFileSync(samplePath('tallies.csv'), 'utf8');

/** The sample's sheet of one box, as the cells of the grid in the order Enter goes through them. */
function cellsOf(box: string): [string, string][] {
  const account = sampleBoxes
    .split('\n')
    .find((line) => line.startsWith(`${box},`))!
    .split(',');
  const votes = new Map(
    sampleTallies
      .split('\n')
      .filter((line) => line.startsWith(`${box},`))
      .map((line) => line.split(','))
      .map(([, contest, candidate, count]) => [`${contest}:${candidate}`, count!]),
  );
  const cells: [string, string][] = [
    ['box-name', box],
    ...['registered', 'issued', 'returned', 'invalid'].map((figure, index): [string, string] => [
      `figure:${figure}`,
      account[index + 1]!,
    ]),
    ['figure:voters', ''],
  ];
  for (const contest of election.contests) {
    for (const { id } of contest.candidates)
      cells.push([`votes:${contest.id}:${id}`, votes.get(`${contest.id}:${id}`)!]);
    cells.push([`votes:${contest.id}:#blank`, votes.get(`${contest.id}:#blank`)!]);
    const known = new Set([...contest.candidates.map((candidate) => candidate.id), '#blank']);
    const writeIns = [...votes].filter(
      ([key]) => key.startsWith(`${contest.id}:`) && !known.has(key.split(':')[1]!),
    );
    writeIns.forEach(([key, count], line) => {
      cells.push([`write-in:${contest.id}:${line}:name`, key.split(':')[1]!]);
      cells.push([`write-in:${contest.id}:${line}:votes`, count]);
    });
    // The empty write-in line after the last one, passed with Enter.
    cells.push([`write-in:${contest.id}:${writeIns.length}:name`, '']);
    cells.push([`write-in:${contest.id}:${writeIns.length}:votes`, '']);
  }
  return cells;
}

const focusedCell = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['cell'] ?? null);

/** Types the cells at the keyboard, checking before each that Enter brought the focus to it. */
async function typeCells(page: Page, cells: readonly [string, string][]): Promise<void> {
  for (const [cell, value] of cells) {
    await expect.poll(() => focusedCell(page)).toBe(cell);
    if (value !== '') await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
}

async function englishSheetsPage(): Promise<Page> {
  const page = await extension.page('sheets.html');
  await page.getByLabel(/Language/).selectOption('en');
  return page;
}

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const done = await started;
  return { file: done.suggestedFilename(), text: readFileSync((await done.path())!, 'utf8') };
}

test('type the sample’s sheets, close and resume, export, and recount them', async () => {
  let page = await englishSheetsPage();
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // One clear next step: the box's name; its button takes the focus there.
  // The page is opened twice: the step is read on the page open at the time.
  const next = { textContent: () => page.locator('.next-step').textContent() };
  await expect.poll(() => next.textContent()).toContain('Next: type the name of the box.');
  await page.getByRole('button', { name: 'Go to that cell' }).click();
  await typeCells(page, cellsOf('central'));
  await expect.poll(() => page.locator('[data-box-tab="0"]').textContent()).toContain('complete');
  await expect.poll(() => page.locator('.save-status').textContent()).toBe('Saved');

  // Closed and opened again: the box is there as typed.
  await page.close();
  page = await englishSheetsPage();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect
    .poll(() => page.locator('input[data-cell="votes:chair:chen-jianhua"]').inputValue())
    .toBe('670');
  await expect
    .poll(() => page.locator('input[data-cell="write-in:member:0:name"]').inputValue())
    .toBe('周建国');
  await expect.poll(() => next.textContent()).toContain('Every box is complete.');

  // The second box, with 193 typed as 913: more votes than the box's 306 valid ballots, said at once.
  await page.locator('[data-add-box]').click();
  const north = cellsOf('branch-north').map(([cell, value]): [string, string] =>
    cell === 'votes:chair:chen-jianhua' ? [cell, '913'] : [cell, value],
  );
  await typeCells(page, north);
  const checks = () => page.locator('.checks li').allTextContents();
  await expect
    .poll(checks)
    .toEqual([
      '✖ Box “branch-north”: 主任 has 1,022 votes for names, more than 1 seats × 306 valid ballots = 306',
      '✖ Box “branch-north”: 陈建华 has 913 votes for 主任, more than the 306 valid ballots',
    ]);
  expect(await page.locator('.checks li[data-code="VOTES_EXCEED_BALLOTS"]').count()).toBe(2);
  await page.locator('input[data-cell="votes:chair:chen-jianhua"]').fill('193');
  await expect
    .poll(() => page.locator('.checks').textContent())
    .toContain('The figures typed so far agree with each other.');

  // A cell that is not a number is named, and the box is not complete until it is corrected.
  await page.locator('[data-add-box]').click();
  await typeCells(page, cellsOf('mobile-1').slice(0, 3));
  await page.keyboard.type('5 8');
  await expect
    .poll(() => page.locator('.checks li[data-problem]').textContent())
    .toBe('⚠ Ballots returned: “5 8” is not a number');
  await expect.poll(() => next.textContent()).toContain('Next: correct “Ballots returned”.');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('input[data-cell="figure:returned"]').fill('');
  await page.locator('input[data-cell="figure:returned"]').focus();
  await typeCells(page, cellsOf('mobile-1').slice(3));
  await expect.poll(() => next.textContent()).toContain('Every box is complete.');

  // Finished: the two files are the sample's (rows in the grid's order), and the recount is the sample's.
  await page.getByRole('button', { name: 'Finish and export' }).click();
  await page.getByRole('heading', { name: /Export and recount/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const boxes = await download(page, 'Download boxes.csv');
  expect(boxes).toEqual({ file: 'boxes.csv', text: sampleBoxes });
  const tallies = await download(page, 'Download tallies.csv');
  expect(tallies.file).toBe('tallies.csv');
  const sorted = (text: string) => text.trim().split('\n').slice(1).sort();
  expect(tallies.text.split('\n')[0]).toBe('box,contest,candidate,votes');
  expect(sorted(tallies.text)).toEqual(sorted(sampleTallies));

  await page.getByRole('link', { name: 'Recount these on the audit page' }).click();
  await expect.poll(() => page.getByLabel('Role of tallies.csv').inputValue()).toBe('tallies');
  await expect.poll(() => page.getByLabel('Role of boxes.csv').inputValue()).toBe('boxes');
  await expect.poll(() => page.getByLabel('Role of election.json').inputValue()).toBe('election');
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  await expectSampleResult(page);

  // The report as a workbook and as CSV, for township staff.
  const started = page.waitForEvent('download');
  await page.locator('button[data-export="xlsx"]').click();
  const workbook = await started;
  expect(workbook.suggestedFilename()).toMatch(/-report\.xlsx$/);
  expect(
    readFileSync((await workbook.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
  const csv = await download(page, 'Download CSV');
  expect(csv.file).toMatch(/-report\.csv$/);
  expect(csv.text.startsWith('\ufeffSummary\r\n')).toBe(true);
  expect(csv.text).toContain(',陈建华,897,yes,');
  expect(csv.text).toContain('\r\nbranch-north,470,311,311,5\r\n');
});

test('the dashboard and the live tally lead to the typing of sheets, and the counts picker takes .xlsx', async () => {
  const dashboard = await extension.englishDashboard();
  expect(await dashboard.locator('input[data-input="counts"]').getAttribute('accept')).toContain('.xlsx');
  await dashboard.getByRole('link', { name: 'Type them in' }).click();
  await dashboard.locator('input[data-input="election"]').waitFor();
  expect(dashboard.url()).toBe(`chrome-extension://${extension.extensionId}/sheets.html`);
  // The start view (with the set of the first test listed, when it ran first).
  await dashboard.locator('#start-new').waitFor();
  expect(await axeViolations(dashboard)).toEqual([]);
  const tally = await extension.page('tally.html');
  await tally.getByLabel(/Language/).selectOption('en');
  await tally.getByRole('link', { name: 'Type them in' }).click();
  await tally.locator('input[data-input="election"]').waitFor();
  expect(tally.url()).toBe(`chrome-extension://${extension.extensionId}/sheets.html`);
});

test('on a phone-wide window (400 px) the sheet being typed never scrolls sideways, in zh and in en', async () => {
  // Before: the contests' grids and the box name field reached 50 px past the window's edge.
  const page = await extension.page('sheets.html');
  await page.setViewportSize({ width: 400, height: 900 });
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.locator('section[aria-labelledby="start-new"] button').click();
  await page.locator('input[data-cell="box-name"]').fill('central');
  for (const lang of ['zh', 'en'] as const) {
    await page.getByLabel(/Language/).selectOption(lang);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(lang === 'zh' ? /^zh/ : /^en/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, lang).toBe(0);
  }
  await page.close();
});
