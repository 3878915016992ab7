import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { countBallots, getRulePack, readElection, type Election, type WriteIn } from '../../core/index.js';
import { nodeHasher, textSource } from '../unit/oracle/audit-harness.js';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile, clickClosingItsPage } from './launch-extension.js';
import { boxRecords, enterBallot } from './live-tally-keys.js';
import { samplePath } from './sample-data.js';

// The bundled sample's box branch-north: 311 generated ballot records, with void ballots, overvotes,
// names written by id and by name, and a write-in.
const BOX = 'branch-north';
const electionText = readFileSync(samplePath('election.json'), 'utf8');
const election = (() => {
  const read = readElection('election.json', new TextEncoder().encode(electionText));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
})();
const ballotsCsv = readFileSync(samplePath('ballots.csv'), 'utf8');
const records = boxRecords(ballotsCsv, BOX);
const HALF = 150;

const extension = extensionForFile();
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-live-'));

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

async function englishTallyPage(): Promise<Page> {
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('en');
  return page;
}

async function startBox(page: Page, box: string): Promise<void> {
  await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
  await page.getByLabel(/Box name/).fill(box);
  await page.getByRole('button', { name: 'Start the tally' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
}

/** The recount of ballot records under the sample's rule pack, as the audit makes it. */
async function recount(csv: string, election: Election) {
  const pack = getRulePack(election.rules)!;
  const counted = await countBallots(textSource('ballots.csv', 'ballots', csv), election, {
    overvote: pack.overvote,
    lang: 'en',
    hasher: nodeHasher,
  });
  if (!counted.ok) throw new Error(JSON.stringify(counted.errors));
  return { tally: counted.value.tally.boxes.get(BOX), box: counted.value.boxes.get(BOX) };
}

test('a live tally of a box, closed halfway and reopened, recounts the same as the generated records', async () => {
  expect(records.length).toBeGreaterThan(300);
  const writeIns: WriteIn[] = [];
  let page = await englishTallyPage();
  await startBox(page, BOX);
  for (const record of records.slice(0, HALF)) await enterBallot(page, election, record, writeIns);
  // Ballot 151 half entered, then the page is closed at once, as a crash would (no beforeunload).
  // What the page already said was saved must all be there; a ballot whose write was still under
  // way (shown as not yet stored) may be lost with the one being entered.
  await page.keyboard.press('1');
  const saidSaved = Number(await page.locator('.save-status').getAttribute('data-saved'));
  await page.close();

  page = await englishTallyPage();
  const row = page.locator(`li[data-box="${BOX}"]`);
  await row.waitFor();
  const stored = Number(/(?<!\d)(\d+) ballots so far/.exec((await row.textContent()) ?? '')?.[1]);
  expect(stored).toBeGreaterThanOrEqual(saidSaved);
  expect(stored).toBeLessThanOrEqual(HALF);

  // A second box in progress meanwhile: three ballots, then paused.
  await startBox(page, 'mobile-1');
  for (const record of boxRecords(ballotsCsv, 'mobile-1').slice(0, 3))
    await enterBallot(page, election, record, []);
  await page.keyboard.press('2');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Backspace');
  await page.locator('.save-status[data-saved="3"]').waitFor();
  await page.getByRole('button', { name: 'Pause and go back to the list' }).click();
  await expect
    .poll(() => page.locator('li[data-box="mobile-1"]').textContent())
    .toContain('3 ballots so far');

  await row.getByRole('button', { name: 'Resume' }).click();
  await page.locator(`#ballot-heading[data-ballot-number="${stored + 1}"]`).waitFor();
  // The write-ins the page offers again are those it stored.
  const offered = await page
    .locator('button[data-written-in]')
    .evaluateAll((buttons) =>
      buttons.map((b) => ({ contest: b.dataset['writtenIn']!, name: b.dataset['choice']! })),
    );
  writeIns.splice(0, writeIns.length, ...offered);
  for (const record of records.slice(stored)) await enterBallot(page, election, record, writeIns);
  await page.locator(`.save-status[data-saved="${records.length}"][data-pending="0"]`).waitFor();

  // Undo: the last ballot opened again and closed again leaves the count as it was.
  await page.keyboard.press('Backspace');
  await page.locator(`#ballot-heading[data-ballot-number="${records.length}"]`).waitFor();
  await page.keyboard.press('Enter');
  if (Object.values(records.at(-1)!.names).some((names, i) => names.length > election.contests[i]!.seats))
    await page.keyboard.press('Enter');
  await page.locator(`#ballot-heading[data-ballot-number="${records.length + 1}"]`).waitFor();

  await page.getByRole('button', { name: 'Box finished: compare' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the ballot records/ }).click();
  const live = readFileSync((await (await download).path())!, 'utf8');

  const generated =
    [
      'box,ballot,void,chair,vice-chair,member',
      ...ballotsCsv.split('\n').filter((line) => line.startsWith(`${BOX},`)),
    ].join('\n') + '\n';
  const fromLive = await recount(live, election);
  const fromGenerated = await recount(generated, election);
  expect(fromLive.box).toEqual(fromGenerated.box);
  expect(fromLive.tally).toEqual(fromGenerated.tally);
  expect(fromLive.box?.records).toBe(records.length);

  // The official sheet and box accounting of the box agree; with one figure changed, that difference is located.
  await page.locator('input[data-input="tallies"]').setInputFiles(samplePath('tallies.csv'));
  await page.locator('input[data-input="boxes"]').setInputFiles(samplePath('boxes.csv'));
  await page
    .getByText(`What was loaded for box “${BOX}” agrees with your live tally in every figure.`)
    .waitFor();
  const planted = readFileSync(samplePath('tallies.csv'), 'utf8').replace(
    `${BOX},chair,chen-jianhua,193`,
    `${BOX},chair,chen-jianhua,190`,
  );
  const plantedFile = join(scratch, 'tallies.csv');
  writeFileSync(plantedFile, planted);
  await page.locator('input[data-input="tallies"]').setInputFiles(plantedFile);
  const differences = page.locator('.differences li');
  await differences.first().waitFor();
  expect(await differences.count()).toBe(1);
  const difference = differences.first();
  expect(await difference.getAttribute('data-code')).toBe('LIVE_TALLY_MISMATCH');
  expect(await difference.getAttribute('data-box')).toBe(BOX);
  expect(await difference.getAttribute('data-contest')).toBe('chair');
  expect(await difference.getAttribute('data-candidate')).toBe('chen-jianhua');
  expect(await difference.textContent()).toBe(
    'Box “branch-north”, 主任, “陈建华”: 193 in your live tally, 190 on the tally sheet',
  );

  // On the audit page, the live tallies of the election's two boxes are the ballot records input, with
  // its election.
  await page
    .getByRole('link', {
      name: `Recount the 2 boxes of this election on the audit page: “${BOX}”, “mobile-1”`,
    })
    .click();
  await expect
    .poll(() => page.getByLabel(`Role of ballots-${BOX}+mobile-1.csv`).inputValue())
    .toBe('ballots');
  await expect.poll(() => page.getByLabel('Role of election.json').inputValue()).toBe('election');
});

test('the popup and the dashboard lead to the live tally', async () => {
  const popup = await extension.page('popup.html');
  const opened = extension.context.waitForEvent('page');
  await clickClosingItsPage(popup.getByRole('button', { name: /唱票记录|Live tally/ }));
  const tally = await opened;
  await tally.waitForLoadState();
  expect(tally.url()).toBe(`chrome-extension://${extension.extensionId}/tally.html`);
  const dashboard = await extension.englishDashboard();
  await dashboard.getByRole('link', { name: 'Live tally' }).click();
  await dashboard.locator('input[data-input="election"]').waitFor();
  expect(dashboard.url()).toBe(`chrome-extension://${extension.extensionId}/tally.html`);
});
