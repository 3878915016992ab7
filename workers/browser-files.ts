import type { ByteSource, InputRole } from '../core/index.js';
import { nobleSha256Hasher } from '../core/hash/index.js';
import type { AuditFile } from './audit-api.js';
import type { AuditPlatform } from './audit-service.js';

/**
 * Chunks of a Blob as its stream gives them: the file is never read whole, so a ballots file of
 * several gigabytes costs only a chunk of memory at a time.
 */
async function* streamChunks(blob: Blob): AsyncIterable<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.byteLength > 0) yield value;
    }
  } finally {
    // Stopping early (cancel, or an error found) releases the file.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

export function openBrowserFile(file: AuditFile, role: InputRole): ByteSource {
  if ('blob' in file) {
    const { blob } = file;
    return { name: file.name, role, size: blob.size, chunks: () => streamChunks(blob) };
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
  throw new TypeError(`The browser reads files as Blobs; got a path for ${file.name}`);
}

/** The browser's platform: Blob streams, and SHA-256 from @noble/hashes (WebCrypto cannot hash a stream). */
export const browserPlatform: AuditPlatform = { open: openBrowserFile, hasher: nobleSha256Hasher };
