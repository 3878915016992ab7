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
import type { AuditPlatform } from '../workers/audit-service.js';

/** 1 MiB reads: the chunk size at which the byte loop reaches its limit here (docs/performance.md). */
const READ_CHUNK = 1 << 20;

/**
 * Reads a file into one buffer, again and again: no allocation per chunk, so no garbage to collect on a
 * file of gigabytes. Each chunk is valid only until the next is asked for, which suits countBallots
 * (it hashes and copies every chunk before asking for the next) but not readers that keep chunks.
 * Reads are asynchronous so that a cancel message still reaches the worker between chunks.
 */
async function* reusedBufferChunks(path: string): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

export function openNodeFile(file: AuditFile, role: InputRole): ByteSource {
  if ('path' in file) {
    const { path } = file;
    return {
      name: file.name,
      role,
      size: statSync(path).size,
      // Only ballot records are large enough to matter, and only countBallots reads them.
      chunks: () =>
        role === 'ballots'
          ? reusedBufferChunks(path)
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

export const nodePlatform: AuditPlatform = { open: openNodeFile, hasher: nodeSha256Hasher };
