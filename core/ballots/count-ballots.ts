import type { Election } from '../model/election.js';
import type { HasherFactory } from '../model/hash.js';
import { fail, ok, type Result } from '../model/result.js';
import type { ByteSource, Progress } from '../model/source.js';
import type { BallotCount } from './ballot-count.js';
import { planParts } from './ballot-parts.js';
import { BallotRecordReader, readerOptions, type BallotReaderOptions } from './ballot-record-reader.js';
import { countInParts } from './count-in-parts.js';

export interface CountBallotsOptions extends BallotReaderOptions {
  readonly hasher: HasherFactory;
  /** Called about every MiB read, and once at the end. */
  readonly onProgress?: (progress: Progress) => void;
  /** Checked between chunks; an abort throws the signal's reason, as every other read does. */
  readonly signal?: AbortSignal;
}

const PROGRESS_STEP = 1 << 20;

/**
 * Recounts ballots.csv (contract §3) as a stream, hashing it on the way: the file is never held whole,
 * so its size is bounded by time, not memory. Bad input is an InputError with line and column.
 */
export async function countBallots(
  source: ByteSource,
  election: Election,
  options: CountBallotsOptions,
): Promise<Result<BallotCount>> {
  if (source.parts) {
    const plan = await planParts(source.parts);
    if (plan) return countInParts(source.name, source.parts, plan, election, options);
  }
  const reader = new BallotRecordReader(source.name, election, readerOptions(options));
  const hash = options.hasher();
  const totalBytes = source.size ?? null;
  const report = (bytesRead: number): void =>
    options.onProgress?.({ file: source.name, bytesRead, totalBytes, rows: reader.rows });
  let bytes = 0;
  let nextReport = PROGRESS_STEP;
  for await (const chunk of source.chunks()) {
    options.signal?.throwIfAborted();
    hash.update(chunk);
    bytes += chunk.byteLength;
    if (!reader.push(chunk)) return fail(...reader.errors);
    if (bytes >= nextReport) {
      report(bytes);
      nextReport = bytes + PROGRESS_STEP;
    }
  }
  options.signal?.throwIfAborted();
  reader.end();
  if (reader.errors.length > 0) return fail(...reader.errors);
  report(bytes);
  return ok({ ...reader.result(), sha256: await hash.digestHex(), bytes, parts: 1 });
}
