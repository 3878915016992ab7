import type { Election } from '../model/election.js';
import type { Hasher, HasherFactory } from '../model/hash.js';
import { pushAll } from '../model/long-lists.js';
import type { InputError } from '../model/result.js';
import type { ByteSource } from '../model/source.js';
import { ERROR_LIMIT } from '../tallies/input-errors.js';
import { ballotHeader, cvrBallotRow } from './cvr-ballot-rows.js';
import { matchCvrDefinitions } from './cvr-definitions.js';
import { reportItems } from './cvr-stream.js';

/** A CVR report read as ballots.csv, with what the reading found wrong and the report's own digest. */
export interface CvrBallots {
  /** ballots.csv bytes, made as the report streams: one row per record, in the report's order. */
  readonly source: ByteSource;
  /** Errors in the report, by JSON path; when any, the ballots read are not to be counted. */
  readonly errors: InputError[];
  /** Contests whose records rank their choices: only first choices were counted in them. */
  readonly ranked: Set<string>;
  /** The report's SHA-256 and size, known once `source` has been read to its end. */
  digest(): Promise<{ sha256: string; bytes: number } | null>;
}

/**
 * Reads a CastVoteRecordReport (NIST SP 1500-103, JSON) as the ballot records of contract §3, in two
 * streamed passes over the file: the first reads its `Election` (which exporters may write after the
 * records) and matches it with the election definition, the second turns each record into a row. The
 * ballot counter then applies the rule pack to these rows exactly as to a ballots.csv, so overvotes,
 * void ballots, write-ins and repeated ballots are judged alike. Memory holds one record at a time.
 */
export function cvrBallots(
  report: ByteSource,
  election: Election,
  hasher: HasherFactory,
  signal?: AbortSignal,
): CvrBallots {
  const errors: InputError[] = [];
  const ranked = new Set<string>();
  let digest: Promise<{ sha256: string; bytes: number }> | null = null;
  const contestIds = election.contests.map((contest) => contest.id);
  const encoder = new TextEncoder();

  async function* rows(): AsyncGenerator<Uint8Array> {
    // The first pass keeps the report's Election and GpUnit arrays (small). It stops once it has both,
    // or at the first record when the Election came before it (GpUnits after the records are then not
    // read: they only map box ids that the extension carries, which a report writes before them).
    const elections: { index: number; value: unknown }[] = [];
    const gpUnits: unknown[] = [];
    const seen = new Set<string>();
    const first = reportItems(report.name, report.chunks(), ['$.Election', '$.GpUnit', '$.CVR.*'], signal);
    for (;;) {
      const step = await first.next();
      if (step.done) {
        if (step.value) return void errors.push(step.value);
        break;
      }
      let recordsBegun = false;
      for (const item of step.value) {
        if (item.array === 'CVR') {
          recordsBegun = true;
          continue;
        }
        seen.add(item.array);
        const members = Array.isArray(item.value) ? item.value : [];
        if (item.array === 'Election') members.forEach((value, index) => elections.push({ index, value }));
        else pushAll(gpUnits, members);
      }
      if (seen.size === 2 || (recordsBegun && seen.has('Election'))) {
        await first.return(null);
        break;
      }
    }
    const matched = matchCvrDefinitions(report.name, elections, election, gpUnits);
    if (matched.errors.length > 0) return void errors.push(...matched.errors.slice(0, ERROR_LIMIT));
    yield encoder.encode(ballotHeader(contestIds));

    const hash = hasher();
    let bytes = 0;
    const hashed = tap(report.chunks(), hash, (n) => (bytes += n));
    const records = reportItems(report.name, hashed, ['$.CVR.*'], signal);
    for (;;) {
      const step = await records.next();
      if (step.done) {
        if (step.value) return void errors.push(step.value);
        break;
      }
      let text = '';
      for (const item of step.value) {
        const read = cvrBallotRow(
          report.name,
          item.index,
          item.value,
          matched.definitions,
          contestIds,
          ranked,
        );
        if ('row' in read) text += read.row;
        else pushAll(errors, read.errors);
      }
      if (errors.length >= ERROR_LIMIT) return;
      if (text) yield encoder.encode(text);
    }
    digest = Promise.resolve(hash.digestHex()).then((sha256) => ({ sha256, bytes }));
  }

  return {
    source: {
      name: report.name,
      role: 'ballots',
      ...(report.size !== undefined ? { size: report.size } : {}),
      chunks: rows,
    },
    errors,
    ranked,
    digest: () => digest ?? Promise.resolve(null),
  };
}

async function* tap(
  chunks: AsyncIterable<Uint8Array>,
  hash: Hasher,
  count: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    count(chunk.byteLength);
    yield chunk;
  }
}
