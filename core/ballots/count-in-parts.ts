import type { Election } from '../model/election.js';
import { failWith, ok, type Result } from '../model/result.js';
import type { BallotCount } from './ballot-count.js';
import type { BallotPartCount, PartedBallotFile, PartPlan, PartProgress } from './ballot-parts.js';
import { BallotRecordReader, readerOptions } from './ballot-record-reader.js';
import { ChunkFeed } from './chunk-feed.js';
import type { CountBallotsOptions } from './count-ballots.js';
import { ballotCountOf, mergeRawCounts, type RawBallotCount } from './raw-ballot-count.js';
import { resolveRepeats } from './resolve-repeats.js';

/**
 * The size from which a platform should offer a ballot file in parts (ByteSource.parts): below it a
 * second thread's start-up and the merge cost more than they save (docs/performance.md).
 */
export const PARTS_FROM_BYTES = 64 * 2 ** 20;

/**
 * Counts a ballot file in two parts at once: this thread reads the first part while another counts
 * the second, and the platform hashes the whole file from a read of its own. The second part's counts
 * are taken only when they are exactly what reading on would give: the first part ended at a row's end
 * without error, the second part was read without error or repeat, both read names in one encoding,
 * and no (box, ballot) pair of the second part was already in the first. Otherwise this thread reads
 * the second part itself, as a single reader would, and the result is the same, only slower.
 */
export async function countInParts(
  name: string,
  file: PartedBallotFile,
  plan: PartPlan,
  election: Election,
  options: CountBallotsOptions,
): Promise<Result<BallotCount>> {
  const reader = new BallotRecordReader(name, election, readerOptions(options));
  const sha256 = file.sha256();
  sha256.catch(() => undefined); // awaited below; a rejection before then is not unhandled
  const stopSecond = new AbortController();
  const stop = (): void => stopSecond.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  // How far the second part is; once its count is taken or dropped, what stands for it in the total
  // (a progress message still on its way then changes nothing).
  let second: PartProgress = { bytes: 0, rows: 0 };
  let secondSettled = false;
  const settleSecond = (counted: PartProgress): void => {
    secondSettled = true;
    second = counted;
  };
  const secondCount = file
    .countPart(
      {
        file: name,
        election,
        ...readerOptions(options),
        header: plan.header,
        from: plan.split,
        to: file.size,
      },
      (progress) => {
        if (!secondSettled) second = progress;
      },
      stopSecond.signal,
    )
    .catch(() => null);

  let shownBytes = 0;
  let shownRows = 0;
  const report = (): void => {
    // Never backwards, also when the second part's counts are dropped and read again here.
    shownBytes = Math.max(shownBytes, feed.bytes + second.bytes);
    shownRows = Math.max(shownRows, reader.rows + second.rows);
    options.onProgress?.({ file: name, bytesRead: shownBytes, totalBytes: file.size, rows: shownRows });
  };
  const feed = new ChunkFeed(reader, { signal: options.signal, onStep: report });

  try {
    if (!(await feed.feed(file.read(0, plan.split)))) return failWith(reader.errors);
    let raw: RawBallotCount | null = null;
    if (reader.atCleanRowEnd()) {
      const other = await secondCount;
      options.signal?.throwIfAborted();
      if (other && mergeable(reader, other)) {
        raw = mergeRawCounts(reader.raw(), other.raw);
        settleSecond({ bytes: other.bytes, rows: other.raw.rows });
      }
    }
    const parts = raw ? 2 : 1;
    if (!raw) {
      stop();
      settleSecond({ bytes: 0, rows: 0 });
      if (!(await feed.feed(file.read(plan.split, file.size)))) return failWith(reader.errors);
      reader.end();
      if (reader.errors.length > 0) return failWith(reader.errors);
      raw = reader.raw();
    }
    report();
    const digest = await sha256;
    const resolved =
      raw.repeatRows > 0
        ? await resolveRepeats(name, file.read(0, file.size), raw, election, options, digest)
        : ok([]);
    if (!resolved.ok) return resolved;
    return ok({
      ...ballotCountOf(raw, election, { ...options, file: name }, resolved.value),
      sha256: digest,
      bytes: feed.bytes + second.bytes,
      parts,
    });
  } finally {
    options.signal?.removeEventListener('abort', stop);
    stop();
  }
}

/** Whether the second part's counts are what reading on from the first part would give. */
function mergeable(first: BallotRecordReader, second: BallotPartCount): boolean {
  const encoding = first.raw().encoding;
  if (encoding && second.raw.encoding && encoding !== second.raw.encoding) return false;
  // A number the second part keeps only as a fingerprint cannot be looked up in the first part's pages.
  if (second.ids.scattered) return false;
  return !first.sharesBallotWith(second.ids, second.raw.boxes);
}
