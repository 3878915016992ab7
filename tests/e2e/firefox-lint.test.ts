// The Firefox package passes Mozilla's own checks (web-ext lint, the linter addons.mozilla.org runs):
// no error, and no warning other than the one documented below.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { unpackPackage } from './packages.js';

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}
interface LintReport {
  readonly errors: LintMessage[];
  readonly warnings: LintMessage[];
  readonly notices: LintMessage[];
}

const webExt = join(import.meta.dirname, '../../node_modules/.bin/web-ext');
const unpacked = mkdtempSync(join(tmpdir(), 'tallywitness-firefox-'));
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

/**
 * Preact's renderer holds the one `innerHTML =` assignment (for `dangerouslySetInnerHTML`, which the
 * extension never uses: a check in this file searches the sources). Any other unsafe assignment fails.
 */
function isPreactsOwnInnerHtml(warning: LintMessage, directory: string): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || warning.line === undefined) return false;
  const line = readFileSync(join(directory, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const around = line.slice(Math.max(0, (warning.column ?? 0) - 300), (warning.column ?? 0) + 100);
  return /\.innerHTML=\w+\.__html/.test(around);
}

it('web-ext lint finds no error and no unexplained warning in the Firefox package', async () => {
  await unpackPackage('firefox', unpacked);
  const run = spawnSync(
    webExt,
    ['lint', '--source-dir', unpacked, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 },
  );
  const report = JSON.parse(run.stdout) as LintReport;
  expect(report.errors).toEqual([]);
  expect(report.warnings.filter((warning) => !isPreactsOwnInnerHtml(warning, unpacked))).toEqual([]);
  expect(run.status).toBe(0);
});

it('the extension itself never sets innerHTML or uses dangerouslySetInnerHTML', () => {
  const sources = spawnSync(
    'git',
    ['grep', '-l', '-E', 'innerHTML|dangerouslySetInnerHTML', '--', 'entrypoints'],
    {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    },
  );
  // git grep says 1 when nothing matches.
  expect(sources.stdout.trim()).toBe('');
  expect(sources.status).toBe(1);
});
