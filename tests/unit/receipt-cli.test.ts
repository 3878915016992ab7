// keygen → check --receipt --key → verify, through `node cli/bin.mjs`, on samples/qingshan-village.
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineReceipts, DIFFERENCES_LISTED, groupedCount, serializeSignedFile } from '../../core/index.js';
import { runCli, sample } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-receipt-cli-'));
const at = (name: string) => join(dir, name);
const inputs = [
  '--election',
  sample('election.json'),
  '--boxes',
  sample('boxes.csv'),
  '--tallies',
  sample('tallies.csv'),
  '--announcement',
  sample('announcement.json'),
];

async function signedReceipt(name: string, label: string): Promise<string> {
  const key = at(`${name}.key`);
  expect((await runCli(['keygen', '--out', key, '--label', label])).status).toBe(0);
  const check = await runCli(['check', ...inputs, '--receipt', at(`${name}.json`), '--key', key]);
  expect(check.status, check.stderr).toBeLessThan(2);
  return at(`${name}.json`);
}

describe('receipts on the command line', () => {
  it('keygen writes a 0600 key file, prints only the fingerprint and public key, and never replaces a file', async () => {
    const key = at('solo.key');
    const run = await runCli(['keygen', '--out', key]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/fingerprint 指纹: [0-9A-F]{4}( [0-9A-F]{4}){3}/);
    expect(run.stderr).toMatch(/warning: the secret key is stored without a passphrase/);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(key, 'utf8')) as { seed: string };
    expect(run.stdout + run.stderr).not.toContain(file.seed);
    const again = await runCli(['keygen', '--out', key]);
    expect(again.status).toBe(2);
    expect(readFileSync(key, 'utf8')).toContain(file.seed);
  });

  it('signs with check, and verify accepts the receipt and a recount of the same files', async () => {
    const receipt = await signedReceipt('a', '观察员 甲');
    const verified = await runCli(['verify', receipt, '--format', 'json']);
    expect(verified.status, verified.stderr).toBe(0);
    const summary = JSON.parse(verified.stdout) as {
      valid: boolean;
      signers: { label: string; fingerprint: string }[];
    };
    expect(summary.valid).toBe(true);
    expect(summary.signers[0]!.label).toBe('观察员 甲');

    const recount = await runCli(['verify', receipt, ...inputs]);
    expect(recount.status, recount.stdout + recount.stderr).toBe(0);
    expect(recount.stdout).toContain('the recount reproduces this receipt');
  }, 60_000);

  it('names the input that is not the one signed for', async () => {
    const receipt = await signedReceipt('b', 'B');
    const tallies = at('tallies-edited.csv');
    copyFileSync(sample('tallies.csv'), tallies);
    writeFileSync(
      tallies,
      readFileSync(tallies, 'utf8').replace(
        /(?<!\d)(\d+)\s*$/,
        (_, votes: string) => `${Number(votes) + 1}\n`,
      ),
    );
    const args = inputs.map((arg) => (arg === sample('tallies.csv') ? tallies : arg));
    const run = await runCli(['verify', receipt, ...args, '--format', 'json']);
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stdout) as {
      valid: boolean;
      recountMatches: boolean;
      signers: { differences: { code: string; where: string }[] }[];
    };
    expect(summary.valid).toBe(true);
    expect(summary.recountMatches).toBe(false);
    expect(summary.signers[0]!.differences[0]).toMatchObject({ code: 'INPUTS_MISMATCH', where: 'tallies' });
  }, 60_000);

  it('heads the text with a failure when the signature holds but the inputs differ, and says when only the bytes do', async () => {
    const receipt = await signedReceipt('d', 'D');
    // The same sheet saved again with a byte order mark and CRLF: other bytes, the same recount.
    const resaved = at('tallies-resaved.csv');
    writeFileSync(resaved, '\ufeff' + readFileSync(sample('tallies.csv'), 'utf8').replace(/\n/g, '\r\n'));
    const same = await runCli([
      'verify',
      receipt,
      ...inputs.map((arg) => (arg === sample('tallies.csv') ? resaved : arg)),
    ]);
    expect(same.status).toBe(1);
    const lines = same.stdout.split('\n');
    expect(lines[0]).toMatch(/^✗ the receipt's signature is valid, but it does not match the inputs given: /);
    expect(same.stdout).toContain('INPUTS_MISMATCH');
    expect(same.stdout).toContain(
      'these are not the files that were signed, but their recount gives the same report',
    );
    expect(same.stdout).not.toMatch(/^✓/m);

    const edited = at('tallies-d-edited.csv');
    writeFileSync(
      edited,
      readFileSync(sample('tallies.csv'), 'utf8').replace(
        /(?<!\d)(\d+)\s*$/,
        (_, v: string) => `${Number(v) + 1}\n`,
      ),
    );
    const changed = await runCli([
      'verify',
      receipt,
      ...inputs.map((arg) => (arg === sample('tallies.csv') ? edited : arg)),
      '--lang',
      'zh',
    ]);
    expect(changed.status).toBe(1);
    expect(changed.stdout.split('\n')[0]).toMatch(/^✗ 回执签名有效，但与所给的输入不符：/);
    expect(changed.stdout).toContain('REPORT_DIFFERS');
    expect(changed.stdout).not.toContain('结果与回执相同');
  }, 60_000);

  it('fails a receipt with one changed vote, and one that was only reformatted', async () => {
    const receipt = await signedReceipt('c', 'C');
    const text = readFileSync(receipt, 'utf8');
    const changed = at('c-changed.json');
    writeFileSync(
      changed,
      text.replace(/"votes": (\d+)/, (_, votes: string) => `"votes": ${Number(votes) + 1}`),
    );
    const run = await runCli(['verify', changed]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/signature INVALID/);
    const reformatted = at('c-reformatted.json');
    writeFileSync(reformatted, text.replace(/\n/g, '\r\n'));
    const layout = await runCli(['verify', reformatted]);
    expect(layout.status).toBe(1);
    expect(layout.stdout).toMatch(/edited or reformatted/);
    expect((await runCli(['verify', at('missing.json')])).status).toBe(2);
  }, 60_000);

  it('verifies a bundle of two signers who agree (disagreement: core/receipt/combine-receipts.test.ts)', async () => {
    const first = JSON.parse(readFileSync(await signedReceipt('d1', 'D1'), 'utf8')) as unknown;
    const second = JSON.parse(readFileSync(await signedReceipt('d2', 'D2'), 'utf8')) as unknown;
    const bundle = combineReceipts([first, second]);
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    writeFileSync(at('bundle.json'), serializeSignedFile(bundle.value));
    const run = await runCli(['verify', at('bundle.json')]);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('the signers’ reports agree');
    expect(run.stdout.match(/signature valid/g)).toHaveLength(2);
  }, 60_000);

  it('lists the first DIFFERENCES_LISTED differences from a recount and counts all, in text and JSON', async () => {
    // The sample's ballots with 700 of them naming a write-in of their own for 委员, another in the
    // recount: over a thousand differences (the file's digest, each write-in's name and id …).
    const [header, ...rows] = readFileSync(sample('ballots.csv'), 'utf8').trimEnd().split('\n');
    const ballots = (writeIn: string) =>
      [
        header,
        ...rows.map((row, i) => {
          const cells = row.split(',');
          if (i < 700 && cells[2] === '') cells[5] = `${writeIn}${i}`;
          return cells.join(',');
        }),
      ].join('\n') + '\n';
    writeFileSync(at('signed-ballots.csv'), ballots('甲'));
    writeFileSync(at('recounted-ballots.csv'), ballots('乙'));
    const key = at('many.key');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const election = ['--election', sample('election.json'), '--boxes', sample('boxes.csv')];
    const signed = await runCli([
      'check',
      ...election,
      '--ballots',
      at('signed-ballots.csv'),
      '--receipt',
      at('many.json'),
      '--key',
      key,
    ]);
    expect(signed.status, signed.stderr).toBeLessThan(2);
    const recount = ['verify', at('many.json'), ...election, '--ballots', at('recounted-ballots.csv')];
    const json = await runCli([...recount, '--format', 'json']);
    expect(json.status, json.stderr).toBe(1);
    const [signer] = (
      JSON.parse(json.stdout) as {
        signers: { differences: unknown[]; differenceCount: number; differencesNotListed: number }[];
      }
    ).signers;
    expect(signer!.differences).toHaveLength(DIFFERENCES_LISTED);
    expect(signer!.differenceCount).toBeGreaterThan(DIFFERENCES_LISTED);
    expect(signer!.differencesNotListed).toBe(signer!.differenceCount - DIFFERENCES_LISTED);
    const notListed = signer!.differencesNotListed;
    const text = await runCli([...recount, '--lang', 'en']);
    expect(text.stdout.match(/^ {4}(?:INPUTS_MISMATCH|REPORT_DIFFERS):/gm)).toHaveLength(DIFFERENCES_LISTED);
    expect(text.stdout).toContain(
      `    … ${groupedCount(notListed)} more differences not listed (${groupedCount(signer!.differenceCount)} in all)`,
    );
    const zh = await runCli([...recount, '--lang', 'zh']);
    expect(zh.stdout).toContain(`另有${notListed}处不同未逐一列出（共${signer!.differenceCount}处）`);
  }, 60_000);

  it('seals a key with a passphrase; a wrong passphrase is a clear error and writes no receipt', async () => {
    const key = at('sealed.key');
    const made = await runCli(['keygen', '--out', key, '--passphrase-env', 'MY_PASS'], {
      MY_PASS: 'correct horse',
    });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).not.toMatch(/warning/);
    const keyText = readFileSync(key, 'utf8');
    expect(JSON.parse(keyText)).toMatchObject({
      protection: 'passphrase',
      kdf: { name: 'scrypt', logN: 17 },
    });
    const wrong = await runCli(['check', ...inputs, '--receipt', at('sealed.json'), '--key', key], {
      TALLYWITNESS_PASSPHRASE: 'wrong horse',
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/wrong passphrase/);
    expect(() => statSync(at('sealed.json'))).toThrow();
    expect(readFileSync(key, 'utf8')).toBe(keyText);
    const right = await runCli(['check', ...inputs, '--receipt', at('sealed.json'), '--key', key], {
      TALLYWITNESS_PASSPHRASE: 'correct horse',
    });
    expect(right.status).toBeLessThan(2);
    expect((await runCli(['verify', at('sealed.json')])).status).toBe(0);
  }, 60_000);
});
