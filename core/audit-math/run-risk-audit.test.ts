import { describe, expect, it } from 'vitest';
import { readHandBallots, readHandBoxes } from './read-hand-counts.js';
import { ratio } from './ratio.js';
import { runBatchComparison, runBravo, runSupermajority } from './run-risk-audit.js';
import { ballotsCsv, boxesCsv, SMALL_ELECTION, smallRecount } from './testing/small-election.js';

const contest = SMALL_ELECTION.contests[0]!;
const base = { riskLimitPercent: 10, handCounts: { name: 'hand.csv', sha256: '0'.repeat(64) } };
const ballots = (rounds: readonly (readonly [number, number, number])[]) => {
  const read = readHandBallots('hand.csv', ballotsCsv(rounds), SMALL_ELECTION);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
};

describe('BRAVO round by round', () => {
  // Reported: jia 600, yi 360 of 1,000. T = (1200/960)^a · (720/960)^b.
  it('escalates after 20–10 (risk 0.13) and stops after 48–22 (risk 0.0048)', () => {
    const record = runBravo(
      contest,
      smallRecount(),
      ballots([
        [1, 20, 10],
        [2, 28, 12],
      ]),
      base,
    );
    expect(record.steps.map((s) => s.decision)).toEqual(['escalate', 'stop']);
    expect(record.steps[0]!.risk).toBeCloseTo(1 / (1.25 ** 20 * 0.75 ** 10), 10);
    expect(record.steps[0]!.nextRoundSize).toBeGreaterThan(0);
    expect(record.steps[1]!.risk).toBeCloseTo(1 / (1.25 ** 48 * 0.75 ** 22), 10);
    expect(record).toMatchObject({
      outcome: 'confirmed',
      method: 'bravo',
      reported: { winners: ['jia'], ballots: 1000 },
    });
  });
  it('a sample that favours the loser escalates', () => {
    expect(runBravo(contest, smallRecount(), ballots([[1, 10, 20]]), base).outcome).toBe('escalate');
  });
});

describe('BRAVO in a contest of two seats', () => {
  it('does not take as many votes as ballots for a full hand count', () => {
    // 500 ballots marking two names each hold 1,000 votes, as many as the ballots cast: still half the ballots.
    const twoSeats = {
      ...contest,
      seats: 2,
      candidates: [...contest.candidates, { id: 'bing', name: '丙' }],
    };
    const recount = smallRecount();
    const lines = ['round,draw,contest,choice'];
    for (let i = 1; i <= 500; i++) lines.push(`1,${i},chair,jia`, `1,${i},chair,yi`);
    const election = { ...SMALL_ELECTION, contests: [twoSeats] };
    const read = readHandBallots('h.csv', new TextEncoder().encode(lines.join('\n')), election);
    if (!read.ok) throw new Error('unreadable');
    const record = runBravo(twoSeats, recount, read.value, base);
    expect(record.outcome).not.toBe('full-hand-count');
  });
});

describe('super-majority (more than half of the ballots cast) round by round', () => {
  const majority = { share: ratio(1n, 2n), base: 'cast' } as const;
  it('confirms jia, who has 600 of 1,000, after enough ballots for jia', () => {
    const record = runSupermajority(
      contest,
      smallRecount(),
      majority,
      ballots([
        [1, 3, 3],
        [2, 40, 15],
      ]),
      base,
    );
    expect(record.reported.winners).toEqual(['jia']);
    expect(record.steps.map((s) => s.decision)).toEqual(['escalate', 'stop']);
    expect(record.steps[0]!.nextRoundSize).toBeGreaterThan(0);
  });
  it('tests no one when no one reached the share', () => {
    const twoThirds = { share: ratio(2n, 3n), base: 'cast' } as const;
    const record = runSupermajority(contest, smallRecount(), twoThirds, ballots([[1, 30, 0]]), base);
    expect(record.reported.winners).toEqual([]);
    expect(record.outcome).toBe('escalate');
  });
});

describe('batch comparison round by round', () => {
  // U = 40 · (6 + 25)/240 = 31/6; each clean box multiplies the risk by 1 − 6/31 = 25/31; (25/31)^11 = 0.094.
  const hand = (draws: Parameters<typeof boxesCsv>[0]) => {
    const read = readHandBoxes('boxes-hand.csv', boxesCsv(draws), SMALL_ELECTION);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    return read.value;
  };
  it('five clean boxes escalate, eleven stop', () => {
    const draws = Array.from({ length: 11 }, (_, i) => ({ round: i < 5 ? 1 : 2, box: `box-${i + 1}` }));
    const record = runBatchComparison(contest, smallRecount(), hand(draws), base);
    expect(record.steps.map((s) => s.decision)).toEqual(['escalate', 'stop']);
    expect(record.steps[0]!.risk).toBeCloseTo((25 / 31) ** 5, 12);
    expect(record.steps[1]!.risk).toBeCloseTo((25 / 31) ** 11, 12);
  });
  it('a box whose hand count moves votes to the loser raises the risk', () => {
    const draws = Array.from({ length: 11 }, (_, i) => ({
      round: 1,
      box: `box-${i + 1}`,
      ...(i === 0 ? { jia: 10, yi: 14 } : {}),
    }));
    const record = runBatchComparison(contest, smallRecount(), hand(draws), base);
    expect(record.outcome).toBe('escalate');
  });
});

describe('hand-count files', () => {
  it('name the file, line and column of a bad cell in both languages', () => {
    const bytes = new TextEncoder().encode('round,draw,contest,choice\n1,1,主任,甲\nx,2,副主任,乙\n');
    const read = readHandBallots('hand.csv', bytes, SMALL_ELECTION);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 1],
      [3, 5],
    ]);
    expect(read.errors[1]!.message.zh).toContain('未知职位');
    expect(read.errors[1]!.message.en).toContain('unknown contest');
  });
  it('refuse a box hand count that names a choice twice', () => {
    const bytes = new TextEncoder().encode(
      'round,box,contest,candidate,votes\n1,box-1,chair,jia,3\n1,box-1,chair,甲,4\n',
    );
    const read = readHandBoxes('h.csv', bytes, SMALL_ELECTION);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.line).toBe(3);
  });
  it('read #void ballots and multi-mark ballots as one draw', () => {
    const bytes = new TextEncoder().encode(
      '轮次,抽样序号,职位,选项\n1,a,主任,#void\n1,b,主任,甲\n1,b,主任,乙\n',
    );
    const read = readHandBallots('h.csv', bytes, SMALL_ELECTION);
    expect(read.ok && read.value.map((b) => [b.draw, [...b.marks.get('chair')!]])).toEqual([
      ['a', ['#void']],
      ['b', ['jia', 'yi']],
    ]);
  });
});
