// Reading cast vote records as ballot rows: errors at their JSON paths, any chunking, and what counts.
import { describe, expect, it } from 'vitest';
import { nobleSha256Hasher } from '../hash/index.js';
import type { Election } from '../model/election.js';
import type { ByteSource } from '../model/source.js';
import { cvrBallots } from './cvr-ballot-source.js';
import { nistFormatOf } from './nist-format.js';
import { readCvrElection } from './read-cvr-election.js';

const election: Election = {
  name: 'test',
  rules: 'cn-village',
  round: 'first',
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
};

const position = (extra: object = {}) => ({
  '@type': 'CVR.SelectionPosition',
  HasIndication: 'yes',
  NumberVotes: 1,
  ...extra,
});
const selection = (id: string, extra: object = {}) => ({
  '@type': 'CVR.CVRContestSelection',
  ContestSelectionId: id,
  SelectionPosition: [position(extra)],
});
const record = (selections: object[], extra: object = {}, contest: object = {}) => ({
  '@type': 'CVR.CVR',
  BatchId: 'b1',
  CurrentSnapshotId: 's',
  ElectionId: 'e',
  CVRSnapshot: [
    {
      '@id': 's',
      '@type': 'CVR.CVRSnapshot',
      Type: 'original',
      CVRContest: [
        { '@type': 'CVR.CVRContest', ContestId: 'c1', CVRContestSelection: selections, ...contest },
      ],
    },
  ],
  ...extra,
});
const report = (records: object[]) => ({
  '@type': 'CVR.CastVoteRecordReport',
  CVR: records,
  Election: [
    {
      '@id': 'e',
      '@type': 'CVR.Election',
      Candidate: [
        { '@id': 'pa', Name: '甲' },
        { '@id': 'pb', Name: '乙' },
      ],
      Contest: [
        {
          '@id': 'c1',
          '@type': 'CandidateContest',
          Name: '主任',
          ContestSelection: [
            { '@id': 'sa', '@type': 'CandidateSelection', CandidateIds: ['pa'] },
            { '@id': 'sb', '@type': 'CandidateSelection', CandidateIds: ['pb'] },
            { '@id': 'sw', '@type': 'CandidateSelection', IsWriteIn: true },
          ],
        },
      ],
    },
  ],
});

/** The bytes in chunks of `size`, to show a record may be split anywhere. */
function chunked(text: string, size: number): ByteSource {
  const bytes = new TextEncoder().encode(text);
  return {
    name: 'cvr.json',
    role: 'ballots',
    async *chunks() {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    },
  };
}

async function rows(text: string, size = 1 << 16): Promise<{ csv: string; errors: unknown[] }> {
  const read = cvrBallots(chunked(text, size), election, nobleSha256Hasher);
  let csv = '';
  for await (const chunk of read.source.chunks()) csv += new TextDecoder().decode(chunk);
  return { csv, errors: read.errors };
}

describe('cast vote records read as ballots.csv rows', () => {
  it('counts the current snapshot, allocable positions, overvotes in full, write-ins by their text', async () => {
    const text = JSON.stringify(
      report([
        record([selection('sa'), selection('sb', { IsAllocable: 'no' })]),
        record(
          [selection('sa', { IsAllocable: 'no' }), selection('sb', { IsAllocable: 'no' })],
          { UniqueId: 'u2' },
          { Status: ['overvoted'] },
        ),
        record([selection('sw', { CVRWriteIn: { '@type': 'CVR.CVRWriteIn', Text: '丙, 丁' } })], {
          BatchId: undefined,
          BallotStyleUnitId: 'p9',
        }),
        record([selection('sa', { Rank: 2 }), selection('sb', { Rank: 1 })]),
      ]),
    );
    const expected = 'box,ballot,void,chair\nb1,1,,a\nb1,u2,,a|b\np9,3,,"丙, 丁"\nb1,4,,b\n';
    for (const size of [1, 7, 1 << 16]) expect(await rows(text, size)).toEqual({ csv: expected, errors: [] });
  });

  it('names the JSON path of what it cannot read, in both languages', async () => {
    const blank = record([selection('sw', { CVRWriteIn: { '@type': 'CVR.CVRWriteIn', Text: '#blank' } })]);
    const read2 = await rows(JSON.stringify(report([blank])));
    expect(read2.errors).toEqual([
      expect.objectContaining({
        path: '$.CVR[0].CVRSnapshot[0].CVRContest[0].CVRContestSelection[0].SelectionPosition[0]',
      }),
    ]);
    const broken = record([selection('sx')]);
    const read = await rows(
      JSON.stringify(report([record([selection('sa')]), { ...broken, CurrentSnapshotId: 'nope' }, broken])),
    );
    expect(read.errors).toEqual([
      expect.objectContaining({ path: '$.CVR[1].CurrentSnapshotId' }),
      expect.objectContaining({
        path: '$.CVR[2].CVRSnapshot[0].CVRContest[0].CVRContestSelection[0].ContestSelectionId',
        message: { zh: '职位 c1 没有选项 sx', en: 'contest c1 has no selection sx' },
      }),
    ]);
  });

  it('refuses broken JSON at its byte, and a contest the definition lacks', async () => {
    const text = JSON.stringify(report([record([selection('sa')])]));
    const cut = await rows(text.replace('"CVR":[', '"CVR":[,'));
    expect(cut.errors).toEqual([expect.objectContaining({ path: '$' })]);
    expect((cut.errors[0] as { message: { en: string } }).message.en).toMatch(
      /JSON syntax error at byte offset 43\b/,
    );
    const after = await rows(text + ' {}', 8);
    expect((after.errors[0] as { message: { en: string } }).message.en).toMatch(/JSON syntax error/);
    const other = JSON.parse(text);
    other.Election[0].Contest[0].Name = '委员';
    other.Election[0].Contest[0]['@id'] = 'c9';
    const unknown = await rows(JSON.stringify(other));
    expect(unknown.errors).toEqual([expect.objectContaining({ path: '$.Election[0].Contest[0]' })]);
  });
});

describe('nistFormatOf', () => {
  it('tells the formats by content, with or without the type prefix, and nothing else', () => {
    expect(nistFormatOf('{"@type" : "CVR.CastVoteRecordReport", "CVR": []}')).toBe('nist-cast-vote-records');
    expect(nistFormatOf('{"CVR":[{"CurrentSnapshotId":"x"')).toBe('nist-cast-vote-records');
    expect(nistFormatOf('\uFEFF {"@type":"ElectionResults.ElectionReport"}')).toBe('nist-election-report');
    expect(nistFormatOf('{"@type":"ElectionReport"}')).toBe('nist-election-report');
    expect(nistFormatOf('{"format":"tallywitness.election/1"}')).toBeNull();
    expect(nistFormatOf('box,ballot,void,chair')).toBeNull();
  });
});

describe('a report of any size', () => {
  it('keeps 300,000 voting units (GpUnit) without spreading them into one call', async () => {
    const units = Array.from({ length: 300_000 }, () => ({}));
    const text = JSON.stringify({ GpUnit: units, ...report([record([selection('sa')])]) });
    const read = await rows(text);
    expect(read.csv).toBe('box,ballot,void,chair\nb1,1,,a\n');
  });

  it('refuses a report of 300,000 Elections as not exactly one, without spreading them into one call', async () => {
    const text = JSON.stringify({ Election: Array.from({ length: 300_000 }, () => ({})) });
    const read = await readCvrElection(chunked(text, 1 << 16), nobleSha256Hasher);
    expect(read.ok ? [] : read.errors.map((error) => error.path)).toEqual(['$.Election']);
  });
});
