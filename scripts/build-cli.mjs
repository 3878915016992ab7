// Bundles the command line (cli/main.ts and its worker threads) into dist/cli with esbuild, so that
// `npx tallywitness` starts without a TypeScript loader. Runs on `npm install` (prepare) and on demand.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'cli/main.ts',
      'audit-thread': 'cli/audit-thread.ts',
      'count-part-thread': 'cli/count-part-thread.ts',
    },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Packages are bundled too: loading them from node_modules in both the main thread and the worker
    // thread cost about 0.2 s of start-up per run (docs/performance.md). Bundled CommonJS packages
    // (tweetnacl asks for node:crypto) get a real `require`.
    packages: 'bundle',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
