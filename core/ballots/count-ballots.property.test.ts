import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceResolver } from '../model/choice.js';
import { BLANK } from '../model/election.js';
import { count, tallyObject, testElection, utf8 } from './testing/ballot-sources.js';
import { fileArbitrary, writeCsv, type GeneratedBallot } from './testing/generated-files.js';

/** The recount written plainly, to hold the streaming reader against. */
function modelCount(ballots: readonly GeneratedBallot[], overvote: 'void-ballot' | 'void-contest') {
  const tally: Record<string, Record<string, Record<string, number>>> = {};
  const boxes: Record<
    string,
    {
      records: number;
      repeats: number;
      void: number;
      overvoted: number;
      contestsVoided: number;
      twoPosts: number;
    }
  > = {};
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const resolvers = testElection.contests.map((contest) => choiceResolver(contest));
  // Each ballot's records as their meanings: void, or the sorted names of each contest.
  const contents = new Map<string, string[]>();
  for (const ballot of ballots) {
    const box = ballot.box.trim();
    const key = `${box}\u0000${ballot.id}`;
    const meaning = ballot.void
      ? 'void'
      : JSON.stringify(
          ballot.names.map((names, index) =>
            [...new Set(names.map((name) => resolvers[index]!.key(name.trim())))].sort(),
          ),
        );
    contents.set(key, [...(contents.get(key) ?? []), meaning]);
    const counts = (boxes[box] ??= {
      records: 0,
      repeats: 0,
      void: 0,
      overvoted: 0,
      contestsVoided: 0,
      twoPosts: 0,
    });
    // A ballot is counted once, as its first record gives it.
    if (seen.has(key)) {
      repeated.add(key);
      counts.repeats++;
      continue;
    }
    seen.add(key);
    counts.records++;
    if (ballot.void) {
      counts.void++;
      continue;
    }
    const chosen = ballot.names.map((names, index) => [
      ...new Set(names.map((name) => resolvers[index]!.key(name.trim()))),
    ]);
    const over = chosen.map((keys, index) => keys.length > testElection.contests[index]!.seats);
    if (overvote === 'void-ballot' && over.some(Boolean)) {
      counts.overvoted++;
      continue;
    }
    const boxTally = (tally[box] ??= {});
    testElection.contests.forEach((contest, index) => {
      const votes = (boxTally[contest.id] ??= { [BLANK]: 0 });
      const keys = chosen[index]!;
      if (keys.length === 0) votes[BLANK]!++;
      else if (over[index]) counts.contestsVoided++;
      else for (const name of keys) votes[name] = (votes[name] ?? 0) + 1;
    });
  }
  const differing = [...contents.values()].filter((records) => new Set(records).size > 1);
  const uncertain = {
    ballots: differing.length,
    records: differing.reduce((sum, records) => sum + records.length, 0),
  };
  return { tally, boxes, duplicates: repeated.size, uncertain };
}

describe('countBallots, any file and any chunking', () => {
  it('counts as the plain model does, whatever the chunk sizes (down to one byte)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileArbitrary,
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('void-ballot' as const, 'void-contest' as const),
        async (file, sizes, overvote) => {
          const bytes = utf8(writeCsv(file));
          const whole = await count(bytes, { overvote });
          const chunked = await count(bytes, { overvote, sizes });
          const single = await count(bytes, { overvote, sizes: [1] });
          if (!whole.ok || !chunked.ok || !single.ok) throw new Error('unexpected input error');
          const model = modelCount(file.ballots, overvote);
          expect(tallyObject(whole.value.tally)).toEqual(model.tally);
          expect(Object.fromEntries(whole.value.boxes)).toEqual(model.boxes);
          expect(whole.value.findings.filter((f) => f.code === 'DUPLICATE_BALLOT')).toHaveLength(
            model.duplicates,
          );
          expect(whole.value.uncertain).toMatchObject(model.uncertain);
          for (const other of [chunked.value, single.value]) {
            expect(other.uncertain).toEqual(whole.value.uncertain);
            expect(tallyObject(other.tally)).toEqual(tallyObject(whole.value.tally));
            expect(other.boxes).toEqual(whole.value.boxes);
            expect(other.findings).toEqual(whole.value.findings);
            expect(other.sha256).toBe(whole.value.sha256);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts long runs of plain rows (the fast loop) as the model does, at any chunking', async () => {
    // Few boxes and names, many ballots: after its first sight each cell is cached, so most rows take
    // the plain-row loop, and the odd quoted or padded row sends one row down the general path.
    const plainBallot: fc.Arbitrary<GeneratedBallot> = fc.record({
      box: fc.constantFrom('central', '中心会场', 'mobile-1', ' padded '),
      id: fc.integer({ min: 0, max: 300 }).map((n) => String(n).padStart(4, '0')),
      void: fc.boolean(),
      names: fc.tuple(
        ...testElection.contests.map((contest, index) =>
          fc.array(fc.constantFrom(...testElection.contests[index]!.candidates.map((c) => c.name), 'a,b'), {
            maxLength: contest.seats + 1,
          }),
        ),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(plainBallot, { minLength: 50, maxLength: 300 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        async (ballots, crlf, size) => {
          const file = { ballots, crlf, bom: false, finalBreak: true, quoteAll: false, chineseHeader: false };
          const bytes = utf8(writeCsv(file));
          const whole = await count(bytes, { overvote: 'void-ballot' });
          const chunked = await count(bytes, { overvote: 'void-ballot', sizes: [size] });
          if (!whole.ok || !chunked.ok) throw new Error('unexpected input error');
          const model = modelCount(ballots, 'void-ballot');
          expect(tallyObject(whole.value.tally)).toEqual(model.tally);
          expect(Object.fromEntries(whole.value.boxes)).toEqual(model.boxes);
          expect(whole.value.findings.filter((f) => f.code === 'DUPLICATE_BALLOT')).toHaveLength(
            model.duplicates,
          );
          expect(tallyObject(chunked.value.tally)).toEqual(tallyObject(whole.value.tally));
          expect(chunked.value.findings).toEqual(whole.value.findings);
          expect(whole.value.uncertain).toMatchObject(model.uncertain);
          expect(chunked.value.uncertain).toEqual(whole.value.uncertain);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads GB18030 the same at every chunk size', async () => {
    const wangLin = [0xcd, 0xf5, 0xc1, 0xd6];
    const liHua = [0xc0, 0xee, 0xbb, 0xaa];
    const text = (parts: (string | number[])[]) =>
      new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
    // An all-ASCII start puts off the detection until the first Chinese name, in a later chunk.
    const bytes = text([
      'box,ballot,chair,vice-chair,member\r\n',
      'a,1,wang-lin,,\r\n',
      'a,2,',
      wangLin,
      ',,\r\n',
      'a,3,"',
      liHua,
      '|',
      wangLin,
      '",,\r\n',
      'a,4,',
      liHua,
      ',,',
    ]);
    for (let size = 1; size <= bytes.length; size++) {
      const result = await count(bytes, { sizes: [size] });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.value.encoding).toBe('gb18030');
      expect(tallyObject(result.value.tally).a?.chair).toEqual({ '#blank': 0, 'wang-lin': 2, 'li-hua': 1 });
      expect(result.value.boxes.get('a')).toMatchObject({ records: 4, overvoted: 1 });
    }
  });
});
