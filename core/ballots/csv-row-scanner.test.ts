import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowScanner } from './csv-row-scanner.js';
import { utf8 } from './testing/ballot-sources.js';

describe('CsvRowScanner', () => {
  it('closes a quoted cell on the input’s last byte, whatever the buffer held beyond it before', () => {
    const scanner = new CsvRowScanner();
    // A first chunk full of quotes, read whole: its bytes stay in the buffer past the next row's end.
    scanner.append(utf8(`${'"""",'.repeat(20)}x\n`));
    expect(scanner.next(false)).toBe(true);
    scanner.append(utf8('a,"b"'));
    expect(scanner.next(false)).toBe(false); // a quote at the end may be the first of `""`
    expect(scanner.next(true)).toBe(true);
    expect(scanner.problem).toBeNull();
    expect(scanner.cells).toBe(2);
    expect(new TextDecoder().decode(scanner.bytes.subarray(scanner.starts[1], scanner.ends[1]))).toBe('b');
  });
});

/** Every row the scanner gives for `input` cut into chunks of the given sizes (cycled), as plain data. */
function rowsOf(input: Uint8Array, sizes: readonly number[]): unknown[] {
  const scanner = new CsvRowScanner();
  const rows: { problem: string | null; [field: string]: unknown }[] = [];
  let consumed = 0;
  // The buffer holds the last `length` bytes of the input appended so far.
  const at = (offset: number) => consumed - scanner.length + offset;
  const take = (atEnd: boolean) => {
    while (scanner.next(atEnd)) {
      const cells = [];
      for (let cell = 0; cell < scanner.cells; cell++)
        cells.push([at(scanner.starts[cell]!), at(scanner.ends[cell]!), scanner.flags[cell]]);
      rows.push({
        start: at(scanner.rowStart),
        cells,
        innerLines: scanner.innerLines,
        problem: scanner.problem,
        problemAt: scanner.problem ? at(scanner.problemAt) : null,
      });
    }
  };
  let turn = 0;
  for (let offset = 0; offset < input.length;) {
    const size = Math.max(1, sizes[turn++ % sizes.length]!);
    const chunk = input.subarray(offset, offset + size);
    scanner.append(chunk);
    consumed += chunk.length;
    take(false);
    offset += size;
  }
  take(true);
  // A NUL byte ends reading (the file is binary): what the scanner passes over with it depends on what
  // the buffer held, and nothing after it is read.
  const binary = rows.findIndex((row) => row.problem === 'binary');
  return binary < 0 ? rows : rows.slice(0, binary + 1);
}

describe('CsvRowScanner across chunks', () => {
  it('gives the same rows, cells and problems whatever the chunking (a row is taken up where it stopped)', () => {
    const byte = fc.constantFrom(...[...'a,"\n\r"x'].map((char) => char.charCodeAt(0)), 0xe4, 0);
    fc.assert(
      fc.property(
        fc.array(byte, { maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        (input, sizes) => {
          const whole = Uint8Array.from(input);
          expect(rowsOf(whole, sizes)).toEqual(rowsOf(whole, [whole.length || 1]));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a header of 100,000 cells sent a few bytes at a time', () => {
    const header = '1,'.repeat(100_000) + 'x\n';
    const scanner = new CsvRowScanner();
    const bytes = utf8(header);
    let rows = 0;
    for (let offset = 0; offset < bytes.length; offset += 7) {
      scanner.append(bytes.subarray(offset, offset + 7));
      while (scanner.next(false)) rows++;
    }
    expect(rows).toBe(1);
    // Each byte looked at about once (scanned again from the row’s start at every chunk, about 3e9).
    expect(scanner.scanned).toBeLessThan(1.1 * bytes.length);
    expect(scanner.cells).toBe(100_001);
    expect(scanner.ends[100_000]! - scanner.starts[100_000]!).toBe(1);
  });
});
