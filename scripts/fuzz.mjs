// `npm run fuzz`: the fuzz suite of tests/fuzz with many more inputs per reader than CI tries
// (FUZZ_RUNS, 2000 unless set). A failure it finds is saved under tests/fuzz/corpus/.
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '2000';
const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'tests/fuzz', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
