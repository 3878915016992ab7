import { describe, expect, it } from 'vitest';
import { nobleSha256Hasher } from './noble-sha256-hasher.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('nobleSha256Hasher', () => {
  it('gives the FIPS 180-2 known answers', () => {
    const empty = nobleSha256Hasher();
    expect(empty.digestHex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const abc = nobleSha256Hasher();
    abc.update(ascii('abc'));
    expect(abc.digestHex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a stream cut anywhere the same as the whole', () => {
    const text = ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
    for (const cut of [0, 1, 7, 55, text.length]) {
      const hasher = nobleSha256Hasher();
      hasher.update(text.subarray(0, cut));
      hasher.update(text.subarray(cut));
      expect(hasher.digestHex()).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    }
  });
});
