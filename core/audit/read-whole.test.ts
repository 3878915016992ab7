import { describe, expect, it } from 'vitest';
import { nobleSha256Hasher } from '../hash/noble-sha256-hasher.js';
import type { ByteSource } from '../model/source.js';
import { readWhole, SMALL_FILE_LIMIT } from './read-whole.js';

/** A source that yields one shared 1 MiB chunk until past the limit: too large, without the memory. */
function oversized(role: ByteSource['role']): ByteSource {
  const chunk = new Uint8Array(1024 * 1024);
  return {
    name: 'big',
    role,
    async *chunks() {
      for (let sent = 0; sent <= SMALL_FILE_LIMIT; sent += chunk.length) yield chunk;
    },
  };
}

describe('readWhole size limit (issue 21, defect 16)', () => {
  it('says what the file is not, in words of each language', async () => {
    const read = await readWhole(oversized('announcement'), nobleSha256Hasher);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]!.message.en).toBe('the file is larger than 64 MB: not a notice file');
    expect(read.errors[0]!.message.zh).toBe('文件超过 64 MB，不是选举结果公告文件');
    expect(read.errors[0]!.message.zh).not.toMatch(/[a-z]/);
  });
});
