// `npx tsx bench/hostile-readers.ts`: each reader of tests/fuzz/readers.ts on its pathological input
// at 10 KB, 100 KB and 1 MB: CPU time and the work the meter counts (calls of the string, array and
// JSON primitives). Linear readers take about ten times as long and as much work per step; the fuzz
// suite checks the work from 10 KB to 100 KB on every run, this the step to 1 MB on demand. Each time is
// the least of three runs; the bench fails (exit 1) when a reader's time from 100 KB to 1 MB grows more
// than thirtyfold (linear is ten, quadratic a hundred; V8's own JSON.parse of deep nesting reaches 18 to
// 24 here on a loaded machine).
import { performance } from 'node:perf_hooks';
import { READERS } from '../tests/fuzz/readers.js';
import { countWorkAsync } from '../tests/fuzz/work-meter.js';

const SIZES = [10_000, 100_000, 1_000_000];

async function cpuMs(read: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  const wall = performance.now();
  await read();
  const used = process.cpuUsage(start);
  return Math.min(performance.now() - wall, (used.user + used.system) / 1000);
}

const TIME_GROWTH_LIMIT = 30;
const superLinear: string[] = [];
console.log('| reader | 10 KB | 100 KB | 1 MB | work ×10 | work ×100 | time 100 KB → 1 MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const reader of READERS) {
  const times: number[] = [];
  const work: number[] = [];
  for (const size of SIZES) {
    const input = reader.grow(size);
    await reader.read(input); // warm up
    let least = Infinity;
    for (let run = 0; run < 3; run++) least = Math.min(least, await cpuMs(async () => reader.read(input)));
    times.push(least);
    work.push(Math.max(1, await countWorkAsync(async () => reader.read(input))));
  }
  const growth = (i: number) => (work[i]! / work[0]!).toFixed(1);
  // Below a millisecond the clock says nothing about growth.
  const timeGrowth = times[2]! / Math.max(times[1]!, 1);
  if (timeGrowth > TIME_GROWTH_LIMIT) superLinear.push(reader.name);
  const shown = times.map((ms) => `${ms.toFixed(1)} ms`).join(' | ');
  console.log(`| ${reader.name} | ${shown} | ${growth(1)} | ${growth(2)} | ×${timeGrowth.toFixed(1)} |`);
}
if (superLinear.length > 0) {
  console.error(`time grew more than ${TIME_GROWTH_LIMIT}× from 100 KB to 1 MB: ${superLinear.join(', ')}`);
  process.exitCode = 1;
}
