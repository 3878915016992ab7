import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expected } from './sample-data.js';

/** The ids of the candidates a contest's result table marks elected, in the table's order. */
export function electedIn(table: Locator): Promise<(string | null)[]> {
  return table
    .locator('tbody tr[data-elected="true"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-candidate')));
}

/** Votes per candidate id, as a contest's result table shows them. */
export function votesIn(table: Locator): Promise<Record<string, number>> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-candidate'),
          Number(row.querySelector('[data-votes]')!.textContent!.replace(/,/g, '')),
        ]),
      ),
    );
}

/** The dashboard's result shows the sample's expected valid ballots, votes and winners of every contest. */
export async function expectSampleResult(page: Page): Promise<void> {
  const valid = () => page.locator('.result dd[data-figure="valid"]').textContent();
  await expect.poll(valid).toBe(expected.valid.toLocaleString('en'));
  for (const contest of expected.contests) {
    const table = page.locator(`table[data-contest="${contest.id}"]`);
    expect(await electedIn(table)).toEqual(contest.elected);
    expect(await votesIn(table)).toEqual(contest.votes);
  }
}
