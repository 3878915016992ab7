import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  countBallotPart,
  countBallots,
  nobleSha256Hasher,
  type BallotCount,
  type Result,
} from '../core/index.js';
import { chunkedSource, testElection, utf8 } from '../core/ballots/testing/ballot-sources.js';
import { partedBlob, type StartedCounter } from './parted-blob.js';

const options = { overvote: 'void-ballot', lang: 'en', hasher: nobleSha256Hasher } as const;

/** A plain ballot file of `rows` rows over four boxes (ballots numbered per box). */
function ballotFile(rows: number): Uint8Array {
  const names = ['王林', '李华', '张伟'];
  let text = 'box,ballot,void,chair,vice-chair,member\n';
  for (let i = 0; i < rows; i++)
    text += `box-${i % 4},${Math.floor(i / 4) + 1},,${names[i % 3]},${i % 7 === 0 ? '' : '周青'},陈梅|刘洋\n`;
  return utf8(text);
}

/** The count as plain data, maps as entry lists so that their order counts too. */
function snapshot(result: Result<BallotCount>) {
  if (!result.ok) return { errors: result.errors };
  const { tally, findings, rows, sha256, bytes, boxes, uncertain } = result.value;
  const votes = [...tally.boxes].map(([box, v]) => [box, [...v.contests].map(([id, c]) => [id, [...c]])]);
  const doubt = { ...uncertain, boxes: [...uncertain.boxes] };
  return { votes, findings, rows, sha256, bytes, boxes: [...boxes], uncertain: doubt };
}

/** A second counter running in this thread, as the worker would; records what it was asked. */
function inThreadCounter(asked: string[]): () => StartedCounter {
  return () => ({
    counter: {
      count: (blob, task, onProgress) => {
        asked.push(`${task.from}-${task.to}`);
        async function* chunks() {
          yield new Uint8Array(await blob.slice(task.from, task.to).arrayBuffer());
        }
        return countBallotPart(task, chunks(), onProgress);
      },
    },
    terminate: () => asked.push('terminated'),
  });
}

describe('partedBlob', () => {
  const bytes = ballotFile(20_000);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('hashes the whole file with WebCrypto: the plain SHA-256 of its bytes', async () => {
    await expect(partedBlob(blob, null).sha256()).resolves.toBe(sha256);
  });

  it('counts in two parts exactly what one stream counts, with the same SHA-256', async () => {
    const asked: string[] = [];
    const source = { ...chunkedSource(bytes, [65_536]), parts: partedBlob(blob, inThreadCounter(asked)) };
    const parted = await countBallots(source, testElection, options);
    const single = await countBallots(chunkedSource(bytes, [65_536]), testElection, options);
    expect(parted.ok && parted.value.parts).toBe(2);
    expect(snapshot(parted)).toEqual(snapshot(single));
    expect(snapshot(parted)).toMatchObject({ sha256 });
    expect(asked).toEqual([expect.stringMatching(/^\d+-\d+$/), 'terminated']);
  });

  it('with ballots repeated across the parts, identical and differing, counts what one stream counts', async () => {
    // Ballot 3 of box-0 again for another chair (李华, where it chose 张伟); ballot 7 of box-1 again, the same.
    const repeats = utf8('box-0,3,,李华,周青,陈梅|刘洋\nbox-1,7,,李华,周青,陈梅|刘洋\n');
    const both = new Uint8Array(bytes.length + repeats.length);
    both.set(bytes);
    both.set(repeats, bytes.length);
    const source = {
      ...chunkedSource(both, [65_536]),
      parts: partedBlob(new Blob([both as Uint8Array<ArrayBuffer>]), inThreadCounter([])),
    };
    const parted = await countBallots(source, testElection, options);
    const single = await countBallots(chunkedSource(both, [4_096]), testElection, options);
    expect(snapshot(parted)).toEqual(snapshot(single));
    expect(snapshot(parted)).toMatchObject({ uncertain: { ballots: 1, records: 2 } });
    expect(parted.ok && parted.value.findings.map((finding) => finding.found)).toEqual(['3', '7']);
  });

  it('without a second counter, reads the second part itself: one part, the same count', async () => {
    const source = { ...chunkedSource(bytes, [65_536]), parts: partedBlob(blob, null) };
    const result = await countBallots(source, testElection, options);
    expect(result.ok && result.value.parts).toBe(1);
    expect(snapshot(result)).toEqual(
      snapshot(await countBallots(chunkedSource(bytes), testElection, options)),
    );
  });

  it('on cancel, stops the second counter and takes nothing from it', async () => {
    const asked: string[] = [];
    const stop = new AbortController();
    const never: () => StartedCounter = () => ({
      counter: { count: () => new Promise(() => undefined) },
      terminate: () => asked.push('terminated'),
    });
    const task = {
      ...options,
      file: 'ballots.csv',
      election: testElection,
      header: bytes.slice(0, bytes.indexOf(0x0a) + 1),
      from: 100,
      to: bytes.length,
    };
    const counted = partedBlob(blob, never).countPart(task, () => undefined, stop.signal);
    stop.abort();
    await expect(counted).resolves.toBeNull();
    expect(asked).toEqual(['terminated']);
  });

  it('when the second worker fails to start, takes nothing from it (the audit worker reads on)', async () => {
    const asked: string[] = [];
    const broken: () => StartedCounter = () => ({
      counter: { count: () => new Promise(() => undefined) },
      terminate: () => asked.push('terminated'),
      failed: Promise.resolve(),
    });
    const source = { ...chunkedSource(bytes, [65_536]), parts: partedBlob(blob, broken) };
    const result = await countBallots(source, testElection, options);
    expect(result.ok && result.value.parts).toBe(1);
    expect(snapshot(result)).toMatchObject({ sha256 });
    expect(asked).toContain('terminated');
  });
});
