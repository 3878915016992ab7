import type { Locator } from 'playwright-core';

/** The ids of the candidates a contest's result table marks elected, in the table's order. */
export function electedIn(table: Locator): Promise<(string | null)[]> {
  return table
    .locator('tbody tr[data-elected="true"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-candidate')));
}
