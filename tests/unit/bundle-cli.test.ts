// keygen → check --receipt (two observers) → bundle → verify, through `node cli/bin.mjs`, on the sample.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fromBase64,
  serializeSignedFile,
  signingKeyFromSeed,
  signReceipt,
  type Receipt,
} from '../../core/index.js';
import { runCli, sampleSheets } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-bundle-cli-'));
const at = (name: string) => join(dir, name);
const withAnnouncement = sampleSheets({ announcement: 'announcement.json' });

/** A new key file and a receipt it signs over the given inputs; the key file path and the receipt path. */
async function observer(name: string, inputs: string[]): Promise<{ key: string; receipt: string }> {
  const key = at(`${name}.key`);
  const made = await runCli(['keygen', '--out', key, '--label', name]);
  expect(made.status, made.stderr).toBe(0);
  const receipt = at(`${name}.json`);
  const check = await runCli(['check', ...inputs, '--receipt', receipt, '--key', key]);
  expect(check.status, check.stderr).toBeLessThan(2);
  return { key, receipt };
}

const fingerprintOf = (keyPath: string) =>
  (JSON.parse(readFileSync(keyPath, 'utf8')) as { fingerprint: string }).fingerprint;

let first: { key: string; receipt: string };
let second: { key: string; receipt: string };

beforeAll(async () => {
  [first, second] = await Promise.all([observer('甲', withAnnouncement), observer('乙', withAnnouncement)]);
}, 60_000);

describe('tallywitness bundle', () => {
  it('combines two observers’ receipts into a bundle that verify accepts, naming both signers', async () => {
    const out = at('agree.bundle.json');
    const run = await runCli(['bundle', first.receipt, second.receipt, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(fingerprintOf(first.key));
    expect(run.stdout).toContain(fingerprintOf(second.key));
    expect(run.stdout).toContain('the signers’ reports agree');
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { format: string; receipts: Receipt[] };
    expect(bundle.format).toBe('tallywitness.bundle/1');
    expect(bundle.receipts).toEqual([
      JSON.parse(readFileSync(first.receipt, 'utf8')),
      JSON.parse(readFileSync(second.receipt, 'utf8')),
    ]);

    const verified = await runCli(['verify', out, ...withAnnouncement]);
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout.match(/the recount reproduces this receipt/g)).toHaveLength(2);

    // Never over an existing file, even the same bundle again.
    const written = readFileSync(out, 'utf8');
    const again = await runCli(['bundle', first.receipt, second.receipt, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/the file exists and is not replaced/);
    expect(readFileSync(out, 'utf8')).toBe(written);
  }, 60_000);

  it('refuses a receipt over other inputs, naming it, and writes nothing', async () => {
    const other = await observer('丙', sampleSheets());
    const out = at('mixed.bundle.json');
    const run = await runCli(['bundle', first.receipt, other.receipt, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${other.receipt} $.payload.inputs:`);
    expect(run.stderr).toMatch(/输入与 .* 不同.*inputs differ from those of/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a receipt whose signature fails, and the same receipt twice', async () => {
    const forged = at('forged.json');
    writeFileSync(
      forged,
      readFileSync(second.receipt, 'utf8').replace(/"votes": (\d+)/, (_, votes: string) => {
        return `"votes": ${Number(votes) + 1}`;
      }),
    );
    const out = at('refused.bundle.json');
    const run = await runCli(['bundle', first.receipt, forged, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${forged} $.signature: 签名无效`);
    const twice = await runCli(['bundle', first.receipt, first.receipt, '--out', out]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/same signer as/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('writes the bundle when the observers’ reports differ, lists where on stderr, and exits 1', async () => {
    // The second observer signs a report with one vote more: a validly signed receipt that disagrees,
    // as one made by a tool that counts differently would be.
    const receipt = JSON.parse(readFileSync(second.receipt, 'utf8')) as Receipt;
    const report = receipt.payload.report as unknown as {
      contests: { candidates: { votes: number }[] }[];
    };
    const votes = report.contests[0]!.candidates[0]!.votes;
    report.contests[0]!.candidates[0]!.votes = votes + 1;
    const seed = (JSON.parse(readFileSync(second.key, 'utf8')) as { seed: string }).seed;
    const resigned = signReceipt(receipt.payload, signingKeyFromSeed(fromBase64(seed)!).secretKey);
    const differing = at('differing.json');
    writeFileSync(differing, serializeSignedFile(resigned));

    const out = at('disagree.bundle.json');
    const run = await runCli(['bundle', first.receipt, differing, '--out', out, '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('the signers’ reports disagree in 1 place (the bundle');
    expect(run.stderr).toContain(
      `$.report.contests[0].candidates[0].votes: ${fingerprintOf(first.key)} → ${votes}; ${fingerprintOf(second.key)} → ${votes + 1}`,
    );
    const summary = JSON.parse(run.stdout) as { agreement: boolean; disagreements: { path: string }[] };
    expect(summary.agreement).toBe(false);
    expect(summary.disagreements.map((d) => d.path)).toEqual(['$.report.contests[0].candidates[0].votes']);

    // The bundle itself verifies: a disagreement is what it reports, not a defect of the file.
    const verified = await runCli(['verify', out]);
    expect(verified.status, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('the signers’ reports disagree');
  }, 60_000);

  it('takes an existing bundle and one more receipt, so a third observer can join', async () => {
    const pair = at('pair.bundle.json');
    expect((await runCli(['bundle', first.receipt, second.receipt, '--out', pair])).status).toBe(0);
    const third = await observer('丁', withAnnouncement);
    const out = at('three.bundle.json');
    const run = await runCli(['bundle', pair, third.receipt, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 signers');
    expect((await runCli(['verify', out])).status).toBe(0);
  }, 60_000);

  it('needs --out and at least two files', async () => {
    const noOut = await runCli(['bundle', first.receipt, second.receipt]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/needs --out/);
    const one = await runCli(['bundle', first.receipt, '--out', at('one.json')]);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/at least two receipt files/);
    const missing = await runCli(['bundle', first.receipt, at('missing.json'), '--out', at('m.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${at('missing.json')}: 无法读取：找不到该文件`);
    expect(missing.stderr).toContain('cannot be read: there is no such file');
  });
});
