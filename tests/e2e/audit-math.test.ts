import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';
import { writeHandCounts } from './hand-counts.js';
import { generateElection } from '../../core/audit-math/testing/generated-election.js';

const extension = extensionForFile();
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'tw-audit-math-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const { ballots, boxes } = writeHandCounts(dir);

beforeAll(async () => {
  page = await extension.englishDashboard();
  // The audit page leads there, for files without a recount (after one, the Audit step has the panels).
  await page.getByTestId('audit-math-way-in').click();
});

describe('the audit-by-sample page, over files alone', () => {
  test('confirms the chair by BRAVO round by round, shows the quick count and the screens', async () => {
    await page.locator('input[data-input="audit-math-election"]').setInputFiles(samplePath('election.json'));
    await page.locator('input[data-input="audit-math-boxes"]').setInputFiles(samplePath('boxes.csv'));
    await page.locator('input[data-input="audit-math-tallies"]').setInputFiles(samplePath('tallies.csv'));
    await page.locator('input[data-input="audit-math-hand-ballots"]').setInputFiles(ballots);
    await page.locator('input[data-input="audit-math-hand-boxes"]').setInputFiles(boxes);

    const risk = page.locator('[data-panel="risk-limit"]');
    await expect.poll(() => risk.locator('table').getAttribute('data-outcome')).toBe('confirmed');
    expect(
      await risk.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-decision'))),
    ).toEqual(['escalate', 'stop']);
    await page.locator('[data-control="method"]').selectOption('batch');
    await expect.poll(() => risk.locator('table').getAttribute('data-outcome')).toBe('escalate');
    await expect.poll(() => risk.textContent()).toContain('not a finding of fraud');

    const quick = page.locator('[data-panel="quick-count"]');
    await expect.poll(() => quick.textContent()).toContain('2 of 3 boxes sampled');
    // Said plainly: the range the true figure very likely lies in; the statistician's term stands in the
    // method line only.
    const quickMain = await quick.evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('details, [data-method]').forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
    expect(quickMain).toContain('the range the true figure very likely lies in');
    expect(quickMain).not.toMatch(/confidence|interval/i);
    expect(await quick.locator('[data-method]').textContent()).toContain('95 % confidence interval');

    const screens = page.locator('[data-panel="screens"]');
    await expect.poll(() => screens.locator('[data-screen]').count()).toBe(5);
    // Three boxes are too few for the fingerprint: it says so rather than draw a shape.
    await expect
      .poll(() => screens.locator('[data-screen="turnout-fingerprint"]').getAttribute('data-state'))
      .toBe('notRun');
    expect(await screens.locator('[data-screen="turnout-fingerprint"] svg').count()).toBe(0);
    await expect
      .poll(() => screens.locator('[data-screen="full-turnout"]').getAttribute('data-state'))
      .toBe('nothing');
    // Standing alone, the page numbers nothing as a part of step 5, and its words are plain: the
    // technical names stand in the method lines and the "How it works" details.
    const headings = await page.locator('.audit-math :is(h2, h3, h4)').allTextContents();
    expect(headings.filter((h) => /^\d/.test(h))).toEqual([]);
    expect(await risk.locator('h3').textContent()).toBe('Does the sample confirm the winners?');
    expect(await risk.locator('[data-method]').textContent()).toContain('risk-limiting audit');
    const plain = await screens.evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('details').forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
    expect(plain).not.toMatch(/chi-square|p-value|p < |normal approximation|Cannot show/);
    const fullTurnout = (await screens.locator('[data-screen="full-turnout"]').textContent())!;
    expect(fullTurnout.split('voters registered at another box may have voted here')).toHaveLength(2);
    expect(await screens.locator('[data-screen="mobile-boxes"] details').textContent()).toContain(
      'p < 0.001 two-sided',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('draws the turnout fingerprint of 40 generated boxes and rings the two planted in its corner', async () => {
    const boxes = generateElection(5, { boxes: 40, mobileBoxes: 2, shares: { A: 0.55, B: 0.35 } }).map(
      (b, i) =>
        i < 2
          ? {
              ...b,
              returned: b.registered,
              invalid: 0,
              votes: new Map([
                ['A', b.registered],
                ['B', 0],
                ['#blank', 0],
              ]),
            }
          : b,
    );
    const election = file(
      'generated-election.json',
      JSON.stringify({
        format: 'tallywitness.election/1',
        name: 'generated',
        rules: 'cn-village',
        round: 'first',
        contests: [
          {
            id: 'chair',
            name: '主任',
            seats: 1,
            candidates: [
              { id: 'A', name: '甲' },
              { id: 'B', name: '乙' },
            ],
          },
        ],
      }),
    );
    const boxesCsv = file(
      'generated-boxes.csv',
      [
        'box,registered,issued,returned,invalid',
        ...boxes.map((b) => `${b.box},${b.registered},${b.returned},${b.returned},${b.invalid}`),
      ].join('\n'),
    );
    const talliesCsv = file(
      'generated-tallies.csv',
      [
        'box,contest,candidate,votes',
        ...boxes.flatMap((b) => [...b.votes].map(([c, v]) => `${b.box},chair,${c},${v}`)),
      ].join('\n'),
    );
    await page.locator('input[data-input="audit-math-election"]').setInputFiles(election);
    await page.locator('input[data-input="audit-math-boxes"]').setInputFiles(boxesCsv);
    await page.locator('input[data-input="audit-math-tallies"]').setInputFiles(talliesCsv);
    const fingerprint = page.locator('[data-screen="turnout-fingerprint"]');
    await expect.poll(() => fingerprint.getAttribute('data-state')).toBe('flagged');
    // One dot per box with an electorate (the two mobile boxes have none).
    await expect.poll(() => fingerprint.locator('svg circle').count()).toBe(40);
    expect(await fingerprint.locator('li').allTextContents()).toEqual([
      expect.stringContaining('box-1'),
      expect.stringContaining('box-2'),
    ]);
    // A flag says what to do next; a check with nothing flagged does not.
    expect(await fingerprint.locator('[data-screen-next]').textContent()).toBe(
      'Next: check the original tally sheet and voter roll of each marked box, or ask the box’s poll watchers.',
    );
    expect(await page.locator('[data-screen="identical-sheets"] [data-screen-next]').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-screen="full-turnout"]').getAttribute('data-state'))
      .toBe('flagged');
    expect(await axeViolations(page)).toEqual([]);
  });
});
