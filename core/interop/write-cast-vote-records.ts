import { ballotColumns, ballotHeaderIndex } from '../ballots/ballot-columns.js';
import type { Election } from '../model/election.js';
import { failWith, ok, type Result } from '../model/result.js';
import { csvRows } from '../tallies/csv-cells.js';
import { CVR_VOID_STATUS } from './cvr-ballot-rows.js';
import { EXT } from './err-extension.js';
import type { JsonObject } from './nist-format.js';

export interface CastVoteRecordsInput {
  readonly election: Election;
  /** ballots.csv (contract §3), decoded. */
  readonly file: string;
  readonly text: string;
  /** When the file is made: `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly generatedAt: string;
  readonly application: string;
}

const code = (otherType: string, value: string) => ({
  '@type': 'CVR.Code',
  Type: 'other',
  OtherType: otherType,
  Value: value,
});

/**
 * ballots.csv as a CastVoteRecordReport (NIST SP 1500-103 version 1.0.0, JSON), one CVR per row:
 * its box the record's BallotStyleUnitId (a polling-place GpUnit), its ballot number the UniqueId, one
 * snapshot of type `original` with each contest's positions. A contest with more names than seats is
 * marked overvoted and its positions not allocable, so that the reader applies the rule pack to it
 * again; a name that is no candidate is a write-in with its CVRWriteIn Text; a ballot the counting
 * staff declared void has the snapshot status `other`/`tallywitness-void`. The rule pack, date,
 * round and TallyWitness ids travel as `Code` of type other (docs/interop.md). Returned as JSON text
 * in parts, so that a large file is written as it is made.
 */
export function writeCastVoteRecords(input: CastVoteRecordsInput): Result<string[]> {
  const { election, file } = input;
  const rows = csvRows(file, input.text);
  if (!rows.ok) return rows;
  // A title block above the header is passed over, as the ballots are counted (ballotHeaderIndex).
  const at = ballotHeaderIndex(rows.value, election);
  const [header, ...records] = rows.value.slice(at);
  if (!header) return failWith([{ file, line: 1, message: { zh: '文件为空', en: 'the file is empty' } }]);
  const columns = ballotColumns(file, header.cells, election, header.line);
  if (!columns.ok) return columns;
  const { box: boxColumn, ballot: ballotColumn, void: voidColumn, contests: contestColumns } = columns.value;

  const boxes = new Map<string, string>();
  for (const row of records) {
    const box = row.cells[boxColumn]?.text ?? '';
    if (!boxes.has(box)) boxes.set(box, `gpu-box-${boxes.size + 1}`);
  }
  const candidateIds = election.contests.map(
    (contest, i) => new Map(contest.candidates.map((candidate, k) => [candidate.id, `cs-${i + 1}-${k + 1}`])),
  );

  // The definition first: a reader streaming the file then has it before the records.
  const head: JsonObject = {
    '@type': 'CVR.CastVoteRecordReport',
    Election: [electionOf(election, candidateIds)],
    GeneratedDate: input.generatedAt,
    GpUnit: [
      {
        '@id': 'gpu-scope',
        '@type': 'CVR.GpUnit',
        Type: 'other',
        OtherType: 'election-scope',
        Name: election.name,
      },
      ...[...boxes].map(([box, id]) => ({
        '@id': id,
        '@type': 'CVR.GpUnit',
        Type: 'polling-place',
        Name: box,
        Code: [code(EXT.id, box)],
      })),
    ],
    ReportGeneratingDeviceIds: ['rd-1'],
    ReportingDevice: [
      {
        '@id': 'rd-1',
        '@type': 'CVR.ReportingDevice',
        Application: input.application,
        Manufacturer: 'TallyWitness',
      },
    ],
    ReportType: ['other'],
    OtherReportType: 'ballot records transcribed from paper (ballots.csv)',
    Version: '1.0.0',
  };
  const parts: string[] = [JSON.stringify(head).slice(0, -1) + ',"CVR":['];
  records.forEach((row, r) => {
    const cell = (column: number) => row.cells[column]?.text ?? '';
    const declaredVoid = voidColumn >= 0 && cell(voidColumn) === '1';
    const cvrContests = election.contests.map((contest, i) => {
      const names = [
        ...new Set(
          cell(contestColumns[i]!)
            .split('|')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      ];
      const overvoted = names.length > contest.seats;
      const selections = names.map((name) => {
        const candidate =
          contest.candidates.find((c) => c.id === name) ?? contest.candidates.find((c) => c.name === name);
        return {
          '@type': 'CVR.CVRContestSelection',
          ContestSelectionId: candidate ? candidateIds[i]!.get(candidate.id)! : `cs-${i + 1}-write-in`,
          SelectionPosition: [
            {
              '@type': 'CVR.SelectionPosition',
              HasIndication: 'yes',
              NumberVotes: 1,
              IsAllocable: overvoted || declaredVoid ? 'no' : 'yes',
              ...(candidate ? {} : { CVRWriteIn: { '@type': 'CVR.CVRWriteIn', Text: name } }),
            },
          ],
        };
      });
      return {
        '@type': 'CVR.CVRContest',
        ContestId: `contest-${i + 1}`,
        ...(overvoted ? { Overvotes: names.length - contest.seats, Status: ['overvoted'] } : {}),
        ...(names.length < contest.seats ? { Undervotes: contest.seats - names.length } : {}),
        Selections: names.length,
        ...(selections.length > 0 ? { CVRContestSelection: selections } : {}),
      };
    });
    const record = {
      '@type': 'CVR.CVR',
      BallotStyleUnitId: boxes.get(cell(boxColumn))!,
      UniqueId: cell(ballotColumn),
      CurrentSnapshotId: `snapshot-${r + 1}`,
      ElectionId: 'election-1',
      CVRSnapshot: [
        {
          '@id': `snapshot-${r + 1}`,
          '@type': 'CVR.CVRSnapshot',
          Type: 'original',
          ...(declaredVoid ? { Status: ['other'], OtherStatus: CVR_VOID_STATUS } : {}),
          CVRContest: cvrContests,
        },
      ],
    };
    parts.push((r > 0 ? ',' : '') + JSON.stringify(record));
  });
  parts.push(']}');
  return ok(parts);
}

function electionOf(election: Election, candidateIds: readonly Map<string, string>[]): JsonObject {
  const people: JsonObject[] = [];
  const contests = election.contests.map((contest, i) => {
    const selections: JsonObject[] = contest.candidates.map((candidate, k) => {
      const personId = `cand-${i + 1}-${k + 1}`;
      people.push({
        '@id': personId,
        '@type': 'CVR.Candidate',
        Name: candidate.name,
        Code: [code(EXT.id, candidate.id)],
      });
      return {
        '@id': candidateIds[i]!.get(candidate.id)!,
        '@type': 'CVR.CandidateSelection',
        CandidateIds: [personId],
      };
    });
    selections.push({ '@id': `cs-${i + 1}-write-in`, '@type': 'CVR.CandidateSelection', IsWriteIn: true });
    return {
      '@id': `contest-${i + 1}`,
      '@type': 'CVR.CandidateContest',
      Name: contest.name,
      Code: [code(EXT.id, contest.id)],
      VotesAllowed: contest.seats,
      NumberElected: contest.seats,
      VoteVariation: contest.seats > 1 ? 'n-of-m' : 'plurality',
      ContestSelection: selections,
    };
  });
  return {
    '@id': 'election-1',
    '@type': 'CVR.Election',
    Name: election.name,
    ElectionScopeId: 'gpu-scope',
    Code: [
      code(EXT.rules, election.rules),
      ...(election.date ? [code(EXT.date, election.date)] : []),
      ...(election.round === 'runoff' ? [code(EXT.round, 'runoff')] : []),
      ...(election.minWomen !== undefined ? [code(EXT.minWomen, String(election.minWomen))] : []),
    ],
    Candidate: people,
    Contest: contests,
  };
}
