import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The TypeScript sources below `dir` that ship (no tests, no declaration files), leaving out folders
 * named in `skipped` (test helpers, corpora, vectors).
 */
export function sourceFiles(dir: string, skipped: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipped.includes(entry.name) ? [] : sourceFiles(path, skipped);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}
