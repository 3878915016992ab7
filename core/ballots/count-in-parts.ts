import type { Election } from '../model/election.js';
import { fail, ok, type Result } from '../model/result.js';
import type { BallotCount } from './ballot-count.js';
import type { BallotPartCount, PartedBallotFile, PartPlan, PartProgress } from './ballot-parts.js';
import { BallotRecordReader, readerOptions } from './ballot-record-reader.js';
import type { CountBallotsOptions } from './count-ballots.js';
import { ballotCountOf, mergeRawCounts, type RawBallotCount } from './raw-ballot-count.js';

/**
 * The size from which a platform should offer a ballot file in parts (ByteSource.parts): below it a
 * second thread's start-up and the merge cost more than they save (docs/performance.md).
 */
export const PARTS_FROM_BYTES = 64 * 2 ** 20;

const PROGRESS_STEP = 1 << 20;

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
  let second: PartProgress = { bytes: 0, rows: 0 };
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
      (progress) => (second = progress),
      stopSecond.signal,
    )
    .catch(() => null);

  let bytes = 0;
  let shownBytes = 0;
  let shownRows = 0;
  let nextReport = PROGRESS_STEP;
  const report = (): void => {
    // Never backwards, also when the second part's counts are dropped and read again here.
    shownBytes = Math.max(shownBytes, bytes + second.bytes);
    shownRows = Math.max(shownRows, reader.rows + second.rows);
    options.onProgress?.({ file: name, bytesRead: shownBytes, totalBytes: file.size, rows: shownRows });
  };
  const read = async (from: number, to: number): Promise<boolean> => {
    for await (const chunk of file.read(from, to)) {
      options.signal?.throwIfAborted();
      bytes += chunk.byteLength;
      if (!reader.push(chunk)) return false;
      if (bytes >= nextReport) {
        report();
        nextReport = bytes + PROGRESS_STEP;
      }
    }
    options.signal?.throwIfAborted();
    return true;
  };

  try {
    if (!(await read(0, plan.split))) return fail(...reader.errors);
    let raw: RawBallotCount | null = null;
    if (reader.atCleanRowEnd()) {
      const other = await secondCount;
      options.signal?.throwIfAborted();
      if (other && mergeable(reader, other)) {
        raw = mergeRawCounts(reader.raw(), other.raw);
        bytes += other.bytes;
      }
    }
    const parts = raw ? 2 : 1;
    if (!raw) {
      stop();
      second = { bytes: 0, rows: 0 };
      if (!(await read(plan.split, file.size))) return fail(...reader.errors);
      reader.end();
      if (reader.errors.length > 0) return fail(...reader.errors);
      raw = reader.raw();
    }
    second = { bytes: 0, rows: raw.rows - reader.rows };
    report();
    return ok({ ...ballotCountOf(raw, election, options), sha256: await sha256, bytes, parts });
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
