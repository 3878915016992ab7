import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK, type Election } from '../model/election.js';
import { addVotes, emptyTally, mergeTallies, type BoxSheet, type ElectionTally } from '../model/tally.js';
import { getRulePack } from '../rules/registry.js';
import { meetsThreshold } from '../rules/threshold.js';
import { evaluateElection } from './evaluate-election.js';

/** Vote rows of a small election: (box, contest, choice, votes), with write-ins and blanks. */
const CONTESTS = [
  {
    id: 'chair',
    name: '主任',
    seats: 1,
    candidates: [
      { id: 'a', name: '甲', gender: 'female' as const },
      { id: 'b', name: '乙' },
    ],
  },
  {
    id: 'member',
    name: '委员',
    seats: 2,
    candidates: [
      { id: 'c', name: '丙' },
      { id: 'd', name: '丁' },
      { id: 'e', name: '戊' },
    ],
  },
];
const BOXES = ['central', 'east', 'mobile'];
const CHOICES: Record<string, string[]> = {
  chair: ['a', 'b', '甲', '王五', BLANK],
  member: ['c', 'd', 'e', '赵六', BLANK],
};

const row = fc
  .record({
    box: fc.constantFrom(...BOXES),
    contest: fc.constantFrom('chair', 'member'),
    pick: fc.nat(4),
    votes: fc.nat(60),
  })
  .map(({ box, contest, pick, votes }) => ({
    box,
    contest,
    choice: CHOICES[contest]?.[pick] ?? BLANK,
    votes,
  }));
const sheet = (box: string) =>
  fc
    .record({ registered: fc.nat(200), issued: fc.nat(150), returned: fc.nat(150), invalid: fc.nat(10) })
    .map((figures): BoxSheet => ({ box, ...figures }));
const scenario = fc.record({
  rows: fc.array(row, { maxLength: 40 }),
  sheets: fc.tuple(...BOXES.map(sheet)),
  rules: fc.constantFrom('cn-village', 'cn-party-branch', 'plurality', 'majority', 'cn-residents:households'),
  round: fc.constantFrom('first' as const, 'runoff' as const),
  registeredVoters: fc.option(fc.nat(500), { nil: undefined }),
});

function tallyOf(
  rows: readonly { box: string; contest: string; choice: string; votes: number }[],
): ElectionTally {
  const tally = emptyTally();
  for (const { box, contest, choice, votes } of rows) addVotes(tally, box, contest, choice, votes);
  return tally;
}

function electionOf(
  rules: string,
  round: 'first' | 'runoff',
  registeredVoters: number | undefined,
): Election {
  return {
    name: 'property',
    rules,
    round,
    contests: CONTESTS,
    ...(registeredVoters !== undefined ? { registeredVoters } : {}),
  };
}

function run(election: Election, sheets: readonly BoxSheet[], tally: ElectionTally) {
  const pack = getRulePack(election.rules);
  if (!pack) throw new Error('pack');
  return evaluateElection({ election, pack, sheets, tally, lang: 'zh' });
}

describe('the recount, for any tallies', () => {
  it('does not depend on the order of rows or boxes, nor on how rows are grouped into tallies', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, cut) => {
        const election = electionOf(s.rules, s.round, s.registeredVoters);
        const reference = run(election, s.sheets, tallyOf(s.rows));
        const reversed = run(election, [...s.sheets].reverse(), tallyOf([...s.rows].reverse()));
        const at = s.rows.length === 0 ? 0 : cut % s.rows.length;
        const regrouped = mergeTallies(tallyOf(s.rows.slice(at)), tallyOf(s.rows.slice(0, at)));
        const split = run(election, s.sheets, regrouped);
        for (const other of [reversed, split]) {
          expect(other.turnout).toEqual(reference.turnout);
          expect(other.contests).toEqual(reference.contests);
          expect([...other.findings].map((f) => f.message).sort()).toEqual(
            [...reference.findings].map((f) => f.message).sort(),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('merges tallies associatively and commutatively', () => {
    const rows = fc.array(row, { maxLength: 15 });
    fc.assert(
      fc.property(rows, rows, rows, (x, y, z) => {
        const [a, b, c] = [tallyOf(x), tallyOf(y), tallyOf(z)];
        const left = snapshot(mergeTallies(mergeTallies(a, b), c));
        expect(left).toEqual(snapshot(mergeTallies(a, mergeTallies(b, c))));
        expect(left).toEqual(snapshot(tallyOf([...x, ...y, ...z])));
        expect(snapshot(mergeTallies(a, b))).toEqual(snapshot(mergeTallies(b, a)));
        expect(snapshot(mergeTallies(a, emptyTally()))).toEqual(snapshot(a));
      }),
      { numRuns: 100 },
    );
  });

  it('elects no one in a void election, and calls no runoff', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = run(electionOf(s.rules, s.round, s.registeredVoters), s.sheets, tallyOf(s.rows));
        if (result.turnout.electionValid) return;
        expect(result.contests.every((contest) => contest.elected.length === 0)).toBe(true);
        expect(
          result.contests.every((contest) => contest.candidates.every((candidate) => !candidate.elected)),
        ).toBe(true);
        expect(result.findings.some((f) => f.code === 'SEAT_UNFILLED' || f.code === 'TIE')).toBe(false);
        expect(result.findings.some((f) => f.code === 'ELECTION_VOID')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('elects no one below the round threshold, no one without votes, and never more than the seats', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const election = electionOf(s.rules, s.round, s.registeredVoters);
        const pack = getRulePack(s.rules);
        const result = run(election, s.sheets, tallyOf(s.rows));
        const threshold = s.round === 'runoff' ? pack?.runoff : pack?.firstRound;
        const bases = {
          registered: result.turnout.registered ?? 0,
          cast: result.turnout.cast,
          valid: result.turnout.valid,
        };
        for (const contest of result.contests) {
          expect(contest.elected.length + contest.unfilledSeats).toBe(contest.seats);
          for (const candidate of contest.candidates.filter((c) => c.elected)) {
            expect(candidate.votes).toBeGreaterThan(0);
            if (threshold)
              expect(meetsThreshold(candidate.votes, bases[threshold.base], threshold)).toBe(true);
            // Everyone with more votes is elected too: seats go by rank.
            for (const other of contest.candidates)
              if (other.votes > candidate.votes) expect(other.elected).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

function snapshot(tally: ElectionTally): Record<string, Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, Record<string, number>>> = {};
  for (const [box, votes] of [...tally.boxes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const contests: Record<string, Record<string, number>> = {};
    for (const [contest, counts] of votes.contests)
      contests[contest] = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
    out[box] = contests;
  }
  return out;
}
