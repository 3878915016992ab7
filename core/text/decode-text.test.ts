import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { concatBytes, gb18030 } from '../../tests/fuzz/gb18030.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
/** 王林 in GB18030 (and GBK), from the GB18030-2022 code table: 王 = CD F5, 林 = C1 D6. */
const WANG_LIN_GB18030 = [0xcd, 0xf5, 0xc1, 0xd6];

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText('t.csv', utf8('票箱,王林\n'))).toEqual({
      ok: true,
      value: { text: '票箱,王林\n', encoding: 'utf-8' },
    });
  });

  it('drops a UTF-8 BOM', () => {
    expect(decodeText('t.csv', bytes(0xef, 0xbb, 0xbf, ...utf8('box')))).toEqual({
      ok: true,
      value: { text: 'box', encoding: 'utf-8' },
    });
  });

  it('falls back to GB18030 for bytes that are not UTF-8', () => {
    expect(decodeText('t.csv', bytes(0x61, 0x2c, ...WANG_LIN_GB18030))).toEqual({
      ok: true,
      value: { text: 'a,王林', encoding: 'gb18030' },
    });
  });

  it('decodes as told when the encoding is forced', () => {
    // E7 8E 8B E6 9E 97 is 王林 in UTF-8 and three other characters in GB18030: forcing reads mojibake.
    const wangLin = utf8('王林');
    expect(decodeText('t.csv', wangLin, 'utf-8')).toMatchObject({ ok: true, value: { text: '王林' } });
    const forced = decodeText('t.csv', wangLin, 'gb18030');
    expect(forced).toMatchObject({ ok: true, value: { encoding: 'gb18030' } });
    expect(forced.ok && forced.value.text).toHaveLength(3);
  });

  it('names the line and byte offset where a forced UTF-8 file goes wrong', () => {
    const result = decodeText('t.csv', bytes(...utf8('box\nab'), ...WANG_LIN_GB18030), 'utf-8');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 't.csv', line: 2 });
    expect(result.errors[0]?.message.en).toContain('offset 6');
    expect(result.errors[0]?.message.zh).toContain('第 6 字节');
  });

  it('counts the BOM in the offset it reports', () => {
    const result = decodeText('t.csv', bytes(0xef, 0xbb, 0xbf, 0x61, 0xff));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message.en).toContain('offset 4');
  });

  it('rejects bytes that neither encoding reads, naming the first bad one', () => {
    // 0x80 alone and 0xFF are invalid in both; the UTF-8 decoder fails at the first of them.
    const result = decodeText('t.csv', bytes(0x61, 0x0a, 0x62, 0x0a, 0xff, 0x61));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 't.csv', line: 3 });
    expect(result.errors[0]?.message.en).toContain('offset 4');
  });

  it('explains a UTF-16 file instead of reading it as garbage', () => {
    const result = decodeText('t.csv', bytes(0xff, 0xfe, 0x61, 0x00));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message.en).toContain('UTF-16LE');
  });
});

describe('decodeText on a binary file that no signature names', () => {
  it('refuses a file holding NUL bytes at the first one, before any decoding', () => {
    const bytes = new Uint8Array(8 * 1024 * 1024).fill(0x41);
    bytes.set(new TextEncoder().encode('box,votes\nc,1\n'), 0);
    bytes[20] = 0x00;
    for (let i = 30; i < bytes.length; i += 97) bytes[i] = 0xff;
    const result = decodeText('garbage.csv', bytes);
    expect(result).toMatchObject({ ok: false, errors: [{ file: 'garbage.csv', line: 3 }] });
    if (result.ok) return;
    expect(result.errors[0]!.message.en).toContain('NUL');
    expect(result.errors[0]!.message.en).toContain('offset 20');
    expect(result.errors[0]!.message.zh).toContain('NUL');
  });
});

describe('decodeText at the very start', () => {
  it('reports offset 0 when the first character is already broken', () => {
    const result = decodeText('t.csv', new Uint8Array([0xcd, 0xf5, 0x0a]), 'utf-8');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        line: 1,
        message: { en: expect.stringContaining('offset 0') },
      });
  });
});

describe('decodeText on mixed and broken files (issue 21, defects 4 and 12)', () => {
  const gbLines = gb18030('box,contest,candidate,votes\n中心,主任,陈建华,227\n');

  it('refuses a GB18030 file whose last line is UTF-8, naming that line', () => {
    const mixed = concatBytes(gbLines, utf8('中心,chair,陈建华,670\n'));
    const result = decodeText('tallies.csv', mixed);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'tallies.csv', line: 3 });
    expect(result.errors[0]!.message.en).toContain('line 3 is UTF-8 but line 2 is GB18030');
    expect(result.errors[0]!.message.zh).toContain('第 3 行是 UTF-8');
  });

  it('refuses it too when the UTF-8 line happens to read as GB18030', () => {
    // 陈建华王 in UTF-8 is also valid GB18030 (E9 99 | 88 E5 | BB BA | E5 8D | 8E E7 | 8E 8B).
    const mixed = concatBytes(gbLines, utf8('中心,chair,陈建华王,670\n'));
    expect(new TextDecoder('gb18030', { fatal: true }).decode(mixed)).toBeTruthy();
    const result = decodeText('tallies.csv', mixed);
    expect(!result.ok && result.errors[0]!.line).toBe(3);
  });

  it('reads plain GB18030 without a word', () => {
    expect(decodeText('tallies.csv', gbLines)).toMatchObject({ ok: true, value: { encoding: 'gb18030' } });
  });

  it('does not take GB18030 names for UTF-8 over the whole two-byte table', () => {
    // Every pair of common characters (in a line of their own) stays GB18030: no false refusal.
    const names =
      '陈建华王林李华赵敏张伟刘洋杨帆黄磊周杰吴昊徐静孙丽马超朱红胡军郭靖何平高山林峰罗兰郑爽梁晨谢娜宋佳唐嫣';
    const lines = [...names].map((_, i) => names.slice(i, i + 3)).join('\n');
    expect(decodeText('names.csv', gb18030(lines))).toMatchObject({
      ok: true,
      value: { encoding: 'gb18030' },
    });
  });

  it('names a bad byte in a UTF-8 file at its own line, not where GB18030 would fail', () => {
    const text = utf8(
      '{\n  "format": "tallywitness.election/1",\n  "name": "青山村第十一届村民委员会选举"\n}',
    );
    const broken = text.slice();
    broken[20] = 0x81; // a GB18030 lead byte inside the ASCII of line 2
    const result = decodeText('election.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line: 2 });
    expect(result.errors[0]!.message.en).toContain('offset 20');
    expect(result.errors[0]!.message.en).toContain('UTF-8');
  });
});

describe('decodeText on bytes of no text without a NUL', () => {
  /** Bytes as random as a corrupt or encrypted file's, with no NUL among them (xorshift, seeded). */
  const noise = (length: number): Uint8Array => {
    const bytes = new Uint8Array(length);
    let state = 0x9e3779b9;
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = ((state >>> 24) % 255) + 1;
    }
    return bytes;
  };

  it('refuses them from their head as no text, at the first control character', () => {
    const bytes = noise(4 * 1024 * 1024);
    const first = bytes.findIndex((byte) => byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(byte));
    const result = decodeText('random.csv', bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message.en).toContain(
      `offset ${first} (counting from 0) is a control character`,
    );
    expect(result.errors[0]!.message.en).toContain('this is not a text file');
    expect(result.errors[0]!.message.zh).toContain('这不是文本文件');
  });

  it('still reads text holding a control character, and names a broken byte of text as before', () => {
    const text = '票箱,职位,候选人,得票\n中心,主任,陈建华,227\x1a\n';
    expect(decodeText('t.csv', utf8(text))).toMatchObject({ ok: true, value: { encoding: 'utf-8' } });
    expect(decodeText('t.csv', gb18030(text))).toMatchObject({ ok: true, value: { encoding: 'gb18030' } });
    // A byte neither encoding reads beside a control character: no text. Without the control
    // character: a text file broken there, named as before.
    const broken = decodeText('t.csv', bytes(0x61, 0x0a, 0xff, 0x1a));
    expect(!broken.ok && broken.errors[0]!.message.en).toContain('offset 3 (counting from 0) is a control');
    const plain = decodeText('t.csv', bytes(0x61, 0x0a, 0x62, 0x0a, 0xff, 0x61));
    expect(!plain.ok && plain.errors[0]!.message.en).not.toContain('control character');
  });
});
