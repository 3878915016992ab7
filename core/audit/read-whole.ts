import type { ByteSource } from '../model/source.js';
import type { HasherFactory } from '../model/hash.js';
import type { Bilingual } from '../model/finding.js';
import { fail, ok, type Result } from '../model/result.js';
import type { InputRole } from '../model/report.js';
import { enCounts } from '../text/english-count.js';

/** Definitions, tally sheets and announcements are small; anything this large was given by mistake. */
export const SMALL_FILE_LIMIT = 64 * 1024 * 1024;

/** What each input is, as the size-limit message names it. */
const ROLE_WORDS: Readonly<Record<InputRole, Bilingual>> = {
  election: { zh: '选举定义文件', en: 'an election definition' },
  boxes: { zh: '票箱统计文件', en: 'a box accounting file' },
  tallies: { zh: '计票单文件', en: 'a tally sheet file' },
  ballots: { zh: '选票记录文件', en: 'a ballot records file' },
  announcement: { zh: '选举结果公告文件', en: 'a notice file' },
};

export interface WholeFile {
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** Reads a small input whole, hashing it on the way; refuses one too large to be what its role says. */
export async function readWhole(
  source: ByteSource,
  hasher: HasherFactory,
  signal?: AbortSignal,
): Promise<Result<WholeFile>> {
  const hash = hasher();
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.chunks()) {
    signal?.throwIfAborted();
    size += chunk.byteLength;
    if (size > SMALL_FILE_LIMIT) {
      return fail({
        file: source.name,
        message: {
          zh: `文件超过 ${SMALL_FILE_LIMIT / 1024 / 1024} MB，不是${ROLE_WORDS[source.role].zh}`,
          en: enCounts`the file is larger than ${SMALL_FILE_LIMIT / 1024 / 1024} MB: not ${ROLE_WORDS[source.role].en}`,
        },
      });
    }
    hash.update(chunk);
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return ok({ bytes, sha256: await hash.digestHex() });
}
