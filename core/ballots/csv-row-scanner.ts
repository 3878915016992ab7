import { COMMA, CR, LF, NUL, QUOTE } from './csv-bytes.js';

/** A cell inside quotes. */
export const QUOTED = 1;
/** A quoted cell holding `""` pairs, each standing for one `"`. */
export const ESCAPED = 2;

// Where a kept scan of an unfinished row stands (CsvRowScanner.next).
const CELL_START = 0;
const PLAIN_CELL = 1;
const QUOTED_CELL = 2;
const CELL_END = 3;
const AFTER_QUOTE = 4;

export type ScanProblem = 'binary' | 'after-quote' | 'unclosed-quote';

/**
 * Splits CSV bytes into rows and cells without decoding them. Chunks are appended to one working
 * buffer that keeps only the unfinished last row between chunks, so a row is always scanned whole:
 * a chunk may end anywhere (inside a character, inside quotes, between `\r` and `\n`) and the result
 * is the same as for one chunk. Cells are byte ranges [starts[i], ends[i]) of `bytes`.
 * Rows end at `\n`, `\r\n` or a lone `\r`; a quoted cell may hold commas and line breaks.
 */
export class CsvRowScanner {
  bytes = new Uint8Array(1 << 16);
  /** Bytes of `bytes` in use. */
  length = 0;
  /** Where the next row starts. */
  position = 0;

  // The last row scanned:
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  flags = new Uint8Array(16);
  cells = 0;
  rowStart = 0;
  /** Line feeds inside quoted cells of the row: the next row's line number is that much further on. */
  innerLines = 0;
  problem: ScanProblem | null = null;
  /** Offset in `bytes` of the problem. */
  problemAt = 0;

  /**
   * Where the scan of an unfinished row stopped (the row starting at `savedRow`, -1 when none), so that
   * the next chunk goes on from there: a long row rescanned from its start at every chunk would cost its
   * length squared over the chunk size (a header of 500,000 cells in small chunks, issue 21). The cells
   * found so far stay in `starts`, `ends` and `flags`.
   */
  private savedRow = -1;
  private savedPhase = CELL_START;
  private savedCells = 0;
  private savedInnerLines = 0;
  /** Where the cell being scanned starts (its quote, for a quoted cell), or the byte after the last cell. */
  private savedCell = 0;
  /** How far inside that cell the scan got. */
  private savedScan = 0;
  private savedFlags = 0;
  /** Where this call's scan began: the row's start, or where a kept scan stopped. */
  private scanFrom = 0;
  /** Bytes looked at so far, a byte looked at again after a pause counting twice (for tests: linear). */
  scanned = 0;

  /** Appends a chunk, first dropping the rows already read. */
  append(chunk: Uint8Array): void {
    const kept = this.length - this.position;
    if (this.position > 0) {
      this.bytes.copyWithin(0, this.position, this.length);
      this.shiftSaved(this.position);
      this.position = 0;
      this.length = kept;
    }
    if (kept + chunk.byteLength > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < kept + chunk.byteLength) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, kept));
      this.bytes = grown;
    }
    this.bytes.set(chunk, kept);
    this.length = kept + chunk.byteLength;
  }

  /** Bytes held for an unfinished row. */
  get pending(): number {
    return this.length - this.position;
  }

  /**
   * Scans the row at `position`. Returns false when no whole row is left: more bytes are needed, or,
   * at the end of the input (`atEnd`), there is none. On true the row's cells are set and `position`
   * moves past it; `problem` tells a row that is not well-formed (the row then ends at its next line feed).
   * A row left unfinished is taken up where its scan stopped, not scanned again from its start.
   */
  next(atEnd: boolean): boolean {
    const bytes = this.bytes;
    const length = this.length;
    const rowStart = this.position;
    if (rowStart >= length) return false;
    let cells = 0;
    let innerLines = 0;
    let i = rowStart;
    let phase = CELL_START;
    let scan = 0;
    let flags = 0;
    if (this.savedRow === rowStart) {
      cells = this.savedCells;
      innerLines = this.savedInnerLines;
      i = this.savedCell;
      phase = this.savedPhase;
      scan = this.savedScan;
      flags = this.savedFlags;
    }
    this.scanFrom = this.savedRow === rowStart ? scan : rowStart;
    this.savedRow = -1;
    this.problem = null;
    if (phase === AFTER_QUOTE) return this.strayAfterQuote(rowStart, cells, innerLines, i, scan, atEnd);
    for (;;) {
      if (phase !== CELL_END) {
        if (cells === this.starts.length) this.growCells();
        if (phase === CELL_START) {
          if (i < length && bytes[i] === QUOTE) {
            phase = QUOTED_CELL;
            scan = i + 1;
            flags = QUOTED;
          } else {
            phase = PLAIN_CELL;
            scan = i;
          }
        }
        if (phase === QUOTED_CELL) {
          let j = scan;
          for (;;) {
            if (j >= length) {
              if (!atEnd) return this.pause(rowStart, phase, cells, innerLines, i, j, flags);
              return this.fail(rowStart, 'unclosed-quote', i, length);
            }
            const byte = bytes[j]!;
            if (byte === QUOTE) {
              if (j + 1 >= length) {
                if (!atEnd) return this.pause(rowStart, phase, cells, innerLines, i, j, flags);
                break; // the input's last byte closes the cell (what lies beyond `length` is stale)
              }
              if (bytes[j + 1] !== QUOTE) break;
              flags |= ESCAPED;
              j += 2;
              continue;
            }
            if (byte === LF) innerLines++;
            else if (byte === NUL) return this.fail(rowStart, 'binary', j, length);
            j++;
          }
          this.starts[cells] = i + 1;
          this.ends[cells] = j;
          this.flags[cells] = flags;
          cells++;
          i = j + 1;
        } else {
          let j = scan;
          while (j < length) {
            const byte = bytes[j]!;
            if (byte <= COMMA && (byte === COMMA || byte === LF || byte === CR || byte === NUL)) break;
            j++;
          }
          // A cell of which no byte is held yet may still turn out to be quoted.
          if (j >= length && !atEnd)
            return this.pause(rowStart, j === i ? CELL_START : phase, cells, innerLines, i, j, 0);
          this.starts[cells] = i;
          this.ends[cells] = j;
          this.flags[cells] = 0;
          cells++;
          i = j;
        }
      }
      phase = CELL_END;
      // i is just after a cell: a comma, the end of the row, or (after a quote) a stray byte.
      if (i >= length) {
        if (!atEnd) return this.pause(rowStart, phase, cells, innerLines, i, i, 0);
        return this.finish(rowStart, cells, innerLines, length);
      }
      const byte = bytes[i]!;
      if (byte === COMMA) {
        i++;
        phase = CELL_START;
        continue;
      }
      if (byte === LF) return this.finish(rowStart, cells, innerLines, i + 1);
      if (byte === CR) {
        if (i + 1 >= length && !atEnd) return this.pause(rowStart, phase, cells, innerLines, i, i, 0); // a \n may follow in the next chunk
        return this.finish(
          rowStart,
          cells,
          innerLines,
          i + 1 < length && bytes[i + 1] === LF ? i + 2 : i + 1,
        );
      }
      if (byte === NUL) return this.fail(rowStart, 'binary', i, length);
      phase = AFTER_QUOTE;
      return this.strayAfterQuote(rowStart, cells, innerLines, i, i, atEnd);
    }
  }

  /** A byte right after a closing quote, at `at`: the row is refused up to its next line feed. */
  private strayAfterQuote(
    rowStart: number,
    cells: number,
    innerLines: number,
    at: number,
    from: number,
    atEnd: boolean,
  ): boolean {
    const bytes = this.bytes;
    const length = this.length;
    let end = from;
    while (end < length && bytes[end] !== LF) end++;
    if (end >= length && !atEnd) return this.pause(rowStart, AFTER_QUOTE, cells, innerLines, at, end, 0);
    return this.fail(rowStart, 'after-quote', at, Math.min(end + 1, length));
  }

  /** Keeps the scan so far for the next call, and says no whole row is left. */
  private pause(
    rowStart: number,
    phase: number,
    cells: number,
    innerLines: number,
    at: number,
    inside: number,
    flags: number,
  ): false {
    this.scanned += inside - this.scanFrom;
    this.savedRow = rowStart;
    this.savedPhase = phase;
    this.savedCells = cells;
    this.savedInnerLines = innerLines;
    this.savedCell = at;
    this.savedScan = inside;
    this.savedFlags = flags;
    return false;
  }

  /** The buffer's bytes moved `by` towards its start: so do the offsets of a scan kept. */
  private shiftSaved(by: number): void {
    if (this.savedRow < 0) return;
    if (this.savedRow < by) {
      this.savedRow = -1; // that row was read meanwhile (by the caller's own loop)
      return;
    }
    this.savedRow -= by;
    this.scanFrom -= by;
    this.savedCell -= by;
    this.savedScan -= by;
    for (let cell = 0; cell < this.savedCells; cell++) {
      this.starts[cell]! -= by;
      this.ends[cell]! -= by;
    }
  }

  private finish(rowStart: number, cells: number, innerLines: number, next: number): boolean {
    this.scanned += next - this.scanFrom;
    this.rowStart = rowStart;
    this.cells = cells;
    this.innerLines = innerLines;
    this.position = next;
    return true;
  }

  private fail(rowStart: number, problem: ScanProblem, at: number, next: number): boolean {
    this.scanned += next - this.scanFrom;
    this.rowStart = rowStart;
    this.cells = 0;
    this.innerLines = 0;
    this.problem = problem;
    this.problemAt = at;
    this.position = next;
    return true;
  }

  private growCells(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}

/** Copies a quoted cell's bytes with each `""` folded to `"` into `into` (large enough); returns the length. */
export function unescapeQuotes(bytes: Uint8Array, start: number, end: number, into: Uint8Array): number {
  let length = 0;
  for (let i = start; i < end; i++) {
    into[length++] = bytes[i]!;
    if (bytes[i] === QUOTE) i++;
  }
  return length;
}
