import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../model/finding.js';
import type { BoxSheet } from '../model/tally.js';
import { getRulePack } from '../rules/registry.js';
import { evaluateElection } from './evaluate-election.js';
import { chairElection } from './testing/chair-election.js';
import { electionFixture, type ElectionSpec } from './testing/election-fixture.js';
import { verdictOf } from './verdict.js';

function evaluate(spec: ElectionSpec, lang: 'zh' | 'en' = 'zh') {
  const { election, sheets, tally } = electionFixture(spec);
  const pack = getRulePack(election.rules);
  if (!pack) throw new Error(`no pack ${election.rules}`);
  return evaluateElection({ election, pack, sheets, tally, lang });
}
const codes = (evaluation: { findings: readonly { code: FindingCode }[] }) =>
  evaluation.findings.map((f) => f.code);

/** One seat, two candidates (one woman), 100 registered, `returned` cast: the base most tests vary. */
const chair = chairElection;

describe('first round under cn-village', () => {
  it('elects a candidate with more than half of the ballots cast', () => {
    const result = evaluate(chair(31, 29, 60));
    expect(result.contests[0]?.elected).toEqual(['a']);
    expect(result.contests[0]?.votesNeeded).toBe(31);
    expect(result.findings).toEqual([]);
    expect(verdictOf(result)).toBe('valid');
  });
  it('does not elect with exactly half: the seat is open and a runoff is called', () => {
    const result = evaluate(chair(30, 29, 60));
    expect(result.contests[0]?.elected).toEqual([]);
    expect(result.contests[0]?.unfilledSeats).toBe(1);
    expect(codes(result)).toEqual(['SEAT_UNFILLED', 'WOMEN_QUOTA_UNMET']);
    expect(result.findings[1]?.message).toContain('尚有1个名额待另行选举');
    expect(result.findings[0]?.message).toContain('甲得票30票最多，未超过投票总数60票的半数');
    expect(result.findings[0]?.message).toContain('需20票');
    expect(verdictOf(result)).toBe('runoff-needed');
  });
  it('names candidates level at the top of the unelected together, none as leading', () => {
    const result = evaluate(chair(30, 30, 60));
    expect(codes(result)).toEqual(['SEAT_UNFILLED', 'WOMEN_QUOTA_UNMET']);
    const unfilled = result.findings[0]!;
    expect(unfilled.messages.zh).toContain('甲、乙各得30票，并列最多，未超过投票总数60票的半数');
    expect(unfilled.messages.en).toContain(
      '甲, 乙 lead the rest with 30 votes each, not more than half of the ballots cast 60',
    );
    expect(unfilled.messages.en).not.toContain('甲 leads');
  });
  it('measures the threshold against ballots cast, void ballots included', () => {
    // 60 cast, 10 void: 26 is more than half of the 50 valid but not of the 60 cast.
    const spec = chair(26, 24, 60);
    const result = evaluate({
      ...spec,
      boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 10 }],
      votes: { central: { chair: { a: 26, b: 24 } } },
    });
    expect(result.turnout).toMatchObject({ cast: 60, valid: 50, invalid: 10 });
    expect(result.contests[0]?.validBallots).toBe(50);
    expect(result.contests[0]?.elected).toEqual([]);
  });
});

describe('quorum', () => {
  it('voids the election when exactly half the registered voters cast a ballot', () => {
    const result = evaluate(chair(40, 10, 50));
    expect(result.turnout).toMatchObject({ quorumMet: false, electionValid: false });
    expect(codes(result)).toEqual(expect.arrayContaining(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']));
    expect(result.contests.every((contest) => contest.elected.length === 0)).toBe(true);
    expect(codes(result)).not.toContain('SEAT_UNFILLED');
    expect(verdictOf(result)).toBe('void');
    const quorum = result.findings.find((f) => f.code === 'TURNOUT_BELOW_QUORUM');
    expect(quorum).toMatchObject({ severity: 'error', expected: 51, found: 50 });
  });
  it('is met with one more than half', () => {
    expect(evaluate(chair(40, 10, 51)).turnout.quorumMet).toBe(true);
  });
  it('cannot be shown met when nothing states the electorate', () => {
    const spec = chair(40, 10, 60);
    const result = evaluate({
      ...spec,
      registeredVoters: undefined,
      boxes: [{ box: 'central', issued: 60, returned: 60, invalid: 0 }],
    } as ElectionSpec);
    expect(result.turnout).toMatchObject({ registered: null, quorumMet: false, electionValid: true });
    expect(codes(result)).toContain('UNREAD_FIGURE');
  });
});

describe('registered voters', () => {
  it('takes the boxes sum when election.json gives none', () => {
    const spec = chair(40, 10, 60);
    const { registeredVoters: _omit, ...rest } = spec;
    expect(evaluate(rest).turnout.registered).toBe(100);
  });
  it('warns when the election and the boxes disagree, and uses the election', () => {
    const result = evaluate(chair(40, 10, 60, { registeredVoters: 110 }));
    expect(result.turnout.registered).toBe(110);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'REGISTERED_MISMATCH',
        severity: 'warning',
        expected: 110,
        found: 100,
      }),
    ]);
  });
});

describe('ballots returned and issued', () => {
  it('voids the election when a box returns more than it issued', () => {
    const spec = chair(40, 10, 60);
    const result = evaluate({
      ...spec,
      boxes: [
        { box: 'central', registered: 100, issued: 50, returned: 49, invalid: 0 },
        { box: 'mobile', registered: 0, issued: 10, returned: 11, invalid: 0 },
      ],
      votes: {
        central: { chair: { a: 35, b: 9, '#blank': 5 } },
        mobile: { chair: { a: 5, b: 1, '#blank': 5 } },
      },
    });
    const exceeded = result.findings.filter((f) => f.code === 'RETURNED_EXCEEDS_ISSUED');
    expect(exceeded).toEqual([
      expect.objectContaining({ box: 'mobile', expected: 10, found: 11, severity: 'error' }),
    ]);
    expect(result.turnout.electionValid).toBe(false);
    expect(result.contests[0]?.elected).toEqual([]);
    expect(result.findings.find((f) => f.code === 'ELECTION_VOID')?.message).toContain('mobile');
  });
  it('reports the total as well when all boxes together return more than issued', () => {
    const result = evaluate({
      ...chair(40, 10, 60),
      boxes: [{ box: 'central', registered: 100, issued: 59, returned: 60, invalid: 0 }],
    });
    expect(result.findings.filter((f) => f.code === 'RETURNED_EXCEEDS_ISSUED').map((f) => f.box)).toEqual([
      'central',
      null,
    ]);
  });
});

describe('ballot accounting', () => {
  it('flags more void ballots than returned', () => {
    const result = evaluate({
      ...chair(0, 0, 60),
      boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 61 }],
      votes: {},
    });
    expect(result.findings.filter((f) => f.code === 'BALLOT_ACCOUNTING_MISMATCH')).toEqual([
      expect.objectContaining({ box: 'central', expected: 60, found: 61 }),
    ]);
  });
  it('flags valid ballots missing from a one-seat contest when abstentions are stated', () => {
    const result = evaluate({
      ...chair(40, 10, 60),
      votes: { central: { chair: { a: 40, b: 10, '#blank': 5 } } },
    });
    const mismatch = result.findings.filter((f) => f.code === 'BALLOT_ACCOUNTING_MISMATCH');
    expect(mismatch.map((f) => [f.box, f.expected, f.found])).toEqual([
      ['central', 60, 55],
      [null, 60, 55],
    ]);
  });
  it('checks only the upper bounds when the sheet states no abstentions, and says what is left unaccounted', () => {
    const result = evaluate({ ...chair(40, 10, 60), votes: { central: { chair: { a: 40, b: 10 } } } });
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'BALLOTS_UNACCOUNTED', severity: 'warning', expected: 60, found: 50 }),
    ]);
    expect(result.findings[0]!.messages.zh).toContain('则弃权为10张（推算');
    expect(result.findings[0]!.messages.en).toContain('there were 10 (inferred, not stated on the sheets)');
  });
  it('lets a multi-seat ballot name fewer people than seats', () => {
    // 10 valid ballots, 3 seats, 2 abstain: 8 ballots name 1 to 3 people, so 8 to 24 votes fit.
    const spec: ElectionSpec = {
      registeredVoters: 12,
      minWomen: 0,
      contests: [
        {
          id: 'member',
          seats: 3,
          candidates: [
            ['a', '甲'],
            ['b', '乙'],
            ['c', '丙'],
            ['d', '丁'],
          ],
        },
      ],
      boxes: [{ box: 'central', issued: 10, returned: 10, invalid: 0 }],
      votes: { central: { member: { a: 6, b: 6, c: 6, d: 6, '#blank': 2 } } },
    };
    expect(codes(evaluate(spec))).not.toContain('BALLOT_ACCOUNTING_MISMATCH');
    const tooMany = evaluate({
      ...spec,
      votes: { central: { member: { a: 7, b: 6, c: 6, d: 6, '#blank': 2 } } },
    });
    expect(tooMany.findings.find((f) => f.code === 'BALLOT_ACCOUNTING_MISMATCH')).toMatchObject({
      expected: 24,
      found: 25,
    });
    const tooFew = evaluate({ ...spec, votes: { central: { member: { a: 7, '#blank': 2 } } } });
    expect(tooFew.findings.find((f) => f.code === 'BALLOT_ACCOUNTING_MISMATCH')).toMatchObject({
      expected: 10,
      found: 9,
    });
  });
  it('flags votes from a box that has no sheet', () => {
    const spec = chair(40, 10, 60);
    const result = evaluate({ ...spec, votes: { ...spec.votes, ghost: { chair: { a: 1 } } } });
    expect(
      result.findings.find((f) => f.code === 'BALLOT_ACCOUNTING_MISMATCH' && f.box === 'ghost'),
    ).toBeDefined();
    expect(result.boxes.map((box) => box.box)).toEqual(['central', 'ghost']);
  });
});

describe('votes exceeding ballots', () => {
  it('flags a name with more votes than valid ballots', () => {
    const result = evaluate({ ...chair(40, 10, 60), votes: { central: { chair: { a: 61 } } } });
    expect(
      result.findings
        .filter((f) => f.code === 'VOTES_EXCEED_BALLOTS' && f.candidate === 'a')
        .map((f) => f.found),
    ).toEqual([61, 61]);
  });
  it('flags a contest with more votes than seats × valid ballots', () => {
    const result = evaluate({ ...chair(40, 10, 60), votes: { central: { chair: { a: 40, b: 21 } } } });
    expect(result.findings.find((f) => f.code === 'VOTES_EXCEED_BALLOTS')).toMatchObject({
      contest: 'chair',
      expected: 60,
      found: 61,
    });
  });
});

describe('ties', () => {
  it('leaves a seat open when two above the threshold tie for it', () => {
    const spec: ElectionSpec = {
      registeredVoters: 100,
      contests: [
        {
          id: 'member',
          name: '委员',
          seats: 2,
          candidates: [
            ['a', '甲', 'female'],
            ['b', '乙'],
            ['c', '丙'],
          ],
        },
      ],
      boxes: [{ box: 'central', issued: 60, returned: 60, invalid: 0 }],
      votes: { central: { member: { a: 50, b: 40, c: 40 } } },
    };
    const result = evaluate(spec);
    expect(result.contests[0]?.elected).toEqual(['a']);
    expect(result.contests[0]?.unfilledSeats).toBe(1);
    expect(result.findings.find((f) => f.code === 'TIE')).toMatchObject({
      severity: 'warning',
      contest: 'member',
    });
    expect(result.findings.find((f) => f.code === 'TIE')?.message).toContain('乙、丙各得40票');
  });
});

describe('runoff round', () => {
  const runoff = (votesA: number, votesB: number, returned: number) =>
    chair(votesA, votesB, returned, { round: 'runoff' });
  it('elects the highest with exactly one third of the ballots cast', () => {
    expect(evaluate(runoff(20, 19, 60)).contests[0]?.elected).toEqual(['a']);
  });
  it('does not elect the highest below one third, and says why', () => {
    const result = evaluate(runoff(19, 18, 60));
    expect(result.contests[0]?.elected).toEqual([]);
    expect(result.findings.find((f) => f.code === 'RUNOFF_THRESHOLD')).toMatchObject({
      expected: 20,
      found: 19,
    });
    expect(codes(result)).toContain('SEAT_UNFILLED');
  });
});

describe('women on the committee', () => {
  it('counts elected women across all contests', () => {
    const spec: ElectionSpec = {
      registeredVoters: 100,
      contests: [
        {
          id: 'chair',
          seats: 1,
          candidates: [
            ['a', '甲', 'male'],
            ['b', '乙', 'female'],
          ],
        },
        {
          id: 'member',
          seats: 1,
          candidates: [
            ['c', '丙', 'female'],
            ['d', '丁', 'male'],
          ],
        },
      ],
      boxes: [{ box: 'central', issued: 60, returned: 60, invalid: 0 }],
      votes: { central: { chair: { a: 40, b: 20 }, member: { c: 40, d: 20 } } },
    };
    expect(codes(evaluate(spec))).not.toContain('WOMEN_QUOTA_UNMET');
    const noWoman = evaluate({
      ...spec,
      votes: { central: { chair: { a: 40, b: 20 }, member: { c: 20, d: 40 } } },
    });
    expect(noWoman.findings.find((f) => f.code === 'WOMEN_QUOTA_UNMET')).toMatchObject({
      expected: 1,
      found: 0,
    });
    expect(codes(evaluate({ ...spec, minWomen: 2 }))).toContain('WOMEN_QUOTA_UNMET');
    const noneRequired = evaluate({
      ...spec,
      minWomen: 0,
      votes: { central: { chair: { a: 40 }, member: { d: 40 } } },
    });
    expect(codes(noneRequired)).not.toContain('WOMEN_QUOTA_UNMET');
  });
});

describe('competitiveness and write-ins', () => {
  it('warns when a contest has no more candidates than seats', () => {
    const spec = chair(40, 10, 60);
    const result = evaluate({
      ...spec,
      contests: [{ id: 'chair', seats: 1, candidates: [['a', '甲', 'female']] }],
      votes: { central: { chair: { a: 40 } } },
    });
    expect(result.findings.find((f) => f.code === 'NOT_COMPETITIVE')).toMatchObject({
      expected: 2,
      found: 1,
    });
    expect(codes(evaluate(spec))).not.toContain('NOT_COMPETITIVE');
  });
  it('counts and elects a written-in name', () => {
    const result = evaluate({
      ...chair(5, 10, 60),
      votes: { central: { chair: { a: 5, b: 10, 王五: 45 } } },
    });
    const contest = result.contests[0];
    expect(contest?.elected).toEqual(['王五']);
    expect(contest?.candidates[0]).toMatchObject({
      id: '王五',
      name: '王五',
      writeIn: true,
      elected: true,
      votes: 45,
    });
    expect(result.findings.find((f) => f.code === 'WRITE_IN')).toMatchObject({
      severity: 'info',
      candidate: '王五',
      found: 45,
    });
  });
  it('counts a vote written by name for the candidate of that name', () => {
    const result = evaluate({ ...chair(5, 10, 60), votes: { central: { chair: { a: 20, 甲: 20, b: 10 } } } });
    expect(result.contests[0]?.candidates[0]).toMatchObject({ id: 'a', votes: 40, elected: true });
  });
});

describe('party branch', () => {
  /** A general meeting of 100 members due to attend, `returned` voting, 甲 `votesA` and 乙 the rest. */
  const party = (rules: string, returned: number, votesA = returned - 1, box: Partial<BoxSheet> = {}) =>
    evaluate({
      ...chair(votesA, returned - votesA, returned, { rules }),
      boxes: [{ box: 'meeting', registered: 100, issued: returned, returned, invalid: 0, ...box }],
      votes: { meeting: { chair: { a: votesA, b: returned - votesA } } },
    });

  it('1990: needs more than four fifths present, and more than half of those present to win', () => {
    expect(party('cn-party-branch@1990', 80).turnout.electionValid).toBe(false);
    expect(party('cn-party-branch@1990', 81).turnout.electionValid).toBe(true);
    // 41 × 2 = 82 > 81 present.
    expect(party('cn-party-branch@1990', 81, 41).contests[0]?.elected).toEqual(['a']);
  });

  it('2020: four fifths present is enough (art. 19), and a winner needs more than half of those due (art. 29)', () => {
    expect(party('cn-party-branch@2020', 80).turnout.electionValid).toBe(true);
    expect(party('cn-party-branch@2020', 79).turnout.electionValid).toBe(false);
    // 41 of 81 present is more than half of them, not of the 100 due to attend.
    const short = party('cn-party-branch@2020', 81, 41);
    expect(short.contests[0]?.elected).toEqual([]);
    expect(short.contests[0]?.votesNeeded).toBe(51);
    const unfilled = short.findings.find((f) => f.code === 'SEAT_UNFILLED');
    expect(unfilled?.messages.zh).toContain('甲得票41票最多，未超过应到会有选举权的党员人数100人的半数');
    expect(unfilled?.messages.zh).toContain('得票最多者须超过应到会有选举权的党员人数的半数方可当选');
    expect(unfilled?.messages.zh).not.toContain('如仍为');
    expect(party('cn-party-branch@2020', 81, 51).contests[0]?.elected).toEqual(['a']);
    // The date picks the version.
    expect(getRulePack('cn-party-branch', '2020-07-12')?.id).toBe('cn-party-branch@1990');
    expect(getRulePack('cn-party-branch', '2020-07-13')?.id).toBe('cn-party-branch@2020');
  });

  it('measures a runoff against the members due to attend too (2020)', () => {
    const runoff = evaluate({
      ...chair(50, 30, 80, { rules: 'cn-party-branch@2020', round: 'runoff' }),
      boxes: [{ box: 'meeting', registered: 100, issued: 80, returned: 80, invalid: 0 }],
      votes: { meeting: { chair: { a: 50, b: 30 } } },
    });
    expect(runoff.contests[0]?.elected).toEqual([]);
    const below = runoff.findings.find((f) => f.code === 'RUNOFF_THRESHOLD');
    expect(below).toMatchObject({ expected: 51, found: 50 });
    expect(below?.messages.zh).toContain('未达到超过应到会有选举权的党员人数的半数100人（需51票）');
  });

  it('voids the election on more ballots returned than members voting, not on more than issued (art. 27)', () => {
    for (const rules of ['cn-party-branch@1990', 'cn-party-branch@2020']) {
      const overVoters = party(rules, 85, 84, { voters: 84 });
      expect(overVoters.turnout.electionValid).toBe(false);
      expect(codes(overVoters)).toContain('RETURNED_EXCEEDS_VOTERS');
      const overIssued = party(rules, 85, 84, { issued: 84, voters: 85 });
      expect(overIssued.turnout.electionValid).toBe(true);
      expect(codes(overIssued)).toContain('RETURNED_EXCEEDS_ISSUED');
    }
  });

  it('wants candidates beyond the seats of at least 20 % of the seats (2020 art. 13)', () => {
    const committee = (seats: number, candidates: number) =>
      evaluate({
        rules: 'cn-party-branch@2020',
        registeredVoters: 100,
        contests: [
          {
            id: 'member',
            name: '委员',
            seats,
            candidates: Array.from(
              { length: candidates },
              (_, i) => [`m${i}`, `委员${i}`] as [string, string],
            ),
          },
        ],
        boxes: [{ box: 'meeting', registered: 100, issued: 90, returned: 90, invalid: 0 }],
        votes: { meeting: { member: { m0: 90 } } },
      });
    // 6 − 5 = 1, 1 × 5 ≥ 5: enough. 7 − 6 = 1, 1 × 5 < 6: short; 8 are needed.
    expect(codes(committee(5, 6))).not.toContain('NOT_COMPETITIVE');
    const short = committee(6, 7).findings.find((f) => f.code === 'NOT_COMPETITIVE');
    expect(short).toMatchObject({ severity: 'warning', expected: 8, found: 7 });
    expect(short?.messages.zh).toContain('差额不足应选人数的20%（至少需8名候选人）');
    expect(committee(6, 6).findings.find((f) => f.code === 'NOT_COMPETITIVE')?.messages.zh).toContain(
      '不是差额选举',
    );
    expect(codes(committee(6, 8))).not.toContain('NOT_COMPETITIVE');
  });
});

describe('missing figures', () => {
  it('leaves a box that does not state its returned ballots out of the cast and says so', () => {
    const spec = chair(40, 10, 60);
    const result = evaluate({
      ...spec,
      boxes: [...spec.boxes, { box: 'mobile', registered: 0 }],
    });
    expect(result.turnout.cast).toBe(60);
    expect(result.turnout.issued).toBeNull();
    expect(result.findings.find((f) => f.code === 'UNREAD_FIGURE')).toMatchObject({ box: 'mobile' });
  });
});

describe('messages', () => {
  it('are given in both languages, the report language first', () => {
    const result = evaluate(chair(30, 29, 60), 'en');
    const finding = result.findings[0];
    expect(finding?.message).toBe(finding?.messages.en);
    expect(finding?.messages.zh).toContain('主任应选1名');
    expect(finding?.messages.en).toContain('0 of 1 seat filled');
  });
});
