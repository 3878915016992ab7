// `check --announcement A --rules P [--round R]`: an announcement judged alone by a rule pack, signed,
// and verified again by the same pack, through `node cli/bin.mjs`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.js';
import { runCli, sample } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-announcement-rules-'));
const notice = join(dir, 'notice.txt');
writeFileSync(
  notice,
  [
    '东岭村第九届村民委员会选举结果公告',
    '本村登记选民2000人，参加投票980人，其中有效票970张，无效票10张，选举有效。',
    '委员：王芳480票，赵磊700票，孙丽450票。',
    '赵磊、王芳当选为本村村民委员会委员。',
  ].join('\n'),
);

const reportOf = (stdout: string) => JSON.parse(stdout) as Report;
/** `check` of the notice alone under cn-village, with more arguments. */
const judge = (...more: string[]) =>
  runCli(['check', '--announcement', notice, '--rules', 'cn-village', ...more]);

describe('an announcement judged alone by a rule pack', () => {
  it('finds the turnout below the quorum and a winner below the threshold, as errors', async () => {
    const run = await judge('--format', 'json');
    expect(run.status).toBe(1);
    const report = reportOf(run.stdout);
    // The notice gives no day: the family's version in force today judges it, and the report says so.
    expect(report).toMatchObject({ round: 'first', verdict: 'void', contests: [] });
    expect(report.rules).toMatch(/^cn-village@\d{4}$/);
    expect(report.rulesVersion).toMatchObject({ id: report.rules, chosenBy: 'today' });
    expect(report.turnout).toMatchObject({
      registered: 2000,
      cast: 980,
      quorumMet: false,
      electionValid: false,
    });
    expect(report.findings.map((finding) => [finding.code, finding.candidate])).toEqual([
      ['TURNOUT_BELOW_QUORUM', null],
      ['ANNOUNCED_WINNER_MISMATCH', '王芳'],
      ['ELECTION_VOID', null],
    ]);
    // Which of the pack's rules were judged: both, and both failed.
    expect(report.announcement?.lawJudged).toEqual({
      quorum: 'not-met',
      winners: 'not-met',
      winnersDeclared: 2,
      winnersJudged: 2,
    });
  });

  it('judges by the round given, and without --rules only the arithmetic', async () => {
    const runoff = await judge('--round', 'runoff');
    expect(runoff.stdout).toMatch(
      /rules: cn-village@\d{4}, runoff\n {2}The notice gives no date, so the Organic Law/,
    );
    expect(runoff.stdout).not.toContain('ANNOUNCED_WINNER_MISMATCH');
    const alone = await runCli(['check', '--announcement', notice, '--format', 'json']);
    expect(alone.status).toBe(0);
    expect(reportOf(alone.stdout)).toMatchObject({ rules: 'announcement-only', findings: [] });
    // No pack, no rule of a law judged: the statement is absent, not "not judged" of a pack never applied.
    expect(reportOf(alone.stdout).announcement).not.toHaveProperty('lawJudged');
  });

  it('applies the version in force on the day given, and refuses a day that is no calendar day', async () => {
    const dated = reportOf((await judge('--election-date', '2025-12-30', '--format', 'json')).stdout);
    expect(dated.rules).toBe('cn-village@2018');
    expect(dated.rulesVersion).toMatchObject({ chosenBy: 'election-date', date: '2025-12-30' });
    const bad = await judge('--election-date', '2025-02-30');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--election-date must be a calendar day');
    const alone = await runCli(['check', '--announcement', notice, '--election-date', '2025-12-30']);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('--election-date needs --rules');
  });

  it('refuses a pack it does not know, a round without a pack, and a pack beside an election', async () => {
    const unknown = await runCli(['check', '--announcement', notice, '--rules', 'cn-city']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown rules: cn-city \(known: cn-village, .*\)/);
    const roundAlone = await runCli(['check', '--announcement', notice, '--round', 'runoff']);
    expect(roundAlone.status).toBe(2);
    expect(roundAlone.stderr).toContain('--round needs --rules');
    const badRound = await judge('--round', 'second');
    expect(badRound.status).toBe(2);
    const withElection = await judge('--election', sample('election.json'));
    expect(withElection.status).toBe(2);
    expect(withElection.stderr).toContain('the election definition names its own');
  });

  it('signs the judgement, and verify judges the announcement again by the same pack and round', async () => {
    const key = join(dir, 'key.json');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const receipt = join(dir, 'receipt.json');
    // The quorum fails in a runoff too: exit 1, and the receipt is written all the same.
    expect((await judge('--round', 'runoff', '--receipt', receipt, '--key', key)).status).toBe(1);
    const verified = await runCli(['verify', receipt, '--announcement', notice, '--format', 'json']);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toContain('"differences": []');
  });
});
