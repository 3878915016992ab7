// `npx tsx bench/compare-live-tallies.ts [BALLOTS ...]`: two live tallies of one box of BALLOTS ballots
// each (default 3,000, 30,000 and 300,000; a village box holds a few thousand at most), the second with
// one ballot in a hundred changed, one in a thousand skipped and one in a thousand entered twice. Times
// writing both files, reading them back and the ballot-by-ballot comparison (banded alignment), in CPU ms.
import {
  compareLiveTallies,
  readLiveTallyRecord,
  writeLiveTallyRecord,
  type LiveBallot,
} from '../core/index.js';
import { testElection } from '../core/ballots/testing/ballot-sources.js';

const sizes = process.argv.slice(2).map(Number);
const CHAIR = ['wang-lin', 'li-hua'];
const MEMBERS = ['chen-mei', 'liu-yang', 'sun-tao'];

/** A deterministic mix of ballots: the n-th depends on n only. */
function ballot(n: number): LiveBallot {
  if (n % 97 === 0) return { number: n, void: true, choices: {} };
  return {
    number: n,
    void: false,
    choices: { chair: [CHAIR[(n * 7) % 2]!], member: MEMBERS.slice(0, (n * 13) % 4) },
  };
}

/** CPU milliseconds (user + system) of the work: steadier than wall time on a shared machine. */
function time<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
}

const encoder = new TextEncoder();
for (const size of sizes.length > 0 ? sizes : [3_000, 30_000, 300_000]) {
  const ballotsA = Array.from({ length: size }, (_, index) => ballot(index + 1));
  const ballotsB = ballotsA
    .flatMap((each): LiveBallot[] => {
      if (each.number % 1000 === 500) return [];
      if (each.number % 1000 === 900) return [each, each];
      if (each.number % 100 === 37) return [{ ...each, void: false, choices: { chair: ['另选一人'] } }];
      return [each];
    })
    .map((each, index) => ({ ...each, number: index + 1 }));
  const record = { election: testElection, box: 'central' };
  const [texts, writeMs] = time(() => [
    writeLiveTallyRecord({ ...record, ballots: ballotsA }),
    writeLiveTallyRecord({ ...record, ballots: ballotsB }),
  ]);
  const [sides, readMs] = time(() =>
    texts.map((text, index) => {
      const read = readLiveTallyRecord(`${index}.json`, encoder.encode(text));
      if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
      return { file: `${index}.json`, record: read.value };
    }),
  );
  const [compared, compareMs] = time(() => compareLiveTallies(sides[0]!, sides[1]!, 'en'));
  if (!compared.ok) throw new Error('refused');
  const kinds = new Map<string, number>();
  for (const difference of compared.value.differences)
    kinds.set(difference.kind, (kinds.get(difference.kind) ?? 0) + 1);
  console.log(
    `${size} ballots (${(texts[0]!.length / 1e6).toFixed(1)} MB a file): write ${writeMs.toFixed(0)} ms, read both ${readMs.toFixed(0)} ms, compare ${compareMs.toFixed(0)} ms; ` +
      `differences ${JSON.stringify(Object.fromEntries(kinds))}, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}
