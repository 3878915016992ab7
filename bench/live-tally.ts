// `npx tsx bench/live-tally.ts [BALLOTS]`: the built extension's live tally page in headless Chromium,
// BALLOTS (default 1,000) generated ballots of the bundled sample's election entered at the keyboard as
// an observer would (a key per name, Enter to close). Reports the time per ballot (wall time, which
// includes the test driver's round trip per key), the page's own time from the Enter key to the next
// ballot being drawn, and the latency of each ballot's IndexedDB write (close → committed). At the end
// the page is reloaded and the stored ballots counted. Build the extension first (`npx wxt build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readElection } from '../core/index.js';
import { launchExtension } from '../tests/e2e/launch-extension.js';
import { enterBallot, type BallotRecord } from '../tests/e2e/live-tally-keys.js';
import { seededRandom } from '../core/testing/seeded-random.js';

const count = Number(process.argv[2] ?? 1000);
const electionPath = join(import.meta.dirname, '..', 'samples', 'qingshan-village', 'election.json');
const read = readElection('election.json', readFileSync(electionPath));
if (!read.ok) throw new Error('the sample election does not read');
const election = read.value;

/** About 1% void, 2% blank per contest, otherwise `seats` names (one name more on 1%). */
function generate(n: number): BallotRecord[] {
  const next = seededRandom(20261203);
  return Array.from({ length: n }, () => {
    if (next() < 0.01) return { void: true, names: {} };
    const names = Object.fromEntries(
      election.contests.map((contest) => {
        if (next() < 0.02) return [contest.id, []];
        const pool = contest.candidates.map((candidate) => candidate.id).sort(() => next() - 0.5);
        const take = Math.min(pool.length, contest.seats + (next() < 0.01 ? 1 : 0));
        return [contest.id, pool.slice(0, take)];
      }),
    );
    return { void: false, names };
  });
}

/** Keys pressed for a ballot: one per name and Enter; `/` for a void one; Enter again for an overvote. */
function keyPresses(ballot: BallotRecord): number {
  if (ballot.void) return 2;
  const overvote = election.contests.some(
    (contest) => (ballot.names[contest.id] ?? []).length > contest.seats,
  );
  return Object.values(ballot.names).flat().length + 1 + (overvote ? 1 : 0);
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const summary = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return `median ${quantile(sorted, 0.5).toFixed(2)} ms, mean ${mean.toFixed(2)} ms, p95 ${quantile(sorted, 0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms (${sorted.length})`;
};

const ballots = generate(count);
const extension = await launchExtension();
try {
  const page = await extension.page('tally.html');
  await page.getByLabel(/Language/).selectOption('en');
  await page.locator('input[data-input="election"]').setInputFiles(electionPath);
  await page.getByLabel(/Box name/).fill('bench');
  await page.getByRole('button', { name: 'Start the tally' }).click();
  await page.locator('#ballot-heading[data-ballot-number="1"]').waitFor();
  // In the page: from each Enter that closes a ballot to the new ballot number being drawn.
  await page.evaluate(() => {
    const drawn: number[] = [];
    let pressed = 0;
    addEventListener('keydown', (event) => event.key === 'Enter' && (pressed = performance.now()), true);
    new MutationObserver(() => drawn.push(performance.now() - pressed)).observe(
      document.getElementById('ballot-heading')!,
      { attributes: true, attributeFilter: ['data-ballot-number'] },
    );
    Object.assign(globalThis, { benchDrawn: drawn });
  });

  const started = performance.now();
  for (const ballot of ballots) await enterBallot(page, election, ballot, []);
  const entering = performance.now() - started;
  await page.locator(`.save-status[data-saved="${count}"][data-pending="0"]`).waitFor();
  const drained = performance.now() - started;

  const { writes, drawn } = await page.evaluate(() => ({
    writes: (globalThis as unknown as { tallyWitnessWriteLatencies: number[] }).tallyWitnessWriteLatencies,
    drawn: (globalThis as unknown as { benchDrawn: number[] }).benchDrawn,
  }));
  await page.reload();
  const stored = await page.locator('li[data-box="bench"]').textContent();

  const keys = ballots.reduce((sum, ballot) => sum + keyPresses(ballot), 0);
  console.log(`ballots entered: ${count} (${keys} key presses)`);
  console.log(
    `wall time: ${(entering / 1000).toFixed(1)} s, ${(entering / count).toFixed(1)} ms per ballot, ${(entering / keys).toFixed(1)} ms per key (driver round trip included)`,
  );
  console.log(`all writes committed ${(drained - entering).toFixed(0)} ms after the last key`);
  console.log(`Enter → next ballot drawn: ${summary(drawn)}`);
  console.log(`IndexedDB write, close → committed: ${summary(writes)}`);
  console.log(`after a reload the list says: ${stored?.replace(/\s+/g, ' ').trim()}`);
} finally {
  await extension.close();
}
