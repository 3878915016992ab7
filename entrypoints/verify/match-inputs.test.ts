import { describe, expect, test } from 'vitest';
import type { InputDigest } from '../../core/index.js';
import { matchInputs } from './match-inputs';

const signed: InputDigest[] = [
  { name: 'election.json', sha256: '1'.repeat(64), size: 10, role: 'election' },
  { name: 'boxes.csv', sha256: '2'.repeat(64), size: 20, role: 'boxes' },
  { name: 'tallies.csv', sha256: '3'.repeat(64), size: 30, role: 'tallies' },
];

describe('matchInputs', () => {
  test('a file is the input whose SHA-256 it has, whatever it is called', () => {
    const files = [
      { name: 'copy (2).csv', sha256: '3'.repeat(64) },
      { name: 'from-the-township.json', sha256: '1'.repeat(64) },
      { name: 'x.csv', sha256: '2'.repeat(64) },
    ];
    const { checks, unused } = matchInputs(signed, files);
    expect(checks.map((check) => [check.signed.role, check.file?.name, check.status])).toEqual([
      ['election', 'from-the-township.json', 'match'],
      ['boxes', 'x.csv', 'match'],
      ['tallies', 'copy (2).csv', 'match'],
    ]);
    expect(unused).toEqual([]);
  });

  test('a file with the signed name but other bytes is a mismatch; an input with no file is missing', () => {
    const files = [
      { name: 'election.json', sha256: '1'.repeat(64) },
      { name: 'tallies.csv', sha256: 'f'.repeat(64) },
    ];
    const { checks } = matchInputs(signed, files);
    expect(checks.map((check) => check.status)).toEqual(['match', 'missing', 'mismatch']);
  });

  test('failing names, a file is paired by what its name suggests; the rest are unused', () => {
    const files = [
      { name: '计票单-改.csv', sha256: 'e'.repeat(64) },
      { name: 'notes.txt', sha256: 'd'.repeat(64) },
    ];
    const { checks, unused } = matchInputs(signed, files);
    expect(checks[2]).toMatchObject({ status: 'mismatch', file: { name: '计票单-改.csv' } });
    expect(unused.map((file) => file.name)).toEqual(['notes.txt']);
  });
});
