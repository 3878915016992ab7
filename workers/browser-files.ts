import {
  bytesSource,
  type ByteSource,
  type Hasher,
  type HasherFactory,
  type InputRole,
} from '../core/index.js';
import { nobleSha256Hasher } from '../core/hash/index.js';
import type { AuditFile } from './audit-api.js';
import { blobChunks } from './blob-chunks.js';
import type { AuditPlatform } from './audit-service.js';
import type { HashReply, HashRequest } from './hash.worker.js';
import HashWorker from './hash.worker.ts?worker';

/** Bytes handed to the hash worker and not hashed yet, beyond which reading waits for it. */
const MAX_HASH_BACKLOG = 16 << 20;
/** A worker started with this in its name hashes in its own thread (for measurements). */
const ONE_THREAD = 'one-thread';

/** The part of a Worker that the background hasher uses. */
export interface HashPort {
  onmessage: ((event: MessageEvent<HashReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: HashRequest, transfer: Transferable[]): void;
}

/**
 * SHA-256 in a second worker (`hash.worker.ts`), so that hashing overlaps with counting on another core.
 * Each chunk is copied and the copy transferred: the reader still needs the original, and a copy costs
 * far less than hashing it. Reading waits (`caughtUp`) while the worker is more than 16 MiB behind, so
 * a slow hash cannot pile a whole file up in memory.
 */
export class BackgroundHasher {
  private nextId = 1;
  private backlog = 0;
  private failure: Error | null = null;
  private readonly digests = new Map<number, { resolve(hex: string): void; reject(error: Error): void }>();
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly port: HashPort) {
    port.onmessage = (event) => {
      const reply = event.data;
      if (reply.type === 'hashed') {
        this.backlog -= reply.bytes;
        if (this.backlog <= MAX_HASH_BACKLOG) this.release();
      } else {
        this.digests.get(reply.id)?.resolve(reply.hex);
        this.digests.delete(reply.id);
      }
    };
    port.onerror = (event) => {
      this.failure = new Error(`the hash worker failed: ${event.message}`);
      for (const digest of this.digests.values()) digest.reject(this.failure);
      this.digests.clear();
      this.release();
    };
  }

  readonly hasher: HasherFactory = (): Hasher => {
    const id = this.nextId++;
    return {
      update: (chunk) => {
        const copy = chunk.slice();
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

export function openBrowserFile(file: AuditFile, role: InputRole, background?: BackgroundHasher): ByteSource {
  if ('blob' in file) {
    const { blob } = file;
    const pace = background ? () => background.caughtUp() : undefined;
    return { name: file.name, role, size: blob.size, chunks: () => blobChunks(blob, pace) };
  }
  if ('bytes' in file) return bytesSource(file.name, role, file.bytes);
  throw new TypeError(`The browser reads files as Blobs; got a path for ${file.name}`);
}

/** A hash worker when there is a second core to run it on; otherwise hashing stays in this thread. */
function startBackgroundHasher(): BackgroundHasher | null {
  const scope = globalThis as { name?: string; navigator?: { hardwareConcurrency?: number } };
  if (typeof Worker === 'undefined' || (scope.navigator?.hardwareConcurrency ?? 1) < 2) return null;
  if (scope.name?.includes(ONE_THREAD)) return null;
  return new BackgroundHasher(new HashWorker() as unknown as HashPort);
}

let background: BackgroundHasher | null | undefined;
function backgroundHasher(): BackgroundHasher | null {
  if (background === undefined) background = startBackgroundHasher();
  return background;
}

/**
 * The browser's platform: Blob streams, and SHA-256 from @noble/hashes (WebCrypto cannot hash a stream),
 * in a second worker when there is one.
 */
export const browserPlatform: AuditPlatform = {
  open: (file, role) => openBrowserFile(file, role, backgroundHasher() ?? undefined),
  get hasher() {
    return backgroundHasher()?.hasher ?? nobleSha256Hasher;
  },
};
