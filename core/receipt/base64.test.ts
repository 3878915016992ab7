import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('base64', () => {
  // RFC 4648 §10 test vectors.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];
  it.each(vectors)('encodes and decodes %j as %s', (text, encoded) => {
    expect(toBase64(utf8(text))).toBe(encoded);
    expect(fromBase64(encoded)).toEqual(utf8(text));
  });

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('refuses what is not canonical padded base64', () => {
    for (const bad of ['Zg', 'Zg=', 'Zh==', 'Zm9=', 'Zm9v\n', 'Zm-v', 'Zm_v', '=Zm9', 'Z===', 'Zm=v'])
      expect(fromBase64(bad), bad).toBeNull();
  });
});
