import { expect, test } from 'vitest';
import { blobChunks } from './blob-chunks.js';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

test('the chunks hold the bytes of the blob in order', async () => {
  const lines = Array.from({ length: 2000 }, (_, n) => `中心会场,${n},,王林\n`);
  const parts = await collect(blobChunks(new Blob(lines)));
  expect(parts.length).toBeGreaterThan(1);
  expect(Buffer.concat(parts).toString('utf8')).toBe(lines.join(''));
});

test('pace is awaited before every read, the last one that finds the end included', async () => {
  let paced = 0;
  const parts = await collect(blobChunks(new Blob([new Uint8Array(300_000)]), async () => void paced++));
  expect(paced).toBe(parts.length + 1);
});

test('an empty blob gives no chunk', async () => {
  expect(await collect(blobChunks(new Blob([])))).toEqual([]);
});

test('stopping early lets the blob be read again', async () => {
  const blob = new Blob([new Uint8Array(1 << 20)]);
  for await (const chunk of blobChunks(blob)) {
    expect(chunk.byteLength).toBeGreaterThan(0);
    break;
  }
  expect((await collect(blobChunks(blob))).reduce((sum, part) => sum + part.byteLength, 0)).toBe(1 << 20);
});
