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
