// `npm run package`: the zips to hand out, one for Chrome (and Edge, Chromium) and one for Firefox, both
// Manifest V3, in .output/ with their SHA-256 in .output/SHA256SUMS. Every entry is dated at the commit's
// time (SOURCE_DATE_EPOCH), so anyone who builds the same commit gets the same bytes (README).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-deps.mjs';
import { root, runStep } from './run-step.mjs';

export const BROWSERS = ['chrome', 'firefox'];
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** Where `npm run package` writes the zip for `browser`. */
export const zipPath = (browser, directory = root) =>
  join(directory, '.output', `tallywitness-${version}-${browser}.zip`);

/** SOURCE_DATE_EPOCH as given, else the time of the commit checked out (seconds since 1970). */
function sourceDateEpoch() {
  if (process.env.SOURCE_DATE_EPOCH) return process.env.SOURCE_DATE_EPOCH;
  const commit = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
  if (commit.status === 0 && commit.stdout.trim()) return commit.stdout.trim();
  console.error(
    'Not a git checkout: the zips are dated 1980-01-01 / 不是 git 检出：压缩包日期定为 1980-01-01',
  );
  return '0';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureDependencies();
  // NODE_ENV as the caller's (a test runner sets `test`) would change the bundles: always production.
  const env = { SOURCE_DATE_EPOCH: sourceDateEpoch(), NODE_ENV: 'production', NO_UPDATE_NOTIFIER: '1' };
  for (const browser of BROWSERS) {
    if (
      runStep(`package for ${browser} (wxt zip -b ${browser})`, '.bin/wxt', ['zip', '-b', browser], {
        env,
      }) !== 0
    )
      process.exit(1);
  }
  const sums = BROWSERS.map((browser) => {
    const hash = createHash('sha256')
      .update(readFileSync(zipPath(browser)))
      .digest('hex');
    return `${hash}  ${basename(zipPath(browser))}\n`;
  }).join('');
  writeFileSync(join(root, '.output', 'SHA256SUMS'), sums);
  console.log(`\nSHA-256 (.output/SHA256SUMS):\n${sums}`);
}
