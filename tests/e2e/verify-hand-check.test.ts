import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createSelection,
  serializeSignedFile,
  signingKeyFromSeed,
  type SelectionPayload,
} from '../../core/index.js';
import { axeViolations, signReceipt } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * The verify page checks the commitment and selection the dashboard's Audit step signs, as
 * `tallywitness verify` does: their signatures, that the selection names the commitment, that the ids
 * are those committed to, and that drawing again gives the draws signed; a changed draw or ids file is
 * refused with its reason.
 */

const SEED = '31415926535897932384626';
const FILES = ['election.json', 'boxes.csv', 'tallies.csv', 'ballots.csv'];

const extension = extensionForFile();
let work: string;
let commitment: string;
let selection: string;
let signed: SelectionPayload;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tallywitness-verify-hand-check-'));
  const page = await extension.englishDashboard();
  await page.locator('input[data-input="counts"]').setInputFiles(FILES.map(samplePath));
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
  await signReceipt(page, 'Observer Li');
  await page.locator('a[data-audit-way-in]').click();
  await page.getByRole('button', { name: 'Sign the commitment' }).click();
  await page.locator('[data-commitment]').waitFor();
  await page.locator('#hand-check-seed').fill(SEED);
  await page.getByLabel('How many to draw in this round').fill('5');
  await page.getByLabel(/With replacement/).check();
  await page.getByRole('button', { name: 'Draw', exact: true }).click();
  await page.locator('table[data-sample]').waitFor();
  await page.getByRole('button', { name: 'Sign the selection' }).click();
  const save = async (link: string, name: string) => {
    const download = page.waitForEvent('download');
    await page.locator(link).click();
    const path = join(work, name);
    await (await download).saveAs(path);
    return path;
  };
  commitment = await save('[data-testid="commitment-link"]', 'commitment.json');
  selection = await save('[data-testid="selection-link"]', 'selection.json');
  signed = (JSON.parse(readFileSync(selection, 'utf8')) as { payload: SelectionPayload }).payload;
  await page.close();
});

afterAll(async () => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function verifyPage(files: string[], ids?: string): Promise<Page> {
  const page = await extension.page('verify.html');
  await page.getByLabel(/Language/).selectOption('en');
  await page.getByTestId('receipt-file').setInputFiles(files);
  await page.getByTestId('sample-files').waitFor();
  if (ids) await page.getByTestId('input-files').setInputFiles(ids);
  return page;
}

const shownDraws = (page: Page) =>
  page.locator('[data-testid="selection-draws"] tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      ticket: row.getAttribute('data-ticket'),
      id: row.getAttribute('data-id'),
      generation: Number(row.getAttribute('data-generation')),
    })),
  );

test('the commitment and selection verify, name each other, and the boxes draw the same again', async () => {
  expect(signed.sample).toHaveLength(5);
  const page = await verifyPage([commitment, selection], samplePath('boxes.csv'));
  expect(await page.getByTestId('commitment-file').getAttribute('data-valid')).toBe('true');
  expect(await page.getByTestId('selection-file').getAttribute('data-valid')).toBe('true');
  expect(await page.getByTestId('commitment-file').textContent()).toContain('Commits to 3 boxes');
  expect(await page.getByTestId('commitment-file').textContent()).toContain('boxes.csv');
  expect(await page.getByTestId('selection-seed').textContent()).toBe(SEED);
  expect(await shownDraws(page)).toEqual(signed.sample);
  expect(await page.getByTestId('commitment-named').getAttribute('data-ok')).toBe('true');
  await expect.poll(() => page.getByTestId('ids-check').getAttribute('data-ok')).toBe('true');
  expect(await page.getByTestId('ids-check').textContent()).toContain('all 5 draws are those signed');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel(/Language/).selectOption('zh');
  await expect
    .poll(() => page.getByTestId('selection-file').locator('h2').textContent())
    .toBe('抽样结果（按公开种子抽出的票箱或选票）');
  expect(await page.getByTestId('commitment-file').textContent()).toContain('承诺了 3 个票箱编号');
  await expect.poll(() => page.getByTestId('ids-check').textContent()).toContain('5 次抽取与签名的完全相同');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('a selection with a changed draw is refused: by its signature, and re-signed, by the draw', async () => {
  const edited = join(work, 'edited-selection.json');
  const text = readFileSync(selection, 'utf8');
  const changed = text.replace(signed.sample[1]!.ticket, '0.000000001');
  expect(changed).not.toBe(text);
  writeFileSync(edited, changed);
  const page = await verifyPage([commitment, edited], samplePath('boxes.csv'));
  expect(await page.getByTestId('selection-file').getAttribute('data-valid')).toBe('false');
  const signature = page.getByTestId('selection-file').getByTestId('signature');
  expect(await signature.getAttribute('data-valid')).toBe('false');
  expect(await signature.textContent()).toContain('Signature NOT valid: the file was changed');
  // The commitment itself still verifies.
  expect(await page.getByTestId('commitment-file').getAttribute('data-valid')).toBe('true');
  await page.close();

  // Signed again by someone else's key with a draw changed: the signature holds, the draw does not.
  const [first, second, ...rest] = signed.sample;
  const forged = createSelection({
    key: signingKeyFromSeed(new Uint8Array(32).fill(3)),
    signedAt: new Date(signed.signedAt),
    draw: {
      seed: signed.seed,
      withReplacement: signed.withReplacement,
      drop: signed.drop,
      take: signed.take,
      digits: signed.digits,
    },
    sample: [first!, { ...second!, id: 'central' === second!.id ? 'mobile-1' : 'central' }, ...rest],
    commitment: signed.commitment,
  });
  const resigned = join(work, 'resigned-selection.json');
  writeFileSync(resigned, serializeSignedFile(forged));
  const again = await verifyPage([commitment, resigned], samplePath('boxes.csv'));
  expect(await again.getByTestId('selection-file').getAttribute('data-valid')).toBe('true');
  expect(await again.getByTestId('commitment-named').getAttribute('data-ok')).toBe('true');
  await expect.poll(() => again.getByTestId('ids-check').getAttribute('data-ok')).toBe('false');
  const reason = await again.getByTestId('ids-check').textContent();
  expect(reason).toContain(`Draw 2: signed ${second!.ticket} ${forged.payload.sample[1]!.id}`);
  expect(reason).toContain(`drawn again ${second!.ticket} ${second!.id} (${second!.generation})`);
  await again.close();
});

test('an ids file other than the one committed to is refused with the reason', async () => {
  const other = join(work, 'other');
  mkdirSync(other);
  const boxes = join(other, 'boxes.csv');
  writeFileSync(boxes, readFileSync(samplePath('boxes.csv'), 'utf8').replace('mobile-1,', 'mobile-9,'));
  const page = await verifyPage([selection], boxes);
  await expect.poll(() => page.getByTestId('ids-check').getAttribute('data-ok')).toBe('false');
  expect(await page.getByTestId('ids-check').textContent()).toContain(
    "The same number of ids, but the list's SHA-256 differs from the commitment",
  );
  // The commitment dropped after the selection joins it.
  await page.getByTestId('receipt-file').setInputFiles(commitment);
  await expect.poll(() => page.getByTestId('commitment-named').getAttribute('data-ok')).toBe('true');
  await expect.poll(() => page.getByTestId('ids-check').getAttribute('data-ok')).toBe('false');
  await page.close();
});

test('at 400 px each draw is a block whose cells are named, its caption on one line, nothing pushed sideways', async () => {
  const page = await verifyPage([commitment, selection]);
  await page.setViewportSize({ width: 400, height: 900 });
  const table = page.getByTestId('selection-draws');
  // What stands before each cell of the first draw (the column headings are hidden on a narrow window).
  const labels = () =>
    table
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
  const captionLines = () =>
    table.locator('caption').evaluate((caption) => {
      const range = document.createRange();
      range.selectNodeContents(caption);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Before: an empty ": " before each cell, the caption one word a line ("The / 5 / draws / signed"),
  // and the selection's facts, their names in large type, pushed the page to 725 px.
  expect(await labels()).toEqual(['"#: "', '"Ticket: "', '"Id: "', '"Generation: "']);
  expect(await captionLines()).toBe(1);
  expect(await sideways()).toBe(0);
  await page.getByLabel(/Language/).selectOption('zh');
  await expect.poll(labels).toEqual(['"序号："', '"签号："', '"编号："', '"第几次抽中："']);
  expect(await captionLines()).toBe(1);
  expect(await sideways()).toBe(0);
  await page.close();
});
