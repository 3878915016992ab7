import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import {
  bytesSource,
  type ByteSource,
  type Hasher,
  type HasherFactory,
  type InputRole,
} from '../core/index.js';
import type { AuditFile } from '../workers/audit-api.js';
import type { BackgroundHasher } from '../workers/background-hasher.js';
import type { AuditPlatform } from '../workers/audit-service.js';

/** 1 MiB reads: the chunk size at which the byte loop reaches its limit here (docs/performance.md). */
const READ_CHUNK = 1 << 20;

/**
 * Reads a file into two buffers taken in turn, the next read already under way while the caller works on
 * the last chunk: no allocation per chunk (no garbage to collect on a file of gigabytes), and the read
 * overlaps the counting instead of stalling it. Each chunk is valid only until the next is asked for
 * (its buffer is then read into), which suits countBallots (it hashes and copies every chunk before
 * asking for the next) but not readers that keep chunks. Reads are asynchronous so that a cancel
 * message still reaches the worker between chunks. `pace` is awaited before each read (a background
 * hasher catching up).
 */
async function* alternatingBufferChunks(path: string, pace?: () => Promise<void>): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  const buffers = [new Uint8Array(READ_CHUNK), new Uint8Array(READ_CHUNK)];
  let position = 0;
  let next = 0;
  const readInto = (buffer: Uint8Array) => handle.read(buffer, 0, READ_CHUNK, position);
  let pending: Promise<{ bytesRead: number }> | null = readInto(buffers[next]!);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      pending = null;
      if (bytesRead === 0) return;
      const chunk = buffers[next]!.subarray(0, bytesRead);
      position += bytesRead;
      next ^= 1;
      await pace?.();
      pending = readInto(buffers[next]!);
      yield chunk;
    }
  } finally {
    await pending?.catch(() => undefined);
    await handle.close();
  }
}

export function openNodeFile(file: AuditFile, role: InputRole, background?: BackgroundHasher): ByteSource {
  if ('path' in file) {
    const { path } = file;
    return {
      name: file.name,
      role,
      size: statSync(path).size,
      // Only ballot records are large enough to matter, and only countBallots reads them.
      chunks: () =>
        role === 'ballots'
          ? alternatingBufferChunks(path, background ? () => background.caughtUp() : undefined)
          : (createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Uint8Array>),
    };
  }
  if ('bytes' in file) return bytesSource(file.name, role, file.bytes);
  throw new TypeError(`The command line reads files by path; got a Blob for ${file.name}`);
}

/** node:crypto's SHA-256: several times faster than a JavaScript implementation (docs/performance.md). */
export const nodeSha256Hasher: HasherFactory = (): Hasher => {
  const hash = createHash('sha256');
  return {
    update: (chunk) => void hash.update(chunk),
    digestHex: () => hash.digest('hex'),
  };
};

/** Reading and hashing in the calling thread. */
export const nodePlatform: AuditPlatform = { open: openNodeFile, hasher: nodeSha256Hasher };

/** Reading in the calling thread, hashing in the thread at the other end of `background`'s port. */
export function nodePlatformHashingElsewhere(background: BackgroundHasher): AuditPlatform {
  return { open: (file, role) => openNodeFile(file, role, background), hasher: background.hasher };
}
