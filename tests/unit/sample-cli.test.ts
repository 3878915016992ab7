// `tallywitness commit`, `sample` and `verify` of hand-check selections, through `node cli/bin.mjs`.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMIT_USAGE } from '../../cli/commands/commit.js';
import { SAMPLE_USAGE } from '../../cli/commands/sample.js';
import { consistentSample, readBoxIds } from '../../core/index.js';
import { runCli, sample, sampleSheets } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-sample-cli-'));
const at = (name: string) => join(dir, name);
const write = (name: string, text: string) => {
  writeFileSync(at(name), text);
  return at(name);
};
const SEED = '01382438112797316654';
const boxesCsv = sample('boxes.csv');

let key: string;
beforeAll(async () => {
  key = at('observer.key');
  const made = await runCli(['keygen', '--out', key, '--label', '观察员 甲']);
  expect(made.status, made.stderr).toBe(0);
}, 60_000);

describe('tallywitness sample', { timeout: 60_000 }, () => {
  it("reproduces the reference's published tickets for AB-130 (first_ticket and next_ticket doctests)", async () => {
    // github ron-rivest/consistent_sampler, code/consistent_sampler.py: first_ticket('AB-130',
    // '01382438112797316654') and next_ticket of it; --digits 100 shows them whole.
    const ids = write('ab130.txt', 'AB-130\n');
    const run = await runCli([
      'sample',
      '--seed',
      SEED,
      '--ids',
      ids,
      '--with-replacement',
      '--take',
      '2',
      '--digits',
      '100',
      '--format',
      'json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      seed: SEED,
      withReplacement: true,
      sample: [
        {
          ticket: '0.26299714122838008416507544297546663599715395525154425586041245287750224561854',
          id: 'AB-130',
          generation: 1,
        },
        {
          ticket: '0.8232357229934205790595761924514048157652891124687533667363938813600770093316',
          id: 'AB-130',
          generation: 2,
        },
      ],
    });
  });

  it('prints exactly seed, withReplacement and sample for boxes.csv, as the core draws them', async () => {
    const run = await runCli(['sample', '--seed', SEED, '--boxes', boxesCsv, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['seed', 'withReplacement', 'sample']);
    const read = readBoxIds('boxes.csv', new Uint8Array(readFileSync(boxesCsv)));
    if (!read.ok) throw new Error('sample boxes.csv unreadable');
    expect(printed['sample']).toEqual(consistentSample(read.value.ids, SEED));
    expect((printed['sample'] as unknown[]).length).toBe(read.value.ids.length);
  });

  it('names ballots BOX/BALLOT, and later rounds continue the stream with --drop', async () => {
    const base = ['sample', '--seed', SEED, '--ballots', sample('ballots.csv'), '--format', 'json'];
    const first = await runCli([...base, '--take', '6']);
    const later = await runCli([...base, '--drop', '3', '--take', '3']);
    expect(first.status, first.stderr).toBe(0);
    const firstSample = (JSON.parse(first.stdout) as { sample: { id: string }[] }).sample;
    expect(firstSample[0]!.id).toMatch(/^[\w-]+\/\d+$/);
    expect((JSON.parse(later.stdout) as { sample: unknown[] }).sample).toEqual(firstSample.slice(3));
  });

  it('prints a table in the chosen language', async () => {
    const run = await runCli(['sample', '--seed', SEED, '--boxes', boxesCsv, '--take', '2', '--lang', 'zh']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^随机种子 01382438112797316654，无放回抽样，共 2 项\n序号\t签号\t编号\t第几次抽中\n1\t0\.\d+\t/,
    );
  });

  it('refuses a short or spaced seed, in Chinese and English, with exit 2', async () => {
    const short = await runCli(['sample', '--seed', '1234567890123456789', '--boxes', boxesCsv]);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('至少需要 20 位数字');
    expect(short.stderr).toContain('at least 20 are needed');
    const spaced = await runCli(['sample', '--seed', '12345 67890 12345 67890', '--boxes', boxesCsv]);
    expect(spaced.status).toBe(2);
    expect(spaced.stderr).toContain('digits 0–9 only');
  });

  it('refuses bad usage and bad input with exit 2, naming file, line and column', async () => {
    const repeated = write('repeated.txt', 'a\nb\n a\n');
    const run = await runCli(['sample', '--seed', SEED, '--ids', repeated]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `${repeated}:3:2: 编号“a”重复（第 1 行已有） / id “a” repeats (already on line 1)`,
    );
    expect((await runCli(['sample', '--seed', SEED, '--ids', repeated, '--boxes', boxesCsv])).status).toBe(2);
    // A sparse file: its size is refused before a byte is read.
    const huge = at('huge-ballots.csv');
    truncateSync(write('huge-ballots.csv', ''), 257 * 1024 * 1024);
    const tooLarge = await runCli(['sample', '--seed', SEED, '--ballots', huge]);
    expect(tooLarge.status).toBe(2);
    expect(tooLarge.stderr).toContain(`${huge}: 文件超过 256 MB`);
    rmSync(huge);
    const noTake = await runCli(['sample', '--seed', SEED, '--boxes', boxesCsv, '--with-replacement']);
    expect(noTake.status).toBe(2);
    expect(noTake.stderr).toContain('needs --take');
    expect((await runCli(['sample', '--seed', SEED, '--boxes', boxesCsv, '--digits', '0'])).status).toBe(2);
    const badBoxes = write('bad-boxes.csv', 'box,registered,issued,returned,invalid\na,1,x,1,0\n');
    const bad = await runCli(['sample', '--seed', SEED, '--boxes', badBoxes]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`${badBoxes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: `));
  });
});

describe('commit, then sample under the commitment, then verify', { timeout: 60_000 }, () => {
  it('ties the selection to the ids committed to, and refuses ids added after', async () => {
    const receipt = at('recount.json');
    const check = await runCli(['check', ...sampleSheets(), '--receipt', receipt, '--key', key]);
    expect(check.status, check.stderr).toBeLessThan(2);
    const commitment = at('commitment.json');
    const commit = await runCli([
      'commit',
      '--boxes',
      boxesCsv,
      '--recount-receipt',
      receipt,
      '--key',
      key,
      '--out',
      commitment,
    ]);
    expect(commit.status, commit.stderr).toBe(0);
    const committed = JSON.parse(readFileSync(commitment, 'utf8')) as { payload: Record<string, unknown> };
    expect(committed.payload['format']).toBe('tallywitness.commitment/1');
    expect(committed.payload['recountReceipt']).toEqual(expect.objectContaining({ name: 'recount.json' }));

    const selection = at('selection.json');
    const drawn = await runCli([
      'sample',
      '--seed',
      SEED,
      '--boxes',
      boxesCsv,
      '--take',
      '2',
      '--format',
      'json',
      '--commitment',
      commitment,
      '--receipt',
      selection,
      '--key',
      key,
    ]);
    expect(drawn.status, drawn.stderr).toBe(0);
    const printed = JSON.parse(drawn.stdout) as { commitment: { sha256: string }; sample: unknown[] };
    const verified = await runCli(['verify', commitment, '--boxes', boxesCsv, '--format', 'json']);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    const { fileSha256 } = JSON.parse(verified.stdout) as { fileSha256: string };
    expect(printed.commitment.sha256).toBe(fileSha256);
    const signed = JSON.parse(readFileSync(selection, 'utf8')) as {
      payload: { commitment: { sha256: string }; sample: unknown[] };
    };
    expect(signed.payload.commitment.sha256).toBe(fileSha256);
    expect(signed.payload.sample).toEqual(printed.sample);

    const again = await runCli(['verify', selection, '--boxes', boxesCsv, '--commitment', commitment]);
    expect(again.status, again.stdout + again.stderr).toBe(0);

    // A box added once the seed is known: the commitment no longer matches, and nothing is drawn.
    const added = write('boxes-added.csv', readFileSync(boxesCsv, 'utf8') + 'late-box,10,10,10,0\n');
    const refused = await runCli(['sample', '--seed', SEED, '--boxes', added, '--commitment', commitment]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('ids were added or dropped');
    const verifyAdded = await runCli(['verify', selection, '--boxes', added]);
    expect(verifyAdded.status).toBe(1);

    // A selection whose sample was edited no longer verifies.
    const edited = write(
      'edited.json',
      readFileSync(selection, 'utf8').replace('"generation": 1', '"generation": 2'),
    );
    expect((await runCli(['verify', edited])).status).toBe(1);
  }, 60_000);

  it('refuses a recount receipt made from other boxes', async () => {
    const receipt = at('recount.json');
    const other = write('other-boxes.csv', readFileSync(boxesCsv, 'utf8').replace('central', 'centre'));
    const run = await runCli([
      'commit',
      '--boxes',
      other,
      '--recount-receipt',
      receipt,
      '--key',
      key,
      '--out',
      at('c2.json'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the recount receipt was not made from this other-boxes.csv');
  });
});

describe('usage', { timeout: 60_000 }, () => {
  it('lists commit and sample in --help, and answers `sample --help` and `help commit`', async () => {
    const all = await runCli(['--help']);
    expect(all.stdout).toContain(SAMPLE_USAGE);
    expect(all.stdout).toContain(COMMIT_USAGE);
    const sampleHelp = await runCli(['sample', '--help']);
    expect([sampleHelp.status, sampleHelp.stdout.trim()]).toEqual([0, SAMPLE_USAGE]);
    const commitHelp = await runCli(['help', 'commit']);
    expect([commitHelp.status, commitHelp.stdout.trim()]).toEqual([0, COMMIT_USAGE]);
  });

  it('commit needs --key and --out, never replaces a file, and refuses signing a selection without a commitment', async () => {
    expect((await runCli(['commit', '--boxes', boxesCsv, '--out', at('x.json')])).status).toBe(2);
    const existing = write('existing.json', '{}');
    const replaced = await runCli(['commit', '--boxes', boxesCsv, '--key', key, '--out', existing]);
    expect(replaced.status).toBe(2);
    expect(replaced.stderr).toContain('the file exists and is not replaced');
    const unsigned = await runCli([
      'sample',
      '--seed',
      SEED,
      '--boxes',
      boxesCsv,
      '--receipt',
      at('s.json'),
      '--key',
      key,
    ]);
    expect(unsigned.status).toBe(2);
    expect(unsigned.stderr).toContain('--receipt needs --commitment and --key');
  });
});
