// Opening the signing key file as check, commit and sample do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { describe, expect, it } from 'vitest';
import { plainKeyFile, serializeSignedFile } from '../../core/index.js';
import { loadKey } from './write-receipt.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-load-key-'));

describe('loadKey', () => {
  it('refuses a key file re-saved in GB18030 at its line, never signing with a garbled label', () => {
    const secret = nacl.sign.keyPair.fromSeed(new Uint8Array(32).fill(7)).secretKey;
    const text = serializeSignedFile(plainKeyFile(secret, { label: '观察员 甲' }));
    const utf8 = join(dir, 'key.json');
    writeFileSync(utf8, text);
    expect(loadKey(utf8, {})).toMatchObject({ ok: true, value: { label: '观察员 甲' } });

    // The same file in GB18030: '观察员' is B9 DB B2 EC D4 B1, '甲' is BC D7.
    const labelLine = text.split('\n').findIndex((line) => line.includes('"label"')) + 1;
    const bytes = new TextEncoder().encode(text.replace('观察员 甲', '\u0000'));
    const at = bytes.indexOf(0);
    const gb = new Uint8Array([
      ...bytes.subarray(0, at),
      ...[0xb9, 0xdb, 0xb2, 0xec, 0xd4, 0xb1, 0x20, 0xbc, 0xd7],
      ...bytes.subarray(at + 1),
    ]);
    const resaved = join(dir, 'key-gb18030.json');
    writeFileSync(resaved, gb);
    const opened = loadKey(resaved, {});
    expect(opened).toMatchObject({ ok: false, errors: [{ file: resaved, line: labelLine }] });
    if (!opened.ok) expect(opened.errors[0]!.message.en).toContain(`offset ${at}`);
  });
});
