// `npx tsx bench/browser-hashing.ts [ROWS] [EXTENSION_DIR]`: the built extension's audit worker in
// headless Chromium, recounting bench/data/ballots-ROWS.csv (default 5,000,000 rows) as shipped (below
// WHOLE_DIGEST_MAX_BYTES: WebCrypto's SHA-256 of the file read whole, two counting workers), with
// WebCrypto and one counting worker (a worker named `one-counter`), and with the whole file hashed in
// a stream by @noble/hashes in the hash worker (`streamed`, the design before), alternately, ROUNDS
// times each (environment, default 3). Also times Blob.stream() read alone, WebCrypto's digest alone
// (Blob.arrayBuffer() then digest), @noble/hashes alone in a worker, and two such hash workers at once:
// with a free second core those take no longer than one; without one, no overlap can show; and the
// count-part worker alone over the whole file, no hash: the browser's counting rate per worker. Each run's
// peak memory is sampled every 20 ms from /proc: the resident set of the largest Chromium process (the
// page's renderer, where its workers run) and of all of them.
// AUDIT_ONLY=1 runs the shipped audit alone, COUNT_ONLY=1 the counting worker alone and the shipped
// audit (two builds compared), READS_ONLY=1 the ways of reading the file alone.
// Build the extension first (`npx wxt build`); pass a copy of .output/chrome-mv3 as EXTENSION_DIR
// when other builds may replace it during the run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { unpackedExtensionId } from '../tests/e2e/launch-extension.js';
import { electionPath, generateBallots } from './generate-ballots.js';

/**
 * `measure` of every process below this one (Chromium's browser, renderer and utility processes), from
 * its /proc `stat` and `status`.
 */
function belowThisProcess<T>(measure: (stat: string[], status: string) => T): T[] {
  const parents = new Map<number, number>();
  const measured = new Map<number, T>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      measured.set(Number(entry), measure(fields, readFileSync(`/proc/${entry}/status`, 'utf8')));
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let parent = parents.get(pid); parent !== undefined && parent > 1; parent = parents.get(parent))
      if (parent === process.pid) return true;
    return false;
  };
  return [...measured].filter(([pid]) => below(pid)).map(([, value]) => value);
}

/**
 * CPU seconds (user + system) so far of Chromium's processes. A run's difference is its CPU cost,
 * steadier than wall time on a shared machine.
 */
function chromiumCpuSeconds(): number {
  const ticks = belowThisProcess((stat) => Number(stat[11]) + Number(stat[12]));
  return ticks.reduce((sum, t) => sum + t, 0) / 100; // clock ticks
}

/** Resident memory now, in bytes: Chromium's largest process, and all of them together. */
function chromiumRss(): { largest: number; total: number } {
  const rss = belowThisProcess((_, status) => Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
  return { largest: Math.max(0, ...rss), total: rss.reduce((sum, bytes) => sum + bytes, 0) };
}

/** Samples chromiumRss every 20 ms until stopped; the peaks. */
function rssPeaks(): () => { largest: number; total: number } {
  const peak = { largest: 0, total: 0 };
  const sample = () => {
    const now = chromiumRss();
    peak.largest = Math.max(peak.largest, now.largest);
    peak.total = Math.max(peak.total, now.total);
  };
  sample();
  const timer = setInterval(sample, 20);
  return () => {
    clearInterval(timer);
    sample();
    return peak;
  };
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
const countWorker = asset('count-part.worker-');

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
    // gc() in the page before each run, so that a run's peak is not what an earlier one left.
    '--js-flags=--expose-gc',
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

  /**
   * The count alone: the count-part worker over the whole file (its header row, then every row), no
   * hash, spoken to in comlink's wire format; its progress goes to a port nobody reads. The browser's
   * per-worker counting rate, to set against the command line's.
   */
  const countOnly = () =>
    page.evaluate(
      async ({ worker, election }) => {
        const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
        const head = new Uint8Array(await blob.slice(0, 1 << 16).arrayBuffer());
        const from = head.indexOf(10) + 1;
        const counter = new Worker(worker);
        const progress = new MessageChannel();
        const task = {
          file: 'ballots.csv',
          election: JSON.parse(election) as unknown,
          overvote: 'void-ballot',
          lang: 'en',
          header: head.slice(0, from),
          from,
          to: blob.size,
        };
        const started = performance.now();
        const reply = await new Promise<{ type: string; value: unknown }>((done) => {
          counter.onmessage = (event) => done(event.data);
          counter.postMessage(
            {
              id: 'bench',
              type: 'APPLY',
              path: ['count'],
              argumentList: [
                { type: 'RAW', value: blob },
                { type: 'RAW', value: task },
                { type: 'HANDLER', name: 'proxy', value: progress.port1 },
              ],
            },
            [progress.port1],
          );
        });
        const ms = performance.now() - started;
        counter.terminate();
        const counted = reply.value as { raw?: { rows: number } } | null;
        return { ms, rows: counted?.raw?.rows ?? null };
      },
      { worker: countWorker, election },
    );

  /** WebCrypto alone, in the page: the file read once more as one ArrayBuffer, then digested. */
  const webCryptoOnly = () =>
    page.evaluate(async () => {
      const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
      const started = performance.now();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
      const sha256 = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
      return { ms: performance.now() - started, sha256 };
    });

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

  /** The file read in slices of `size` bytes, each `Blob.slice(…).arrayBuffer()`, in the page. */
  const slicedRead = (size: number) =>
    page.evaluate(async (size) => {
      const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
      const started = performance.now();
      let chunks = 0;
      for (let at = 0; at < blob.size; at += size) {
        await blob.slice(at, at + size).arrayBuffer();
        chunks++;
      }
      return { ms: performance.now() - started, chunks };
    }, size);

  /** Blob.arrayBuffer() alone, in the page: WebCrypto's read without its digest. */
  const wholeRead = () =>
    page.evaluate(async () => {
      const blob = (document.getElementById('bench-ballots') as HTMLInputElement).files![0]!;
      const started = performance.now();
      const buffer = await blob.arrayBuffer();
      return { ms: performance.now() - started, bytes: buffer.byteLength };
    });

  const mb = bytes / 1e6;
  const measured = async <T extends { ms: number }>(run: () => Promise<T>) => {
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    await new Promise((resolve) => setTimeout(resolve, 500));
    const start = chromiumRss();
    const before = chromiumCpuSeconds();
    const peaks = rssPeaks();
    const result = await run();
    const cpu = chromiumCpuSeconds() - before;
    return { ...result, cpu, start, peak: peaks() };
  };
  const megabytes = (n: number) => `${(n / 2 ** 20).toFixed(0)}`;
  const line = (
    label: string,
    result: {
      ms: number;
      cpu: number;
      start: { largest: number; total: number };
      peak: { largest: number; total: number };
    },
    extra = '',
  ) =>
    console.log(
      `| ${label} | ${(result.ms / 1000).toFixed(2)} s | ${(mb / (result.ms / 1000)).toFixed(0)} | ${result.cpu.toFixed(2)} s | ${megabytes(result.peak.largest)} (+${megabytes(result.peak.largest - result.start.largest)}) / ${megabytes(result.peak.total)} (+${megabytes(result.peak.total - result.start.total)}) MiB | ${extra} |`,
    );
  const idle = chromiumRss();
  console.log(
    `${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB, ${await page.evaluate(() => navigator.userAgent)}`,
  );
  console.log(
    `idle: largest process ${megabytes(idle.largest)} MiB, all ${megabytes(idle.total)} MiB; load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    '| run | wall | MB/s (wall) | Chromium CPU | peak RSS (rise in the run), largest process / all | check |\n|---|---|---|---|---|---|',
  );
  const rounds = Number(process.env['ROUNDS'] ?? 3);
  // AUDIT_ONLY=1: the audit as shipped alone (the memory series over several file sizes).
  const auditOnly = process.env['AUDIT_ONLY'] === '1';
  // COUNT_ONLY=1: the counting worker alone and the audit as shipped (comparing two builds of the count).
  const countOnlyRuns = process.env['COUNT_ONLY'] === '1';
  for (let run = 0; run < rounds; run++) {
    if (process.env['READS_ONLY'] === '1') {
      const read = await measured(readOnly);
      line('Blob.stream() read alone', read, `${read.chunks} chunks`);
      for (const size of [1 << 20, 4 << 20]) {
        const sliced = await measured(() => slicedRead(size));
        line(`Blob.slice() reads of ${size >> 20} MiB`, sliced, `${sliced.chunks} chunks`);
      }
      const whole = await measured(wholeRead);
      line('Blob.arrayBuffer() alone', whole, '');
      continue;
    }
    if (countOnlyRuns) {
      const counted = await measured(countOnly);
      line(
        'one counting worker alone, whole file, no hash',
        counted,
        `${counted.rows?.toLocaleString('en')} rows`,
      );
      const result = await measured(() => audit('bench'));
      line(
        'audit as shipped',
        result,
        result.failure ??
          `${result.votes?.toLocaleString('en')} votes, sha256 ${result.sha256?.slice(0, 12)}`,
      );
      continue;
    }
    for (const [label, name] of [
      ['audit as shipped', 'bench'],
      ['audit, WebCrypto, one counting worker', 'bench one-counter'],
      ['audit, streamed @noble/hashes in a second worker (before)', 'bench streamed'],
    ] as const) {
      if (auditOnly && name !== 'bench') continue;
      const result = await measured(() => audit(name));
      line(
        label,
        result,
        result.failure ??
          `${result.votes?.toLocaleString('en')} votes, sha256 ${result.sha256?.slice(0, 12)}`,
      );
    }
    if (auditOnly) continue;
    const counted = await measured(countOnly);
    line(
      'one counting worker alone, whole file, no hash',
      counted,
      `${counted.rows?.toLocaleString('en')} rows`,
    );
    const read = await measured(readOnly);
    line('Blob.stream() read alone', read, `${read.chunks} chunks`);
    const whole = await measured(webCryptoOnly);
    line('Blob.arrayBuffer() + WebCrypto digest alone', whole, `sha256 ${whole.sha256.slice(0, 12)}`);
    const hashed = await measured(hashOnly);
    line('@noble/hashes alone in a worker', hashed, `sha256 ${hashed.sha256.slice(0, 12)}`);
    // Is there a second core to overlap on? Two such workers at once take the same wall time if so.
    const twice = await measured(async () => {
      const started = performance.now();
      await Promise.all([hashOnly(), hashOnly()]);
      return { ms: performance.now() - started };
    });
    line('two hash workers at once (twice the bytes)', twice, 'spare-core check');
  }
  console.log(
    `\nload average at the end: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
