import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.js';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('e.json', '{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('places an error the engine gives a position for', () => {
    const result = parseJson('e.json', '{\n  "seats": 1,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'e.json', line: 3, column: 1 });
    expect(result.errors[0]?.message.zh).toContain('JSON 语法错误');
    expect(result.errors[0]?.message.en).toContain('JSON syntax error');
  });

  it('places an error the engine gives no position for', () => {
    const result = parseJson('e.json', '{\n  "名字": 1,\n  "seats": ]\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 3, column: 12 });
  });

  it('places an unexpected end at the end', () => {
    const result = parseJson('e.json', '{"a":\n');
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 2, column: 1 });
    expect(result.ok).toBe(false);
  });
});
