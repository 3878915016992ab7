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
});
