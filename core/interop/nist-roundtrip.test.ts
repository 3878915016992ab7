// The bundled sample written as a NIST election report and as cast vote records, checked against NIST's
// published JSON schemas (fixtures/README.md), and read back: the same recount, findings and winners.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runAudit, type AuditSources, type RecountBasis } from '../audit/run-audit.js';
import { nobleSha256Hasher } from '../hash/index.js';
import type { Report } from '../model/report.js';
import { bytesSource } from '../model/source.js';
import { writeCastVoteRecords } from './write-cast-vote-records.js';
import { writeElectionReport } from './write-election-report.js';

const sample = (name: string) =>
  readFileSync(new URL(`../../samples/qingshan-village/${name}`, import.meta.url));
const schema = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/nist/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validErr = ajv.compile(schema('NIST_V2_election_results_reporting.json'));
const validCvr = ajv.compile(schema('NIST_V0_cast_vote_records.json'));
const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

// The format needs the day of the vote, which the sample leaves out.
const electionJson = encode({ ...JSON.parse(sample('election.json').toString('utf8')), date: '2026-03-15' });
const GENERATED = '2026-03-16T08:00:00Z';

async function audit(
  files: Partial<Record<keyof AuditSources, Uint8Array>>,
  onRecount?: (r: RecountBasis) => void,
) {
  const sources = Object.fromEntries(
    Object.entries(files).map(([role, bytes]) => [role, bytesSource(`${role}.file`, role as never, bytes)]),
  );
  const result = await runAudit(sources, {
    lang: 'en',
    hasher: nobleSha256Hasher,
    today: '2026-12-01',
    ...(onRecount ? { onRecount } : {}),
  });
  return result;
}

async function reportOf(
  files: Partial<Record<keyof AuditSources, Uint8Array>>,
  onRecount?: (r: RecountBasis) => void,
) {
  const result = await audit(files, onRecount);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result.value;
}

/** A report less its inputs (other files, other hashes) and the texts that name them. */
const recountOf = (report: Report) => ({ ...report, inputs: [] });

async function electionReportOfSample(): Promise<{ json: Record<string, unknown>; csvReport: Report }> {
  let basis: RecountBasis | undefined;
  const csvReport = await reportOf(
    { election: electionJson, boxes: sample('boxes.csv'), tallies: sample('tallies.csv') },
    (r) => (basis = r),
  );
  const written = writeElectionReport({
    ...basis!,
    report: csvReport,
    generatedAt: GENERATED,
    application: 'tallywitness 0.1.0',
  });
  if ('refused' in written) throw new Error(written.refused.en);
  return { json: written.report, csvReport };
}

describe('election results reporting (SP 1500-100 v2 JSON) out and in', { timeout: 30_000 }, () => {
  it('writes the recount as a precinct-level report valid against NIST_V2_election_results_reporting.json', async () => {
    const { json } = await electionReportOfSample();
    expect(validErr(json), JSON.stringify(validErr.errors?.slice(0, 5))).toBe(true);
    expect(json['Format']).toBe('precinct-level');
  });

  it('read back as the definition and the sheets, gives the same report as the CSV files', async () => {
    const { json, csvReport } = await electionReportOfSample();
    const again = await reportOf({ election: encode(json) });
    expect(recountOf(again)).toEqual(recountOf(csvReport));
    expect(again.inputs).toEqual([
      expect.objectContaining({ role: 'election', format: 'nist-election-report' }),
    ]);
  });

  it('read as the announcement, agrees with the recount it was written from', async () => {
    const { json, csvReport } = await electionReportOfSample();
    const compared = await reportOf({
      election: electionJson,
      boxes: sample('boxes.csv'),
      tallies: sample('tallies.csv'),
      announcement: encode(json),
    });
    expect(compared.findings.filter((f) => f.code.startsWith('ANNOUNCED_'))).toEqual([]);
    expect(compared.findings).toEqual(csvReport.findings);
  });

  it('asks for the ballots issued when a report leaves them out, and takes them from boxes.csv', async () => {
    const { json, csvReport } = await electionReportOfSample();
    const election = (json['Election'] as Record<string, unknown>[])[0]!;
    const counts = election['BallotCounts'] as Record<string, unknown>[];
    election['BallotCounts'] = counts.filter((c) => c['OtherType'] !== 'tallywitness-issued');
    const refused = await audit({ election: encode(json) });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors).toHaveLength(3);
    expect(refused.errors[0]).toMatchObject({ path: '$.GpUnit[1]' });
    expect(refused.errors[0]!.message.en).toMatch(/box central does not state its issued ballots.*--boxes/);
    expect(refused.errors[0]!.message.zh).toMatch(/票箱 central 缺少发出选票数/);
    const filled = await reportOf({ election: encode(json), boxes: sample('boxes.csv') });
    expect(recountOf(filled)).toEqual(recountOf(csvReport));
  });

  it('refuses a write-in line named #blank at its path: it would pass for abstentions', async () => {
    const { json } = await electionReportOfSample();
    const election = (json['Election'] as Record<string, unknown>[])[0]!;
    const candidates = election['Candidate'] as Record<string, unknown>[];
    const contests = election['Contest'] as Record<string, unknown>[];
    const writeInIndex = (contests[2]!['ContestSelection'] as Record<string, unknown>[]).findIndex(
      (sel) => sel['IsWriteIn'] === true,
    );
    const writeIn = (contests[2]!['ContestSelection'] as Record<string, unknown>[])[writeInIndex]!;
    const person = candidates.find((c) => c['@id'] === (writeIn['CandidateIds'] as string[])[0])!;
    person['BallotName'] = {
      '@type': 'ElectionResults.InternationalizedText',
      Text: [{ '@type': 'ElectionResults.LanguageString', Content: '#blank', Language: 'zh' }],
    };
    const refused = await audit({ election: encode(json) });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.map((e) => e.path)).toEqual([
      `$.Election[0].Contest[2].ContestSelection[${writeInIndex}]`,
    ]);
  });

  it('refuses a report that names no rule pack, saying what to add', async () => {
    const { json } = await electionReportOfSample();
    const election = (json['Election'] as Record<string, unknown>[])[0]!;
    election['ExternalIdentifier'] = [];
    const refused = await audit({ election: encode(json) });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors[0]).toMatchObject({ path: '$.Election[0].ExternalIdentifier' });
    expect(refused.errors[0]!.message.en).toMatch(/tallywitness-rules/);
  });

  it('refuses a definition without a date: the format needs one and none is guessed', async () => {
    let basis: RecountBasis | undefined;
    const report = await reportOf(
      { election: sample('election.json'), boxes: sample('boxes.csv'), tallies: sample('tallies.csv') },
      (r) => (basis = r),
    );
    const written = writeElectionReport({
      ...basis!,
      report,
      generatedAt: GENERATED,
      application: 'tallywitness',
    });
    expect('refused' in written && written.refused.en).toMatch(/day of the vote/);
  });
});

describe('cast vote records (SP 1500-103 1.0.0 JSON) out and in', { timeout: 30_000 }, () => {
  const cvrOfSample = (title = '') => {
    const written = writeCastVoteRecords({
      election: JSON.parse(electionJson.length ? new TextDecoder().decode(electionJson) : '{}'),
      file: 'ballots.csv',
      text: title + sample('ballots.csv').toString('utf8'),
      generatedAt: GENERATED,
      application: 'tallywitness 0.1.0',
    });
    if (!written.ok) throw new Error(JSON.stringify(written.errors));
    return written.value.join('');
  };

  it('writes ballots.csv as a report valid against NIST_V0_cast_vote_records.json (version 1.0.0)', () => {
    const json = JSON.parse(cvrOfSample()) as Record<string, unknown>;
    expect(validCvr(json), JSON.stringify(validCvr.errors?.slice(0, 5))).toBe(true);
    expect(json['Version']).toBe('1.0.0');
    expect((json['CVR'] as unknown[]).length).toBe(
      sample('ballots.csv').toString('utf8').trim().split('\n').length - 1,
    );
  });

  it('passes over a title above the header, as the count does', () => {
    const cvrs = (json: string) => (JSON.parse(json) as { CVR: unknown[] }).CVR;
    expect(cvrs(cvrOfSample('青山村投票记录,,,,,\n'))).toEqual(cvrs(cvrOfSample()));
  });

  it('read back as ballot records, gives the same counts, findings and winners as ballots.csv', async () => {
    const files = { election: electionJson, boxes: sample('boxes.csv'), tallies: sample('tallies.csv') };
    const fromCsv = await reportOf({ ...files, ballots: sample('ballots.csv') });
    const fromCvr = await reportOf({ ...files, ballots: encode(cvrOfSample()) });
    expect(recountOf(fromCvr)).toEqual(recountOf(fromCsv));
    expect(fromCvr.inputs.find((i) => i.role === 'ballots')).toMatchObject({
      format: 'nist-cast-vote-records',
    });
  });
});
