// A large ballot file counted in two parts by the command line: the same report as one counting thread
// gives, through the real second thread (dist/cli/count-part-thread.mjs) and the main thread's hasher.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { countBallots, type Election } from '../../core/index.js';
import { nodeSha256Hasher, openNodeFile } from '../../cli/node-platform.js';
import { partHelpers } from '../../cli/part-helpers.js';
import { fileHasher } from '../../cli/whole-file-hash.js';
import { copiedRow, sampleBallotRows, writeRepeatedBallots, type Renumber } from '../repeated-ballots.js';
import { projectRoot, runCli, sample } from './run-cli.js';

const election = JSON.parse(readFileSync(sample('election.json'), 'utf8')) as Election;
/**
 * Copy k adds k × 10⁶ to the sample's ballot numbers: numbers still, as in real files, so the parts'
 * duplicate test goes through the bitmap pages handed between threads.
 */
const renumber: Renumber = (copy, ballot) => String(copy * 1_000_000 + Number(ballot)).padStart(8, '0');

/** The sample's ballots 40 times over (about 4 MiB), then `extra` rows. */
function largeBallotFile(extra: readonly string[] = []): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tallywitness-parts-')), 'ballots.csv');
  writeRepeatedBallots(path, 40, { extra, renumber });
  return path;
}

/** A row of copy 0 again: a repeat that lies in the second part, its first occurrence in the first. */
const repeatOfFirstCopy = copiedRow(sampleBallotRows[10]!, 0, renumber);

const checkFlags = (ballots: string) => [
  'check',
  '--election',
  sample('election.json'),
  '--boxes',
  sample('boxes.csv'),
  '--ballots',
  ballots,
  '--format',
  'json',
];

// Each test starts the command line (and its counting threads) several times: on a busy two-core machine
// that takes longer than vitest's default 5 s, so the bound is wider; nothing here is timed.
describe('the command line, counting a ballot file in two parts', { timeout: 60_000 }, () => {
  let clean: string;
  beforeAll(async () => {
    clean = largeBallotFile();
    // Builds dist/cli if a source is newer, so the second thread's module below is current. Exit 1: 40
    // copies of the sample's ballots are more than its 2,100 voters (BALLOT_ACCOUNTING_MISMATCH).
    expect((await runCli(['check', '--election', sample('election.json'), '--ballots', clean])).status).toBe(
      1,
    );
  });

  it('prints the very report one counting thread prints, with the file’s SHA-256', async () => {
    // A ballot of the first copy again at the end: in the second part, already in the first.
    const repeated = largeBallotFile([repeatOfFirstCopy]);
    // The same ballot (void) again, choosing a chair this time: records that differ, told apart by
    // reading the file again.
    const differing = largeBallotFile([
      repeatOfFirstCopy.replace(/^([^,]*,[^,]*),.*$/, '$1,,liu-guoqiang,,'),
    ]);
    for (const ballots of [clean, repeated, differing]) {
      const inParts = await runCli(checkFlags(ballots), { TALLYWITNESS_PARTS_FROM: '0' });
      const oneThread = await runCli(checkFlags(ballots), { TALLYWITNESS_PARTS_FROM: String(2 ** 40) });
      expect(inParts.stderr).toBe('');
      expect(inParts.stdout).toBe(oneThread.stdout);
      expect(inParts.status).toBe(oneThread.status);
      const report = JSON.parse(inParts.stdout) as { inputs: { role: string; sha256: string }[] };
      const sha256 = createHash('sha256').update(readFileSync(ballots)).digest('hex');
      expect(report.inputs.find((input) => input.role === 'ballots')?.sha256).toBe(sha256);
    }
    const findings = (
      JSON.parse((await runCli(checkFlags(repeated))).stdout) as { findings: { code: string }[] }
    ).findings;
    expect(findings.filter((finding) => finding.code === 'DUPLICATE_BALLOT')).toHaveLength(1);
    const differ = (
      JSON.parse((await runCli(checkFlags(differing), { TALLYWITNESS_PARTS_FROM: '0' })).stdout) as {
        findings: { code: string; messages: { en: string } }[];
      }
    ).findings.filter((finding) => finding.code === 'DUPLICATE_BALLOT');
    expect(differ).toHaveLength(1);
    expect(differ[0]!.messages.en).toContain('the records differ: it is counted once, as line 12 records it');
  });

  it('names the same bad line as one thread, whichever part it lies in', async () => {
    for (const at of [5, 30 * sampleBallotRows.length]) {
      const path = largeBallotFile();
      const lines = readFileSync(path, 'utf8').split('\n');
      lines[at] = lines[at]!.replace(/^([^,]+),(\d+),/, '$1,$2,7,'); // a void mark of 7, and a cell too many
      writeFileSync(path, lines.join('\n'));
      const inParts = await runCli(checkFlags(path), { TALLYWITNESS_PARTS_FROM: '0' });
      const oneThread = await runCli(checkFlags(path), { TALLYWITNESS_PARTS_FROM: String(2 ** 40) });
      expect(inParts.status).toBe(2);
      expect(inParts.stderr).toBe(oneThread.stderr);
      expect(inParts.stderr).toContain(`:${at + 1}:`);
    }
  });

  it('merges the second thread’s count when the parts share no ballot, and reads on when they do', async () => {
    const counting = new MessageChannel();
    const hashing = new MessageChannel();
    Comlink.expose(fileHasher(new AbortController().signal), nodeEndpoint(hashing.port1));
    const thread = new Worker(join(projectRoot, 'dist', 'cli', 'count-part-thread.mjs'), {
      workerData: { port: counting.port2 },
      transferList: [counting.port2],
    });
    const helpers = partHelpers({ counterPort: counting.port1, fileHashPort: hashing.port2, partsFrom: 0 });
    const options = { overvote: 'void-ballot', lang: 'en', hasher: nodeSha256Hasher } as const;
    try {
      const repeated = largeBallotFile([repeatOfFirstCopy]);
      for (const [path, parts] of [
        [clean, 2],
        [repeated, 1],
      ] as const) {
        const file = { name: 'ballots.csv', path };
        const inParts = await countBallots(
          openNodeFile(file, 'ballots', undefined, helpers),
          election,
          options,
        );
        const oneThread = await countBallots(openNodeFile(file, 'ballots'), election, options);
        if (!inParts.ok || !oneThread.ok) throw new Error('unexpected input error');
        expect(inParts.value.parts).toBe(parts);
        expect(oneThread.value.parts).toBe(1);
        const { parts: _, ...counted } = inParts.value;
        const { parts: __, ...expected } = oneThread.value;
        expect(counted).toEqual(expected);
      }
    } finally {
      hashing.port1.close();
      counting.port1.close();
      await thread.terminate();
    }
  });
});
