import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, storageProblem } from './storage-failure';

const what = { zh: '这次核对', en: 'This audit' };

describe('storageProblem', () => {
  it('says in both languages that the storage is full and nothing stored before changed', () => {
    const problem = storageProblem(new DOMException('no room', 'QuotaExceededError'), what);
    expect(problem.zh).toBe(
      '这次核对未能保存：浏览器给本扩展的存储空间已满。此前保存的内容没有改动。可在“历史”中导出后删除旧的核对以腾出空间。',
    );
    expect(problem.en).toMatch(
      /^This audit could not be saved: the browser's storage for this extension is full\./,
    );
  });

  it('names any other failure and still says nothing changed', () => {
    const problem = storageProblem(new DOMException('aborted', 'AbortError'), what);
    expect(problem).toEqual({
      zh: '这次核对未能保存到浏览器存储（AbortError）。此前保存的内容没有改动。',
      en: "This audit could not be saved in the browser's storage (AbortError). Nothing saved before was changed.",
    });
    expect(storageProblem('odd', what).en).toContain('(odd)');
  });

  it('knows a quota error by its name or its legacy code', () => {
    expect(isQuotaExceeded(new DOMException('', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaExceeded(new DOMException('', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});
