// Hashing the inputs in another thread than the one that counts them: the counting side
// (BackgroundHasher) posts a copy of every chunk it reads; the hashing side (serveHashes) answers.
// Each input is one hash, named by a number.
import type { Hasher, HasherFactory } from '../core/index.js';

/** To the hashing thread: a chunk of input `id` (its buffer transferred), or the end of that input. */
export type HashRequest =
  | { readonly type: 'update'; readonly id: number; readonly chunk: Uint8Array }
  | { readonly type: 'digest'; readonly id: number };

/**
 * To the counting thread: a chunk is hashed, its buffer transferred back for the next copy (and the
 * reader may run ahead again), or an input's digest.
 */
export type HashReply =
  | { readonly type: 'hashed'; readonly id: number; readonly chunk: Uint8Array }
  | { readonly type: 'digest'; readonly id: number; readonly hex: string };

/** Bytes handed to the hash worker and not hashed yet, beyond which reading waits for it. */
const MAX_HASH_BACKLOG = 16 << 20;
/** Buffers are made at least this big, the chunk size of both platforms' readers, so they fit the next chunk. */
const MIN_BUFFER = 1 << 20;

/** The part of a Worker (or of a Node MessagePort, adapted) that the background hasher uses. */
export interface HashPort {
  onmessage: ((event: { readonly data: HashReply }) => void) | null;
  onerror: ((event: { readonly message: string }) => void) | null;
  postMessage(message: HashRequest, transfer: Transferable[]): void;
}

/**
 * SHA-256 in another thread — the browser's `hash.worker.ts`, or the command line's main thread, idle
 * while its audit thread counts — so that hashing overlaps with counting on another core.
 * Each chunk is copied and the copy transferred: the reader still needs the original, and a copy costs
 * far less than hashing it. The hashing side transfers each buffer back, and it takes the next copy, so
 * a file of any size goes through the same few buffers (no garbage left for the other thread's collector
 * to find late). Reading waits (`caughtUp`) while the other side is more than 16 MiB behind, so a slow
 * hash cannot pile a whole file up in memory.
 */
export class BackgroundHasher {
  private nextId = 1;
  private backlog = 0;
  private failure: Error | null = null;
  private readonly digests = new Map<number, { resolve(hex: string): void; reject(error: Error): void }>();
  private readonly waiters: (() => void)[] = [];
  /** Buffers back from the hashing side, for the next copies. */
  private readonly spare: ArrayBuffer[] = [];

  constructor(private readonly port: HashPort) {
    port.onmessage = (event) => {
      const reply = event.data;
      if (reply.type === 'hashed') {
        this.backlog -= reply.chunk.byteLength;
        this.spare.push(reply.chunk.buffer as ArrayBuffer);
        if (this.backlog <= MAX_HASH_BACKLOG) this.release();
      } else {
        this.digests.get(reply.id)?.resolve(reply.hex);
        this.digests.delete(reply.id);
      }
    };
    port.onerror = (event) => {
      this.failure = new Error(
        `哈希线程出错（${event.message}），请再运行一次：届时在本线程计算 / ` +
          `the hash worker failed (${event.message}); run the audit again and the hash is computed in this thread`,
      );
      for (const digest of this.digests.values()) digest.reject(this.failure);
      this.digests.clear();
      this.release();
    };
  }

  /** Whether the hashing side has failed: its hashes are lost, and it takes no more. */
  get failed(): boolean {
    return this.failure !== null;
  }

  readonly hasher: HasherFactory = (): Hasher => {
    const id = this.nextId++;
    return {
      update: (chunk) => {
        const copy = this.bufferFor(chunk.byteLength);
        copy.set(chunk);
        this.backlog += copy.byteLength;
        this.port.postMessage({ type: 'update', id, chunk: copy }, [copy.buffer]);
      },
      digestHex: () =>
        new Promise<string>((resolve, reject) => {
          if (this.failure) return reject(this.failure);
          this.digests.set(id, { resolve, reject });
          this.port.postMessage({ type: 'digest', id }, []);
        }),
    };
  };

  /** A spare buffer, or a new one (a buffer of its own: a Node Buffer may be a view into a shared pool). */
  private bufferFor(length: number): Uint8Array {
    const buffer = this.spare.pop();
    if (buffer && buffer.byteLength >= length) return new Uint8Array(buffer, 0, length);
    return new Uint8Array(Math.max(length, MIN_BUFFER)).subarray(0, length);
  }

  /** Resolves once the worker is no more than MAX_HASH_BACKLOG behind; rejects if it failed. */
  async caughtUp(): Promise<void> {
    while (this.backlog > MAX_HASH_BACKLOG && !this.failure)
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
  }

  private release(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/** The hashing thread's end: where requests arrive and replies go. */
export interface HashEndpoint {
  onmessage: ((event: { readonly data: HashRequest }) => void) | null;
  postMessage(reply: HashReply, transfer?: Transferable[]): void;
}

/** Answers a BackgroundHasher's requests with hashes from `hasher`, one per input id. */
export function serveHashes(endpoint: HashEndpoint, hasher: HasherFactory): void {
  const hashes = new Map<number, Hasher>();
  endpoint.onmessage = (event) => {
    const request = event.data;
    if (request.type === 'update') {
      let hash = hashes.get(request.id);
      if (!hash) hashes.set(request.id, (hash = hasher()));
      hash.update(request.chunk);
      endpoint.postMessage({ type: 'hashed', id: request.id, chunk: request.chunk }, [request.chunk.buffer]);
    } else {
      const hash = hashes.get(request.id) ?? hasher();
      hashes.delete(request.id);
      const reply = (hex: string) => endpoint.postMessage({ type: 'digest', id: request.id, hex });
      const hex = hash.digestHex();
      if (typeof hex === 'string') reply(hex);
      else void hex.then(reply);
    }
  };
}
