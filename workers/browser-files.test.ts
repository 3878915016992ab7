import { describe, expect, test } from 'vitest';
import { openBrowserFile } from './browser-files.js';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

describe('openBrowserFile', () => {
  test('streams a Blob, multi-byte names intact, with its name, role and size', async () => {
    const text = 'box,ballot,void,chair\n'.repeat(10_000) + '中心会场,1,,王林\n';
    const blob = new Blob([text]);
    const source = openBrowserFile({ name: 'ballots.csv', blob }, 'ballots');
    expect(source).toMatchObject({ name: 'ballots.csv', role: 'ballots', size: blob.size });
    const parts = await collect(source.chunks());
    const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    expect(new TextDecoder().decode(joined)).toBe(text);
  });

  test('reads a Blob again from the start on each call', async () => {
    const source = openBrowserFile({ name: 'a.txt', blob: new Blob(['abc']) }, 'announcement');
    await collect(source.chunks());
    const again = await collect(source.chunks());
    expect(new TextDecoder().decode(again[0])).toBe('abc');
  });

  test('stopping early releases the stream', async () => {
    const source = openBrowserFile({ name: 'big.csv', blob: new Blob([new Uint8Array(1 << 20)]) }, 'ballots');
    for await (const chunk of source.chunks()) {
      expect(chunk.byteLength).toBeGreaterThan(0);
      break;
    }
    expect((await collect(source.chunks())).length).toBeGreaterThan(0);
  });

  test('takes bytes as they are and refuses a path', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await collect(openBrowserFile({ name: 'x', bytes }, 'boxes').chunks())).toEqual([bytes]);
    expect(() => openBrowserFile({ name: 'x', path: '/tmp/x' }, 'boxes')).toThrow(TypeError);
  });
});
