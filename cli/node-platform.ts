import { createReadStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { ByteSource, Hasher, HasherFactory, InputRole } from '../core/index.js';
import type { AuditFile } from '../workers/audit-api.js';
import type { AuditPlatform } from '../workers/audit-service.js';

/** 1 MiB reads: the chunk size at which the byte loop reaches its limit here (docs/performance.md). */
const READ_CHUNK = 1 << 20;

export function openNodeFile(file: AuditFile, role: InputRole): ByteSource {
  if ('path' in file) {
    const { path } = file;
    return {
      name: file.name,
      role,
      size: statSync(path).size,
      chunks: () => createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Uint8Array>,
    };
  }
  if ('bytes' in file) {
    const { bytes } = file;
    return {
      name: file.name,
      role,
      size: bytes.byteLength,
      async *chunks() {
        yield bytes;
      },
    };
  }
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
