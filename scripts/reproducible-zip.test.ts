import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { entryDate, reproducibleZip } from './reproducible-zip';

async function zipOf(files: [string, string][], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content, { date, unixPermissions: 0o644 });
  return zip.generateAsync({ type: 'uint8array', platform: 'UNIX' });
}

describe('reproducibleZip', () => {
  const files: [string, string][] = [
    ['manifest.json', '{"name":"x"}'],
    ['chunks/b.js', 'b()'],
    ['chunks/a.js', 'a()'],
    ['Z.png', 'png'],
  ];
  const commit = entryDate('1764750000');

  it('gives the same bytes for the same files whatever their order and dates', async () => {
    const first = await reproducibleZip(await zipOf(files, new Date('2026-12-01T08:00:00Z')), commit);
    const second = await reproducibleZip(
      await zipOf([...files].reverse(), new Date('2026-12-03T09:30:01Z')),
      commit,
    );
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('keeps every file, in byte order of names, dated at the commit, with no folder entries', async () => {
    const zip = await JSZip.loadAsync(await reproducibleZip(await zipOf(files, new Date()), commit));
    expect(Object.keys(zip.files)).toEqual(['Z.png', 'chunks/a.js', 'chunks/b.js', 'manifest.json']);
    expect(await zip.files['chunks/a.js']!.async('string')).toBe('a()');
    expect(zip.files['manifest.json']!.date.toISOString()).toBe(commit.toISOString());
  });

  it("dates entries at SOURCE_DATE_EPOCH, to the zip format's two seconds, and never before 1980", () => {
    expect(entryDate('1764750001').toISOString()).toBe('2025-12-03T08:20:00.000Z');
    expect(entryDate(undefined).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(entryDate('12').toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(entryDate('not a number').toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('changes when a file changes', async () => {
    const changed = files.map(([name, content]): [string, string] => [
      name,
      name === 'Z.png' ? 'PNG' : content,
    ]);
    const a = await reproducibleZip(await zipOf(files, new Date()), commit);
    const b = await reproducibleZip(await zipOf(changed, new Date()), commit);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
