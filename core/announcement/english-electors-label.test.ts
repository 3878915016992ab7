import { describe, expect, it } from 'vitest';
import { alarms, counts, judged } from './corpus/read-shapes.js';

/**
 * Hong Kong village representative results: a line `Electors who voted: 510 (79.7%)` under `Registered
 * electors: 640`, and one constituency a heading line. Names and numbers invented; 510 / 640 = 79.69%,
 * 250 / 312 = 80.13%.
 */

const one = (share: string) =>
  `Village Representative Election 2023 - Results\n\nLam Tsuen San Tsuen (Resident Representative)\nRegistered electors: 640\nElectors who voted: ${share}\n\nChan Tai-man   312 votes   Elected\nLee Siu-ming   198 votes\n`;

describe('electors who voted, label before the number', () => {
  it('are the voters, not the electorate, and the share in brackets is their turnout', () => {
    expect(counts(one('510 (79.7%)'))).toEqual(['registered 640', 'cast 510']);
    expect(judged(one('510 (79.7%)'))).toContainEqual(['share', '79.7%', true]);
    expect(alarms(one('510 (79.7%)'), true)).toEqual([]);
    expect(alarms(one('510 (78.7%)'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 78.7%/79.7%']);
  });

  it('leaves the share unjudged where no electorate is stated', () => {
    const text = 'Results\nElectors who voted: 510 (79.7%)\n';
    expect(judged(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('constituencies under a heading line each', () => {
  const two = (second: string) =>
    `Village Representative Election 2023 - Results\n\nLam Tsuen San Tsuen (Resident Representative)\nRegistered electors: 640\nElectors who voted: 510 (79.7%)\n\nTai Po Tau (Indigenous Inhabitant Representative)\nRegistered electors: 312\nElectors who voted: 250 (${second})\n`;

  it("keeps each village's counts apart and judges each turnout by its own", () => {
    // Before: 312 and 250 were flagged as 640 and 510 stated twice.
    expect(alarms(two('80.1%'), true)).toEqual([]);
    expect(judged(two('80.1%'))).toContainEqual(['share', '80.1%', true]);
    expect(alarms(two('80.6%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 80.6%/80.1%']);
  });
});
