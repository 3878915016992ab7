import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.js';
import { keyFileNeedsPassphrase, openSecretKey, plainKeyFile, sealSecretKey } from './key-file.js';
import { testKey } from './testing/sample-receipt.js';

// A small work factor keeps the tests fast; files get DEFAULT_SCRYPT_LOG_N.
const logN = 10;
const key = testKey(3);
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('sealSecretKey / openSecretKey', () => {
  const sealed = sealSecretKey(key.secretKey, '正确 horse battery', {
    logN,
    label: '李',
    createdAt: new Date(0),
  });

  it('opens with the passphrase, giving back the key and its label', () => {
    const opened = openSecretKey(copy(sealed), '正确 horse battery');
    expect(opened).toEqual({ ok: true, value: { ...key, label: '李' } });
    expect(sealed).toMatchObject({
      protection: 'passphrase',
      kdf: { name: 'scrypt', logN, r: 8, p: 1 },
      createdAt: '1970-01-01T00:00:00Z',
    });
  });

  it('holds no secret in the clear', () => {
    const text = JSON.stringify(sealed);
    expect(text).not.toContain(toBase64(key.secretKey.subarray(0, 32)));
    expect(fromBase64(sealed.cipher.sealed)!.length).toBe(48);
  });

  it('says clearly that a wrong passphrase is wrong, and changes nothing', () => {
    const file = Object.freeze(copy(sealed));
    const before = JSON.stringify(file);
    const opened = openSecretKey(file, '正确 horse batterY', 'observer.key');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.errors).toHaveLength(1);
    expect(opened.errors[0]).toMatchObject({ file: 'observer.key', path: '$.cipher.sealed' });
    expect(opened.errors[0]!.message.en).toMatch(/^wrong passphrase/);
    expect(opened.errors[0]!.message.zh).toMatch(/口令不对/);
    expect(JSON.stringify(file)).toBe(before);
  });

  it('asks for a passphrase when none is given', () => {
    expect(keyFileNeedsPassphrase(sealed)).toBe(true);
    const opened = openSecretKey(sealed, undefined);
    expect(!opened.ok && opened.errors[0]!.message.en).toMatch(/passphrase is needed/);
  });

  it('matches passphrases after NFC normalization', () => {
    const composed = sealSecretKey(key.secretKey, 'caf\u00e9', { logN });
    expect(openSecretKey(composed, 'cafe\u0301').ok).toBe(true);
  });

  it('refuses an empty passphrase when sealing', () => {
    expect(() => sealSecretKey(key.secretKey, '  ', { logN })).toThrow(/empty/);
  });

  it('detects a public key swapped in the file', () => {
    const altered = { ...copy(sealed), publicKey: toBase64(testKey(4).publicKey) };
    const opened = openSecretKey(altered, '正确 horse battery');
    expect(!opened.ok && opened.errors[0]!.path).toBe('$.publicKey');
  });

  it('refuses scrypt parameters that would take more than 1 GiB, before running scrypt', () => {
    const greedy = { ...copy(sealed), kdf: { ...sealed.kdf, logN: 20, r: 16 } };
    const opened = openSecretKey(greedy, 'x');
    expect(!opened.ok && opened.errors.map((error) => error.path)).toEqual(['$.kdf']);
    const wild = { ...copy(sealed), kdf: { ...sealed.kdf, logN: 40, p: 0 } };
    const paths = openSecretKey(wild, 'x');
    expect(!paths.ok && paths.errors.map((error) => error.path)).toEqual(['$.kdf.logN', '$.kdf.p']);
  });

  it('reports every malformed field with its path', () => {
    const opened = openSecretKey(
      { format: 'x', protection: 'passphrase', kdf: {}, cipher: {} },
      'p',
      'k.json',
    );
    expect(!opened.ok && opened.errors.map((error) => error.path)).toEqual([
      '$.format',
      '$.publicKey',
      '$.createdAt',
      '$.kdf.name',
      '$.kdf.logN',
      '$.kdf.r',
      '$.kdf.p',
      '$.kdf.salt',
      '$.cipher.name',
      '$.cipher.nonce',
      '$.cipher.sealed',
    ]);
  });
});

describe('plainKeyFile', () => {
  it('opens without a passphrase', () => {
    const file = plainKeyFile(key.secretKey, { label: 'cli' });
    expect(keyFileNeedsPassphrase(file)).toBe(false);
    expect(openSecretKey(copy(file), undefined)).toEqual({ ok: true, value: { ...key, label: 'cli' } });
  });
});
