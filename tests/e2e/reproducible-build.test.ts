// Two clean clones of the commit, packaged one after the other, give byte-identical zips: what an
// observer does (README, "Check a package") to confirm that the zip they were given is this source.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BROWSERS, zipPath } from '../../scripts/package.mjs';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'tallywitness-rebuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stderr}`);
  return result.stdout;
};

/** Clones the committed tree into `name` and runs `npm run package` there; returns each zip's SHA-256. */
function packageClone(name: string): Record<string, string> {
  const clone = join(work, name);
  run('git', ['clone', '--quiet', '--no-local', root, clone], work);
  // The clone uses this checkout's installed packages, which the same lock file describes (the
  // check below); its lock is dated back so that the package script does not reinstall them.
  expect(readFileSync(join(clone, 'package-lock.json'))).toEqual(
    readFileSync(join(root, 'package-lock.json')),
  );
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  utimesSync(join(clone, 'package-lock.json'), 0, 0);
  run(process.execPath, [join(clone, 'scripts', 'package.mjs')], clone);
  return zipHashes(clone);
}

/** The SHA-256 of each zip that `npm run package` left in `directory`. */
const zipHashes = (directory: string): Record<string, string> =>
  Object.fromEntries(
    BROWSERS.map((browser) => [
      browser,
      createHash('sha256')
        .update(readFileSync(zipPath(browser, directory)))
        .digest('hex'),
    ]),
  );

/**
 * In CI the checkout is itself a clean clone whose zips `npm test` has just built (its package step),
 * so one more clone, at another path, is enough; elsewhere the checkout may hold uncommitted work,
 * and two clones are built.
 */
it('two clean clones of the commit build byte-identical Chrome and Firefox zips', () => {
  const first = process.env['CI'] ? zipHashes(root) : packageClone('first');
  const second = packageClone('second-clone-at-another-path');
  expect(second, 'a clean clone built other zips than the first build (uncommitted changes?)').toEqual(first);
  expect(Object.keys(first)).toEqual(['chrome', 'firefox']);
}, 600_000);
