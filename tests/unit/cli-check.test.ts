// The command line end to end on the bundled sample, against the figures its generator counted on its own
// (samples/qingshan-village/expected.json), and on broken input.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.js';
import { BUNDLE_USAGE } from '../../cli/commands/bundle.js';
import { CHECK_USAGE } from '../../cli/commands/check.js';
import { KEYGEN_USAGE } from '../../cli/commands/keygen.js';
import { VERIFY_USAGE } from '../../cli/commands/verify.js';
import { writeRepeatedBallots } from '../repeated-ballots.js';
import { runCli, sample, sampleInputs, sampleSheets } from './run-cli.js';

interface ExpectedContest {
  id: string;
  seats: number;
  validBallots: number;
  votes: Record<string, number>;
  blank: number;
  elected: string[];
  unfilledSeats: number;
}
interface Expected {
  registered: number;
  cast: number;
  invalid: number;
  valid: number;
  quorumMet: boolean;
  contests: ExpectedContest[];
  planted: { code: string; contest: string; candidate: string; offset: number }[];
}

const expected = JSON.parse(readFileSync(sample('expected.json'), 'utf8')) as Expected;

function expectSampleResult(report: Report): void {
  expect(report.turnout).toMatchObject({
    registered: expected.registered,
    cast: expected.cast,
    invalid: expected.invalid,
    valid: expected.valid,
    quorumMet: expected.quorumMet,
  });
  expect(report.contests.map((contest) => contest.id)).toEqual(
    expected.contests.map((contest) => contest.id),
  );
  for (const want of expected.contests) {
    const got = report.contests.find((contest) => contest.id === want.id)!;
    expect(got.validBallots).toBe(want.validBallots);
    expect(got.blank).toBe(want.blank);
    expect(Object.fromEntries(got.candidates.map((candidate) => [candidate.id, candidate.votes]))).toEqual(
      want.votes,
    );
    expect(got.elected).toEqual(want.elected);
    expect(got.unfilledSeats).toBe(want.unfilledSeats);
  }
}

function findingsWithSeverity(report: Report, severity: string): string[] {
  return report.findings.filter((finding) => finding.severity === severity).map((finding) => finding.code);
}

describe('tallywitness check on the bundled sample', () => {
  it('recounts the tally sheets, elects as counted, and finds exactly the planted announcement error', async () => {
    const run = await runCli([
      'check',
      ...sampleSheets({ announcement: 'announcement.json' }),
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expectSampleResult(report);
    const planted = expected.planted[0]!;
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: planted.code,
      contest: planted.contest,
      candidate: planted.candidate,
    });
    expect(Number(errors[0]!.found) - Number(errors[0]!.expected)).toBe(planted.offset);
    expect(run.status).toBe(1);
    expect(report.inputs.map((input) => input.name)).toEqual([
      'election.json',
      'boxes.csv',
      'tallies.csv',
      'announcement.json',
    ]);
    expect(report.inputs.every((input) => /^[0-9a-f]{64}$/.test(input.sha256))).toBe(true);
  });

  it('recounts from the ballot records and finds them in agreement with the tally sheets', async () => {
    const run = await runCli(['check', ...sampleSheets({ ballots: 'ballots.csv' }), '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    expectSampleResult(report);
    expect(findingsWithSeverity(report, 'error')).toEqual([]);
    const overvotes = report.findings.filter((finding) => finding.code === 'OVERVOTE');
    expect(overvotes.reduce((sum, finding) => sum + Number(finding.found), 0)).toBe(11);
    expect(run.status).toBe(0);
  });

  it('gives every input the SHA-256 of its bytes, a ballot file of several MiB included', async () => {
    // Hashed in the main thread from the chunks the audit thread posts, through reused buffers.
    // The same ballots 60 times over: repeats are findings, not errors, and the hash sees every byte.
    const ballots = join(mkdtempSync(join(tmpdir(), 'tallywitness-')), 'ballots.csv');
    writeRepeatedBallots(ballots, 60, { renumber: (_copy, ballot) => ballot });
    expect(readFileSync(ballots).length).toBeGreaterThan(3 << 20);
    const files = { election: sample('election.json'), boxes: sample('boxes.csv'), ballots };
    const flags = Object.entries(files).flatMap(([role, path]) => [`--${role}`, path]);
    const run = await runCli(['check', ...flags, '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(report.inputs.map((input) => input.sha256)).toEqual(
      report.inputs.map((input) => sha256(files[input.role as keyof typeof files])),
    );
    expect(report.inputs.map((input) => input.role).sort()).toEqual(['ballots', 'boxes', 'election']);
  });

  it('reads the announcement prose and locates the same planted error', async () => {
    const run = await runCli([
      'check',
      ...sampleSheets({ announcement: 'announcement.txt' }),
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as Report;
    const mismatches = report.findings.filter((finding) => finding.code === 'ANNOUNCED_MISMATCH');
    expect(
      mismatches.map((finding) => [finding.contest, finding.candidate, finding.expected, finding.found]),
    ).toEqual([['member', 'zhang-wei', 1019, 1029]]);
    expect(run.status).toBe(1);
  });

  it('prints a readable text report in Chinese with the winners by name', async () => {
    const run = await runCli(['check', ...sampleSheets(), '--lang', 'zh']);
    expect(run.status).toBe(0);
    for (const name of ['陈建华', '王秀英', '李红梅', '张伟', '黄建军']) expect(run.stdout).toContain(name);
  });
});

describe('tallywitness check on bad usage and bad input', () => {
  it('lists every command in --help with the options it takes', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    for (const usage of [CHECK_USAGE, VERIFY_USAGE, KEYGEN_USAGE, BUNDLE_USAGE])
      expect(run.stdout).toContain(usage);
    for (const option of ['--progress', '--label', '--passphrase-env', 'TALLYWITNESS_PASSPHRASE'])
      expect(run.stdout).toContain(option);
  });

  it("answers `check --help`, `verify -h` and `help keygen` with that command's usage, as a success", async () => {
    for (const [args, usage] of [
      [['check', '--help'], CHECK_USAGE],
      [['verify', 'receipt.json', '-h'], VERIFY_USAGE],
      [['help', 'keygen'], KEYGEN_USAGE],
    ] as const) {
      const run = await runCli([...args]);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(usage);
      expect(run.stderr).toBe('');
    }
  });

  it("follows a usage error with that command's usage and the exit status, not every command's", async () => {
    const run = await runCli(['check', '--election', sample('election.json'), '--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --bogus');
    expect(run.stderr).toContain(CHECK_USAGE);
    expect(run.stderr).not.toContain(VERIFY_USAGE);
    expect(run.stderr).toContain('Exit status: 0');
    expect(run.stderr).toContain('退出码');
    const keygen = await runCli(['keygen']);
    expect(keygen.status).toBe(2);
    expect(keygen.stderr).toContain(KEYGEN_USAGE);
    expect(keygen.stderr).not.toContain(CHECK_USAGE);
  });

  it('exits 2 with a bilingual usage message when the election is missing', async () => {
    const run = await runCli(['check', '--boxes', sample('boxes.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--election/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 and names file, line and column of a broken vote count, in Chinese and English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tallywitness-cli-'));
    const lines = readFileSync(sample('tallies.csv'), 'utf8').split('\n');
    const target = lines.findIndex((line) => line.startsWith('central,chair,chen-jianhua'));
    lines[target] = 'central,chair,chen-jianhua,6x0';
    const broken = join(dir, 'tallies.csv');
    writeFileSync(broken, lines.join('\n'));
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }),
      '--tallies',
      broken,
      '--format',
      'json',
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`tallies.csv:${target + 1}:${'central,chair,chen-jianhua,'.length + 1}`);
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(run.stderr).toMatch(/[a-z]{4,}/);
  });

  it('exits 2 on a file that does not exist, naming it', async () => {
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'no-such-election.json', tallies: 'tallies.csv' }),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-election.json');
  });

  it('checks an announcement on its own: a wrong share and parts that do not add up, nothing else', async () => {
    const clean = await runCli([
      'check',
      ...sampleInputs({ announcement: 'announcement.txt' }),
      '--format',
      'json',
    ]);
    expect(clean.status).toBe(0);
    expect((JSON.parse(clean.stdout) as Report).findings.filter((f) => f.severity !== 'info')).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'tallywitness-cli-'));
    const text = readFileSync(sample('announcement.txt'), 'utf8')
      .replace('参选率70.3%', '参选率72.3%')
      .replace('无效票22张', '无效票32张');
    const altered = join(dir, 'announcement.txt');
    writeFileSync(altered, text);
    const run = await runCli(['check', '--announcement', altered, '--format', 'json']);
    const codes = (JSON.parse(run.stdout) as Report).findings
      .filter((f) => f.severity === 'warning')
      .map((f) => f.code);
    expect(codes.sort()).toEqual(['ANNOUNCED_PERCENT_MISMATCH', 'ANNOUNCED_SUM_MISMATCH']);
    expect(run.status).toBe(0);
  });
});
