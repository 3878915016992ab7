// Handed elections it has never seen, in the contract's formats, the core (and the
// command line) finds the same turnout, votes, winners, open seats and findings as an independent count.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../core/index.js';
import { runCli, sample } from '../run-cli.js';
import { auditFiles, expectAgreement } from './audit-harness.js';
import { countElection } from './count-election.js';
import { electionArb, electionFiles, type GeneratedElection } from './election-generator.js';

describe('the oracle itself', () => {
  it('counts the bundled sample as its generator did', () => {
    const oracle = countElection({
      election: readFileSync(sample('election.json'), 'utf8'),
      boxes: readFileSync(sample('boxes.csv'), 'utf8'),
      tallies: readFileSync(sample('tallies.csv'), 'utf8'),
    });
    const expected = JSON.parse(readFileSync(sample('expected.json'), 'utf8')) as {
      registered: number;
      cast: number;
      valid: number;
      contests: { id: string; votes: Record<string, number>; elected: string[]; unfilledSeats: number }[];
    };
    expect(oracle).toMatchObject({
      registered: expected.registered,
      cast: expected.cast,
      valid: expected.valid,
    });
    expect(oracle.contests).toEqual(
      expected.contests.map((contest) =>
        expect.objectContaining({
          id: contest.id,
          votes: contest.votes,
          elected: [...contest.elected].sort(),
          unfilledSeats: contest.unfilledSeats,
        }),
      ),
    );
  });

  it('applies the thresholds at their exact boundaries', () => {
    const election = (round: string, registered: number) =>
      JSON.stringify({
        rules: 'cn-village',
        round,
        registeredVoters: registered,
        minWomen: 0,
        contests: [
          {
            id: 'chair',
            name: '主任',
            seats: 1,
            candidates: [
              { id: 'a', name: '甲' },
              { id: 'b', name: '乙' },
            ],
          },
        ],
      });
    const boxes = (returned: number) =>
      `box,registered,issued,returned,invalid\nc,0,${returned},${returned},0\n`;
    const tallies = (a: number, b: number) => `box,contest,candidate,votes\nc,chair,a,${a}\nc,chair,b,${b}\n`;
    const count = (round: string, registered: number, returned: number, a: number, b: number) =>
      countElection({
        election: election(round, registered),
        boxes: boxes(returned),
        tallies: tallies(a, b),
      });
    expect(count('first', 120, 60, 30, 30).quorumMet).toBe(false);
    expect(count('first', 119, 60, 31, 29).contests[0]?.elected).toEqual(['a']);
    expect(count('first', 119, 60, 30, 29).contests[0]?.elected).toEqual([]);
    expect(count('runoff', 119, 60, 20, 19).contests[0]?.elected).toEqual(['a']);
    expect(count('runoff', 119, 60, 19, 18).contests[0]?.elected).toEqual([]);
    expect(count('first', 119, 60, 31, 31).findings).toContain('VOTES_EXCEED_BALLOTS chair -');
  });
});

// ORACLE_RUNS=5000 for a longer search before a release; the default keeps the unit run fast.
const RUNS = Number(process.env['ORACLE_RUNS'] ?? 100);

describe('the core against the oracle', () => {
  it('agrees where the tally sheets leave out a contest of a box, or a whole box', async () => {
    const contest = (id: string, name: string, seats: number, candidates: string[]) => ({
      id,
      name,
      seats,
      candidates: candidates.map((candidateName, index) => ({
        id: `${id}-${index + 1}`,
        name: candidateName,
        gender: index === 0 ? ('female' as const) : ('male' as const),
      })),
    });
    const box = (id: string, returned: number, invalid: number) => ({
      box: id,
      registered: returned * 2,
      issued: returned,
      returned,
      invalid,
    });
    const row = (boxId: string, contestId: string, candidate: string, votes: number) => ({
      box: boxId,
      contest: contestId,
      candidate,
      votes,
    });
    const election: GeneratedElection = {
      round: 'first',
      contests: [
        contest('chair', '主任', 1, ['黄丽', '马超']),
        contest('member', '委员', 2, ['李芳', '张伟', '王强']),
      ],
      boxes: [box('central', 6, 1), box('north', 2, 0), box('east', 1, 0)],
      rows: [
        row('central', 'chair', 'chair-1', 5),
        row('central', 'member', 'member-1', 5),
        row('central', 'member', 'member-2', 5),
        row('north', 'chair', 'chair-1', 2), // no member row for north; no row at all for east
      ],
      chineseHeaders: false,
      bom: false,
    };
    const files = electionFiles(election);
    const oracle = countElection(files);
    expect(oracle.findings).toEqual(
      expect.arrayContaining([
        'BALLOT_ACCOUNTING_MISMATCH member north',
        'BALLOT_ACCOUNTING_MISMATCH - east',
      ]),
    );
    expectAgreement(await auditFiles(files), oracle);
  });

  it(
    'agrees on random elections through runAudit',
    async () => {
      await fc.assert(
        fc.asyncProperty(electionArb, async (generated) => {
          const files = electionFiles(generated);
          expectAgreement(await auditFiles(files), countElection(files));
        }),
        { numRuns: RUNS },
      );
    },
    20_000 + RUNS * 20,
  );

  it('agrees through the command line, exit status included', async () => {
    await fc.assert(
      fc.asyncProperty(electionArb, async (generated) => {
        const files = electionFiles(generated);
        const dir = mkdtempSync(join(tmpdir(), 'tallywitness-oracle-'));
        for (const [name, text] of [
          ['election.json', files.election],
          ['boxes.csv', files.boxes],
          ['tallies.csv', files.tallies],
        ] as const)
          writeFileSync(join(dir, name), text);
        const run = await runCli([
          'check',
          '--election',
          join(dir, 'election.json'),
          '--boxes',
          join(dir, 'boxes.csv'),
          '--tallies',
          join(dir, 'tallies.csv'),
          '--format',
          'json',
        ]);
        const oracle = countElection(files);
        expect(run.stderr).toBe('');
        expectAgreement(JSON.parse(run.stdout) as Report, oracle);
        expect(run.status).toBe(oracle.hasError ? 1 : 0);
      }),
      // Each run starts a process: report the first disagreement as found rather than shrink it.
      { numRuns: 5, endOnFailure: true },
    );
  }, 60_000);
});
