import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testElection } from '../ballots/testing/ballot-sources.js';
import { compareLiveTallies, type TallySide } from './compare-live-tallies.js';
import type { LiveBallot } from './live-ballot.js';

const CHAIR = ['wang-lin', 'li-hua'];
const MEMBERS = ['chen-mei', 'liu-yang', 'sun-tao'];

/** Ballot n of a generated count: no two ballots in a row alike (the chair alternates). */
function generated(n: number): LiveBallot {
  return {
    number: n,
    void: false,
    choices: { chair: [CHAIR[n % 2]!], member: MEMBERS.slice(0, n % 4) },
  };
}

const side = (file: string, ballots: readonly LiveBallot[], box = 'central'): TallySide => ({
  file,
  record: { election: testElection, box, ballots },
});
const renumbered = (ballots: readonly LiveBallot[]) =>
  ballots.map((ballot, index) => ({ ...ballot, number: index + 1 }));

describe('compareLiveTallies', () => {
  const ballotsA = Array.from({ length: 60 }, (_, index) => generated(index + 1));
  // B: ballot 10 skipped, ballot 20 entered twice, ballot 30's chair another name, ballot 40 void.
  const ballotsB = renumbered(
    ballotsA.flatMap((ballot): LiveBallot[] => {
      if (ballot.number === 10) return [];
      if (ballot.number === 20) return [ballot, ballot];
      if (ballot.number === 30) return [{ ...ballot, choices: { ...ballot.choices, chair: ['li-hua'] } }];
      if (ballot.number === 40) return [{ number: 40, void: true, choices: {} }];
      return [ballot];
    }),
  );
  const result = compareLiveTallies(side('a.json', ballotsA), side('b.json', ballotsB), 'en');
  const comparison = result.ok ? result.value : null;

  it('finds each planted difference, located by the ballot numbers of both tallies', () => {
    expect(comparison?.aligned).toBe(true);
    expect(comparison?.differences.map(({ message: _, ...rest }) => rest)).toEqual([
      {
        kind: 'missing',
        a: 10,
        b: null,
        between: [9, 10],
        repeats: null,
        contest: null,
        namesA: null,
        namesB: null,
      },
      {
        kind: 'extra',
        a: null,
        b: 19,
        between: [19, 20],
        repeats: 20,
        contest: null,
        namesA: null,
        namesB: null,
      },
      {
        kind: 'different',
        a: 30,
        b: 30,
        between: null,
        repeats: null,
        contest: 'chair',
        namesA: ['王林'],
        namesB: ['李华'],
      },
      { kind: 'void', a: 40, b: 40, between: null, repeats: null, contest: null, namesA: null, namesB: null },
    ]);
  });

  it('says each in plain words in both languages, one error finding each', () => {
    const [missing, extra, changed, voided] = comparison!.differences;
    expect(missing!.message.en).toBe(
      "A's ballot 10 (主任: 王林; 副主任: blank; 委员: 陈梅, 刘洋) has no counterpart in B (between B's ballots 9 and 10): perhaps missed by B",
    );
    expect(missing!.message.zh).toContain('记录 A 的第 10 张选票');
    expect(extra!.message.en).toContain("B's ballot 19 is the same as its ballot 20");
    expect(changed!.message.zh).toBe('第 30 张选票，主任：记录 A 为 王林，记录 B 为 李华');
    expect(voided!.message.en).toMatch(/^ballot 40: void in B, valid in A/);
    expect(comparison!.findings.map((finding) => [finding.code, finding.severity])).toEqual(
      Array(4).fill(['LIVE_TALLIES_DIFFER', 'error']),
    );
  });

  it("gives each tally's totals, name by name, and the difference", () => {
    const { totals } = comparison!;
    expect([totals.ballots.a, totals.ballots.b, totals.invalid.a, totals.invalid.b]).toEqual([60, 60, 0, 1]);
    const chair = totals.contests.find((contest) => contest.id === 'chair')!;
    expect(chair.rows.map(({ key, a, b, difference }) => [key, a, b, difference])).toEqual([
      // A: 30 each. B: ballot 10 (王林) gone, 20 (王林) twice, 30 (王林) now 李华, 40 (王林) void.
      ['wang-lin', 30, 28, -2],
      ['li-hua', 30, 31, 1],
      ['#blank', 0, 0, 0],
    ]);
  });

  it('ballots numbered apart from one another are still matched in the order read', () => {
    const gapped = ballotsA.map((ballot) => ({ ...ballot, number: ballot.number * 10 }));
    const same = compareLiveTallies(side('a.json', ballotsA), side('b.json', gapped), 'zh');
    expect(same.ok && same.value.differences).toHaveLength(0);
  });

  it('refuses tallies of different boxes or elections, naming both files', () => {
    const boxes = compareLiveTallies(side('a.json', ballotsA), side('b.json', ballotsA, 'east'), 'en');
    expect(!boxes.ok && boxes.errors.map((error) => [error.file, error.path])).toEqual([
      ['a.json, b.json', '$.box'],
    ]);
    const other = {
      ...side('b.json', ballotsA),
      record: { ...side('b.json', ballotsA).record, election: { ...testElection, name: '别村' } },
    };
    const elections = compareLiveTallies(side('a.json', ballotsA), other, 'en');
    expect(!elections.ok && elections.errors[0]!.message.en).toContain('different elections');
  });

  it('lengths too far apart are not aligned: the totals are compared and that is said', () => {
    const few = compareLiveTallies(side('a.json', ballotsA), side('b.json', []), 'en');
    expect(few.ok && few.value.aligned).toBe(true); // 60 apart is within reach
    const many = Array.from({ length: 700 }, (_, index) => generated(index + 1));
    const far = compareLiveTallies(side('a.json', ballotsA), side('b.json', many), 'en');
    expect(far.ok && far.value.aligned).toBe(false);
    expect(far.ok && far.value.findings[0]!.message).toContain('too far apart to align');
    expect(
      far.ok &&
        far.value.findings
          .filter((finding) => finding.contest === 'chair')
          .map((finding) => finding.candidate),
    ).toEqual(['wang-lin', 'li-hua']);
  });

  it('identical tallies never differ, whatever the ballots and the order names were marked in', () => {
    const names = fc.subarray([...MEMBERS, '另选一人']);
    const ballot = fc.record({
      void: fc.boolean(),
      chair: fc.subarray(CHAIR),
      member: names,
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 40 }), (drawn) => {
        const ballots = drawn.map((each, index): LiveBallot => {
          const choices: Record<string, string[]> = each.void
            ? {}
            : { chair: each.chair, member: each.member };
          return { number: index + 1, void: each.void, choices };
        });
        const reordered = ballots.map((each) => ({
          ...each,
          choices: Object.fromEntries(
            Object.entries(each.choices).map(([id, keys]) => [id, [...keys].reverse()]),
          ),
        }));
        const result = compareLiveTallies(side('a.json', ballots), side('b.json', reordered), 'zh');
        expect(result.ok && result.value.differences).toEqual([]);
        expect(result.ok && result.value.findings).toEqual([]);
        const rows = result.ok ? result.value.totals.contests.flatMap((contest) => contest.rows) : [];
        expect(rows.every((row) => row.difference === 0)).toBe(true);
      }),
    );
  });
});
