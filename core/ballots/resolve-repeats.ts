import type { Election } from '../model/election.js';
import type { HasherFactory } from '../model/hash.js';
import { failWith, fail, ok, type Result } from '../model/result.js';
import {
  BallotRecordReader,
  readerOptions,
  repeatKey,
  type BallotReaderOptions,
} from './ballot-record-reader.js';
import { ChunkFeed } from './chunk-feed.js';
import type { RawBallotCount, RepeatRecords } from './raw-ballot-count.js';

/** Lines named per repeated ballot; the rest are counted. */
const MAX_LISTED_LINES = 10;

export interface ResolveOptions extends BallotReaderOptions {
  readonly hasher: HasherFactory;
  readonly signal?: AbortSignal;
}

/**
 * Reads a ballot file a second time, only when the first reading met repeated ballots, to find every
 * record of each (its first included, which the first reading could not know was one) and whether
 * they agree. Counting never keeps a ballot's content, so this is the only way to tell a row keyed in
 * twice from two ballots that carry one number; it costs a second reading of a file with repeats and
 * nothing in one without. The file must read as the first time did (same SHA-256), else it changed
 * meanwhile and nothing is judged from it.
 */
export async function resolveRepeats(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  raw: RawBallotCount,
  election: Election,
  options: ResolveOptions,
  firstSha256: string | null,
): Promise<Result<RepeatRecords[]>> {
  const watched = new Map<string, Uint8Array[]>();
  const indexOf = new Map<string, number>();
  raw.repeated.forEach((repeat, index) => {
    const box = raw.boxes[repeat.box]!;
    const ids = watched.get(box) ?? [];
    ids.push(repeat.id);
    watched.set(box, ids);
    indexOf.set(repeatKey(box, repeat.id), index);
  });
  const found = raw.repeated.map(() => ({ lines: [] as number[], records: 0, first: '', differ: false }));
  const reader = new BallotRecordReader(name, election, readerOptions(options));
  reader.watchFor(watched, (record) => {
    const index = indexOf.get(repeatKey(record.box, record.id));
    if (index === undefined) return; // a repeat the first reading did not meet: the hash tells
    const ballot = found[index]!;
    if (ballot.records === 0) ballot.first = record.content;
    else if (record.content !== ballot.first) ballot.differ = true;
    ballot.records++;
    if (ballot.lines.length < MAX_LISTED_LINES) ballot.lines.push(record.line);
  });
  const hash = options.hasher();
  const feed = new ChunkFeed(reader, {
    ...(options.signal ? { signal: options.signal } : {}),
    onChunk: (chunk) => hash.update(chunk),
    onStep: () => undefined,
  });
  if (!(await feed.feed(chunks))) return failWith(reader.errors);
  reader.end();
  if (reader.errors.length > 0) return failWith(reader.errors);
  const sha256 = await hash.digestHex();
  if ((firstSha256 !== null && sha256 !== firstSha256) || found.some((ballot) => ballot.records < 2))
    return fail({
      file: name,
      message: {
        zh: '文件在读取过程中被改动：第二次读取与第一次不同，无法核对重复的选票',
        en: 'the file changed while it was read: a second reading differs from the first, so its repeated ballots cannot be checked',
      },
    });
  return ok(found.map(({ lines, records, differ }) => ({ lines, records, differ })));
}
