// Two worker threads, each counting one half of the file split at a line feed, merged through the
// tally monoid: does a second thread pay on this machine? The first thread also hashes the second half,
// since SHA-256 cannot be split. Repeats of a (box, ballot) across the two halves are NOT detected here:
// shipping this would need the halves' id sets merged as well, which only adds to its cost.
import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { nodeSha256Hasher } from '../../cli/node-platform.js';
import {
  BLANK,
  countBallots,
  emptyTally,
  mergeTallies,
  type ByteSource,
  type Election,
  type ElectionTally,
  type HasherFactory,
} from '../../core/index.js';

const CHUNK = 1 << 20;

interface Half {
  readonly path: string;
  readonly election: Election;
  readonly header: Uint8Array;
  /** Byte range of the data rows this thread counts. */
  readonly from: number;
  readonly to: number;
  /** The first thread hashes the whole file: its own range, then the rest. */
  readonly hashWhole: boolean;
}

async function* rangeChunks(path: string, header: Uint8Array | null, from: number, to: number) {
  if (header) yield header;
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK);
    for (let at = from; at < to;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, to - at), at);
      if (bytesRead === 0) return;
      at += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function countHalf(half: Half): Promise<{ tally: ElectionTally; rows: number; sha256: string | null }> {
  const whole = half.hashWhole ? nodeSha256Hasher() : null;
  // Hash exactly the file's bytes: the header belongs to the first range only.
  const hasher: HasherFactory = () => ({
    update: (chunk) => whole?.update(chunk),
    digestHex: () => '',
  });
  const source: ByteSource = {
    name: 'ballots.csv',
    role: 'ballots',
    chunks: () => rangeChunks(half.path, half.from === 0 ? null : half.header, half.from, half.to),
  };
  const result = await countBallots(source, half.election, { overvote: 'void-ballot', lang: 'en', hasher });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  if (whole) {
    const size = statSync(half.path).size;
    for await (const chunk of rangeChunks(half.path, null, half.to, size)) whole.update(chunk);
  }
  return { tally: result.value.tally, rows: result.value.rows, sha256: (await whole?.digestHex()) ?? null };
}

if (!isMainThread) {
  parentPort!.postMessage(await countHalf(workerData as Half));
} else {
  const [path, electionFile] = process.argv.slice(2);
  const election = JSON.parse(readFileSync(electionFile!, 'utf8')) as Election;
  const started = performance.now();
  const size = statSync(path!).size;
  // Split at the first line feed after the middle; the second half gets the header row prepended.
  const handle = await open(path!, 'r');
  const probe = new Uint8Array(1 << 16);
  await handle.read(probe, 0, probe.length, 0);
  const header = probe.subarray(0, probe.indexOf(0x0a) + 1).slice();
  const middle = Math.floor(size / 2);
  await handle.read(probe, 0, probe.length, middle);
  await handle.close();
  const split = middle + probe.indexOf(0x0a) + 1;
  const halves: Half[] = [
    { path: path!, election, header, from: 0, to: split, hashWhole: true },
    { path: path!, election, header, from: split, to: size, hashWhole: false },
  ];
  const results = await Promise.all(
    halves.map(
      (half) =>
        new Promise<Awaited<ReturnType<typeof countHalf>>>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: half });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const tally = results.reduce((sum, half) => mergeTallies(sum, half.tally), emptyTally());
  const ms = performance.now() - started;
  let votes = 0;
  for (const box of tally.boxes.values())
    for (const counts of box.contests.values())
      for (const [name, n] of counts) if (name !== BLANK) votes += n;
  const rows = results.reduce((sum, half) => sum + half.rows, 0);
  console.log(JSON.stringify({ rows, votes, ms, sha256: results[0]!.sha256 }));
}
