// `npx tsx bench/browser-hashing.ts [ROWS] [EXTENSION_DIR]`: the built extension's audit worker in
// headless Chromium, recounting bench/data/ballots-ROWS.csv (default 5,000,000 rows) with SHA-256 in a
// second worker (as shipped) and in the audit worker itself (a worker named `one-thread`), alternately,
// three times each. Also times reading alone, @noble/hashes alone in a worker, and two hash workers at
// once: with a free second core those take no longer than one; without one, no overlap can show.
// Build the extension first (`npx wxt build`); pass a copy of .output/chrome-mv3 as EXTENSION_DIR
// when other builds may replace it during the run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { unpackedExtensionId } from '../tests/e2e/launch-extension.js';
import { electionPath, generateBallots } from './generate-ballots.js';

/**
 * CPU seconds (user + system) so far of every process below this one: Chromium's browser, renderer and
 * utility processes. A run's difference is its CPU cost, steadier than wall time on a shared machine.
 */
function chromiumCpuSeconds(): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let parent = parents.get(pid); parent !== undefined && parent > 1; parent = parents.get(parent))
      if (parent === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, t] of ticks) if (below(pid)) total += t;
  return total / 100; // clock ticks
}

const rows = Number(process.argv[2] ?? 5_000_000);
const extensionDir = resolve(process.argv[3] ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3'));
const assets = readdirSync(join(extensionDir, 'assets'));
const asset = (prefix: string): string => {
  const name = assets.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
  if (!name) throw new Error(`no ${prefix}*.js in ${extensionDir}/assets: build the extension first`);
  return `/assets/${name}`;
};
const auditWorker = asset('audit.worker-');
const hashWorker = asset('hash.worker-');

const csv = await generateBallots(rows);
const bytes = statSync(csv).size;
const election = readFileSync(electionPath(), 'utf8');

const userDataDir = mkdtempSync(join(tmpdir(), 'tallywitness-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env['TALLYWITNESS_CHROMIUM'] || '/usr/bin/chromium',
  headless: false,
  args: [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
  ],
});
try {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${unpackedExtensionId(extensionDir)}/verify.html`);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-ballots';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-ballots', csv);

  /** One audit in a fresh audit worker, spoken to in comlink's wire format; milliseconds and the outcome. */
  const audit = (name: string) =>
    page.evaluate(
      async ({ worker, name, election }) => {
        const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
        const audit = new Worker(worker, { name });
        const request = {
          election: { name: 'election.json', bytes: new TextEncoder().encode(election) },
          ballots: { name: 'ballots.csv', blob },
          lang: 'en',
        };
        const started = performance.now();
        const reply = await new Promise<{ type: string; value: unknown }>((done) => {
          audit.onmessage = (event) => done(event.data);
          audit.postMessage({
            id: 'bench',
            type: 'APPLY',
            path: ['audit'],
            argumentList: [{ type: 'RAW', value: request }],
          });
        });
        const ms = performance.now() - started;
        audit.terminate();
        const outcome = reply.value as {
          ok: boolean;
          report?: {
            inputs: { name: string; sha256: string }[];
            contests: { candidates: { votes: number }[] }[];
          };
        };
        if (!outcome.ok) return { ms, failure: JSON.stringify(reply.value).slice(0, 300) };
        let votes = 0;
        for (const contest of outcome.report!.contests)
          for (const candidate of contest.candidates) votes += candidate.votes;
        const sha256 = outcome.report!.inputs.find((input) => input.name === 'ballots.csv')?.sha256;
        return { ms, votes, sha256 };
      },
      { worker: auditWorker, name, election },
    );

  /** @noble/hashes alone over the file, in the hash worker, chunks as Blob.stream() gives them. */
  const hashOnly = () =>
    page.evaluate(async (worker) => {
      const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
      const hash = new Worker(worker);
      const started = performance.now();
      const reader = blob.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        hash.postMessage({ type: 'update', id: 1, chunk: value }, [value.buffer]);
      }
      const hex = await new Promise<string>((done) => {
        hash.onmessage = (event) => {
          if (event.data.type === 'digest') done(event.data.hex);
        };
        hash.postMessage({ type: 'digest', id: 1 });
      });
      const ms = performance.now() - started;
      hash.terminate();
      return { ms, sha256: hex };
    }, hashWorker);

  /** Blob.stream() alone, in the page: what reading costs before any counting or hashing. */
  const readOnly = () =>
    page.evaluate(async () => {
      const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
      const started = performance.now();
      const reader = blob.stream().getReader();
      let chunks = 0;
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
        chunks++;
      }
      return { ms: performance.now() - started, chunks };
    });

  const mb = bytes / 1e6;
  const measured = async <T extends { ms: number }>(run: () => Promise<T>) => {
    const before = chromiumCpuSeconds();
    const result = await run();
    return { ...result, cpu: chromiumCpuSeconds() - before };
  };
  const line = (label: string, ms: number, cpu: number, extra = '') =>
    console.log(
      `| ${label} | ${(ms / 1000).toFixed(2)} s | ${(mb / (ms / 1000)).toFixed(0)} | ${cpu.toFixed(2)} s | ${(mb / cpu).toFixed(0)} | ${extra} |`,
    );
  console.log(
    `${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB, ${await page.evaluate(() => navigator.userAgent)}\n`,
  );
  console.log(
    '| run | wall | MB/s (wall) | Chromium CPU | MB per CPU-second | check |\n|---|---|---|---|---|---|',
  );
  for (let run = 0; run < 3; run++) {
    for (const [label, name] of [
      ['audit, SHA-256 in a second worker', 'bench'],
      ['audit, SHA-256 in the audit worker', 'bench one-thread'],
    ] as const) {
      const result = await measured(() => audit(name));
      line(
        label,
        result.ms,
        result.cpu,
        result.failure ??
          `${result.votes?.toLocaleString('en')} votes, sha256 ${result.sha256?.slice(0, 12)}`,
      );
    }
    const read = await measured(readOnly);
    line('Blob.stream() read alone', read.ms, read.cpu, `${read.chunks} chunks`);
    const hashed = await measured(hashOnly);
    line('@noble/hashes alone in a worker', hashed.ms, hashed.cpu, `sha256 ${hashed.sha256.slice(0, 12)}`);
    // Is there a second core to overlap on? Two such workers at once take the same wall time if so.
    const twice = await measured(async () => {
      const started = performance.now();
      await Promise.all([hashOnly(), hashOnly()]);
      return { ms: performance.now() - started };
    });
    line('two hash workers at once (twice the bytes)', twice.ms, twice.cpu, 'spare-core check');
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
