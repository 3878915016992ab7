import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * Pictographs opening a post's lines (👉, 📊, ✅) read as bullets do. Read as a label's first word,
 * `👉女性成员214名` was no part of the members counted before it but a whole of its own, and the next
 * line's `👉35岁以下163名，占20.07%` was judged as 76.17% of it. Every number and name here is invented.
 */
describe('pictographs opening the lines of a post', () => {
  const post = (young: string) =>
    '全县186个村全部完成村委会换届选举，选出新一届村委会成员812名。\n' +
    `👉女性成员214名，占26.35%\n👉大专及以上学历437名，占53.82%\n👉35岁以下163名，占${young}`;

  it('folds them to spaces, keeping the length', () => {
    const text = '👉女性成员214名✅';
    expect(normalizeText(text)).toBe('  女性成员214名 ');
    expect(normalizeText(text)).toHaveLength(text.length);
    expect(normalizeText('1️⃣ 参选率')).toBe('    参选率');
  });

  it('judges each line’s share of the members counted before them', () => {
    expect(alarms(post('20.07%'), true)).toEqual([]);
    expect(judged(post('20.07%'))).toContainEqual(['share', '占20.07%', true]);
    expect(judged(post('20.07%'))).toContainEqual(['share', '占53.82%', true]);
    expect(alarms(post('20.07%').replace('名。\n', '名。\n📊数据看板\n'), true)).toEqual([]);
  });

  it('still flags a share miscomputed on such a line', () => {
    expect(alarms(post('20.70%'), true)[0]).toMatch(/^ANNOUNCED_PERCENT_MISMATCH/);
  });
});
