// Bundles the command line (cli/main.ts and its worker thread) into dist/cli with esbuild, so that
// `npx tallywitness` starts without a TypeScript loader. Runs on `npm install` (prepare) and on demand.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', 'audit-thread': 'cli/audit-thread.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
