import { closeSync, openSync, readSync } from 'node:fs';
import { fail, ok, type Bilingual, type InputError, type Result } from '../core/index.js';
import { fileErrorMessage } from '../workers/file-system-error.js';

/** Receipts and bundles: as large as a report may be. Key files: a few hundred bytes. */
export const RECEIPT_FILE_LIMIT = 64 * 1024 * 1024;
export const KEY_FILE_LIMIT = 64 * 1024;

/**
 * Reads a file whole, but never more than `limit` bytes: `/dev/zero`, a FIFO or a 600 MB file given
 * by mistake is refused as soon as it is seen to be too large, before it is held in memory or decoded.
 */
export function readBoundedFile(path: string, limit: number, what: Bilingual): Result<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return fail(cannotRead(path, error));
  }
  try {
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, 1024 * 1024));
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      size += read;
      if (size > limit) {
        const bound = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit / 1024} KB`;
        return fail({
          file: path,
          message: {
            zh: `文件超过 ${bound}，不是${what.zh}`,
            en: `the file is larger than ${bound}: not ${what.en}`,
          },
        });
      }
      parts.push(Buffer.from(buffer.subarray(0, read)));
    }
    return ok(new Uint8Array(Buffer.concat(parts, size)));
  } catch (error) {
    return fail(cannotRead(path, error));
  } finally {
    closeSync(fd);
  }
}

export const RECEIPT_FILE: Bilingual = { zh: '回执或回执合集文件', en: 'a receipt or bundle file' };
export const KEY_FILE: Bilingual = { zh: '密钥文件', en: 'a key file' };

function cannotRead(file: string, error: unknown): InputError {
  return { file, message: fileErrorMessage(error, 'read') };
}
