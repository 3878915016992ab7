// The signing key's secret appears nowhere but in its key file: not in what keygen, check, verify or
// bundle print (reports in both formats and languages, warnings, errors), not in the receipts and
// bundles they write, not even when the key file itself is handed in where an input belongs.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSecretKey } from '../../core/index.js';
import { findSecret, secretForms, type SecretForms } from '../secret-forms.js';
import { runCli, sampleSheets, type CliRun } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-secret-'));
const at = (name: string) => join(dir, name);
const passphrase = { TALLYWITNESS_PASSPHRASE: 'correct horse battery staple' };

/** The seed inside a key file, opened as the command line opens it. */
function seedOf(keyFile: string, env: Record<string, string> = {}): SecretForms {
  const opened = openSecretKey(JSON.parse(readFileSync(keyFile, 'utf8')), env['TALLYWITNESS_PASSPHRASE']);
  if (!opened.ok) throw new Error(`cannot open ${keyFile}`);
  return secretForms(opened.value.secretKey.subarray(0, 32));
}

const printed: { what: string; run: CliRun }[] = [];
async function cli(what: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await runCli(args, env);
  printed.push({ what, run });
  return run;
}

describe('the secret key on the command line', { timeout: 120_000 }, () => {
  it('shows only in the key files, for a sealed and a plain key', async () => {
    await cli(
      'keygen (sealed)',
      ['keygen', '--out', at('sealed.key'), '--passphrase-env', 'TALLYWITNESS_PASSPHRASE'],
      passphrase,
    );
    await cli('keygen (plain)', ['keygen', '--out', at('plain.key'), '--label', 'plain']);
    const secrets = [seedOf(at('sealed.key'), passphrase), seedOf(at('plain.key'))];
    const inputs = sampleSheets({ announcement: 'announcement.txt' });

    // Each key in both report formats and both languages between them.
    for (const [name, env, runs] of [
      [
        'sealed',
        passphrase,
        [
          ['json', 'zh'],
          ['text', 'en'],
        ],
      ],
      [
        'plain',
        {},
        [
          ['text', 'zh'],
          ['json', 'en'],
        ],
      ],
    ] as const) {
      const key = at(`${name}.key`);
      for (const [format, lang] of runs) {
        const receipt = at(`${name}-${format}-${lang}.receipt.json`);
        const check = await cli(
          `check ${name} ${format} ${lang}`,
          ['check', ...inputs, '--receipt', receipt, '--key', key, '--format', format, '--lang', lang],
          env,
        );
        expect(check.status, check.stderr).toBe(1);
        await cli(`verify ${format} ${lang}`, [
          'verify',
          receipt,
          ...inputs,
          '--format',
          format,
          '--lang',
          lang,
        ]);
      }
      // Mistakes: a wrong passphrase, the key given as the receipt to verify or as an input to check.
      await cli(
        'wrong passphrase',
        ['check', ...inputs, '--receipt', at(`${name}-wrong.json`), '--key', key],
        {
          TALLYWITNESS_PASSPHRASE: 'not the passphrase at all',
        },
      );
      await cli('verify the key file', ['verify', key]);
      for (const role of ['election', 'announcement']) {
        await cli(`key as --${role}`, ['check', ...sampleSheets(), `--${role}`, key, '--format', 'json']);
      }
      // On a copy: until `--receipt` refuses to replace a file, this would overwrite the key itself.
      const copy = at(`${name}-copy.key`);
      copyFileSync(key, copy);
      await cli('key as receipt and key', ['check', ...inputs, '--receipt', copy, '--key', copy], env);
    }
    const receipts = readdirSync(dir).filter((file) => file.endsWith('.receipt.json'));
    await cli('bundle', ['bundle', at(receipts[0]!), at(receipts[2]!), '--out', at('both.bundle.json')]);

    const leaks: string[] = [];
    for (const secret of secrets) {
      for (const { what, run } of printed) {
        for (const [stream, text] of [
          ['stdout', run.stdout],
          ['stderr', run.stderr],
        ] as const) {
          const found = findSecret(text, secret);
          if (found) leaks.push(`${what}, ${stream}: ${found}`);
        }
      }
      for (const file of readdirSync(dir).filter((file) => !file.endsWith('.key'))) {
        const found = findSecret(readFileSync(at(file)), secret);
        if (found) leaks.push(`${file}: ${found}`);
      }
    }
    expect(leaks).toEqual([]);
    // The scan can see: each key file holds its own key, the plain one in the clear.
    expect(findSecret(readFileSync(at('plain.key')), secrets[1]!)).not.toBeNull();
    expect(receipts.length).toBe(4);
  }, 300_000);
});
