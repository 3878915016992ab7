// `npx tsx bench/consistent-sampler.ts [IDS]`: CPU time of the hand-check sampler per id, without
// replacement (one SHA-256 per id, then a heap) and with replacement (further tickets per draw).
import { consistentSample } from '../core/audit-sample/index.js';

const count = Number(process.argv[2] ?? 200_000);
const ids = Array.from({ length: count }, (_, i) => `box-${i % 500}/${String(i).padStart(7, '0')}`);
const seed = '31415926535897932384';

function cpuMicroseconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

const without = cpuMicroseconds(() => consistentSample(ids, seed, { take: 100 }));
console.log(
  `${count} ids, without replacement, take 100: ${(without / 1000).toFixed(0)} ms CPU, ${(without / count).toFixed(1)} µs per id`,
);
const draws = Math.min(count, 100_000);
const small = ids.slice(0, 1000);
const withReplacement = cpuMicroseconds(() =>
  consistentSample(small, seed, { withReplacement: true, take: draws }),
);
console.log(
  `1000 ids, ${draws} draws with replacement: ${(withReplacement / 1000).toFixed(0)} ms CPU, ${(withReplacement / draws).toFixed(1)} µs per draw`,
);
