import { describe, expect, it } from 'vitest';
import { readSignedFile, serializeSignedFile } from './signed-file.js';

describe('serializeSignedFile', () => {
  it('lays canonical JSON out with two-space indentation and a final newline', () => {
    expect(serializeSignedFile({ b: [1, 'x', {}], a: { d: null, c: [] }, e: 1e21 })).toBe(
      '{\n  "a": {\n    "c": [],\n    "d": null\n  },\n  "b": [\n    1,\n    "x",\n    {}\n  ],\n  "e": 1e+21\n}\n',
    );
  });

  it('is JSON.stringify(…, null, 2) when keys are already in order', () => {
    const value = { a: '中文\u0001"', b: [true, false, -0.5], c: { x: 1 } };
    expect(serializeSignedFile(value)).toBe(JSON.stringify(value, null, 2) + '\n');
  });
});

describe('readSignedFile', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  it('reads its own layout as intact, and any other as not', () => {
    const text = serializeSignedFile({ a: 1, b: [2] });
    expect(readSignedFile(bytesOf(text), 'f')).toEqual({
      ok: true,
      value: { json: { a: 1, b: [2] }, layoutIntact: true },
    });
    for (const other of [text.trimEnd(), text.replace('\n', '\r\n'), text + '\n', '\ufeff' + text])
      expect(readSignedFile(bytesOf(other), 'f')).not.toMatchObject({ value: { layoutIntact: true } });
  });

  it('names the line and byte offset where a receipt re-saved in GB18030 stops being UTF-8', () => {
    const text = serializeSignedFile({ a: 1, label: '观察员', z: 2 });
    // '观' in GB18030 is B9 DB; the label is on line 3, after `{\n  "a": 1,\n  "label": "`.
    const prefix = '{\n  "a": 1,\n  "label": "';
    const gb = new Uint8Array([
      ...bytesOf(prefix),
      0xb9,
      0xdb,
      ...bytesOf(text.slice(text.indexOf('观') + 1).replace('察员', '')),
    ]);
    const read = readSignedFile(gb, 'r.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]).toMatchObject({ file: 'r.json', line: 3 });
    expect(read.errors[0]!.message.en).toContain(`offset ${bytesOf(prefix).length}`);
    expect(read.errors[0]!.message.zh).toContain(`第 ${bytesOf(prefix).length} 字节`);
    expect(read.errors[0]!.message.en).toContain('UTF-8');
  });
});
