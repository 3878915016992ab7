import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flaggedStrings } from './source-files.js';

/**
 * Chinese quotes a name or a word with “…”, as the English does (票箱“central”, box “central”). Straight
 * quotes stay only around what is to be written into a JSON file as it stands (应为 "first" 或 "runoff",
 * 如 "2026-03-15", 加 "date": "YYYY-MM-DD", 格式标记 "tallywitness.election/1"), where a curly quote would
 * not be JSON, and where the straight quote mark is named as itself (请用英文双引号 ").
 */
const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['entrypoints', 'core', 'cli'];

/** Where a straight quote is JSON's own: after 应为, 如 or 加, a format tag, a JSON object or member. */
const JSON_TO_WRITE = /(?:应为|如|加|格式标记) "|\{"|"[\w@]+": ?"|英文双引号 "/;

function straightQuoteIn(text: string): boolean {
  if (!/[\u4e00-\u9fff]/.test(text) || !text.includes('"')) return false;
  // English prose quoting a Chinese word is the English check's concern (english-quotes.test.ts).
  if (!/[\u3000-\u303f\uff00-\uffef]/.test(text) && /[A-Za-z]{3} [A-Za-z]{3}/.test(text)) return false;
  return !JSON_TO_WRITE.test(text);
}

describe('Chinese quotes with “ ”', () => {
  it('the check itself tells a quoted name from JSON to write', () => {
    expect(straightQuoteIn('候选人 id "X" 与 $.contests[0] 重复')).toBe(true);
    expect(straightQuoteIn('候选人名称"X"与 $.contests[1] 重复，无法区分')).toBe(true);
    expect(straightQuoteIn('"#blank" 专用于弃权票')).toBe(true);
    expect(straightQuoteIn('候选人 id “X” 与 $.contests[0] 重复')).toBe(false);
    expect(straightQuoteIn('轮次应为 "first" 或 "runoff"（另行选举）')).toBe(false);
    expect(straightQuoteIn('选举日期应写作 YYYY-MM-DD 的真实日期，如 "2026-03-15"（读到 X）')).toBe(false);
    expect(straightQuoteIn('请在选举定义中加 "date": "YYYY-MM-DD"')).toBe(false);
    expect(straightQuoteIn('缺少格式标记 "X"')).toBe(false);
    expect(straightQuoteIn('JSON 的名称和字符串要用英文双引号 "，不能用单引号')).toBe(false);
    expect(straightQuoteIn('their articles on the quorum ("法定人数") could not be read')).toBe(false);
  });

  it('no Chinese string of the pages, the core or the command line quotes a word with straight quotes', () => {
    const { files, found } = flaggedStrings(ROOT, SCANNED, straightQuoteIn);
    expect(files).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
