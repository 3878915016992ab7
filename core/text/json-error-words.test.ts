import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.js';

/** The English words and the place of the error parseJson gives for `text`. */
function errorOf(text: string): { en: string; zh: string; line?: number; column?: number } {
  const result = parseJson('e.json', text);
  if (result.ok) throw new Error('expected a syntax error');
  const [error] = result.errors;
  return { en: error!.message.en, zh: error!.message.zh, line: error!.line, column: error!.column };
}

describe('JSON syntax errors in words a hand editor can act on', () => {
  it.each([
    ['{\n  "seats": 1,\n}', 'no trailing comma', '不允许末尾的逗号', 3, 1],
    ['{"name": "希望村\n"}', 'must stay on one line', '须写在一行内', 1, 14],
    ['{"name": “希望村”}', 'Chinese quotation mark ““”', '中文引号““”', 1, 10],
    ["{'name': 1}", 'double quotes', '不能用单引号', 1, 2],
    ['{"seats"：1}', 'full-width “：” is not JSON: use “:”', '请用半角的“:”', 1, 9],
    ['[1 2]', 'a comma is missing before “2”', '“2”前缺少逗号', 1, 4],
    ['{"a": 1}}', 'already ended', '已经结束', 1, 9],
    ['{"a":\n', 'the file ends here', '文件在此结束', 2, 1],
    ['{"a": tru}', '“}” is not expected here', '此处不应出现“}”', 1, 10],
  ])('%j', (text, en, zh, line, column) => {
    const error = errorOf(text);
    expect(error.en).toContain(en);
    expect(error.en).toMatch(/^JSON syntax error: /);
    expect(error.zh).toContain(zh);
    expect(error).toMatchObject({ line, column });
  });
});
