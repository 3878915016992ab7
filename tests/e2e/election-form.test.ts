import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * The election form: rule pack parameters in words with their articles, the core reader's errors shown
 * at their fields, rows added and removed, the file downloaded, and the form's election used in an audit.
 */

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
  await page.getByRole('link', { name: 'Election form', exact: true }).click();
});

const form = () => page.locator('.election-form');
const contest = (index: number) => form().locator(`fieldset[data-contest-row="${index}"]`);
const candidateName = (c: number, k: number) =>
  contest(c).locator(`tr[data-candidate-row="${k}"] input`).first();
const errorsOf = (id: string) => page.locator(`#${id}-errors`).textContent();

describe('the election form', () => {
  test('shows the rule pack in words, with the articles it comes from', async () => {
    const details = form().locator('.pack-details');
    await expect.poll(() => details.getAttribute('data-family')).toBe('cn-village');
    await expect.poll(() => details.textContent()).toContain('more than half of registered voters');
    await expect.poll(() => details.textContent()).toContain('at least one third of ballots cast');
    // The version in force today cites the election article by its number in that text.
    await expect.poll(() => details.locator('.pack-sources').textContent()).toMatch(/Art\. 1[58] para\. 2/);

    await form().getByLabel('Rules applied', { exact: true }).selectOption('cn-party-branch');
    await expect.poll(() => details.getAttribute('data-pack')).toBe('cn-party-branch@2020');
    await expect.poll(() => details.textContent()).toContain('at least four fifths of members');
    await expect.poll(() => details.textContent()).toContain('exceed the seats by at least 20% of the seats');
    await page.getByLabel('Language / 语言').selectOption('zh');
    await expect.poll(() => details.textContent()).toContain('五分之四');
    await page.getByLabel('语言 / Language').selectOption('en');
    await form().getByLabel('Rules applied', { exact: true }).selectOption('cn-village');
  });

  test('shows what a provincial text adds: the voters base, the 妇女委员 post, 差额 voiding the election', async () => {
    const details = form().locator('.pack-details');
    const pack = form().getByLabel('Rules applied', { exact: true });
    await pack.selectOption('cn-village-zhejiang@2025');
    await expect
      .poll(() => details.textContent())
      .toContain('more than the voters who signed in voids the election');
    await expect.poll(() => details.textContent()).toContain('kept in the runoff while no woman is among');
    await pack.selectOption('cn-residents-chongqing@2025');
    await expect.poll(() => details.textContent()).toContain('a breach of this voids the election');
    await pack.selectOption('cn-village');
    await expect.poll(() => details.textContent()).not.toContain('voters who signed in');
  });

  test("applies the version in force on the election's date, and shows its text, days in force and why", async () => {
    const details = form().locator('.pack-details');
    const version = form().getByTestId('pack-version');
    const date = form().getByLabel("Election's date");
    await date.fill('2025-11-30');
    await expect.poll(() => details.getAttribute('data-pack')).toBe('cn-village@2018');
    await expect.poll(() => version.textContent()).toContain('as amended 29 December 2018');
    await expect.poll(() => version.textContent()).toContain('in force 2018-12-29 to 2025-12-31');
    await expect
      .poll(() => version.textContent())
      .toContain("The election's date, 2025-11-30, picks the Organic Law of Villagers' Committees");
    // The version by its text: the pack id is for files, not for the reader.
    expect(await version.textContent()).not.toContain('cn-village@');
    // Under the label "In force", the days alone.
    const inForce = version.locator('div').filter({ has: page.locator('dt', { hasText: /^In force$/ }) });
    await expect.poll(() => inForce.locator('dd').textContent()).toBe('2018-12-29 to 2025-12-31');
    // The choices name the rules and, for a fixed version, its days in force: no ids.
    const choices = await form()
      .getByLabel('Rules applied', { exact: true })
      .locator('option')
      .allTextContents();
    expect(choices.join('\n')).not.toMatch(/cn-|@20/);
    expect(choices).toContain(
      "Villagers' committee election (Organic Law of Villagers' Committees): in force 2018-12-29 to 2025-12-31",
    );
    await expect.poll(() => details.locator('.pack-sources').textContent()).toContain('Art. 15 para. 2');
    await date.fill('2026-03-15');
    await expect.poll(() => details.getAttribute('data-pack')).toBe('cn-village@2025');
    await expect.poll(() => inForce.locator('dd').textContent()).toBe('from 2026-01-01');
    await expect.poll(() => version.textContent()).toContain('in force 1 January 2026');
    // The 2025 text was read in full: the panel cites its art. 18 and states no caveat.
    await expect.poll(() => details.locator('.pack-sources').textContent()).toContain('Art. 18 para. 2');
    await expect.poll(() => version.textContent()).not.toContain('could not be checked');
    // A version's own id fixes it, whatever the date.
    await form().getByLabel('Rules applied', { exact: true }).selectOption('cn-village@2018');
    await expect.poll(() => details.getAttribute('data-pack')).toBe('cn-village@2018');
    await expect.poll(() => version.textContent()).toContain('2026-03-15, is outside those days');
    await form().getByLabel('Rules applied', { exact: true }).selectOption('cn-village');
    await date.fill('');
    await expect.poll(() => version.textContent()).toContain('gives no date');
  });

  test("shows the core reader's errors at their fields, and clears them when fixed", async () => {
    await form().getByLabel('Registered voters').fill('about 2000');
    await candidateName(0, 0).fill('王林');
    await candidateName(0, 1).fill('王林');
    await form().getByRole('button', { name: 'Download election.json' }).click();

    await expect
      .poll(() => form().locator('[role="status"]').textContent())
      .toMatch(/(?<!\d)\d+ problems to fix/);
    // Missing election name, a count that is not a number, an empty contest name, two candidates named alike.
    await expect.poll(() => errorsOf('field-name')).toContain('Fill this in');
    // The contest's code is optional: left empty it is the name, and only the name's error shows.
    await expect.poll(() => errorsOf('field-contests-0-name')).toContain('Fill this in');
    expect(await page.locator('#field-contests-0-id-errors').count()).toBe(0);
    await expect.poll(() => form().getByLabel('Registered voters').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => errorsOf('field-registeredVoters')).toContain('Must be a number');
    await expect.poll(() => errorsOf('field-contests-0-name')).toBeTruthy();
    const secondName = await candidateName(0, 1).getAttribute('id');
    await expect.poll(() => errorsOf(secondName!)).toContain('Duplicate candidate name');
    // The focus went to the first field in error.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');

    await form().getByLabel('Election name').fill('希望村第十二届村民委员会选举');
    await form().getByLabel('Registered voters').fill('１８６０');
    await contest(0).getByLabel('Contest name').fill('主任');
    await contest(0).getByLabel('Contest code').fill('chair');
    await candidateName(0, 1).fill('李华');
    await contest(0).getByLabel('主任 · Candidate 2 · Gender').selectOption('female');
    await expect
      .poll(() => form().locator('[role="status"]').textContent())
      .toBe('The election definition is valid.');
    await expect.poll(() => form().locator('[aria-invalid="true"]').count()).toBe(0);
  });

  test('adds and removes rows, then downloads the election the reader accepts', async () => {
    await contest(0).getByRole('button', { name: 'Add a candidate' }).click();
    // The new row's name field takes the focus once it is drawn, ready to type.
    await expect
      .poll(() => candidateName(0, 2).evaluate((field) => field === document.activeElement))
      .toBe(true);
    await page.keyboard.type('赵敏');
    await expect.poll(() => candidateName(0, 2).inputValue()).toBe('赵敏');
    await contest(0).getByRole('button', { name: 'Remove candidate “赵敏”' }).click();
    await expect.poll(() => contest(0).locator('tbody tr').count()).toBe(2);

    await form().getByRole('button', { name: 'Add a contest' }).click();
    await expect
      .poll(() =>
        contest(1)
          .getByLabel('Contest name')
          .evaluate((field) => field === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.type('委员');
    await contest(1).getByLabel('Seats').fill('2');
    for (const [k, name] of ['陈美', '刘洋', '孙涛'].entries()) {
      if (k >= 2) await contest(1).getByRole('button', { name: 'Add a candidate' }).click();
      await candidateName(1, k).fill(name);
    }
    await contest(1).getByLabel('委员 · Candidate 1 · Gender').selectOption('female');
    await form().getByLabel('Women members, at least').fill('1');

    const download = page.waitForEvent('download');
    await form().getByRole('button', { name: 'Download election.json' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('election.json');
    const written = JSON.parse(readFileSync((await file.path())!, 'utf8')) as unknown;
    expect(written).toEqual({
      format: 'tallywitness.election/1',
      name: '希望村第十二届村民委员会选举',
      rules: 'cn-village',
      round: 'first',
      registeredVoters: 1860,
      minWomen: 1,
      contests: [
        {
          id: 'chair',
          name: '主任',
          seats: 1,
          candidates: [
            { id: '王林', name: '王林' },
            { id: '李华', name: '李华', gender: 'female' },
          ],
        },
        {
          id: '委员',
          name: '委员',
          seats: 2,
          candidates: [
            { id: '陈美', name: '陈美', gender: 'female' },
            { id: '刘洋', name: '刘洋' },
            { id: '孙涛', name: '孙涛' },
          ],
        },
      ],
    });

    await contest(1).getByRole('button', { name: 'Remove contest “委员”' }).click();
    await expect.poll(() => form().locator('fieldset.contest').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('add-contest');
  });

  test("an opened election.json, used in the audit, is the audit's election", async () => {
    await form()
      .getByLabel('Open an existing election.json to edit')
      .setInputFiles(samplePath('election.json'));
    // The file is read asynchronously: wait until the form shows it.
    await expect
      .poll(() => form().getByLabel('Election name').inputValue())
      .toBe('青山村第十一届村民委员会选举');
    await expect.poll(() => contest(0).getByLabel('Contest code').inputValue()).toBe('chair');
    await form().getByRole('button', { name: 'Use in the audit' }).click();

    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#audit');
    await page.locator('.election-summary table').waitFor();
    await expect.poll(() => page.locator('.election-summary').textContent()).toContain('青山村第十一届');
    await page
      .locator('input[data-input="counts"]')
      .setInputFiles(['boxes.csv', 'tallies.csv'].map(samplePath));
    await page.getByRole('button', { name: 'Run the audit' }).click();
    await page.locator('.verdict').waitFor();
    await expect.poll(() => page.locator('.result dd[data-figure="registered"]').textContent()).toBe('2,100');
  });
});
