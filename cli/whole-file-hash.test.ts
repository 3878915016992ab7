import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHasher, readSha256 } from './whole-file-hash.js';

function fileOf(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tallywitness-hash-')), 'ballots.csv');
  writeFileSync(path, bytes);
  return path;
}

describe('fileHasher', () => {
  const bytes = new Uint8Array(3 << 20).map((_, i) => i % 251);
  const expected = createHash('sha256').update(bytes).digest('hex');

  it('gives the SHA-256 of a file read in 1 MiB pieces', async () => {
    const outcome = await fileHasher(new AbortController().signal).sha256(fileOf(bytes));
    expect(outcome).toEqual({ ok: true, sha256: expected });
  });

  it('gives no hash for a file that changed while it was read', async () => {
    const path = fileOf(bytes);
    const changing = fileHasher(new AbortController().signal, async (file, signal) => {
      const sha256 = await readSha256(file, signal);
      appendFileSync(file, 'central,9999999,,wang-lin,,\n'); // a row added behind the reader's back
      return sha256;
    });
    expect(await changing.sha256(path)).toEqual({
      ok: false,
      code: 'ECHANGED',
      message: 'the file changed while it was read',
    });
  });

  it('stops reading once the audit has ended, and names a missing file by its error code', async () => {
    const stopped = new AbortController();
    stopped.abort(new Error('audit ended'));
    expect(await fileHasher(stopped.signal).sha256(fileOf(bytes))).toMatchObject({ ok: false });
    expect(await fileHasher(new AbortController().signal).sha256('/nonexistent/ballots.csv')).toMatchObject({
      ok: false,
      code: 'ENOENT',
    });
  });
});
