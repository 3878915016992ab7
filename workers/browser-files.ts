import * as Comlink from 'comlink';
import { bytesSource, PARTS_FROM_BYTES, type ByteSource, type InputRole } from '../core/index.js';
import { nobleSha256Hasher } from '../core/hash/index.js';
import type { AuditFile } from './audit-api.js';
import { blobChunks } from './blob-chunks.js';
import type { AuditPlatform } from './audit-service.js';
import { BackgroundHasher, type HashPort } from './background-hasher.js';
import CountPartWorker from './count-part.worker.ts?worker';
import HashWorker from './hash.worker.ts?worker';
import { partedBlob, WHOLE_DIGEST_MAX_BYTES, type BlobPartCounter } from './parted-blob.js';

/** A worker started with this in its name hashes in its own thread (for measurements). */
const ONE_THREAD = 'one-thread';
/** … with this, hashes every ballot file in a stream in the hash worker, as before WebCrypto (measurements). */
const STREAMED = 'streamed';
/** … with this, hashes with WebCrypto but counts in one worker (measurements). */
const ONE_COUNTER = 'one-counter';

const workerName = (): string => (globalThis as { name?: string }).name ?? '';

/**
 * How a large ballot file picked in the browser is counted: from PARTS_FROM_BYTES up to
 * WHOLE_DIGEST_MAX_BYTES, when a second core and WebCrypto are there, in two parts with WebCrypto's
 * SHA-256 (parted-blob.ts); otherwise in one stream, hashed by the background hasher.
 */
function partsFor(blob: Blob, background?: BackgroundHasher) {
  const name = workerName();
  if (!background || name.includes(STREAMED) || typeof crypto === 'undefined' || !crypto.subtle) return null;
  if (blob.size < PARTS_FROM_BYTES || blob.size > WHOLE_DIGEST_MAX_BYTES) return null;
  const startCounter = () => {
    const worker = new CountPartWorker();
    const failed = new Promise((resolve) => worker.addEventListener('error', resolve, { once: true }));
    return { counter: Comlink.wrap<BlobPartCounter>(worker), terminate: () => worker.terminate(), failed };
  };
  return partedBlob(blob, name.includes(ONE_COUNTER) ? null : startCounter);
}

export function openBrowserFile(file: AuditFile, role: InputRole, background?: BackgroundHasher): ByteSource {
  if ('blob' in file) {
    const { blob } = file;
    const pace = background ? () => background.caughtUp() : undefined;
    const parts = role === 'ballots' ? partsFor(blob, background) : null;
    return {
      name: file.name,
      role,
      size: blob.size,
      chunks: () => blobChunks(blob, pace),
      ...(parts ? { parts } : {}),
    };
  }
  if ('bytes' in file) return bytesSource(file.name, role, file.bytes);
  throw new TypeError(`The browser reads files as Blobs; got a path for ${file.name}`);
}

/** A hash worker when there is a second core to run it on; otherwise hashing stays in this thread. */
function startBackgroundHasher(): BackgroundHasher | null {
  const scope = globalThis as { navigator?: { hardwareConcurrency?: number } };
  if (typeof Worker === 'undefined' || (scope.navigator?.hardwareConcurrency ?? 1) < 2) return null;
  if (workerName().includes(ONE_THREAD)) return null;
  return new BackgroundHasher(new HashWorker() as unknown as HashPort);
}

/**
 * The background hasher to use for the next audit: started on first use; once it has failed (its
 * audit failed with it), none, so that later audits hash in this thread instead of failing too.
 */
export function backgroundHasherSlot(start: () => BackgroundHasher | null): () => BackgroundHasher | null {
  let background: BackgroundHasher | null | undefined;
  return () => {
    if (background === undefined) background = start();
    else if (background?.failed) background = null;
    return background;
  };
}

const backgroundHasher = backgroundHasherSlot(startBackgroundHasher);

/**
 * The browser's platform: Blob streams, and SHA-256 from @noble/hashes (WebCrypto cannot hash a stream),
 * in a second worker when there is one; a large ballot file below WHOLE_DIGEST_MAX_BYTES is hashed
 * whole by WebCrypto and counted by two workers (partsFor).
 */
export const browserPlatform: AuditPlatform = {
  open: (file, role) => openBrowserFile(file, role, backgroundHasher() ?? undefined),
  get hasher() {
    return backgroundHasher()?.hasher ?? nobleSha256Hasher;
  },
};
