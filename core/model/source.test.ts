import { expect, test } from 'vitest';
import { bytesSource } from './source.js';

test('bytes in memory are one chunk, with their size, on every read', async () => {
  const bytes = new TextEncoder().encode('box,registered\n中心,1630\n');
  const source = bytesSource('boxes.csv', 'boxes', bytes);
  expect(source).toMatchObject({ name: 'boxes.csv', role: 'boxes', size: bytes.byteLength });
  for (let read = 0; read < 2; read++) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of source.chunks()) chunks.push(chunk);
    expect(chunks).toEqual([bytes]);
  }
});
