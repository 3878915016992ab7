import { stat } from 'node:fs/promises';
import { alternatingBufferChunks, nodeSha256Hasher } from './node-platform.js';

/** The SHA-256 of a file, or why it could not be had (as a file system error code and message). */
export type FileHashOutcome =
  | { readonly ok: true; readonly sha256: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

export interface FileHasher {
  sha256(path: string): Promise<FileHashOutcome>;
}

/**
 * Reads a file through node:crypto's SHA-256, stopping once `signal` is aborted; lower-case hex. Read as
 * ballot files are, into reused buffers: a stream's fresh buffer per chunk took twice the time.
 */
export async function readSha256(path: string, signal: AbortSignal): Promise<string> {
  const hash = nodeSha256Hasher();
  for await (const chunk of alternatingBufferChunks(path)) {
    signal.throwIfAborted();
    hash.update(chunk);
  }
  return hash.digestHex();
}

/**
 * Hashes a file from a read of its own, beside the threads that count it (a large ballot file counted in
 * two parts). The counted bytes and the hashed bytes are then two reads of the file, so its size and
 * modification time are compared before and after: a file changed meanwhile gives no hash at all.
 * Reading stops once `signal` is aborted (the audit ended early, on an input error or a cancel).
 */
export function fileHasher(signal: AbortSignal, read = readSha256): FileHasher {
  return {
    async sha256(path) {
      try {
        const before = await stat(path);
        const sha256 = await read(path, signal);
        const after = await stat(path);
        if (after.size !== before.size || after.mtimeMs !== before.mtimeMs)
          return { ok: false, code: 'ECHANGED', message: 'the file changed while it was read' };
        return { ok: true, sha256 };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return {
          ok: false,
          code: typeof code === 'string' ? code : 'EIO',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
  };
}
