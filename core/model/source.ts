import type { PartedBallotFile } from '../ballots/ballot-parts.js';
import type { InputRole } from './report.js';

/**
 * An input file as the core sees it: a name for messages and a way to read its bytes in chunks.
 * Browsers give `File.stream()`, Node a file stream; tests give arrays. Chunks may split anywhere,
 * even inside a character.
 */
export interface ByteSource {
  readonly name: string;
  readonly role: InputRole;
  /** Bytes in all, when known (for progress). */
  readonly size?: number;
  chunks(): AsyncIterable<Uint8Array>;
  /**
   * Offered where the platform can read the file at any offset and count part of it elsewhere: a
   * ballot file is then counted in two parts at once. Worth it from PARTS_FROM_BYTES up.
   */
  readonly parts?: PartedBallotFile;
}

/** Progress of a long read. */
export interface Progress {
  readonly file: string;
  readonly bytesRead: number;
  readonly totalBytes: number | null;
  readonly rows: number;
}

/** Bytes already in memory as a source: read in one chunk, the same bytes on every read. */
export function bytesSource(name: string, role: InputRole, bytes: Uint8Array): ByteSource {
  return {
    name,
    role,
    size: bytes.byteLength,
    async *chunks() {
      yield bytes;
    },
  };
}
