// The standing fuzz suite (issue 21): every reader of the tool's inputs (readers.ts), on generated
// hostile input and on the committed corpus of files that broke readers before. Properties: never an
// exception or a crash; a refusal carries a place (line, or JSON path) and both languages. A growth
// test per reader counts its work (not its time) at 10 KB and 100 KB of pathological input: linear
// means about ten times the work. `npm run fuzz` runs the same with FUZZ_RUNS inputs per reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputError, Result } from '../../core/index.js';
import { RUNS } from './fuzz-inputs.js';
import { here, READERS } from './readers.js';
import { countWorkAsync } from './work-meter.js';

/** A refusal says where and says it in both languages. */
function expectWellFormed(result: Result<unknown>, needsPlace = true): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors as InputError[]) {
    expect(error.file).toBeTruthy();
    expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message.en).toMatch(/[a-z]/);
    if (needsPlace)
      expect(error.line !== undefined || error.path !== undefined, JSON.stringify(error)).toBe(true);
  }
}

const corpus = readdirSync(join(here, 'corpus')).filter((file) => file.includes('--'));
const readerFor = (file: string) => {
  const kind = file.split('--')[0]!;
  if (kind === 'tallies')
    return READERS.find((reader) => reader.name === (file.endsWith('.json') ? 'tallies-json' : 'tallies'))!;
  if (kind === 'announcement')
    return READERS.find(
      (reader) => reader.name === (file.endsWith('.json') ? 'announcement-json' : 'announcement-text'),
    )!;
  return READERS.find((reader) => reader.name === kind)!;
};

describe.each(READERS.map((reader) => [reader.name, reader] as const))('reader %s', (_, reader) => {
  it('never throws, and refuses with a place in both languages', async () => {
    await fc.assert(
      fc.asyncProperty(reader.inputs, async (bytes) => {
        const result = await reader.read(bytes);
        if (!reader.lenient) expectWellFormed(result);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(corpus.filter((file) => readerFor(file) === reader))(
    'reads corpus file %s without a crash',
    async (file) => {
      const result = await reader.read(readFileSync(join(here, 'corpus', file)));
      if (!reader.lenient) expectWellFormed(result);
    },
  );

  it('does work in proportion to pathological input (10 KB → 100 KB)', async () => {
    const small = reader.grow(10_000);
    const large = reader.grow(100_000);
    const workOf = (bytes: Uint8Array) => countWorkAsync(async () => reader.read(bytes));
    const smallWork = await workOf(small);
    expect(smallWork).toBeGreaterThan(0); // the meter sees the reader at work
    expect((await workOf(large)) / smallWork).toBeLessThan(20);
  });
});
