// Rewrites a zip so that the same files always give the same bytes: entries in byte order of their
// names, every entry dated at one instant (the commit's, from SOURCE_DATE_EPOCH), no folder entries and
// no permissions. `wxt zip` lists files in the order the file system gives them, stamped with the time
// of the build, so two builds of one commit would otherwise differ.
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** The earliest instant a zip's MS-DOS timestamps can hold. */
const ZIP_EPOCH_SECONDS = Date.UTC(1980, 0, 1, 0, 0, 0) / 1000;

/** The instant every entry carries: SOURCE_DATE_EPOCH (seconds since 1970) when set, else 1980-01-01. */
export function entryDate(sourceDateEpoch: string | undefined): Date {
  const seconds = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : 0;
  // MS-DOS times have a two-second step: round down so that the stored time is the one given.
  const stored = Math.max(seconds, ZIP_EPOCH_SECONDS);
  return new Date((stored - (stored % 2)) * 1000);
}

const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The same files as `zip`, in a zip whose bytes depend on nothing but their names and contents. */
export async function reproducibleZip(zip: Uint8Array, date: Date): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(zip);
  const names = Object.keys(input.files)
    .filter((name) => !input.files[name]!.dir)
    .sort(byteOrder);
  const output = new JSZip();
  for (const name of names) {
    const content = await input.files[name]!.async('uint8array');
    output.file(name, content, { date, createFolders: false, unixPermissions: null, dosPermissions: null });
  }
  return output.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}

/** Rewrites the zip file at `path` in place. */
export async function makeZipReproducible(path: string, sourceDateEpoch: string | undefined): Promise<void> {
  await writeFile(path, await reproducibleZip(await readFile(path), entryDate(sourceDateEpoch)));
}
