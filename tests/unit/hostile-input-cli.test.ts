// The command line against hostile input (issue 21's probe): each defect it found, as a user would meet it.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sample, sampleInputs } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-hostile-'));
const at = (name: string) => join(dir, name);

describe('check --receipt never replaces a file', () => {
  it('refuses a receipt path that is the signing key or an input, and leaves both intact', async () => {
    const key = at('own.key');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const keyText = readFileSync(key, 'utf8');
    const tallies = at('tallies.csv');
    copyFileSync(sample('tallies.csv'), tallies);
    const inputs = [...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }), '--tallies', tallies];
    for (const target of [key, tallies]) {
      const before = readFileSync(target, 'utf8');
      const run = await runCli(['check', ...inputs, '--receipt', target, '--key', key]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('the file exists and is not replaced');
      expect(readFileSync(target, 'utf8')).toBe(before);
    }
    expect(readFileSync(key, 'utf8')).toBe(keyText);
  });
});
