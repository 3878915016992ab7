import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contest, Round } from '../model/election.js';
import type { FindingCode } from '../model/finding.js';
import type { UncertainBallots } from '../model/uncertain-ballots.js';
import { getRulePack } from '../rules/registry.js';
import { evaluateContest } from './evaluate-contest.js';
import { evaluateElection } from './evaluate-election.js';
import { winnersCouldChange } from './uncertain-outcomes.js';
import { chairElection } from './testing/chair-election.js';
import { electionFixture, type ElectionSpec } from './testing/election-fixture.js';
import { verdictOf } from './verdict.js';

/** `ballots` ballots of box central whose records differ, `records` records of them in all. */
function uncertain(ballots: number, records: number): UncertainBallots {
  const listed = Array.from({ length: ballots }, (_, i) => ({
    box: 'central',
    ballot: String(i + 1).padStart(3, '0'),
    lines: [i + 2, ballots + i + 2],
    records: 2,
  }));
  return {
    ballots,
    records,
    boxes: new Map([['central', { ballots, records }]]),
    listed,
    file: 'ballots.csv',
  };
}

function evaluate(spec: ElectionSpec, doubt: UncertainBallots, lang: 'zh' | 'en' = 'en') {
  const { election, sheets, tally } = electionFixture(spec);
  const pack = getRulePack(election.rules)!;
  return evaluateElection({ election, pack, sheets, tally, lang, uncertain: doubt });
}
const codes = (evaluation: { findings: readonly { code: FindingCode }[] }) =>
  evaluation.findings.map((f) => f.code);

/** One seat, 100 registered, `returned` counted of `issued`. */
const chair = (a: number, b: number, returned: number, issued: number, extra: Partial<ElectionSpec> = {}) =>
  chairElection(a, b, returned, extra, issued);

describe('outcomes that ballots with differing records could change', () => {
  it('keeps a winner whose margin no content of those ballots could overturn', () => {
    // 32 of 60 counted; one uncertain ballot of two records: 甲 at least 31, the cast at most 61: 62 > 61.
    const result = evaluate(chair(32, 25, 60, 70), uncertain(1, 2));
    expect(result.contests[0]).toMatchObject({ elected: ['a'], unfilledSeats: 0 });
    expect(result.contests[0]).not.toHaveProperty('undecided');
    expect(result.turnout).not.toHaveProperty('quorumUndecided');
    expect(codes(result)).toEqual([]);
    expect(verdictOf(result)).toBe('valid');
  });

  it('withholds a winner one vote short of that margin (exact: 30 × 2 is not more than 61)', () => {
    const result = evaluate(chair(31, 25, 60, 70), uncertain(1, 2));
    expect(result.contests[0]).toMatchObject({ elected: [], unfilledSeats: 1, undecided: true });
    expect(result.contests[0]?.candidates.every((candidate) => !candidate.elected)).toBe(true);
    expect(codes(result)).toEqual(['OUTCOME_UNDECIDED']);
    expect(result.findings[0]).toMatchObject({ severity: 'error', contest: 'chair' });
    expect(result.findings[0]?.message).toBe(
      "who is elected 主任 cannot be decided from these records: 1 ballot has repeated records that differ (box “central” ballot “001” (ballots.csv lines 2 and 3)), so each name's votes may be up to 1 fewer or 2 more, enough to change it; no one is declared elected: check those paper ballots",
    );
    expect(verdictOf(result)).toBe('discrepancies');
  });

  it('withholds a runoff winner whose lead is not more than the ballots could move (g + r)', () => {
    const runoff = { round: 'runoff' as const };
    // A third of 60 (at most 61) is met either way; 30 against 27: 27 + 2 could reach 30 − 1.
    expect(evaluate(chair(30, 27, 60, 70, runoff), uncertain(1, 2)).contests[0]?.undecided).toBe(true);
    expect(evaluate(chair(30, 26, 60, 70, runoff), uncertain(1, 2)).contests[0]?.elected).toEqual(['a']);
  });

  it('withholds a seat left open by a tie: the uncertain ballots could break it', () => {
    const result = evaluate(chair(30, 30, 60, 70, { round: 'runoff' }), uncertain(1, 2));
    expect(result.contests[0]?.undecided).toBe(true);
    expect(codes(result)).not.toContain('TIE');
  });

  it('calls the quorum undecided, not void, when the records that may be other ballots could meet it', () => {
    // 50 of 100 is not more than half; 51 would be.
    const result = evaluate(chair(40, 5, 50, 70), uncertain(1, 2), 'zh');
    expect(result.turnout).toMatchObject({ quorumMet: false, quorumUndecided: true, electionValid: true });
    expect(codes(result)).toEqual(['OUTCOME_UNDECIDED']);
    expect(result.findings[0]?.messages.en).toBe(
      'whether more than half of registered voters voted cannot be decided from these records: 50 ballots counted, at least 51 needed; 1 record repeating a ballot number with other contents may be other ballots keyed with a wrong number (box “central” ballot “001” (ballots.csv lines 2 and 3)). Whether the election is valid is therefore not decided, and no one is declared elected',
    );
    expect(result.findings[0]?.message).toContain('参加投票的是否超过');
    expect(result.contests[0]).toMatchObject({ elected: [], undecided: true });
    expect(verdictOf(result)).toBe('discrepancies');
  });

  it('keeps the void verdict when even every such record counted leaves the quorum unmet', () => {
    const result = evaluate(chair(40, 5, 49, 70), uncertain(1, 2));
    expect(codes(result)).toEqual(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']);
    expect(result.contests[0]).not.toHaveProperty('undecided');
    expect(verdictOf(result)).toBe('void');
  });

  it('calls returned against issued undecided when the distinct ballots fit but the records may not', () => {
    const result = evaluate(chair(40, 5, 60, 60), uncertain(1, 2));
    expect(result.turnout.electionValid).toBe(true);
    expect(codes(result)).toEqual(['OUTCOME_UNDECIDED', 'OUTCOME_UNDECIDED']);
    expect(result.findings.map((f) => f.box)).toEqual(['central', null]);
    expect(result.findings[0]?.messages.en).toContain(
      'whether box “central” returned more ballots than the 60 it issued cannot be decided from these records: 60 distinct ballots counted',
    );
    expect(verdictOf(result)).toBe('discrepancies');
  });

  it('keeps RETURNED_EXCEEDS_ISSUED and the void verdict when the distinct ballots alone exceed', () => {
    const result = evaluate(chair(40, 5, 61, 60), uncertain(1, 2));
    expect(codes(result)).toEqual(['RETURNED_EXCEEDS_ISSUED', 'RETURNED_EXCEEDS_ISSUED', 'ELECTION_VOID']);
    expect(verdictOf(result)).toBe('void');
  });

  it('calls returned against the voters who signed in undecided too, where the pack compares with them', () => {
    const spec = chair(40, 5, 60, 70, { rules: 'cn-village-zhejiang', date: '2026-03-01' });
    const result = evaluate({ ...spec, boxes: [{ ...spec.boxes[0]!, voters: 60 }] }, uncertain(1, 2));
    expect(codes(result)).not.toContain('RETURNED_EXCEEDS_VOTERS');
    expect(codes(result)).not.toContain('ELECTION_VOID');
    const messages = result.findings.filter((f) => f.code === 'OUTCOME_UNDECIDED').map((f) => f.message);
    expect(messages).toContain(
      'whether box “central” returned more ballots than the 60 voters who signed in cannot be decided from these records: 60 distinct ballots counted; 1 record repeating a ballot number with other contents may be other ballots keyed with a wrong number (box “central” ballot “001” (ballots.csv lines 2 and 3)). Whether the election is valid is therefore not decided, and no one is declared elected',
    );
    expect(result.turnout.electionValid).toBe(true);
  });

  it('changes nothing without uncertain ballots', () => {
    const none = { ballots: 0, records: 0, boxes: new Map(), listed: [], file: 'ballots.csv' };
    const result = evaluate(chair(31, 25, 60, 60), none);
    expect(result.contests[0]).toMatchObject({ elected: ['a'] });
    expect(codes(result)).toEqual([]);
  });
});

describe('winnersCouldChange', () => {
  it('keeps a contest only when every count the uncertain ballots allow elects the same, by the same rules', () => {
    const pack = getRulePack('cn-village')!;
    const contestOf = (seats: number, names: number): Contest => ({
      id: 'member',
      name: '委员',
      seats,
      candidates: Array.from({ length: names }, (_, i) => ({ id: `c${i}`, name: `候选人${i}` })),
    });
    let keptWithWinners = 0;
    const decide = (contest: Contest, votes: readonly number[], cast: number, round: Round, extra = 0) =>
      evaluateContest(
        contest,
        new Map([
          ...votes.map((v, i) => [`c${i}`, v] as const),
          ...(extra > 0 ? [['写入者', extra] as const] : []),
        ]),
        {
          pack,
          round,
          bases: { registered: null, cast, valid: cast },
          validBallots: cast,
          electionValid: true,
        },
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Round>('first', 'runoff'),
        fc.integer({ min: 0, max: 40 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 1000 })),
        (seats, votes, down, more, round, beyond, draws) => {
          const up = 2 * down + more;
          const slack = { down, up, extraBallots: up - down };
          const cast = Math.max(...votes, 1) + beyond;
          const contest = contestOf(seats, votes.length);
          const counted = decide(contest, votes, cast, round);
          if (winnersCouldChange(counted, slack, { registered: null, cast, valid: cast })) return;
          if (counted.result.elected.length > 0) keptWithWinners++;
          const draw = draws[Symbol.iterator]();
          const pick = (low: number, high: number) =>
            low + ((draw.next().value as number) % (high - low + 1));
          for (let trial = 0; trial < 20; trial++) {
            const moved = votes.map((v) => Math.max(0, v + pick(-down, up)));
            const other = decide(contest, moved, cast + pick(0, slack.extraBallots), round, pick(0, up));
            expect([...other.result.elected].sort()).toEqual([...counted.result.elected].sort());
            expect(other.tie).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
    // Not only contests that elect no one whatever happens.
    expect(keptWithWinners).toBeGreaterThan(10);
  });
});
