import type { Election } from '../model/election.js';
import type { ExportedBallotIds } from './ballot-id-set.js';
import { BallotRecordReader, readerOptions, type BallotReaderOptions } from './ballot-record-reader.js';
import { CR, LF, NUL, QUOTE } from './csv-bytes.js';
import type { RawBallotCount } from './raw-ballot-count.js';

/**
 * A ballot file the platform can read at any offset (a file on disk), with a second thread to count
 * part of it and its SHA-256 computed from a read of its own: what lets a large file be counted in two
 * parts at once (count-in-parts.ts).
 */
export interface PartedBallotFile {
  readonly size: number;
  /** Bytes [from, to), in chunks each valid until the next is asked for. */
  read(from: number, to: number): AsyncIterable<Uint8Array>;
  /** The whole file's SHA-256, read apart from the counting; rejects when the file changed meanwhile. */
  sha256(): Promise<string>;
  /** `countBallotPart` of the task, run elsewhere; null when that part cannot stand for itself. */
  countPart(
    task: BallotPartTask,
    onProgress: (progress: PartProgress) => void,
    signal: AbortSignal,
  ): Promise<BallotPartCount | null>;
}

/** A part of a ballot file to count on its own: its header row, then the rows of bytes [from, to). */
export interface BallotPartTask extends BallotReaderOptions {
  readonly file: string;
  readonly election: Election;
  readonly header: Uint8Array;
  readonly from: number;
  readonly to: number;
}

export interface PartProgress {
  readonly bytes: number;
  readonly rows: number;
}

/** What a part's reader found: its counts and its (box, ballot) pairs, as plain data. */
export interface BallotPartCount {
  readonly raw: RawBallotCount;
  readonly ids: ExportedBallotIds;
  readonly bytes: number;
}

/**
 * Counts a part of a ballot file: its header row, then the part's rows. Null when the part cannot be
 * merged as it is (an error, or a repeated ballot, whose line would be counted from the part's start):
 * the caller then reads the part itself, in file order.
 */
export async function countBallotPart(
  task: BallotPartTask,
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (progress: PartProgress) => void,
  signal?: AbortSignal,
): Promise<BallotPartCount | null> {
  const reader = new BallotRecordReader(task.file, task.election, readerOptions(task));
  reader.push(task.header);
  let bytes = 0;
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    bytes += chunk.byteLength;
    if (!reader.push(chunk) || reader.errors.length > 0) return null;
    onProgress?.({ bytes, rows: reader.rows });
  }
  reader.end();
  const raw = reader.raw();
  if (reader.errors.length > 0 || raw.repeatRows > 0) return null;
  return { raw, ids: reader.exportBallotIds(), bytes };
}

/** Bytes looked at for the header row, and for a line break after the middle. */
const PROBE_BYTES = 1 << 16;
const SPACE = 0x20;

export interface PartPlan {
  /**
   * The file's start up to the header row's line feed: the header, with a byte order mark and a title
   * block above it if any, so that the second part's reader passes over the title as the first does.
   */
  readonly header: Uint8Array;
  /** Where the second part starts: just past a line feed after the middle of the file. */
  readonly split: number;
}

/**
 * Where to cut the file in two, or null when it cannot be cut safely. The header row is found as the
 * reader finds it, below a title block if there is one (a title, a date, a banner: `ballotHeaderIndex`);
 * it and the lines above it must be plain lines (no quote, no lone carriage return, something in the
 * header), so the second part's reader, fed those bytes first, reads the very header the first one does;
 * whether the line feed chosen after the middle really ends a row (it may lie inside a quoted cell) is
 * only known once the first part is read (`atCleanRowEnd`).
 */
export async function planParts(
  file: PartedBallotFile,
  election: Election,
  options: BallotReaderOptions,
): Promise<PartPlan | null> {
  const head = await readSome(file, 0);
  // The header's line as the reader finds it in the file's first bytes (rows past it are read too).
  const probe = new BallotRecordReader('', election, options);
  probe.push(head);
  if (head.length === file.size) probe.end();
  const headerLine = probe.headerLine();
  if (headerLine === null) return null;
  let headerStart = 0;
  let headerEnd = 0;
  for (let line = 0; line < headerLine; line++) {
    const lineFeed = head.indexOf(LF, headerEnd);
    if (lineFeed < 0) return null;
    headerStart = headerEnd;
    headerEnd = lineFeed + 1;
  }
  for (let i = 0; i < headerEnd; i++) {
    const byte = head[i]!;
    if (byte === QUOTE || byte === NUL || (byte === CR && head[i + 1] !== LF)) return null;
  }
  if (!head.subarray(headerStart, headerEnd).some((byte) => byte > SPACE)) return null;
  const middle = Math.floor(file.size / 2);
  const around = await readSome(file, middle);
  const split = middle + around.indexOf(LF) + 1;
  if (split === middle || split <= headerEnd || split >= file.size) return null;
  return { header: head.slice(0, headerEnd), split };
}

async function readSome(file: PartedBallotFile, from: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(Math.max(0, Math.min(PROBE_BYTES, file.size - from)));
  let filled = 0;
  for await (const chunk of file.read(from, from + bytes.length)) {
    bytes.set(chunk.subarray(0, bytes.length - filled), filled);
    filled += chunk.byteLength;
    if (filled >= bytes.length) break;
  }
  return bytes.subarray(0, Math.min(filled, bytes.length));
}
