// Installs the npm dependencies when they are missing or older than the lock file, so that a fresh clone
// needs nothing but `npm start` or `npm test`. Node built-ins only: it runs before anything is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function dependenciesAreCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(installed)) return false;
  return !existsSync(lock) || statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

export function ensureDependencies() {
  if (dependenciesAreCurrent()) return;
  // `npm ci`: installs exactly what the committed lock names (it records every platform's optional
  // packages) and never rewrites package-lock.json, so a fresh clone stays clean after `npm start`.
  const command = 'ci';
  console.log(`Installing dependencies (npm ${command}) / 正在安装依赖…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, [command, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('npm could not install the dependencies (see above) / npm 未能安装依赖（见上文）');
    process.exit(run.status ?? 1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureDependencies();
