// The command line against hostile input (issue 21's probe): each defect it found, as a user would meet it.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatBytes, gb18030 } from '../fuzz/gb18030.js';
import { runCli, sample, sampleInputs } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-hostile-'));
const at = (name: string) => join(dir, name);
const write = (name: string, content: string | Uint8Array): string => {
  writeFileSync(at(name), content);
  return at(name);
};

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

describe('one encoding per file', () => {
  it('refuses a GB18030 tallies.csv whose last line is UTF-8, naming the line (exit 2, no verdict)', async () => {
    const sheet = readFileSync(sample('tallies.csv'), 'utf8')
      .replace(/^central,chair,chen-jianhua,670$/m, '')
      .replace(/(?<!\n)\n+$/, '\n')
      .replace(/,chair,/g, ',主任,');
    const mixed = concatBytes(gb18030(sheet), new TextEncoder().encode('central,主任,陈建华,670\n'));
    const tallies = write('mixed-tallies.csv', mixed);
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }),
      '--tallies',
      tallies,
    ]);
    expect(run.status).toBe(2);
    const lastLine = sheet.split('\n').length;
    expect(run.stderr).toContain(`mixed-tallies.csv:${lastLine}:`);
    expect(run.stderr).toContain('a file must be in one encoding');
  });
});

describe('terminal safety', () => {
  it('never prints an escape sequence or control character from the inputs raw, in text or JSON', async () => {
    const election = JSON.parse(readFileSync(sample('election.json'), 'utf8')) as { name: string };
    election.name = '青山村\u001b]0;owned\u0007\u001b[2J\u001b[31m选举\u009b1m\u202e';
    const file = write('escape-election.json', JSON.stringify(election));
    const tallies = write(
      'escape-tallies.csv',
      readFileSync(sample('tallies.csv'), 'utf8') + 'central,chair,"x\u001b[1A\r\u001b[2Kwrite-in",1\n',
    );
    const inputs = ['--election', file, ...sampleInputs({ boxes: 'boxes.csv' }), '--tallies', tallies];
    const text = await runCli(['check', ...inputs]);
    expect(text.status).toBeLessThan(2);
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;
    expect(text.stdout + text.stderr).not.toMatch(raw);
    expect(text.stdout).toContain('\\u001b[31m');
    const json = await runCli(['check', ...inputs, '--format', 'json']);
    expect(json.stdout).not.toMatch(raw);
    expect((JSON.parse(json.stdout) as { election: string }).election).toBe(election.name);
  });

  it('escapes a control character quoted in an input error', async () => {
    const boxes = write(
      'escape-boxes.csv',
      'box,registered,issued,returned,invalid\ncentral,1630,\u001b[31m1108,1107,15\n',
    );
    const run = await runCli(['check', ...sampleInputs({ election: 'election.json' }), '--boxes', boxes]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('receipts and keys read with a bound', () => {
  it('refuses /dev/zero as a receipt at once, with a clear error (issue 21, defect 14)', async () => {
    const run = await runCli(['verify', '/dev/zero']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the file is larger than 64 MB: not a receipt or bundle file');
    expect(run.stderr).toContain('不是回执或回执合集文件');
  });

  it('refuses an oversized key file before reading it whole', async () => {
    const key = write('huge.key', '{"seed":"' + 'A'.repeat(200_000) + '"}');
    const receipt = at('never-written.json');
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv', tallies: 'tallies.csv' }),
      '--receipt',
      receipt,
      '--key',
      key,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the file is larger than 64 KB: not a key file');
  });

  it('says a receipt given as --key is a receipt, not a key behind a passphrase (issue 21, defect 16)', async () => {
    const key = at('signer.key');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const inputs = sampleInputs({ election: 'election.json', boxes: 'boxes.csv', tallies: 'tallies.csv' });
    const receipt = at('signed.json');
    expect((await runCli(['check', ...inputs, '--receipt', receipt, '--key', key])).status).toBeLessThan(2);
    const run = await runCli(['check', ...inputs, '--receipt', at('second.json'), '--key', receipt]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('this is a receipt (or bundle) file, not a key file');
    expect(run.stderr).not.toContain('passphrase');
  });
});

describe('totals stay exact', () => {
  it('refuses counts that could round: two boxes returning 2^53−1 and 2 (issue 21, defect 6)', async () => {
    const huge = '9007199254740991';
    const boxes = write(
      'huge-boxes.csv',
      `box,registered,issued,returned,invalid\ncentral,${huge},${huge},${huge},0\nbranch-north,2,2,2,0\n`,
    );
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'election.json', tallies: 'tallies.csv' }),
      '--boxes',
      boxes,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('huge-boxes.csv:2:');
    expect(run.stderr).toContain('number is absurdly large (above 1,000,000,000)');
    expect(run.stdout).not.toContain('9007199254740992');
  });
});

describe('an empty sheet is said to be empty (issue 21, defect 8)', () => {
  it('refuses a boxes.csv with only its header beside ballot records, instead of turning accounting off', async () => {
    const boxes = write('header-only-boxes.csv', 'box,registered,issued,returned,invalid\n');
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'election.json', ballots: 'ballots.csv' }),
      '--boxes',
      boxes,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'header-only-boxes.csv:2: 文件只有表头，没有任何票箱行 / the file holds only its header: no box rows',
    );
  });

  it('names the file that is missing, not the one that was given', async () => {
    const run = await runCli(['check', ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' })]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the tally sheets (tallies.csv) are missing');
    expect(run.stderr).not.toContain('(boxes.csv) is missing');
  });
});

describe('sheets without #blank rows (issue 16, defect 5)', () => {
  it('warns of the valid ballots left unaccounted and shows 弃权 as inferred', async () => {
    const sheet = readFileSync(sample('tallies.csv'), 'utf8')
      .split('\n')
      .filter((line) => !/^[^,]*,chair,#blank,/.test(line))
      .join('\n');
    const tallies = write('no-blank-tallies.csv', sheet);
    const inputs = [...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }), '--tallies', tallies];
    const json = JSON.parse((await runCli(['check', ...inputs, '--format', 'json'])).stdout) as {
      findings: { code: string; severity: string; contest: string }[];
    };
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: 'BALLOTS_UNACCOUNTED', severity: 'warning', contest: 'chair' }),
    );
    const text = await runCli(['check', ...inputs, '--lang', 'zh']);
    expect(text.stdout).toMatch(/弃权（推算：计票单未写弃权）\s+\d+/);
  });

  it('warns of a write-in that is the id of another contest’s candidate, instead of informing', async () => {
    const tallies = write(
      'code-tallies.csv',
      readFileSync(sample('tallies.csv'), 'utf8').replace(
        'central,chair,chen-jianhua,670',
        'central,chair,chen-jianhua,1\ncentral,chair,wang-xiuying,669',
      ),
    );
    const inputs = [...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }), '--tallies', tallies];
    const run = await runCli(['check', ...inputs, '--format', 'json']);
    const findings = (
      JSON.parse(run.stdout) as { findings: { code: string; severity: string; candidate: string }[] }
    ).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'WRITE_IN_LIKE_CODE', severity: 'warning', candidate: 'wang-xiuying' }),
    );
    expect(
      findings.filter((finding) => finding.code === 'WRITE_IN' && finding.candidate === 'wang-xiuying'),
    ).toEqual([]);
  });
});
