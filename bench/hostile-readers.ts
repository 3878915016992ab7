// `npx tsx bench/hostile-readers.ts`: each reader of tests/fuzz/readers.ts on its pathological input
// at 10 KB, 100 KB and 1 MB: CPU time and the work the meter counts (calls of the string, array and
// JSON primitives). Linear readers take about ten times as long and as much work per step; the fuzz
// suite checks the work from 10 KB to 100 KB on every run, this the step to 1 MB on demand.
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

console.log('| reader | 10 KB | 100 KB | 1 MB | work ×10 | work ×100 |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const reader of READERS) {
  const times: string[] = [];
  const work: number[] = [];
  for (const size of SIZES) {
    const input = reader.grow(size);
    await reader.read(input); // warm up
    times.push(`${(await cpuMs(async () => reader.read(input))).toFixed(1)} ms`);
    work.push(Math.max(1, await countWorkAsync(async () => reader.read(input))));
  }
  const growth = (i: number) => (work[i]! / work[0]!).toFixed(1);
  console.log(`| ${reader.name} | ${times.join(' | ')} | ${growth(1)} | ${growth(2)} |`);
}
