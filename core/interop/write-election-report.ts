import type { Bilingual } from '../model/finding.js';
import { BLANK, type Election } from '../model/election.js';
import type { Report } from '../model/report.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { EXT } from './err-extension.js';
import type { JsonObject } from './nist-format.js';

export interface ElectionReportInput {
  readonly election: Election;
  readonly sheets: readonly BoxSheet[];
  readonly tally: ElectionTally;
  /** The report of the same recount: who is elected. */
  readonly report: Report;
  /** When the file is made: `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly generatedAt: string;
  /** The application and version that wrote it, e.g. `tallywitness 0.1.0`. */
  readonly application: string;
}

const words = (content: string) => ({
  '@type': 'ElectionResults.InternationalizedText',
  Text: [{ '@type': 'ElectionResults.LanguageString', Content: content, Language: 'zh' }],
});
const ownId = (value: string) => ({
  '@type': 'ElectionResults.ExternalIdentifier',
  Type: 'other',
  OtherType: EXT.id,
  Value: value,
});
const extension = (otherType: string, value: string) => ({
  '@type': 'ElectionResults.ExternalIdentifier',
  Type: 'other',
  OtherType: otherType,
  Value: value,
});

/**
 * The recount as a precinct-level ElectionReport (NIST SP 1500-100 version 2, JSON): each ballot box
 * a polling-place GpUnit with its registered voters and the voters who signed in, its ballots cast
 * and rejected (BallotCounts of type total), and each line's votes in it (VoteCounts of type total);
 * winners by PostElectionStatus. What the format has no field for travels in its extension points
 * (docs/interop.md): the rule pack, the women required, each object's TallyWitness id, the ballots
 * issued and each contest's abstentions per box. The format needs the day of the vote: a definition
 * without `date` is refused, never dated by guess. `lost` lists what the format cannot carry.
 */
export function writeElectionReport(
  input: ElectionReportInput,
): { report: JsonObject; lost: Bilingual[] } | { refused: Bilingual } {
  const { election, sheets, tally, report } = input;
  if (!election.date)
    return {
      refused: {
        zh: '选举结果报告（ERR）须写明选举日期：请在选举定义中加 "date": "YYYY-MM-DD"',
        en: 'an Election Results Report needs the day of the vote: add "date": "YYYY-MM-DD" to the election definition',
      },
    };
  const lost: Bilingual[] = [];
  if (election.alreadyElected)
    lost.push({
      zh: '另行选举前已当选的成员（alreadyElected）无法写入选举结果报告',
      en: 'the members elected before the runoff (alreadyElected) have no place in the report',
    });
  const boxIds = [...new Set([...sheets.map((sheet) => sheet.box), ...tally.boxes.keys()])];
  const gpId = new Map(boxIds.map((box, i) => [box, `gpu-box-${i + 1}`]));
  const scope = 'gpu-scope';
  const village = /^cn-village/.test(election.rules);
  const units: JsonObject[] = [
    {
      '@id': scope,
      '@type': 'ElectionResults.ReportingUnit',
      Type: village ? 'village' : 'other',
      ...(village ? {} : { OtherType: 'election-scope' }),
      Name: words(election.name),
      ComposingGpUnitIds: boxIds.map((box) => gpId.get(box)!),
      ...(election.registeredVoters !== undefined ? { VotersRegistered: election.registeredVoters } : {}),
    },
  ];
  const ballotCounts: JsonObject[] = [];
  for (const box of boxIds) {
    const sheet = sheets.find((s) => s.box === box);
    const id = gpId.get(box)!;
    units.push({
      '@id': id,
      '@type': 'ElectionResults.ReportingUnit',
      Type: 'polling-place',
      Name: words(box),
      ExternalIdentifier: [ownId(box)],
      ...(sheet?.registered !== undefined ? { VotersRegistered: sheet.registered } : {}),
      ...(sheet?.voters !== undefined ? { VotersParticipated: sheet.voters } : {}),
    });
    if (sheet?.returned !== undefined || sheet?.invalid !== undefined)
      ballotCounts.push({
        '@type': 'ElectionResults.BallotCounts',
        GpUnitId: id,
        Type: 'total',
        ...(sheet.returned !== undefined ? { BallotsCast: sheet.returned } : {}),
        ...(sheet.invalid !== undefined ? { BallotsRejected: sheet.invalid } : {}),
      });
    if (sheet?.issued !== undefined) ballotCounts.push(otherCount(id, EXT.issued, sheet.issued));
    for (const contest of election.contests) {
      const blank = tally.boxes.get(box)?.contests.get(contest.id)?.get(BLANK);
      if (blank !== undefined) ballotCounts.push(otherCount(id, EXT.blankPrefix + contest.id, blank));
    }
  }

  const candidates: JsonObject[] = [];
  const persons: JsonObject[] = [];
  const contests = election.contests.map((contest, i) => {
    const result = report.contests.find((c) => c.id === contest.id);
    const elected = new Set(result?.elected ?? []);
    const lines = new Map<string, { name: string; writeIn: boolean }>();
    for (const candidate of contest.candidates)
      lines.set(candidate.id, { name: candidate.name, writeIn: false });
    for (const votes of tally.boxes.values())
      for (const key of votes.contests.get(contest.id)?.keys() ?? [])
        if (key !== BLANK && !lines.has(key)) lines.set(key, { name: key, writeIn: true });
    const selections = [...lines].map(([key, line], k) => {
      const candidateId = `cand-${i + 1}-${k + 1}`;
      const gender = contest.candidates.find((c) => c.id === key)?.gender;
      if (gender)
        persons.push({
          '@id': `person-${i + 1}-${k + 1}`,
          '@type': 'ElectionResults.Person',
          Gender: gender,
        });
      candidates.push({
        '@id': candidateId,
        '@type': 'ElectionResults.Candidate',
        BallotName: words(line.name),
        ExternalIdentifier: [ownId(key)],
        ...(gender ? { PersonId: `person-${i + 1}-${k + 1}` } : {}),
        // A contest left undecided (`undecided`) states no one's status: neither winner nor defeated.
        ...(result && !result.undecided
          ? { PostElectionStatus: elected.has(key) ? 'winner' : 'defeated' }
          : {}),
      });
      const counts: JsonObject[] = [];
      for (const box of boxIds) {
        const n = tally.boxes.get(box)?.contests.get(contest.id)?.get(key);
        if (n !== undefined)
          counts.push({
            '@type': 'ElectionResults.VoteCounts',
            GpUnitId: gpId.get(box)!,
            Type: 'total',
            Count: n,
          });
      }
      return {
        '@id': `sel-${i + 1}-${k + 1}`,
        '@type': 'ElectionResults.CandidateSelection',
        CandidateIds: [candidateId],
        ...(line.writeIn ? { IsWriteIn: true } : {}),
        SequenceOrder: k + 1,
        VoteCounts: counts,
      };
    });
    return {
      '@id': `contest-${i + 1}`,
      '@type': 'ElectionResults.CandidateContest',
      ExternalIdentifier: [ownId(contest.id)],
      Name: contest.name,
      ElectionDistrictId: scope,
      VotesAllowed: contest.seats,
      NumberElected: contest.seats,
      VoteVariation: contest.seats > 1 ? 'n-of-m' : 'plurality',
      SequenceOrder: i + 1,
      ContestSelection: selections,
    };
  });

  return {
    lost,
    report: {
      '@type': 'ElectionResults.ElectionReport',
      Format: 'precinct-level',
      GeneratedDate: input.generatedAt,
      Issuer: 'TallyWitness',
      IssuerAbbreviation: 'TallyWitness',
      SequenceStart: 1,
      SequenceEnd: 1,
      Status: 'recount',
      VendorApplicationId: input.application,
      Notes: `Recount by ${input.application} under the rule pack ${report.rules}; verdict ${report.verdict}.`,
      GpUnit: units,
      ...(persons.length > 0 ? { Person: persons } : {}),
      Election: [
        {
          '@type': 'ElectionResults.Election',
          Name: words(election.name),
          StartDate: election.date,
          EndDate: election.date,
          Type: election.round === 'runoff' ? 'runoff' : 'general',
          ElectionScopeId: scope,
          ExternalIdentifier: [
            extension(EXT.rules, election.rules),
            ...(election.minWomen !== undefined ? [extension(EXT.minWomen, String(election.minWomen))] : []),
          ],
          BallotCounts: ballotCounts,
          Candidate: candidates,
          Contest: contests,
        },
      ],
    },
  };
}

function otherCount(gpUnit: string, otherType: string, count: number): JsonObject {
  return {
    '@type': 'ElectionResults.BallotCounts',
    GpUnitId: gpUnit,
    Type: 'other',
    OtherType: otherType,
    BallotsCast: count,
  };
}
