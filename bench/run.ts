// `npm run bench [-- ROWS [MORE_ROWS ...]]`: generates bench/data/ballots-ROWS.csv (default 5,000,000 rows)
// and measures, each in its own process so that peak memory is its own: the byte-scan limit, this
// project's countBallots, the same recount through papaparse and uDSV, and the whole command line, as it
// runs (two counting threads from 64 MiB up) and held to one counting thread. Further sizes repeat the
// byte scan, countBallots and both command lines, to show memory staying flat.
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { DATA_DIR, electionPath, generateBallots } from './generate-ballots.js';

interface Measurement {
  readonly approach: string;
  readonly rows: number | null;
  readonly votes: number | null;
  readonly ms: number;
  readonly maxRssMb: number;
  /** User + system CPU seconds of the whole process: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly failure?: string;
}

const root = join(import.meta.dirname, '..');
const MEASURES = ['byte-scan', 'count-ballots', 'papaparse', 'udsv', 'reader-in-memory'] as const;
const LABELS: Record<string, string> = {
  'byte-scan': 'byte scan (1 MiB reads, count \\n)',
  'byte-scan-two-cores': 'byte scan, two processes at once, a half each',
  'count-ballots': 'countBallots + node:crypto SHA-256',
  'reader-in-memory': 'the reader alone, file in memory, 256 KiB chunks (best of 4 passes)',
  'reader-in-memory-before': 'the same, the reader of `BEFORE=<checkout>`',
  papaparse: 'papaparse 5 stream + same recount',
  udsv: 'uDSV per-row callback + same recount',
  cli: 'CLI `check --ballots --format json`',
  'cli-one-thread': 'the same CLI held to one counting thread',
};

/** The command line as it runs, and held to one counting thread (no file is that large). */
const CLI_RUNS: Record<string, Record<string, string>> = {
  cli: {},
  'cli-one-thread': { TALLYWITNESS_PARTS_FROM: String(2 ** 50) },
};

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(5_000_000);

// Bundled once, so no TypeScript loader sits in the measured processes.
const bundling = {
  absWorkingDir: root,
  outdir: join(DATA_DIR, 'measure'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
} as const;

/**
 * `BEFORE=<another checkout>`: the reader-in-memory measure is also built against that checkout's
 * core (its `core/` files in place of these), so that two versions of the reader run side by side.
 */
const before = process.env['BEFORE'] ? resolve(process.env['BEFORE']) : null;
if (before)
  await build({
    ...bundling,
    entryPoints: { 'reader-in-memory-before': 'bench/measure/reader-in-memory.ts' },
    plugins: [
      {
        name: 'core-of-before',
        setup(plugin) {
          plugin.onResolve({ filter: /\/core\// }, (args) => {
            const path = resolve(args.resolveDir, args.path);
            if (!path.startsWith(join(root, 'core') + sep)) return undefined;
            return { path: join(before, relative(root, path)).replace(/\.js$/, '.ts') };
          });
        },
      },
    ],
  });

await build({
  ...bundling,
  entryPoints: Object.fromEntries(MEASURES.map((name) => [name, `bench/measure/${name}.ts`])),
});

interface TimedRun {
  readonly stdout: string;
  readonly ms: number;
  readonly maxRssMb: number;
  readonly cpuSeconds: number;
  readonly status: number | null;
  readonly stderr: string;
}

/** What `/usr/bin/time -v` printed about a finished run. */
function timedRun(stdout: string, stderr: string, status: number | null, ms: number): TimedRun {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const seconds = (label: string): number =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return {
    stdout,
    ms,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    cpuSeconds: seconds('User') + seconds('System'),
    status,
    stderr,
  };
}

function timed(args: readonly string[], env: Record<string, string> = {}): TimedRun {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return timedRun(run.stdout, run.stderr, run.status, performance.now() - started);
}

/** The same, without waiting: for processes that must run at the same time. */
function timedConcurrently(args: readonly string[]): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve(timedRun(stdout, stderr, status, performance.now() - started))),
  );
}

/** A run that failed: what it cost, and the last line it printed about why. */
const failedRun = (approach: string, run: TimedRun): Measurement => ({
  approach,
  rows: null,
  votes: null,
  ms: run.ms,
  maxRssMb: run.maxRssMb,
  cpuSeconds: run.cpuSeconds,
  failure: lastLine(run.stderr),
});

const measureArgs = (name: string, csv: string): string[] => [
  process.execPath,
  join(DATA_DIR, 'measure', `${name}.mjs`),
  csv,
  electionPath(),
];

function measured(approach: string, run: TimedRun): Measurement {
  if (run.status !== 0) return failedRun(approach, run);
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
    rows: number;
    votes: number | null;
    ms: number;
    /** Given by a measure that times only part of its run (the reader in memory: not the file's read). */
    cpuMs?: number;
  };
  const { cpuMs, ...counted } = result;
  return {
    approach,
    ...counted,
    maxRssMb: run.maxRssMb,
    cpuSeconds: cpuMs !== undefined ? cpuMs / 1000 : run.cpuSeconds,
  };
}

const measure = (name: string, csv: string): Measurement => measured(name, timed(measureArgs(name, csv)));

/**
 * The byte scan on both cores: two processes started together, each over half the file, timed until
 * the later one ends. It is the ceiling for anything that splits the file between two threads, and it
 * shows how far this machine's second core adds to the first.
 */
async function measureTwoCoreScan(csv: string, bytes: number): Promise<Measurement> {
  const approach = 'byte-scan-two-cores';
  const half = Math.floor(bytes / 2);
  const started = performance.now();
  const parts = await Promise.all([
    timedConcurrently([...measureArgs('byte-scan', csv), '0', String(half)]),
    timedConcurrently([...measureArgs('byte-scan', csv), String(half), String(bytes)]),
  ]);
  const ms = performance.now() - started;
  const halves = parts.map((run) => measured(approach, run));
  const failed = halves.find((m) => m.failure);
  if (failed) return failed;
  return {
    approach,
    rows: halves[0]!.rows! + halves[1]!.rows! - 1,
    votes: null,
    ms,
    maxRssMb: Math.max(halves[0]!.maxRssMb, halves[1]!.maxRssMb),
    cpuSeconds: halves[0]!.cpuSeconds + halves[1]!.cpuSeconds,
  };
}

function measureCli(approach: string, csv: string): Measurement {
  // bin.mjs rebuilds the bundle when a source is newer: do that outside the measured run.
  spawnSync(
    process.execPath,
    [
      'cli/bin.mjs',
      'check',
      '--election',
      electionPath(),
      '--ballots',
      csv.replace(/(?<!\d)\d+\.csv$/, '1000.csv'),
    ],
    { cwd: root },
  );
  const run = timed(
    [
      process.execPath,
      'cli/bin.mjs',
      'check',
      '--election',
      electionPath(),
      '--ballots',
      csv,
      '--format',
      'json',
    ],
    CLI_RUNS[approach],
  );
  if (run.status !== 0 && run.status !== 1) return failedRun(approach, run);
  const report = JSON.parse(run.stdout) as {
    contests: { candidates: { votes: number }[] }[];
    boxes: { ballotRecords?: number; returned: number | null }[];
  };
  const votes = report.contests.reduce(
    (sum, contest) => sum + contest.candidates.reduce((s, c) => s + c.votes, 0),
    0,
  );
  const rows = report.boxes.reduce((sum, box) => sum + (box.ballotRecords ?? box.returned ?? 0), 0);
  return { approach, rows, votes, ms: run.ms, maxRssMb: run.maxRssMb, cpuSeconds: run.cpuSeconds };
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .filter((line) => line.trim() && !/^\s+\S.*: /.test(line) && !line.startsWith('\tCommand'))
      .at(-1)
      ?.trim() ?? 'failed'
  );
}

const table: string[] = [
  '| rows | file | approach | MB/s | M rows/s | MB per CPU-second | peak RSS | rows read | votes counted |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const [index, rows] of sizes.entries()) {
  process.stderr.write(`generating ${rows} rows … `);
  const csv = await generateBallots(rows);
  await generateBallots(1000); // for the command line's warm-up
  const bytes = statSync(csv).size;
  process.stderr.write(`${(bytes / 1e6).toFixed(0)} MB\n`);
  const clis = Object.keys(CLI_RUNS);
  const approaches =
    index === 0
      ? [
          'byte-scan',
          'byte-scan-two-cores',
          ...MEASURES.slice(1),
          ...(before ? ['reader-in-memory-before'] : []),
          ...clis,
        ]
      : ['byte-scan', 'byte-scan-two-cores', 'count-ballots', ...clis];
  for (const approach of approaches) {
    process.stderr.write(`  ${approach} … `);
    const m =
      approach in CLI_RUNS
        ? measureCli(approach, csv)
        : approach === 'byte-scan-two-cores'
          ? await measureTwoCoreScan(csv, bytes)
          : measure(approach, csv);
    process.stderr.write(m.failure ? `failed: ${m.failure}\n` : `${(m.ms / 1000).toFixed(1)} s\n`);
    const seconds = m.ms / 1000;
    table.push(
      `| ${rows.toLocaleString('en')} | ${(bytes / 1e6).toFixed(0)} MB | ${LABELS[approach]} | ` +
        (m.failure
          ? `failed: ${m.failure} | | | ${m.maxRssMb.toFixed(0)} MB | | |`
          : `${(bytes / 1e6 / seconds).toFixed(0)} | ${(rows / 1e6 / seconds).toFixed(2)} | ${(bytes / 1e6 / m.cpuSeconds).toFixed(0)} | ${m.maxRssMb.toFixed(0)} MB | ${m.rows?.toLocaleString('en') ?? ''} | ${m.votes?.toLocaleString('en') ?? ''} |`),
    );
  }
}
const { loadavg } = await import('node:os');
console.log(
  `Node ${process.version}, ${process.platform} ${process.arch}, load average ${loadavg()[0]!.toFixed(1)}\n`,
);
console.log(table.join('\n'));
