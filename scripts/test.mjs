// `npm test`: installs what is missing, then runs every check there is — format, lint, types, unit and
// property tests, `npm start`, the Chrome and Firefox packages, and the browser tests in a real Chromium
// with the built extension (and the checks of the packages); last, that the working tree is unchanged.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies } from './ensure-deps.mjs';
import { runStep } from './run-step.mjs';
import { reportTreeChanges, treeState } from './tree-state.mjs';

const treeBefore = treeState();
ensureDependencies();
const { ensureChromium } = await import('./ensure-chromium.mjs');

const reports = mkdtempSync(join(tmpdir(), 'tallywitness-test-'));
const vitest = (project) => [
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, project + '.json')}`,
];

const failed = [];
const step = (title, command, args, options) => {
  if (runStep(title, command, args, options) !== 0) failed.push(title);
};

step('format (prettier --check)', '.bin/prettier', ['--check', '.', '--log-level', 'warn']);
step('lint (eslint)', '.bin/eslint', ['.']);
step('typecheck (tsc)', '.bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
step('typecheck core without DOM (tsc)', '.bin/tsc', ['--noEmit', '-p', 'core/tsconfig.json']);
step('unit and property tests (vitest)', '.bin/vitest', vitest('unit'));
step('the bundled sample end to end (npm start)', process.execPath, ['scripts/start.mjs']);
// Builds .output/chrome-mv3 (the browser tests load it), .output/firefox-mv3 and both zips.
step('package for Chrome and Firefox (npm run package)', process.execPath, ['scripts/package.mjs']);
const chromium = ensureChromium();
if (chromium.ok) {
  step('browser tests in Chromium (vitest + playwright)', '.bin/vitest', vitest('e2e'), {
    env: { TALLYWITNESS_CHROMIUM: chromium.path },
  });
} else {
  console.error(chromium.message);
  failed.push('browser tests: no Chromium');
}

console.log('\n▶ the run left the working tree as it found it (git status)');
if (!reportTreeChanges(treeBefore, treeState())) failed.push('the working tree changed (git status)');

let passed = 0;
let failedTests = 0;
for (const project of ['unit', 'e2e']) {
  try {
    const result = JSON.parse(readFileSync(join(reports, project + '.json'), 'utf8'));
    passed += result.numPassedTests;
    failedTests += result.numFailedTests;
  } catch {
    // The step failed before writing its report; it is already listed as failed.
  }
}
console.log(`\n${failed.length === 0 ? 'All checks passed.' : 'Failed: ' + failed.join('; ')}`);
console.log(`${passed} passed, ${failedTests} failed`);
process.exit(failed.length === 0 && failedTests === 0 ? 0 : 1);
