// check refuses an output path it cannot write before the recount runs: nothing printed, nothing written.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sample } from '../tests/unit/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-check-out-'));
const inputs = [
  '--election',
  sample('election.json'),
  '--boxes',
  sample('boxes.csv'),
  '--tallies',
  sample('tallies.csv'),
];

describe('check output paths', () => {
  it('refuses a receipt in a missing folder at once, naming the path in both languages', async () => {
    const key = join(dir, 'k.json');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const receipt = join(dir, 'no-such-dir', 'r.json');
    const run = await runCli(['check', ...inputs, '--receipt', receipt, '--key', key]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(receipt);
    expect(run.stderr).toContain('不存在');
    expect(run.stderr).toContain('does not exist');
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('refuses a spreadsheet whose folder is missing or is a file, before any report', async () => {
    const missing = join(dir, 'gone', 'report.csv');
    const run = await runCli(['check', ...inputs, '--format', 'csv', '--out', missing]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(missing);
    expect(run.stderr).not.toMatch(/RESULT|结论/);

    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const under = join(file, 'report.csv');
    const second = await runCli(['check', ...inputs, '--format', 'csv', '--out', under]);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('is not a folder');
  });
});
