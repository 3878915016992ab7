import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readElection, type WriteIn } from '../../core/index.js';
import { extensionForFile } from './launch-extension.js';
import { boxRecords, enterBallot } from './live-tally-keys.js';
import { samplePath } from './sample-data.js';

const electionText = readFileSync(samplePath('election.json'), 'utf8');
const election = (() => {
  const read = readElection('election.json', new TextEncoder().encode(electionText));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
})();
const ballotsCsv = readFileSync(samplePath('ballots.csv'), 'utf8');

const extension = extensionForFile();

test('a count kept in two boxes goes to the audit whole: both boxes in one file of ballot records', async () => {
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('zh');
  const entered: Record<string, number> = { 中心会场: 4, 流动票箱: 3 };
  for (const [box, count] of Object.entries(entered)) {
    await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
    await page.getByLabel(/票箱名称/).fill(box);
    await page.getByRole('button', { name: '开始唱票' }).click();
    await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
    const writeIns: WriteIn[] = [];
    for (const record of boxRecords(ballotsCsv, 'branch-north').slice(0, count))
      await enterBallot(page, election, record, writeIns);
    await page.locator(`.save-status[data-saved="${count}"][data-pending="0"]`).waitFor();
    await page.getByRole('button', { name: '暂停，回到列表' }).click();
    await page.locator(`li[data-box="${box}"]`).waitFor();
  }

  await page.locator('li[data-box="流动票箱"]').getByRole('button', { name: '比对与下载' }).click();
  const link = page.getByRole('link', { name: '在核对页中复核本次选举的 2 个票箱：“流动票箱”、“中心会场”' });
  await link.waitFor();
  await link.click();
  // The audit's ballot records are those of both boxes, recounted together.
  const role = page.getByLabel('ballots-流动票箱+中心会场.csv 的类型');
  await expect.poll(() => role.count()).toBe(1);
  expect(await role.inputValue()).toBe('ballots');
  expect(new URL(page.url()).searchParams.getAll('tally')).toHaveLength(2);
});

test('the election form and the live tally and sheets pages lead to each other', async () => {
  for (const path of ['tally.html', 'sheets.html']) {
    const page = await extension.page(path);
    await page.getByLabel(/Language|语言/).selectOption('en');
    await page.getByText('No election definition file yet?').waitFor();
    await page.getByRole('link', { name: 'Fill in the Election form' }).click();
    await page.locator('#election-form-heading, form').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#election');
    await page.close();
  }
  // And the form, once filled in, says where to take it to count: the live tally or the typed sheets.
  const form = await extension.englishDashboard('#election');
  await form.getByText('To count it yourself: press “Download election.json”').waitFor();
  await form.locator('[data-way-on="count"]').getByRole('link', { name: 'Live tally' }).click();
  await expect.poll(() => new URL(form.url()).pathname).toBe('/tally.html');
  await form.close();
});

test('with 50 candidates at 400 px, the ballot is closed without scrolling, and a focused name is never hidden', async () => {
  const names = Array.from({ length: 50 }, (_, index) => ({
    id: `m${index + 1}`,
    name: `候选人${index + 1}`,
    gender: index % 2 ? 'male' : 'female',
  }));
  const election = {
    format: 'tallywitness.election/1',
    name: '西岭村村民委员会选举',
    rules: 'cn-village',
    round: 'first',
    registeredVoters: 500,
    contests: [{ id: 'member', name: '委员', seats: 3, candidates: names }],
  };
  const page = await extension.page('tally.html');
  await page.setViewportSize({ width: 400, height: 800 });
  await page.getByLabel(/Language/).selectOption('en');
  await page.locator('input[data-input="election"]').setInputFiles({
    name: 'election.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(election)),
  });
  await page.getByLabel(/Box name/).fill('第一票箱');
  await page.getByRole('button', { name: 'Start the tally' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();

  await page.locator('button.choice[data-choice="m1"]').click();
  const close = page.getByRole('button', { name: /Close this ballot/ });
  const inView = (locator: typeof close) =>
    locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
  expect(await inView(close)).toBe(true);
  await close.click();
  await page.locator('#ballot-heading[data-ballot-number="2"]').waitFor();

  // Tabbing down the names, each focused one is in sight above the buttons held at the foot.
  await page.locator('button.choice[data-choice="m1"]').focus();
  for (let index = 0; index < 30; index += 1) {
    await page.keyboard.press('Tab');
    const clear = await page.evaluate(() => {
      const focused = document.activeElement!.getBoundingClientRect();
      const bar = document.querySelector('.ballot-actions')!.getBoundingClientRect();
      return document.activeElement!.closest('.ballot-actions') !== null || focused.bottom <= bar.top;
    });
    expect(clear, `name ${index + 2}`).toBe(true);
  }
});

test('the tab closed mid-count and the box started again by its name: the count goes on, never from ballot 1', async () => {
  let page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('en');
  const start = async () => {
    await page.locator('input[data-input="election"]').setInputFiles(samplePath('election.json'));
    await page.getByLabel(/Box name/).fill('重来票箱');
    await page.getByRole('button', { name: 'Start the tally' }).click();
  };
  await start();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  for (const record of boxRecords(ballotsCsv, 'branch-north').slice(0, 2))
    await enterBallot(page, election, record, []);
  await page.locator('.save-status[data-saved="2"][data-pending="0"]').waitFor();
  await page.close();

  page = await extension.page('tally.html');
  await page.locator('li[data-box="重来票箱"]').waitFor();
  await start();
  await page
    .getByText('Box “重来票箱” is already being tallied (2 ballots so far); there is no need to start again')
    .waitFor();
  expect(await page.locator('li[data-box="重来票箱"]').count()).toBe(1);
  await page.getByRole('button', { name: 'Resume box “重来票箱”' }).click();
  await page.locator('#ballot-heading[data-ballot-number="3"]').waitFor();
  await page.close();
});

test('with 50 candidates, every name is chosen from the keyboard: past the last key, by typing part of the name', async () => {
  const names = Array.from({ length: 50 }, (_, index) => ({
    id: `m${index + 1}`,
    name: `候选人${index + 1}`,
  }));
  const election = {
    format: 'tallywitness.election/1',
    name: '西岭村村民委员会选举',
    rules: 'cn-village',
    round: 'first',
    registeredVoters: 500,
    contests: [{ id: 'member', name: '委员', seats: 3, candidates: names }],
  };
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('en');
  await page.locator('input[data-input="election"]').setInputFiles({
    name: 'election.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(election)),
  });
  await page.getByLabel(/Box name/).fill('找名字票箱');
  await page.getByRole('button', { name: 'Start the tally' }).click();
  const heading = page.locator('#ballot-heading');
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  // The names past the 36th have no key; the page says in plain words how to reach them.
  expect(await page.locator('button.choice[data-choice="m50"]').getAttribute('data-shortcut')).toBeNull();
  expect(await page.locator('.keys-help').textContent()).toContain('. = find a name that has no key');
  expect(await page.locator('.find-name').textContent()).toContain('type part of the name, then press Enter');
  const field = page.getByLabel('Find a name');
  const focused = () => page.evaluate(() => document.activeElement?.id);

  // Ballot 1: . goes to the box, the whole name and Enter choose it; the focus is back on the ballot,
  // so a key chooses the next name and Enter closes the ballot.
  await page.keyboard.press('.');
  expect(await focused()).toBe('find-name');
  expect(await field.inputValue()).toBe('');
  await page.keyboard.type('候选人50');
  await expect
    .poll(() => page.locator('#find-name-status').textContent())
    .toBe('Press Enter to choose “候选人50”.');
  await page.keyboard.press('Enter');
  expect(await focused()).toBe('ballot-heading');
  await page.keyboard.press('1');
  await expect.poll(() => page.locator('legend strong').textContent()).toBe('候选人50、候选人1');
  await page.keyboard.press('Enter');
  await page.locator('#ballot-heading[data-ballot-number="2"]').waitFor();
  expect(await page.locator('li[data-ballot="1"]').textContent()).toBe('候选人50、候选人1');

  // Ballot 2: part of a name finds several; Tab reaches each, Enter chooses it. Too many: type more.
  await page.keyboard.press('.');
  await page.keyboard.type('人4');
  await expect
    .poll(() => page.locator('#find-name-status').textContent())
    .toBe('11 names found: type more of the name.');
  await field.fill('9');
  await expect
    .poll(() => page.locator('.find-name button.choice').allTextContents())
    .toEqual(['候选人9 · 委员', '候选人19 · 委员', '候选人29 · 委员', '候选人39 · 委员', '候选人49 · 委员']);
  await field.press('Enter'); // several found: Enter chooses none of them
  await expect.poll(() => page.locator('legend strong').textContent()).toBe('none (blank)');
  for (let tab = 0; tab < 5; tab += 1) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('候选人49 · 委员');
  await page.keyboard.press('Enter');
  expect(await focused()).toBe('ballot-heading');
  await expect.poll(() => page.locator('legend strong').textContent()).toBe('候选人49');
  // Esc leaves the box without choosing anyone.
  await page.keyboard.press('.');
  await page.keyboard.type('候选人44');
  await page.keyboard.press('Escape');
  expect(await focused()).toBe('ballot-heading');
  expect(await field.inputValue()).toBe('');
  await page.keyboard.press('Enter');
  await page.locator('#ballot-heading[data-ballot-number="3"]').waitFor();
  expect(await page.locator('li[data-ballot="2"]').textContent()).toBe('候选人49');
  expect(await heading.getAttribute('data-ballot-number')).toBe('3');
  await page.close();
});
