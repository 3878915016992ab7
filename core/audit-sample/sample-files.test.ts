import { describe, expect, it } from 'vitest';
import { serializeSignedFile } from '../receipt/signed-file.js';
import { signingKeyFromSeed } from '../receipt/signing-key.js';
import { consistentSample } from './consistent-sampler.js';
import { populationDigest } from './population.js';
import { readBallotIds, readBoxIds, readListIds } from './read-sample-ids.js';
import { createCommitment, createSelection } from './sample-files.js';
import { seedProblem } from './seed.js';
import { populationProblems, selectionProblems, verifySampleFile } from './verify-sample-files.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const key = signingKeyFromSeed(new Uint8Array(32).fill(7));
const signedAt = new Date('2026-05-12T08:00:00Z');
const boxes = { kind: 'boxes' as const, ids: ['central', 'branch-north', 'mobile-1'] };
const source = { name: 'boxes.csv', sha256: 'a'.repeat(64), size: 100 };
const seed = '01382438112797316654';

describe('seedProblem', () => {
  it('asks for at least 20 digits 0–9, in both languages', () => {
    expect(seedProblem(seed)).toBeNull();
    expect(seedProblem('1234567890123456789')?.en).toMatch(/19 digits; at least 20/);
    expect(seedProblem('1234567890123456789')?.zh).toMatch(/至少需要 20 位/);
    expect(seedProblem('12345 67890 12345 67890')?.en).toMatch(/digits 0–9 only/);
    expect(seedProblem('１２３４５６７８９０１２３４５６７８９０')?.zh).toMatch(/全角/);
    expect(seedProblem('1'.repeat(201))?.en).toMatch(/more than the limit/);
  });
});

describe('populationDigest', () => {
  it('does not depend on the order of the ids, and changes with any id', () => {
    const digest = populationDigest(boxes);
    expect(populationDigest({ kind: 'boxes', ids: [...boxes.ids].reverse() })).toEqual(digest);
    expect(digest.count).toBe(3);
    // The by-hand recipe of docs/audit.md, computed with Python's hashlib and json.dumps(sorted(ids),
    // ensure_ascii=False, separators=(',', ':')).
    expect(digest.sha256).toBe('dc64b0a55f1e5ae502e34995d6a42d2956f618ea6b9d9220e0df0204dd16b7b6');
    const changed = populationDigest({ kind: 'boxes', ids: ['central', 'branch-north', 'mobile-2'] });
    expect(populationProblems(digest, changed)[0]?.en).toMatch(/changed or replaced/);
    const dropped = populationDigest({ kind: 'boxes', ids: ['central', 'branch-north'] });
    expect(populationProblems(digest, dropped)[0]?.en).toMatch(/3 ids were committed to, 2 are given/);
    expect(populationProblems(digest, populationDigest({ kind: 'ids', ids: boxes.ids }))[0]?.en).toMatch(
      /commitment is to boxes, but ids/,
    );
  });
});

describe('commitment and selection files', () => {
  const commitment = createCommitment({
    key,
    population: populationDigest(boxes),
    source,
    signedAt,
    label: '观察员 甲',
  });
  const commitmentBytes = bytes(serializeSignedFile(commitment));

  it('verifies a commitment, and refuses one changed by a byte', () => {
    const checked = verifySampleFile(commitmentBytes, 'c.json');
    expect(checked.ok && checked.value.kind === 'commitment' && checked.value.valid).toBe(true);
    const text = serializeSignedFile(commitment).replace('"count": 3', '"count": 4');
    const tampered = verifySampleFile(bytes(text), 'c.json');
    expect(tampered.ok && tampered.value.signatureValid).toBe(false);
  });

  it('names the JSON path of a malformed file', () => {
    const broken = JSON.parse(serializeSignedFile(commitment)) as {
      payload: { population: { sha256: string } };
    };
    broken.payload.population.sha256 = 'xyz';
    const checked = verifySampleFile(bytes(serializeSignedFile(broken)), 'c.json');
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['$.payload.population.sha256']);
  });

  it('signs a selection that names the commitment and can be drawn again', () => {
    const committed = verifySampleFile(commitmentBytes, 'c.json');
    if (!committed.ok || committed.value.kind !== 'commitment') throw new Error('commitment unreadable');
    const draw = { seed, withReplacement: true, drop: 0, take: 4, digits: 9 };
    const sample = consistentSample(boxes.ids, seed, { withReplacement: true, take: 4 });
    const selection = createSelection({
      key,
      signedAt,
      draw,
      sample,
      commitment: { sha256: committed.value.fileSha256, population: committed.value.payload.population },
    });
    const checked = verifySampleFile(bytes(serializeSignedFile(selection)), 's.json');
    expect(checked.ok && checked.value.kind === 'selection' && checked.value.valid).toBe(true);
    expect(selectionProblems(selection.payload, boxes)).toEqual([]);
    const other = { ...selection.payload, sample: [...sample].reverse() };
    expect(selectionProblems(other, boxes).map((problem) => problem.en)).toEqual([
      `draw 1: signed ${sample[3]!.ticket} ${sample[3]!.id} (${sample[3]!.generation}), drawn again ${sample[0]!.ticket} ${sample[0]!.id} (${sample[0]!.generation})`,
      `draw 2: signed ${sample[2]!.ticket} ${sample[2]!.id} (${sample[2]!.generation}), drawn again ${sample[1]!.ticket} ${sample[1]!.id} (${sample[1]!.generation})`,
      `draw 3: signed ${sample[1]!.ticket} ${sample[1]!.id} (${sample[1]!.generation}), drawn again ${sample[2]!.ticket} ${sample[2]!.id} (${sample[2]!.generation})`,
      `draw 4: signed ${sample[0]!.ticket} ${sample[0]!.id} (${sample[0]!.generation}), drawn again ${sample[3]!.ticket} ${sample[3]!.id} (${sample[3]!.generation})`,
    ]);
    const shortSeed = JSON.parse(serializeSignedFile(selection)) as { payload: { seed: string } };
    shortSeed.payload.seed = '314159';
    const refused = verifySampleFile(bytes(serializeSignedFile(shortSeed)), 's.json');
    expect(refused.ok ? [] : refused.errors.map((e) => e.path)).toEqual(['$.payload.seed']);
    expect(selectionProblems(selection.payload, { kind: 'boxes', ids: ['central'] })[0]?.en).toMatch(
      /added or dropped/,
    );
  });
});

describe('reading ids', () => {
  it('takes box names from boxes.csv', () => {
    const read = readBoxIds(
      'boxes.csv',
      bytes('box,registered,issued,returned,invalid\na,1,1,1,0\nb,2,2,2,0\n'),
    );
    expect(read.ok && read.value).toEqual({ kind: 'boxes', ids: ['a', 'b'] });
  });

  it('makes BOX/BALLOT ids from ballots.csv and names a repeat by line and column', () => {
    const read = readBallotIds('ballots.csv', bytes('box,ballot,chair\na,001,x\na,002,\nb,001,y\n'));
    expect(read.ok && read.value.ids).toEqual(['a/001', 'a/002', 'b/001']);
    const repeated = readBallotIds('ballots.csv', bytes('box,ballot\na,1\nb,1\na,1\n'));
    expect(repeated.ok ? [] : repeated.errors).toEqual([
      expect.objectContaining({
        line: 4,
        column: 1,
        message: expect.objectContaining({ en: 'id “a/1” repeats (already on line 2)' }),
      }),
    ]);
    const empty = readBallotIds('ballots.csv', bytes('box,ballot\na,\n'));
    expect(empty.ok ? [] : empty.errors).toEqual([expect.objectContaining({ line: 2, column: 3 })]);
    const missing = readBallotIds('ballots.csv', bytes('box,chair\na,x\n'));
    expect(missing.ok).toBe(false);
  });

  it('reads a plain list, trimming and skipping blank lines', () => {
    const read = readListIds('ids.txt', bytes('\uFEFFa\r\n  b \n\nc'));
    expect(read.ok && read.value.ids).toEqual(['a', 'b', 'c']);
    const repeated = readListIds('ids.txt', bytes('a\nb\n  a\n'));
    expect(repeated.ok ? [] : repeated.errors).toEqual([expect.objectContaining({ line: 3, column: 3 })]);
    expect(readListIds('ids.txt', bytes('\n\n')).ok).toBe(false);
  });
});
