import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture, type ElectionSpec } from '../recount/testing/election-fixture.js';

/** One seat, two boxes: central with `centralReturned` ballots, north with `northReturned`. */
function twoBoxes(
  centralReturned: number,
  northReturned: number,
  votes: ElectionSpec['votes'],
): ReturnType<typeof evaluateElection> {
  const { election, sheets, tally } = electionFixture({
    registeredVoters: 2 * (centralReturned + northReturned) - 1,
    minWomen: 0,
    contests: [
      {
        id: 'chair',
        seats: 1,
        candidates: [
          ['a', '甲'],
          ['b', '乙'],
        ],
      },
    ],
    boxes: [
      { box: 'central', registered: 0, issued: centralReturned, returned: centralReturned, invalid: 0 },
      { box: 'north', registered: 0, issued: northReturned, returned: northReturned, invalid: 0 },
    ],
    votes,
  });
  return evaluateElection({ election, pack: getRulePack('cn-village')!, sheets, tally, lang: 'en' });
}

const mismatches = (result: ReturnType<typeof evaluateElection>) =>
  result.findings
    .filter((finding) => finding.code === 'BALLOT_ACCOUNTING_MISMATCH')
    .map((finding) => [finding.box, finding.expected, finding.found]);

describe('ballot accounting of a contest over all boxes', () => {
  it('does not ask every valid ballot to be counted when a box leaves its abstentions out', () => {
    // Central's one valid ballot may be an abstention its sheet does not state; north states 0 of 0.
    const result = twoBoxes(1, 0, {
      central: { chair: { a: 0, b: 0 } },
      north: { chair: { a: 0, b: 0, '#blank': 0 } },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it('does ask it when every box states its abstentions', () => {
    const result = twoBoxes(1, 0, {
      central: { chair: { a: 0, b: 0, '#blank': 0 } },
      north: { chair: { a: 0, b: 0, '#blank': 0 } },
    });
    expect(mismatches(result)).toEqual([
      ['central', 1, 0],
      [null, 1, 0],
    ]);
  });

  it('still checks the upper bounds with the abstentions that are stated', () => {
    // North states 7 abstentions among 2 valid ballots: more than the 6 valid ballots of all boxes.
    const result = twoBoxes(4, 2, {
      central: { chair: { a: 1 } },
      north: { chair: { '#blank': 7 } },
    });
    expect(mismatches(result)).toEqual([
      ['north', 2, 7],
      [null, 6, 7],
    ]);
    // 5 votes and 3 abstentions of 6 valid one-seat ballots: more names than ballots left to name them.
    const named = twoBoxes(4, 2, {
      central: { chair: { a: 4, b: 1 } },
      north: { chair: { '#blank': 2 } },
    });
    expect(mismatches(named)).toContainEqual([null, 4, 5]);
  });
});
