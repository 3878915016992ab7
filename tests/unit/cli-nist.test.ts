// The command line with the NIST formats: `export --to err|cvr`, and `check` recognising each format by
// its content (whatever the file is called) and saying which it took.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli, sample, sampleSheets } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tallywitness-nist-'));
const withoutInputs = (json: string) => ({ ...JSON.parse(json), inputs: [] });
const rctab = (file: string) => join(projectRoot, 'core', 'interop', 'fixtures', 'rctab', file);

describe('tallywitness export and check with NIST files', { timeout: 60_000 }, () => {
  it('writes ballots.csv as cast vote records, which check reads back to the same report', async () => {
    const out = join(dir, 'records.data');
    const exported = await runCli([
      'export',
      '--to',
      'cvr',
      '--election',
      sample('election.json'),
      '--ballots',
      sample('ballots.csv'),
      '--out',
      out,
    ]);
    expect(exported.stderr).toMatch(/written/);
    expect(exported.status).toBe(0);
    const fromCsv = await runCli(['check', ...sampleSheets({ ballots: 'ballots.csv' }), '--format', 'json']);
    const fromCvr = await runCli(['check', ...sampleSheets(), '--ballots', out, '--format', 'json']);
    expect(fromCvr.status).toBe(fromCsv.status);
    expect(fromCvr.stderr).toMatch(
      /records\.data: .*read as NIST SP 1500-103 Cast Vote Records \(1\.0\.0 JSON\), recognised by its content/,
    );
    expect(withoutInputs(fromCvr.stdout)).toEqual(withoutInputs(fromCsv.stdout));
  });

  it('writes the recount as an election report, which check reads as the definition and the sheets', async () => {
    const election = join(dir, 'election-dated.json');
    writeFileSync(
      election,
      JSON.stringify({ ...JSON.parse(readFileSync(sample('election.json'), 'utf8')), date: '2026-03-15' }),
    );
    const out = join(dir, 'results.json');
    const args = ['--election', election, '--boxes', sample('boxes.csv'), '--tallies', sample('tallies.csv')];
    const exported = await runCli(['export', '--to', 'err', ...args, '--out', out]);
    expect(exported.status).toBe(0);
    const fromCsv = await runCli(['check', ...args, '--format', 'json']);
    const fromErr = await runCli(['check', '--election', out, '--format', 'json']);
    expect(fromErr.stderr).toMatch(/results\.json: .*read as NIST SP 1500-100 Election Results Reporting/);
    expect(fromErr.status).toBe(fromCsv.status);
    expect(withoutInputs(fromErr.stdout)).toEqual(withoutInputs(fromCsv.stdout));
    const again = await runCli(['export', '--to', 'err', ...args, '--out', out]);
    expect(again.status).toBe(2);
  });

  it('refuses to write an election report without the day of the vote, saying so in both languages', async () => {
    const run = await runCli([
      'export',
      '--to',
      'err',
      ...sampleSheets(),
      '--out',
      join(dir, 'undated.json'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/选举日期.*day of the vote/);
  });

  it("recounts RCTab's cast vote records to its published first round", async () => {
    const run = await runCli([
      'check',
      '--election',
      rctab('election.json'),
      '--ballots',
      rctab('test_set_1_exhaust_at_overvote_cvr.json'),
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as {
      contests: { candidates: { name: string; votes: number }[] }[];
    };
    expect(Object.fromEntries(report.contests[0]!.candidates.map((c) => [c.name, c.votes]))).toEqual({
      'Candidate A Name': 5,
      'Candidate B Name': 6,
      'Candidate C Name': 2,
      'Candidate D Name': 1,
    });
  });
});
