import type { Election } from '../../model/election.js';
import type { ByteSource } from '../../model/source.js';
import { nobleSha256Hasher } from '../../hash/noble-sha256-hasher.js';
import { countBallotPart, type BallotPartTask, type PartedBallotFile } from '../ballot-parts.js';
import { countBallots, type CountBallotsOptions } from '../count-ballots.js';

/** A small village election for the ballot tests: a chair, a vice-chair and three members. */
export const testElection: Election = {
  name: '青石村第十二届村民委员会选举',
  rules: 'cn-village',
  round: 'first',
  registeredVoters: 100,
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang-lin', name: '王林', gender: 'male' },
        { id: 'li-hua', name: '李华', gender: 'female' },
      ],
    },
    {
      id: 'vice-chair',
      name: '副主任',
      seats: 1,
      candidates: [
        { id: 'zhou-qing', name: '周青' },
        { id: 'zhao-min', name: '赵敏', gender: 'female' },
      ],
    },
    {
      id: 'member',
      name: '委员',
      seats: 3,
      candidates: [
        { id: 'chen-mei', name: '陈梅', gender: 'female' },
        { id: 'liu-yang', name: '刘洋' },
        { id: 'sun-tao', name: '孙涛' },
        { id: 'he-jun', name: '何军' },
      ],
    },
  ],
};

/** Bytes [from, to) cut at the given chunk sizes (cycled), each chunk a copy. */
async function* slices(bytes: Uint8Array, from: number, to: number, sizes: readonly number[]) {
  let turn = 0;
  for (let offset = from; offset < to;) {
    const size = Math.max(1, sizes[turn++ % sizes.length]!);
    yield bytes.slice(offset, Math.min(to, offset + size));
    offset += size;
  }
}

/** A source that yields `bytes` cut at the given chunk sizes (cycled), as a stream may. */
export function chunkedSource(
  bytes: Uint8Array,
  sizes: readonly number[] = [bytes.length || 1],
  name = 'ballots.csv',
): ByteSource {
  return {
    name,
    role: 'ballots',
    size: bytes.length,
    chunks: () => slices(bytes, 0, bytes.length, sizes),
  };
}

/**
 * A ballot file the platform could count in parts, with the second part counted in this thread:
 * the same algorithm as a second thread, interleaved. `tasks` records the parts handed out.
 */
export function partedSource(
  bytes: Uint8Array,
  sizes: readonly number[] = [4096],
): ByteSource & { readonly parts: PartedBallotFile; readonly tasks: BallotPartTask[] } {
  const tasks: BallotPartTask[] = [];
  const read = (from: number, to: number) => slices(bytes, from, to, sizes);
  return {
    ...chunkedSource(bytes, sizes),
    tasks,
    parts: {
      size: bytes.length,
      read,
      async sha256() {
        const hash = nobleSha256Hasher();
        hash.update(bytes);
        return hash.digestHex();
      },
      countPart(task, onProgress, signal) {
        tasks.push(task);
        return countBallotPart(task, read(task.from, task.to), onProgress, signal);
      },
    },
  };
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function count(
  text: string | Uint8Array,
  options: Partial<CountBallotsOptions> & { sizes?: readonly number[]; election?: Election } = {},
) {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  const { sizes, election, ...rest } = options;
  return countBallots(chunkedSource(bytes, sizes), election ?? testElection, {
    overvote: 'void-ballot',
    lang: 'en',
    hasher: nobleSha256Hasher,
    ...rest,
  });
}

/** The tally as plain data, for comparisons: box → contest → choice → votes. */
export function tallyObject(tally: { boxes: Map<string, { contests: Map<string, Map<string, number>> }> }) {
  const result: Record<string, Record<string, Record<string, number>>> = {};
  for (const [box, votes] of tally.boxes) {
    result[box] = {};
    for (const [contest, counts] of votes.contests) result[box][contest] = Object.fromEntries(counts);
  }
  return result;
}
