// The committed lock must let `npm ci` install on every platform: npm refuses a lock that lacks an
// optional package some dependency names (rollup's and esbuild's native builds for other systems),
// and `npm install` would then rewrite the lock and leave the clone dirty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

interface LockEntry {
  readonly version?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}
interface Lock {
  readonly lockfileVersion: number;
  readonly packages: Record<string, LockEntry>;
}

const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as Lock;
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as LockEntry;

/** Where Node would find `name` from the package installed at `from`: its own folder, then each parent's. */
function resolveInLock(packages: Lock['packages'], from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = `${base === '' ? '' : base + '/'}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it('records every optional package of every dependency, for all platforms', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveInLock(lock.packages, path, name)) missing.push(`${name} (for ${path || 'the project'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('records every dependency of package.json, each with its integrity hash', () => {
    const root = lock.packages[''];
    expect(root?.dependencies).toEqual(manifest.dependencies);
    expect(root?.devDependencies).toEqual(manifest.devDependencies);
    const withoutHash = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.link && !entry.integrity)
      .map(([path]) => path);
    expect(withoutHash).toEqual([]);
  });

  it('finds the packages the way Node does', () => {
    const packages = {
      '': {},
      'node_modules/a': {},
      'node_modules/b': {},
      'node_modules/b/node_modules/a': {},
    };
    expect(resolveInLock(packages, 'node_modules/b', 'a')).toBe('node_modules/b/node_modules/a');
    expect(resolveInLock(packages, 'node_modules/a', 'b')).toBe('node_modules/b');
    expect(resolveInLock(packages, 'node_modules/a', 'c')).toBeNull();
  });
});
