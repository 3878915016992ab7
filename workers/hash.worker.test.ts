import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { BackgroundHasher, type HashPort } from './background-hasher.js';
import { backgroundHasherSlot } from './browser-files.js';
import type { HashReply, HashRequest } from './background-hasher.js';

/** The worker's side, as hash.worker.ts sets it up on its global scope. */
let workerSide: (event: { data: HashRequest }) => void;
/** Replies the worker posted, delivered only when a test says so (the worker is asynchronous). */
const outbox: HashReply[] = [];

beforeAll(async () => {
  const scope = globalThis as unknown as { postMessage(message: HashReply): void; onmessage: unknown };
  scope.postMessage = (message) => outbox.push(message);
  await import('./hash.worker.js');
  workerSide = scope.onmessage as typeof workerSide;
});

/** A port to the worker module that runs each request at once and holds its replies in the outbox. */
function fakePort(): HashPort & { deliver(): void; transferred: Transferable[] } {
  const port = {
    onmessage: null as HashPort['onmessage'],
    onerror: null as HashPort['onerror'],
    transferred: [] as Transferable[],
    postMessage(message: HashRequest, transfer: Transferable[]) {
      port.transferred.push(...transfer);
      workerSide({ data: structuredClone(message, { transfer }) });
    },
    deliver() {
      for (const reply of outbox.splice(0)) port.onmessage?.({ data: reply } as MessageEvent<HashReply>);
    },
  };
  return port;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('BackgroundHasher with hash.worker', () => {
  test('gives each input the SHA-256 of its chunks, inputs interleaved, chunks left intact', async () => {
    const port = fakePort();
    const background = new BackgroundHasher(port);
    const a = background.hasher();
    const b = background.hasher();
    const chunks = [new TextEncoder().encode('box,ballot\n中心'), new TextEncoder().encode('会场,1\n')];
    a.update(chunks[0]!);
    b.update(chunks[1]!);
    a.update(chunks[1]!);
    // The reader still owns what it passed: only copies are transferred.
    expect(new TextDecoder().decode(chunks[0]!)).toBe('box,ballot\n中心');
    expect(
      port.transferred.every((buffer) => buffer !== chunks[0]!.buffer && buffer !== chunks[1]!.buffer),
    ).toBe(true);
    const digestA = a.digestHex();
    const digestB = b.digestHex();
    port.deliver();
    expect(await digestA).toBe(sha256(new Uint8Array([...chunks[0]!, ...chunks[1]!])));
    expect(await digestB).toBe(sha256(chunks[1]!));
    const empty = background.hasher().digestHex();
    port.deliver();
    expect(await empty).toBe(sha256(new Uint8Array()));
  });

  test('holds reading back while more than 16 MiB wait to be hashed', async () => {
    const port = fakePort();
    const background = new BackgroundHasher(port);
    const hasher = background.hasher();
    hasher.update(new Uint8Array(10 << 20));
    await background.caughtUp(); // 10 MiB behind: go on
    hasher.update(new Uint8Array(10 << 20));
    let resumed = false;
    const waiting = background.caughtUp().then(() => (resumed = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(resumed).toBe(false);
    port.deliver();
    await waiting;
    expect(resumed).toBe(true);
  });

  test('a failed worker fails the digest and the reading, instead of hanging', async () => {
    const port = fakePort();
    const background = new BackgroundHasher(port);
    const hasher = background.hasher();
    hasher.update(new Uint8Array(20 << 20));
    const digest = hasher.digestHex();
    const reading = background.caughtUp();
    outbox.splice(0);
    expect(background.failed).toBe(false);
    port.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(digest).rejects.toThrow('the hash worker failed (out of memory)');
    await expect(digest).rejects.toThrow('哈希线程出错');
    await expect(reading).rejects.toThrow('the hash worker failed');
    expect(background.failed).toBe(true);
  });

  test('after a failed worker, the next audit hashes in its own thread instead of failing too', () => {
    const ports: HashPort[] = [];
    const next = backgroundHasherSlot(() => {
      const port = fakePort();
      ports.push(port);
      return new BackgroundHasher(port);
    });
    const first = next();
    expect(first).not.toBeNull();
    expect(next()).toBe(first); // one worker for every audit while it works
    ports[0]!.onerror?.({ message: 'crashed' } as ErrorEvent);
    expect(next()).toBeNull();
    expect(next()).toBeNull();
    expect(ports).toHaveLength(1);
  });
});
