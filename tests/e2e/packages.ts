// The zips `npm run package` writes, read as an observer receives them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { zipPath } from '../../scripts/package.mjs';

export type PackagedBrowser = 'chrome' | 'firefox';

/** The bytes of the zip for `browser`; fails with the command to run when it has not been built. */
export function packageBytes(browser: PackagedBrowser): Buffer {
  const path = zipPath(browser);
  if (!existsSync(path)) throw new Error(`no package at ${path}: run \`npm run package\` first`);
  return readFileSync(path);
}

/** The manifest inside the zip for `browser`. */
export async function packagedManifest(browser: PackagedBrowser): Promise<Record<string, unknown>> {
  const zip = await JSZip.loadAsync(packageBytes(browser));
  const manifest = zip.file('manifest.json');
  if (!manifest) throw new Error(`the ${browser} package has no manifest.json`);
  return JSON.parse(await manifest.async('string')) as Record<string, unknown>;
}

/** Unpacks the zip for `browser` into `directory`. */
export async function unpackPackage(browser: PackagedBrowser, directory: string): Promise<void> {
  const zip = await JSZip.loadAsync(packageBytes(browser));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(directory, entry.name);
    if (relative(directory, target).startsWith('..')) throw new Error(`entry outside the zip: ${entry.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('uint8array'));
  }
}
