// Writes the benchmark's ballots.csv (generate-ballots.ts) again as NIST cast vote records (JSON), one
// record per row, streamed, so that the CVR reader's time and memory can be compared with ballots.csv's.
// Usage: npx tsx bench/generate-cvr.ts ROWS; then time `check --ballots` on each (docs/performance.md).
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { benchElection, DATA_DIR, generateBallots } from './generate-ballots.js';

export const cvrPath = (rows: number): string => join(DATA_DIR, `cvr-${rows}.json`);

/** Cells of one line of the generated file (quotes only around a write-in with a comma). */
const cells = (line: string): string[] =>
  // Linear, though the lint cannot tell: `[^,]*(,|$)` matches wherever it is tried, so each cell is read once.
  // eslint-disable-next-line regexp/no-super-linear-move
  [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, 6).map((m) => m[2] ?? m[1] ?? '');

export async function generateCvr(rows: number): Promise<string> {
  const csv = await generateBallots(rows);
  const path = cvrPath(rows);
  if (existsSync(path) && statSync(path).size > 0) return path;
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  const election = {
    '@id': 'e',
    '@type': 'CVR.Election',
    ElectionScopeId: 'scope',
    Candidate: benchElection.contests.flatMap((contest) =>
      contest.candidates.map((p) => ({ '@id': p.id, Name: p.name })),
    ),
    Contest: benchElection.contests.map((contest) => ({
      '@id': contest.id,
      '@type': 'CVR.CandidateContest',
      Name: contest.name,
      NumberElected: contest.seats,
      ContestSelection: [
        ...contest.candidates.map((p, k) => ({
          '@id': `${contest.id}-${k}`,
          '@type': 'CVR.CandidateSelection',
          CandidateIds: [p.id],
        })),
        { '@id': `${contest.id}-w`, '@type': 'CVR.CandidateSelection', IsWriteIn: true },
      ],
    })),
  };
  // The definition before the records, as `export --to cvr` writes it: the reader's first pass stops there.
  await write(
    `{"@type":"CVR.CastVoteRecordReport","Version":"1.0.0","Election":[${JSON.stringify(election)}],"CVR":[`,
  );
  let index = 0;
  for await (const line of createInterface({ input: createReadStream(csv) })) {
    if (index++ === 0 || line === '') continue;
    const [box, ballot, isVoid, ...contestCells] = cells(line);
    const contests = benchElection.contests.map((contest, c) => {
      const names = (contestCells[c] ?? '').split('|').filter(Boolean);
      const overvoted = names.length > contest.seats;
      return {
        ContestId: contest.id,
        ...(overvoted ? { Status: ['overvoted'] } : {}),
        CVRContestSelection: names.map((name) => {
          const k = contest.candidates.findIndex((p) => p.id === name || p.name === name);
          return {
            ContestSelectionId: k >= 0 ? `${contest.id}-${k}` : `${contest.id}-w`,
            SelectionPosition: [
              {
                HasIndication: 'yes',
                NumberVotes: 1,
                IsAllocable: overvoted ? 'no' : 'yes',
                ...(k < 0 ? { CVRWriteIn: { Text: name } } : {}),
              },
            ],
          };
        }),
      };
    });
    const record = {
      '@type': 'CVR.CVR',
      BallotStyleUnitId: box,
      UniqueId: ballot,
      CurrentSnapshotId: 's',
      ElectionId: 'e',
      CVRSnapshot: [
        {
          '@id': 's',
          Type: 'original',
          ...(isVoid === '1' ? { Status: ['other'], OtherStatus: 'tallywitness-void' } : {}),
          CVRContest: contests,
        },
      ],
    };
    await write((index > 2 ? ',' : '') + JSON.stringify(record));
  }
  await write(']}\n');
  out.end();
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 100000);
  console.log(await generateCvr(rows));
}
