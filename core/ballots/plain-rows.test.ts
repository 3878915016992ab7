import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { BallotRecordReader } from './ballot-record-reader.js';
import { NameTrie } from './name-trie.js';
import { tallyObject, testElection, utf8 } from './testing/ballot-sources.js';

const HEADER = 'box,ballot,void,chair,vice-chair,member\n';

/** Reads `bytes` in one chunk; returns the reader for its counters and the result. */
function read(bytes: Uint8Array | string, election: Election = testElection) {
  const reader = new BallotRecordReader('ballots.csv', election, { overvote: 'void-ballot', lang: 'en' });
  reader.push(typeof bytes === 'string' ? utf8(bytes) : bytes);
  reader.end();
  return { reader, result: reader.errors.length === 0 ? reader.result() : null };
}

function withCandidate(contestId: string, id: string, name: string): Election {
  return {
    ...testElection,
    contests: testElection.contests.map((contest) =>
      contest.id === contestId ? { ...contest, candidates: [...contest.candidates, { id, name }] } : contest,
    ),
  };
}

const rows = (count: number, row: (n: number) => string) =>
  Array.from({ length: count }, (_, n) => row(n + 1)).join('');

describe('the plain-row loop', () => {
  it('reads nearly every row of a regular file, with the counts of the general path', () => {
    const names = ['王林', 'li-hua', ''];
    const { reader, result } = read(
      HEADER +
        rows(300, (n) => `中心会场,${String(n).padStart(6, '0')},,${names[n % 3]},周青,陈梅|liu-yang\n`),
    );
    // Each spelling's first row teaches the tries; every later row is plain.
    expect(reader.plainRows).toBeGreaterThanOrEqual(295);
    expect(tallyObject(result!.tally)['中心会场']).toEqual({
      chair: { '#blank': 100, 'wang-lin': 100, 'li-hua': 100 },
      'vice-chair': { '#blank': 0, 'zhou-qing': 300 },
      member: { '#blank': 0, 'chen-mei': 300, 'liu-yang': 300 },
    });
  });

  it('tells a name from a longer one it begins, and from a longer write-in', () => {
    const election = withCandidate('chair', 'wang', '王');
    const spellings = ['王', '王林', '王林林', 'wang', 'wang-lin'];
    const { reader, result } = read(HEADER + rows(100, (n) => `b,${n},,${spellings[n % 5]},,\n`), election);
    expect(reader.plainRows).toBeGreaterThanOrEqual(95);
    expect(tallyObject(result!.tally).b?.chair).toEqual({
      '#blank': 0,
      wang: 40,
      'wang-lin': 40,
      王林林: 20,
    });
  });

  it('counts a name written twice in one cell once, and voids an overvoted ballot', () => {
    const { reader, result } = read(HEADER + rows(50, (n) => `b,${n},,王林|李华,,陈梅|陈梅\n`));
    expect(reader.plainRows).toBeGreaterThanOrEqual(48);
    expect(result!.boxes.get('b')).toMatchObject({ records: 50, overvoted: 50 });
    const { result: single } = read(HEADER + rows(50, (n) => `b,${n},,王林,,陈梅|陈梅\n`));
    expect(tallyObject(single!.tally).b?.member).toEqual({ '#blank': 0, 'chen-mei': 50 });
  });

  it('walks GB18030 names whose trail byte equals the | separator', () => {
    // 粅 is 0xBB 0x7C in GB18030; 陈梅 is 0xB3 0xC2 0xC3 0xB7.
    const election = withCandidate('member', 'wu', '粅');
    const row = (n: number) => [...utf8(`b,${n},,,,`), 0xbb, 0x7c, 0x7c, 0xb3, 0xc2, 0xc3, 0xb7, 0x0a];
    const bytes = new Uint8Array([
      ...utf8(HEADER),
      ...Array.from({ length: 60 }, (_, n) => row(n + 1)).flat(),
    ]);
    const { reader, result } = read(bytes, election);
    expect(result!.encoding).toBe('gb18030');
    expect(reader.plainRows).toBeGreaterThanOrEqual(58);
    expect(tallyObject(result!.tally).b?.member).toEqual({ '#blank': 0, wu: 60, 'chen-mei': 60 });
  });

  it('does not let a quoted write-in holding a comma change how later unquoted cells split', () => {
    const { result } = read(HEADER + 'b,1,,"张,三",,\n' + rows(20, (n) => `b,${n + 1},,张,,\n`));
    expect(tallyObject(result!.tally).b?.chair).toEqual({ '#blank': 0, '张,三': 1, 张: 20 });
  });

  it('does not read two lines as one row after a quoted box holding a line break', () => {
    const { reader, result } = read(HEADER + '"x\ny",1,,王林,,\n' + 'x\ny,2,,王林,,\n');
    expect(result).toBeNull();
    expect(reader.errors[0]).toMatchObject({ line: 4 });
    expect(reader.errors[0]!.message.en).toMatch(/the row has 1 cells/);
  });
});

describe('NameTrie', () => {
  it('refuses spellings the walk must stop inside, and keeps to its node limit', () => {
    const trie = new NameTrie(8);
    for (const refused of ['a,b', 'a"b', 'a\nb', 'a\rb', ''])
      expect(trie.add(utf8(refused), 0, refused.length, 1)).toBe(false);
    expect(trie.add(utf8('abc'), 0, 3, 1)).toBe(true);
    expect(trie.add(utf8('abcd'), 0, 4, 2)).toBe(true);
    expect(trie.add(utf8('xyzwv'), 0, 5, 3)).toBe(false); // 5 more nodes would make 10
    expect(trie.size).toBe(5);
    let node = 0;
    for (const byte of utf8('abc')) node = trie.transitions[(node << 8) | byte]!;
    expect(trie.keys[node]).toBe(1);
  });
});

describe('the plain-row loop after an empty chunk', () => {
  it('does not read again the rows of a buffer already read', () => {
    const text = HEADER + rows(150, (n) => `中心会场,${String(n).padStart(6, '0')},,王林,周青,陈梅\n`);
    const reader = new BallotRecordReader('ballots.csv', testElection, {
      overvote: 'void-ballot',
      lang: 'en',
    });
    const bytes = utf8(text);
    // Cut inside a row: the second push moves that row to the buffer's start, where its bytes stay.
    reader.push(bytes.subarray(0, 5000));
    reader.push(bytes.subarray(5000));
    reader.push(new Uint8Array(0)); // everything was read: the buffer is empty, its old bytes stale
    reader.end();
    expect(reader.errors).toEqual([]);
    expect(reader.rows).toBe(150);
    expect(reader.raw().repeatRows).toBe(0);
  });
});
