// Every problem of every file is returned, however many: a file's errors are appended by a loop, not
// spread into one call (past about 100,000 arguments that overflows the stack). The file check is
// replaced by one that finds 300,000 errors, so no 300,000-error file needs building.
import { describe, expect, it, vi } from 'vitest';
import { combineSignedFiles } from './combine-signed-files.js';

const LONG = 300_000;

vi.mock('./verify-signed-file.js', async (original) => ({
  ...(await original<typeof import('./verify-signed-file.js')>()),
  verifySignedFile: (_bytes: Uint8Array, file: string) => ({
    ok: false,
    errors: Array.from({ length: LONG }, (_, i) => ({
      file,
      line: i + 1,
      message: { zh: '错', en: 'wrong' },
    })),
  }),
}));

describe('combineSignedFiles with many errors', () => {
  it('returns all 300,000 errors of a file', () => {
    const read = combineSignedFiles([{ name: 'r.json', bytes: new Uint8Array() }]);
    expect(read.ok ? 0 : read.errors.length).toBe(LONG);
  });
});
