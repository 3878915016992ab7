import { describe, expect, it } from 'vitest';
import { findSecret, secretForms } from '../secret-forms.js';

const seed = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);
const secretKey = Uint8Array.from([...seed, ...Uint8Array.from({ length: 32 }, (_, i) => 255 - i)]);
const forms = secretForms(seed);

describe('findSecret', () => {
  it('finds the seed and the whole secret key in every encoding, inside other text', () => {
    const key = Buffer.from(secretKey);
    for (const text of [
      `{"seed":"${Buffer.from(seed).toString('base64')}"}`,
      `secret ${key.toString('base64')} end`,
      `x${key.toString('base64url')}`,
      key.toString('hex'),
      Buffer.from(seed).toString('hex').toUpperCase(),
      JSON.stringify([...secretKey]),
      JSON.stringify({ secretKey: Object.fromEntries([...secretKey].map((byte, i) => [i, byte])) }).replace(
        /"\d+":/g,
        '',
      ),
    ]) {
      expect(findSecret(text, forms), text).not.toBeNull();
    }
    expect(findSecret(Buffer.concat([Buffer.from('PK'), key]), forms)).toBe('the raw seed at byte 2');
  });

  it('finds nothing in text without it', () => {
    const other = secretForms(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect(findSecret(`{"seed":"${Buffer.from(seed).toString('base64')}"}`, other)).toBeNull();
    expect(findSecret('', forms)).toBeNull();
  });
});
