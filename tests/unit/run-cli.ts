import { execFile, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sampleDir = join(projectRoot, 'samples', 'qingshan-village');
export const sample = (file: string): string => join(sampleDir, file);

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** How every test runs the command line: its bin script, from the project's root, in the C locale. */
const binArgs = (args: readonly string[]) => [join(projectRoot, 'cli', 'bin.mjs'), ...args];
const runOptions = (env: Record<string, string>) => ({
  cwd: projectRoot,
  env: { ...process.env, LANG: 'C', ...env },
  maxBuffer: 64 * 1024 * 1024,
});

/** Runs `tallywitness …` as a user would, through its bin script, and returns what it printed. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, binArgs(args), runOptions(env), (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ status: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

/** The same, waiting for it to end: for set-up before a browser is driven. */
export function runCliSync(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, binArgs(args), { ...runOptions(env), encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** `--election … --boxes …` flags naming the bundled sample's files, for the roles given. */
export function sampleInputs(
  files: Partial<Record<'election' | 'boxes' | 'tallies' | 'ballots' | 'announcement', string>>,
): string[] {
  return Object.entries(files).flatMap(([role, file]) => [`--${role}`, sample(file)]);
}

/** The sample's election with its box accounting and tally sheets, plus whatever else is given. */
export function sampleSheets(extra: Parameters<typeof sampleInputs>[0] = {}): string[] {
  return sampleInputs({ election: 'election.json', boxes: 'boxes.csv', tallies: 'tallies.csv', ...extra });
}
