import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBallots } from '../ballots/count-ballots.js';
import { testElection } from '../ballots/testing/ballot-sources.js';
import { nobleSha256Hasher } from '../hash/noble-sha256-hasher.js';
import { bytesSource } from '../model/source.js';
import { BLANK, type Election } from '../model/election.js';
import type { ChoiceCounts } from '../model/tally.js';
import { getRulePack } from '../rules/registry.js';
import { liveBallotsCsv } from './live-ballots-csv.js';
import type { BallotRules, LiveBallot } from './live-ballot.js';
import { countBallot, countLiveBallots, emptyLiveCount } from './live-count.js';

/** Votes without the zero entries (a recount may list a name it saw only on void ballots). */
const nonZero = (counts: ChoiceCounts | undefined) =>
  Object.fromEntries([...(counts ?? [])].filter(([key, votes]) => votes !== 0 || key === BLANK));

async function recountOfCsv(election: Election, rules: BallotRules, ballots: readonly LiveBallot[]) {
  const csv = liveBallotsCsv('box-1', election, ballots);
  const result = await countBallots(
    bytesSource('ballots.csv', 'ballots', new TextEncoder().encode(csv)),
    election,
    {
      overvote: rules.overvote,
      ...(rules.onePersonTwoPosts ? { onePersonTwoPosts: true } : {}),
      lang: 'en',
      hasher: nobleSha256Hasher,
    },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Names a contest's ballot may carry: its candidates by id, a write-in, and one with a comma. */
const namesFor = (election: Election, contest: number) => [
  ...election.contests[contest]!.candidates.map((candidate) => candidate.id),
  '张三',
  '李, 四',
];

const ballotsOf = (election: Election) =>
  fc
    .array(
      fc.record({
        void: fc.integer({ min: 0, max: 7 }).map((draw) => draw === 0),
        choices: fc.tuple(
          ...election.contests.map((contest, index) =>
            fc.uniqueArray(fc.constantFrom(...namesFor(election, index)), { maxLength: contest.seats + 1 }),
          ),
        ),
      }),
      { maxLength: 40 },
    )
    .map((drawn) =>
      drawn.map((ballot, index): LiveBallot => ({
        number: index + 1,
        void: ballot.void,
        choices: ballot.void
          ? {}
          : Object.fromEntries(election.contests.map((contest, c) => [contest.id, ballot.choices[c]!])),
      })),
    );

/** Zhejiang's pack voids a ballot naming one person twice: let the member contest offer the chair's candidates. */
const twoPostsElection: Election = {
  ...testElection,
  rules: 'cn-village-zhejiang',
  contests: [
    testElection.contests[0]!,
    {
      ...testElection.contests[2]!,
      candidates: [...testElection.contests[2]!.candidates, { id: 'wl', name: '王林' }],
    },
  ],
};

describe("the running count is what the recount of the live tally's ballot records gives", () => {
  it.each([
    ['cn-village (an overvote voids the ballot)', testElection],
    ['plurality (an overvote voids the contest)', { ...testElection, rules: 'plurality' }],
    ['cn-village-zhejiang (one person for two posts)', twoPostsElection],
  ])('%s', async (_, election) => {
    const rules = getRulePack(election.rules)!;
    await fc.assert(
      fc.asyncProperty(ballotsOf(election), async (ballots) => {
        const live = countLiveBallots(ballots, election, rules);
        const recount = await recountOfCsv(election, rules, ballots);
        const records = recount.boxes.get('box-1');
        expect(live.ballots).toBe(records?.records ?? 0);
        if (records) {
          expect(live).toMatchObject({
            void: records.void,
            overvoted: records.overvoted,
            contestsVoided: records.contestsVoided,
            twoPosts: records.twoPosts,
          });
        }
        for (const contest of election.contests) {
          const recounted = recount.tally.boxes.get('box-1')?.contests.get(contest.id);
          if (!recounted) continue;
          expect(nonZero(live.votes.get(contest.id))).toEqual(nonZero(recounted));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('countBallot', () => {
  const rules: BallotRules = { overvote: 'void-ballot' };
  const ballot: LiveBallot = { number: 1, void: false, choices: { chair: ['wang-lin'], member: ['张三'] } };

  it('taking a ballot back out leaves the count it found, a write-in gone with its last vote', () => {
    const count = emptyLiveCount(testElection);
    const before = structuredClone(count);
    countBallot(count, ballot, testElection, rules);
    expect(count.votes.get('chair')?.get('wang-lin')).toBe(1);
    expect(count.votes.get('vice-chair')?.get(BLANK)).toBe(1);
    expect(count.votes.get('member')?.get('张三')).toBe(1);
    countBallot(count, ballot, testElection, rules, -1);
    expect(count).toEqual(before);
  });

  it('a void ballot (废票) is cast and counts for no one', () => {
    const count = countLiveBallots([{ number: 1, void: true, choices: {} }], testElection, rules);
    expect(count).toMatchObject({ ballots: 1, void: 1 });
    expect(count.votes.get('chair')?.get(BLANK)).toBe(0);
  });
});
