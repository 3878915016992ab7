import type { Election } from '../model/election.js';
import type { HasherFactory } from '../model/hash.js';
import { failWith, ok, type Result } from '../model/result.js';
import type { ByteSource, Progress } from '../model/source.js';
import type { BallotCount } from './ballot-count.js';
import { planParts } from './ballot-parts.js';
import { BallotRecordReader, readerOptions, type BallotReaderOptions } from './ballot-record-reader.js';
import { ChunkFeed } from './chunk-feed.js';
import { countInParts } from './count-in-parts.js';
import { ballotCountOf } from './raw-ballot-count.js';
import { resolveRepeats } from './resolve-repeats.js';

export interface CountBallotsOptions extends BallotReaderOptions {
  readonly hasher: HasherFactory;
  /** Called about every MiB read, and once at the end. */
  readonly onProgress?: (progress: Progress) => void;
  /** Checked between chunks; an abort throws the signal's reason, as every other read does. */
  readonly signal?: AbortSignal;
}

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
    const plan = await planParts(source.parts, election, readerOptions(options));
    if (plan) return countInParts(source.name, source.parts, plan, election, options);
  }
  const reader = new BallotRecordReader(source.name, election, readerOptions(options));
  const hash = options.hasher();
  const totalBytes = source.size ?? null;
  const report = (): void =>
    options.onProgress?.({ file: source.name, bytesRead: feed.bytes, totalBytes, rows: reader.rows });
  const feed = new ChunkFeed(reader, {
    signal: options.signal,
    onChunk: (chunk) => hash.update(chunk),
    onStep: report,
  });
  if (!(await feed.feed(source.chunks()))) return failWith(reader.errors);
  reader.end();
  if (reader.errors.length > 0) return failWith(reader.errors);
  report();
  const sha256 = await hash.digestHex();
  const raw = reader.raw();
  const resolved =
    raw.repeatRows > 0
      ? await resolveRepeats(source.name, source.chunks(), raw, election, options, sha256)
      : ok([]);
  if (!resolved.ok) return resolved;
  const file = source.name;
  return ok({
    ...ballotCountOf(raw, election, { ...options, file }, resolved.value),
    sha256,
    bytes: feed.bytes,
    parts: 1,
  });
}
