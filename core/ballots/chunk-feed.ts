import type { BallotRecordReader } from './ballot-record-reader.js';

/** Bytes between progress reports while a ballot file is read. */
const PROGRESS_STEP = 1 << 20;

/**
 * Feeds chunks to a reader, as countBallots and the two-part count both read: `signal` checked before
 * each chunk and at the end, `onChunk` given each chunk first (a hash), `onStep` called about every
 * MiB. `bytes` counts what was fed, over every `feed`.
 */
export class ChunkFeed {
  bytes = 0;
  private nextStep = PROGRESS_STEP;

  constructor(
    private readonly reader: BallotRecordReader,
    private readonly options: {
      readonly signal?: AbortSignal | undefined;
      readonly onChunk?: (chunk: Uint8Array) => void;
      readonly onStep: () => void;
    },
  ) {}

  /** False once the reader has stopped on errors (they are in `reader.errors`). */
  async feed(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
    const { signal, onChunk, onStep } = this.options;
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      onChunk?.(chunk);
      this.bytes += chunk.byteLength;
      if (!this.reader.push(chunk)) return false;
      if (this.bytes >= this.nextStep) {
        onStep();
        this.nextStep = this.bytes + PROGRESS_STEP;
      }
    }
    signal?.throwIfAborted();
    return true;
  }
}
