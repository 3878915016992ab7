// The command line given the wrong kind of file: a folder, a missing file, a Word file or a workbook
// where text is expected, an output that is a folder. Each is bad input (exit 2), said in both
// languages with the file's name, never a stack trace.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sample, sampleInputs, sampleSheets } from '../tests/unit/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-bad-files-'));
const folder = join(dir, '票箱 文件夹');
mkdirSync(folder);

function expectBadInput(run: { status: number; stdout: string; stderr: string }, ...parts: string[]) {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  // A refused input's message: a few lines.
  // eslint-disable-next-line regexp/no-super-linear-move
  expect(run.stderr).not.toMatch(/^\s+at |node:internal|Error:/m);
  for (const part of parts) expect(run.stderr).toContain(part);
}

describe('the wrong kind of file', () => {
  it('names a folder given as an input, in both languages', async () => {
    const check = await runCli([
      'check',
      '--election',
      sample('election.json'),
      '--boxes',
      folder,
      '--tallies',
      sample('tallies.csv'),
    ]);
    expectBadInput(check, '票箱 文件夹', '这是一个文件夹，不是文件', 'this is a folder, not a file');
  });

  it('names a missing receipt in words, not in the system error text', async () => {
    const run = await runCli(['verify', join(dir, '回执 不存在.json')]);
    expectBadInput(run, '回执 不存在.json', '找不到该文件', 'there is no such file');
    expect(run.stderr).not.toContain('no such file or directory');
  });

  it('says a workbook given as the election definition is a ZIP file, not text', async () => {
    const run = await runCli([
      'check',
      '--election',
      sample('tally-sheets.xlsx'),
      '--boxes',
      sample('boxes.csv'),
      '--tallies',
      sample('tallies.csv'),
    ]);
    expectBadInput(run, 'tally-sheets.xlsx:1', '这是 ZIP 格式的文件', 'this is a ZIP file');
  });

  it('refuses a folder as the report or key to write, and says it is a folder', async () => {
    const report = await runCli(['check', ...sampleSheets(), '--format', 'csv', '--out', folder]);
    expectBadInput(report, '这是一个文件夹', 'this is a folder: give the name of a new file to write');
    const key = await runCli(['keygen', '--out', folder]);
    expectBadInput(key, 'this is a folder');
  });

  it('reads inputs whose paths hold spaces and Chinese characters', async () => {
    const spaced = join(dir, '青山村 计票单.csv');
    copyFileSync(sample('tallies.csv'), spaced);
    const run = await runCli([
      'check',
      '--election',
      sample('election.json'),
      '--boxes',
      sample('boxes.csv'),
      '--tallies',
      spaced,
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).inputs.map((input: { name: string }) => input.name)).toContain(
      '青山村 计票单.csv',
    );
  });

  it('says where a broken commitment breaks, before asking for an election it would not need', async () => {
    const key = join(dir, 'key.json');
    const commitment = join(dir, 'commitment.json');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const made = await runCli(['commit', '--boxes', sample('boxes.csv'), '--key', key, '--out', commitment]);
    expect(made.status).toBe(0);
    const broken = join(dir, '承诺 坏.json');
    writeFileSync(broken, readFileSync(commitment, 'utf8').trimEnd() + 'C');
    const run = await runCli(['verify', broken, '--boxes', sample('boxes.csv')]);
    expectBadInput(run, '承诺 坏.json:', 'JSON');
    expect(run.stderr).not.toContain('--election');
  });

  it('refuses a cut-short key file before printing or writing the report, the receipt or the selection', async () => {
    const key = join(dir, 'good key.json');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const cut = join(dir, '密钥 截断.json');
    const whole = readFileSync(key, 'utf8');
    writeFileSync(cut, whole.slice(0, Math.floor(whole.length / 2)));
    const receipt = join(dir, 'receipt from cut key.json');
    const report = join(dir, 'report from cut key.csv');
    const check = await runCli([
      'check',
      ...sampleSheets(),
      '--format',
      'csv',
      '--out',
      report,
      '--receipt',
      receipt,
      '--key',
      cut,
    ]);
    expectBadInput(check, '密钥 截断.json:');
    expect(existsSync(report)).toBe(false);
    expect(existsSync(receipt)).toBe(false);
    const text = await runCli(['check', ...sampleSheets(), '--receipt', receipt, '--key', cut]);
    expectBadInput(text, '密钥 截断.json:');

    const commitment = join(dir, 'commitment for cut key.json');
    const made = await runCli(['commit', '--boxes', sample('boxes.csv'), '--key', key, '--out', commitment]);
    expect(made.status).toBe(0);
    const selection = join(dir, 'selection from cut key.json');
    const drawn = await runCli([
      'sample',
      '--seed',
      '31415926535897932384',
      '--boxes',
      sample('boxes.csv'),
      '--commitment',
      commitment,
      '--receipt',
      selection,
      '--key',
      cut,
    ]);
    expectBadInput(drawn, '密钥 截断.json:');
    expect(existsSync(selection)).toBe(false);
  });

  it('says an error of one file given for two roles once, in check, export and audit', async () => {
    const empty = join(dir, '空 文件.csv');
    writeFileSync(empty, '');
    const roles = ['--election', sample('election.json'), '--boxes', empty, '--tallies', empty];
    const runs = [
      await runCli(['check', ...roles]),
      await runCli(['export', '--to', 'err', ...roles, '--out', join(dir, 'never.json')]),
      await runCli(['audit', 'screens', ...roles, '--contest', 'chair']),
    ];
    for (const run of runs) {
      expectBadInput(run, '空 文件.csv:1');
      expect(run.stderr.split('空 文件.csv:1').length - 1).toBe(1);
    }
  });
});

describe('sheets in a shape a spreadsheet program leaves them', () => {
  const written = (name: string, bytes: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('reads ballot records with a title above the header as the same records without it', async () => {
    const ballots = readFileSync(sample('ballots.csv'), 'utf8');
    const titled = written('青山村 投票记录.csv', `青山村第十一届村民委员会选举投票记录,,,,,\n${ballots}`);
    const json = (run: { stdout: string }) => {
      const report = JSON.parse(run.stdout) as { verdict: string; contests: unknown; boxes: unknown };
      return { verdict: report.verdict, contests: report.contests, boxes: report.boxes };
    };
    const plain = await runCli(['check', ...sampleSheets({ ballots: 'ballots.csv' }), '--format', 'json']);
    const run = await runCli(['check', ...sampleSheets(), '--ballots', titled, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(plain.status);
    expect(json(run)).toEqual(json(plain));
  });

  it('names every column of a tab-separated sheet in one line', async () => {
    const tallies = readFileSync(sample('tallies.csv'), 'utf8').replaceAll(',', '\t');
    const run = await runCli([
      'check',
      ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }),
      '--tallies',
      written('计票单.tsv', tallies),
    ]);
    expectBadInput(
      run,
      '计票单.tsv:1: 缺少“票箱”、“职位”、“候选人”、“得票”列',
      'missing the box, contest, candidate and votes columns',
      'the header holds tabs',
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses bytes of no text without a NUL as no text, in one line, for a sheet and ballot records', async () => {
    // 8 MB of noise without a NUL (xorshift, seeded): decoded whole in two encodings, it took seconds.
    const noise = new Uint8Array(8 * 1024 * 1024);
    let state = 0x2545f491;
    for (let i = 0; i < noise.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      noise[i] = ((state >>> 24) % 255) + 1;
    }
    const path = written('noise.csv', noise);
    const sheets = sampleInputs({ election: 'election.json', boxes: 'boxes.csv' });
    for (const inputs of [
      [...sheets, '--tallies', path],
      [...sampleSheets(), '--ballots', path],
    ]) {
      const run = await runCli(['check', ...inputs]);
      expectBadInput(
        run,
        'noise.csv:1',
        'is a control character',
        'this is not a text file',
        '这不是文本文件',
      );
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
