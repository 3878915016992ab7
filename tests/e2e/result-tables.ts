import type { Locator } from 'playwright-core';

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
