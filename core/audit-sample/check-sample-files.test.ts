import { describe, expect, it } from 'vitest';
import { serializeSignedFile } from '../receipt/signed-file.js';
import { signingKeyFromSeed } from '../receipt/signing-key.js';
import { sha256Hex } from '../receipt/fingerprint.js';
import {
  commitmentFileProblem,
  drawMismatches,
  namedCommitmentProblems,
  readPopulationFile,
} from './check-sample-files.js';
import { consistentSample } from './consistent-sampler.js';
import { populationDigest } from './population.js';
import { createCommitment, createSelection } from './sample-files.js';
import { verifySampleFile } from './verify-sample-files.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const key = signingKeyFromSeed(new Uint8Array(32).fill(9));
const signedAt = new Date('2026-05-12T08:00:00Z');
const seed = '31415926535897932384626';
const ids = ['central', 'branch-north', 'mobile-1', 'mobile-2'];

describe('drawMismatches', () => {
  const sample = consistentSample(ids, seed, { withReplacement: true, take: 5 });

  it('finds none when the draws are the same', () => {
    expect(drawMismatches(sample, [...sample])).toEqual([]);
  });

  it('names each changed draw by its number, in both languages', () => {
    const changed = sample.map((draw, i) => (i === 2 ? { ...draw, id: 'elsewhere' } : draw));
    const problems = drawMismatches(changed, sample);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toBe(
      `draw 3: signed ${sample[2]!.ticket} elsewhere (${sample[2]!.generation}), drawn again ${sample[2]!.ticket} ${sample[2]!.id} (${sample[2]!.generation})`,
    );
    expect(problems[0]!.zh).toMatch(/^第 3 次抽取：签名的是 .* elsewhere/);
    const generation = sample.map((draw, i) => (i === 0 ? { ...draw, generation: 7 } : draw));
    expect(drawMismatches(generation, sample)[0]!.en).toMatch(/^draw 1: signed .* \(7\), drawn again/);
    // A later round (drop 10) numbers its draws in the stream.
    expect(drawMismatches(changed, sample, 11)[0]!.en).toMatch(/^draw 13: signed /);
    expect(drawMismatches(changed, sample, 11)[0]!.zh).toMatch(/^第 13 次抽取/);
  });

  it('says when draws were added or left out', () => {
    expect(drawMismatches(sample.slice(0, 3), sample).map((p) => p.en)).toEqual([
      'drawing again gives 5 draws, the signed sample has 3',
    ]);
    expect(drawMismatches(sample, sample.slice(0, 4)).map((p) => p.en)).toEqual([
      'the signed sample has 5 draws, drawing again gives 4',
    ]);
  });
});

describe('readPopulationFile', () => {
  it('reads each kind of ids file with the digest of its bytes', () => {
    const list = bytes('central\n\n  mobile-1 \n');
    const read = readPopulationFile('ids', 'ids.txt', list);
    expect(read.ok && read.value).toEqual({
      population: { kind: 'ids', ids: ['central', 'mobile-1'] },
      source: { name: 'ids.txt', sha256: sha256Hex(list), size: list.length },
    });
    const repeated = readPopulationFile('ids', 'ids.txt', bytes('a\nb\na\n'));
    expect(repeated.ok).toBe(false);
  });
});

describe('namedCommitmentProblems', () => {
  const population = populationDigest({ kind: 'boxes', ids });
  const source = { name: 'boxes.csv', sha256: 'b'.repeat(64), size: 10 };
  const commitmentText = serializeSignedFile(createCommitment({ key, population, source, signedAt }));
  const commitment = verifySampleFile(bytes(commitmentText), 'c.json');
  const otherText = serializeSignedFile(
    createCommitment({ key, population, source: { ...source, size: 11 }, signedAt }),
  );
  const other = verifySampleFile(bytes(otherText), 'c2.json');
  if (!commitment.ok || !other.ok) throw new Error('commitments unreadable');
  const draw = { seed, withReplacement: false, drop: 0, take: 2, digits: 9 };
  const selection = createSelection({
    key,
    signedAt,
    draw,
    sample: consistentSample(ids, seed, { take: 2 }),
    commitment: { sha256: commitment.value.fileSha256, population },
  }).payload;

  it('accepts the commitment the selection names, and no other', () => {
    expect(namedCommitmentProblems(selection, commitment.value)).toEqual([]);
    expect(namedCommitmentProblems(selection, other.value)[0]?.en).toMatch(/names another commitment/);
  });

  it('refuses a selection or a changed file in place of the commitment', () => {
    const asSelection = verifySampleFile(
      bytes(serializeSignedFile({ payload: selection, signature: '' })),
      's',
    );
    expect(asSelection.ok).toBe(false);
    const tampered = verifySampleFile(bytes(commitmentText.replace('"count": 4', '"count": 5')), 'c.json');
    if (!tampered.ok) throw new Error('tampered commitment unreadable');
    expect(commitmentFileProblem(tampered.value)?.en).toMatch(/signature does not verify/);
    expect(namedCommitmentProblems(selection, tampered.value)[0]?.en).toMatch(/signature does not verify/);
  });
});
