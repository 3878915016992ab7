import type { Page } from 'playwright-core';
import { choiceResolver, offeredChoices, type Election, type WriteIn } from '../../core/index.js';

/** One generated ballot record: its void mark and, per contest id, the names as written. */
export interface BallotRecord {
  readonly void: boolean;
  readonly names: Readonly<Record<string, readonly string[]>>;
}

/** The rows of one box in a plain ballots.csv (no quoted cells), as the generator writes them. */
export function boxRecords(csv: string, box: string): BallotRecord[] {
  const [header, ...rows] = csv.trim().split('\n');
  const columns = header!.split(',');
  return rows
    .map((row) => row.split(','))
    .filter((cells) => cells[0] === box)
    .map((cells) => ({
      void: cells[columns.indexOf('void')] === '1',
      names: Object.fromEntries(
        columns
          .slice(3)
          .map((contest, index) => [contest, (cells[index + 3] ?? '').split('|').filter(Boolean)]),
      ),
    }));
}

/**
 * Enters one ballot as an observer would at the keyboard: a key per name, a write-in typed the first
 * time and keyed after, `/` for a void ballot, Enter to close (twice for an overvote, as the page asks).
 * `writeIns` is the page's list of written-in names, extended as they are typed.
 */
export async function enterBallot(
  page: Page,
  election: Election,
  record: BallotRecord,
  writeIns: WriteIn[],
): Promise<void> {
  if (record.void) {
    await page.keyboard.press('/');
    await page.keyboard.press('Enter');
    return;
  }
  let overvote = false;
  for (const contest of election.contests) {
    const resolver = choiceResolver(contest);
    // A name written twice in one cell is one choice (the recount reads it so).
    const keys = [...new Set((record.names[contest.id] ?? []).map((name) => resolver.key(name)))];
    if (keys.length > contest.seats) overvote = true;
    for (const key of keys) {
      const offered = offeredChoices(election, writeIns).find(
        (c) => c.contest === contest.id && c.key === key,
      );
      if (offered?.shortcut) {
        await page.keyboard.press(offered.shortcut);
        continue;
      }
      const field = page.locator(`input[data-write-in="${contest.id}"]`);
      await field.fill(key);
      await field.press('Enter');
      writeIns.push({ contest: contest.id, name: key });
    }
  }
  await page.keyboard.press('Enter');
  if (overvote) await page.keyboard.press('Enter');
}
