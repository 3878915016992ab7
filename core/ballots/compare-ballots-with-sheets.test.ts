import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK } from '../model/election.js';
import { addVotes, emptyTally, type BoxSheet, type ElectionTally } from '../model/tally.js';
import type { BallotCount } from './ballot-count.js';
import { compareBallotsWithSheets } from './compare-ballots-with-sheets.js';
import { count, testElection } from './testing/ballot-sources.js';

const CSV =
  'box,ballot,void,chair,vice-chair,member\n' +
  'central,1,,wang-lin,zhou-qing,chen-mei|liu-yang\n' +
  'central,2,,李华,,chen-mei|张三\n' +
  'central,3,1,,,\n' +
  'central,4,,wang-lin|li-hua,,\n' +
  'mobile,1,,wang-lin,赵敏,sun-tao|he-jun|liu-yang\n' +
  'mobile,2,,,zhao-min,\n';

async function recount(): Promise<BallotCount> {
  const result = await count(CSV);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The sheets a careful counting staff would write from these records (names written as names). */
function faithfulSheets(ballots: BallotCount): { sheets: BoxSheet[]; tally: ElectionTally } {
  const tally = emptyTally();
  const names = new Map(
    testElection.contests.flatMap((contest) => contest.candidates.map((c) => [c.id, c.name] as const)),
  );
  for (const [box, votes] of ballots.tally.boxes)
    for (const [contest, counts] of votes.contests)
      for (const [choice, n] of counts) addVotes(tally, box, contest, names.get(choice) ?? choice, n);
  const sheets = [...ballots.boxes].map(([box, records]) => ({
    box,
    issued: records.records + 5,
    returned: records.records,
    invalid: records.void + records.overvoted,
  }));
  return { sheets, tally };
}

describe('compareBallotsWithSheets', () => {
  it('finds nothing when the sheets agree with the records', async () => {
    const ballots = await recount();
    const { sheets, tally } = faithfulSheets(ballots);
    expect(compareBallotsWithSheets(ballots, sheets, tally, testElection, 'en')).toEqual([]);
  });

  it('locates one changed vote exactly, in any box, contest and name', async () => {
    const ballots = await recount();
    const keys = [...ballots.tally.boxes].flatMap(([box, votes]) =>
      [...votes.contests].flatMap(([contest, counts]) =>
        [...counts.keys()].map((choice) => ({ box, contest, choice })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...keys),
        fc.integer({ min: -1, max: 3 }).filter((d) => d !== 0),
        async (at, delta) => {
          const recorded = ballots.tally.boxes.get(at.box)!.contests.get(at.contest)!.get(at.choice)!;
          fc.pre(recorded + delta >= 0);
          const { sheets, tally } = faithfulSheets(ballots);
          const contest = testElection.contests.find((c) => c.id === at.contest)!;
          const written = contest.candidates.find((c) => c.id === at.choice)?.name ?? at.choice;
          addVotes(tally, at.box, at.contest, written, delta);
          const findings = compareBallotsWithSheets(ballots, sheets, tally, testElection, 'en');
          expect(findings.map((f) => [f.code, f.box, f.contest, f.candidate, f.expected, f.found])).toEqual([
            ['CVR_TALLY_MISMATCH', at.box, at.contest, at.choice, recorded, recorded + delta],
          ]);
        },
      ),
    );
  });

  it('reports a name on the sheet the records never show, against 0', async () => {
    const ballots = await recount();
    const { sheets, tally } = faithfulSheets(ballots);
    addVotes(tally, 'mobile', 'member', '王五', 2);
    const findings = compareBallotsWithSheets(ballots, sheets, tally, testElection, 'zh');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'CVR_TALLY_MISMATCH',
        box: 'mobile',
        contest: 'member',
        candidate: '王五',
        expected: 0,
        found: 2,
      }),
    ]);
    expect(findings[0]!.message).toContain('王五');
  });

  it('leaves abstentions unchecked where the sheet states no #blank figure', async () => {
    const ballots = await recount();
    const { sheets, tally } = faithfulSheets(ballots);
    tally.boxes.get('central')!.contests.get('vice-chair')!.delete(BLANK);
    expect(compareBallotsWithSheets(ballots, sheets, tally, testElection, 'en')).toEqual([]);
  });

  it('compares records with returned, and void plus overvoted with invalid', async () => {
    const ballots = await recount();
    expect(ballots.boxes.get('central')).toEqual({
      records: 4,
      repeats: 0,
      void: 1,
      overvoted: 1,
      contestsVoided: 0,
      twoPosts: 0,
    });
    const sheets: BoxSheet[] = [
      { box: 'central', returned: 5, invalid: 2 },
      { box: 'mobile', returned: 2, invalid: 1 },
    ];
    const findings = compareBallotsWithSheets(ballots, sheets, null, testElection, 'en');
    expect(findings.map((f) => [f.code, f.box, f.expected, f.found])).toEqual([
      ['BALLOT_ACCOUNTING_MISMATCH', 'central', 4, 5],
      ['BALLOT_ACCOUNTING_MISMATCH', 'mobile', 0, 1],
    ]);
  });

  it('reports boxes found on one side only', async () => {
    const ballots = await recount();
    const { sheets, tally } = faithfulSheets(ballots);
    tally.boxes.delete('mobile');
    addVotes(tally, 'school', 'chair', '王林', 3);
    const accounting = sheets
      .filter((sheet) => sheet.box !== 'mobile')
      .concat({ box: 'school', returned: 3, invalid: 0 });
    const findings = compareBallotsWithSheets(ballots, accounting, tally, testElection, 'en');
    expect(findings.map((f) => [f.code, f.box, f.expected, f.found])).toEqual([
      ['BALLOT_ACCOUNTING_MISMATCH', 'school', 0, 3],
      ['BALLOT_ACCOUNTING_MISMATCH', 'mobile', 2, null],
      ['CVR_TALLY_MISMATCH', 'mobile', null, null],
      ['CVR_TALLY_MISMATCH', 'school', null, null],
    ]);
  });
});
