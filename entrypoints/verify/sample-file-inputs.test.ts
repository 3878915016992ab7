import { describe, expect, it } from 'vitest';
import {
  createCommitment,
  populationDigest,
  serializeSignedFile,
  signingKeyFromSeed,
  verifySampleFile,
} from '../../core/index.js';
import { isSampleFile, pickIdsFile } from './sample-file-inputs';

const bytes = (text: string) => new TextEncoder().encode(text);
const source = { name: 'boxes.csv', sha256: 'c'.repeat(64), size: 40 };
const commitmentText = serializeSignedFile(
  createCommitment({
    key: signingKeyFromSeed(new Uint8Array(32).fill(5)),
    population: populationDigest({ kind: 'boxes', ids: ['a', 'b'] }),
    source,
    signedAt: new Date('2026-05-12T08:00:00Z'),
  }),
);
const verified = verifySampleFile(bytes(commitmentText), 'commitment.json');
if (!verified.ok) throw new Error('commitment unreadable');
const commitment = verified.value;

describe('isSampleFile', () => {
  it('tells a commitment by its format, not a receipt, a live tally or text', () => {
    expect(isSampleFile(bytes(commitmentText))).toBe(true);
    expect(
      isSampleFile(bytes(commitmentText.replace('tallywitness.commitment/1', 'tallywitness.receipt/1'))),
    ).toBe(false);
    expect(isSampleFile(bytes('{"payload": null}'))).toBe(false);
    expect(isSampleFile(bytes('not json'))).toBe(false);
  });
});

describe('pickIdsFile', () => {
  const same = { name: 'renamed.csv', sha256: source.sha256 };
  const named = { name: 'boxes.csv', sha256: 'd'.repeat(64) };
  const other = { name: 'ballots.csv', sha256: 'e'.repeat(64) };

  it('takes the file the commitment records, by SHA-256 before name', () => {
    expect(pickIdsFile([named, same, other], commitment)).toBe(same);
    expect(pickIdsFile([named, other], commitment)).toBe(named);
  });

  it('else the last file given, so that a different file is compared and refused', () => {
    expect(pickIdsFile([other, { name: 'x.txt', sha256: 'f'.repeat(64) }], commitment)?.name).toBe('x.txt');
    expect(pickIdsFile([named, other], undefined)).toBe(other);
    expect(pickIdsFile([], commitment)).toBeUndefined();
  });
});
