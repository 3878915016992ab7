// Runs one step of a script the way a person would in a terminal, and says which step failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs `command args` in the project root; returns its exit status (never throws on a failing command). */
export function runStep(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const executable = command.startsWith('.bin/') ? bin(command.slice(5)) : command;
  const run = spawnSync(executable, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...options.env },
  });
  const status = run.status ?? 1;
  const succeeded = (options.acceptedStatuses ?? [0]).includes(status);
  console.log(`${succeeded ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status;
}
