// `tallywitness bundle T1 T2` given two observers' live tallies of one box, through `node cli/bin.mjs`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE_TALLY_BUNDLE_USAGE } from '../../cli/commands/compare-live-tallies.js';
import { liveTallyPair, PLANTED } from '../live-tally-pair.js';
import { runCli, sample } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-live-bundle-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const pair = liveTallyPair();
const a = file('a.json', pair.a);
const b = file('b.json', pair.b);

describe('tallywitness bundle with two live tallies', { timeout: 60_000 }, () => {
  it('lists each planted difference ballot by ballot and exits 1', async () => {
    const run = await runCli(['bundle', a, b, '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as {
      agreement: boolean;
      tallies: { keptBy: string; ballots: number }[];
      differences: {
        kind: string;
        a: number | null;
        b: number | null;
        contest: string | null;
        message: string;
      }[];
      findings: { code: string; severity: string }[];
      totals: {
        contests: { id: string; rows: { key: string; a: number; b: number; difference: number }[] }[];
      };
    };
    expect(report.agreement).toBe(false);
    expect(report.tallies.map((tally) => tally.keptBy)).toEqual(['张三', '李四']);
    expect(
      report.differences.map(({ kind, a, b, contest }) => ({ kind, a, b, ...(contest && { contest }) })),
    ).toEqual(PLANTED);
    expect(
      report.findings.every(
        (finding) => finding.code === 'LIVE_TALLIES_DIFFER' && finding.severity === 'error',
      ),
    ).toBe(true);
    const chair = report.totals.contests.find((contest) => contest.id === 'chair')!.rows;
    expect(chair.find((row) => row.key === 'liu-guoqiang')).toMatchObject({ a: 20, b: 18, difference: -2 });
  });

  it('says the same in Chinese text, totals side by side', async () => {
    const run = await runCli(['bundle', a, b, '--lang', 'zh']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('记录人 张三');
    expect(run.stdout).toMatch(/✖\s+刘国强\s+20\s+18\s+-2/);
    expect(run.stdout).toContain('不一致 4 处');
    expect(run.stdout).toContain('第 23 张选票，主任：记录 A 为 刘国强，记录 B 为 陈建华');
  });

  it('`bundle --help` shows both forms', async () => {
    const run = await runCli(['bundle', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(LIVE_TALLY_BUNDLE_USAGE);
  });

  it('exits 0 when the two agree', async () => {
    const copy = file('a-copy.json', pair.a);
    const run = await runCli(['bundle', a, copy]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('the two live tallies agree ballot by ballot');
  });

  it('refuses a broken file with its line and column in both languages, and exits 2', async () => {
    const broken = file('broken.json', pair.b.replace('"box": "central"', '"box": central'));
    const run = await runCli(['bundle', a, broken]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken\.json:\d+:\d+: JSON 语法错误.* \/ JSON syntax error/);
    expect(run.stdout).toBe('');
  });

  it('refuses tallies of two boxes, a file that is not a live tally, --out, and a third tally', async () => {
    const east = file('east.json', liveTallyPair(40, 'east').a);
    const boxes = await runCli(['bundle', a, east]);
    expect(boxes.status).toBe(2);
    expect(boxes.stderr).toContain('only tallies of one box can be compared');
    const mixed = await runCli(['bundle', a, sample('election.json')]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('not a live tally');
    const out = await runCli(['bundle', a, b, '--out', join(dir, 'x.json')]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('leave out --out');
    const three = await runCli(['bundle', a, b, east]);
    expect(three.status).toBe(2);
    expect(three.stderr).toContain('compares exactly two live tallies');
  });
});
