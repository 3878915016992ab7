import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import {
  bytesSource,
  type BallotPartCount,
  type BallotPartTask,
  type ByteSource,
  type PartedBallotFile,
  type PartProgress,
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
 * hasher catching up). Reads bytes [from, to) of the file.
 */
export async function* alternatingBufferChunks(
  path: string,
  pace?: () => Promise<void>,
  from = 0,
  to = Infinity,
): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  const buffers = [new Uint8Array(READ_CHUNK), new Uint8Array(READ_CHUNK)];
  let position = from;
  let next = 0;
  const readInto = (buffer: Uint8Array) =>
    handle.read(buffer, 0, Math.min(READ_CHUNK, Math.max(0, to - position)), position);
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

/** What another thread does for a large ballot file: count part of it, and hash it whole. */
export interface PartHelpers {
  /** Files from this size up are offered in parts. */
  readonly partsFrom: number;
  countPart(
    path: string,
    task: BallotPartTask,
    onProgress: (progress: PartProgress) => void,
    signal: AbortSignal,
  ): Promise<BallotPartCount | null>;
  sha256(path: string): Promise<string>;
}

export function openNodeFile(
  file: AuditFile,
  role: InputRole,
  background?: BackgroundHasher,
  helpers?: PartHelpers,
): ByteSource {
  if ('path' in file) {
    const { path } = file;
    const size = statSync(path).size;
    const parts: PartedBallotFile | null =
      role === 'ballots' && helpers && size >= helpers.partsFrom
        ? {
            size,
            read: (from, to) => alternatingBufferChunks(path, undefined, from, to),
            sha256: () => helpers.sha256(path),
            countPart: (task, onProgress, signal) => helpers.countPart(path, task, onProgress, signal),
          }
        : null;
    return {
      name: file.name,
      role,
      size,
      // Only ballot records are large enough to matter, and only countBallots reads them.
      chunks: () =>
        role === 'ballots'
          ? alternatingBufferChunks(path, background ? () => background.caughtUp() : undefined)
          : (createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Uint8Array>),
      ...(parts ? { parts } : {}),
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

/**
 * Reading in the calling thread, hashing in the thread at the other end of `background`'s port, and a
 * large ballot file counted in two parts with `helpers`, when given.
 */
export function nodePlatformHashingElsewhere(
  background: BackgroundHasher,
  helpers?: PartHelpers,
): AuditPlatform {
  return { open: (file, role) => openNodeFile(file, role, background, helpers), hasher: background.hasher };
}
