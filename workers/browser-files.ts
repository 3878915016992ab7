import { bytesSource, type ByteSource, type InputRole } from '../core/index.js';
import { nobleSha256Hasher } from '../core/hash/index.js';
import type { AuditFile } from './audit-api.js';
import { blobChunks } from './blob-chunks.js';
import type { AuditPlatform } from './audit-service.js';
import { BackgroundHasher, type HashPort } from './background-hasher.js';
import HashWorker from './hash.worker.ts?worker';

/** A worker started with this in its name hashes in its own thread (for measurements). */
const ONE_THREAD = 'one-thread';

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
 * in a second worker when there is one.
 */
export const browserPlatform: AuditPlatform = {
  open: (file, role) => openBrowserFile(file, role, backgroundHasher() ?? undefined),
  get hasher() {
    return backgroundHasher()?.hasher ?? nobleSha256Hasher;
  },
};
