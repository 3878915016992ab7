import { describe, expect, it } from 'vitest';
import { asciiForm, withAsciiForms } from './ascii-forms.js';

describe('full-width characters in their ASCII forms', () => {
  it('maps each full-width digit and separator to its ASCII twin', () => {
    expect([...'０１２３４５６７８９'].map(asciiForm).join('')).toBe('0123456789');
    expect(['，', '．', '／', '－', '：', '［', '｛'].map(asciiForm)).toEqual([
      ',',
      '.',
      '/',
      '-',
      ':',
      '[',
      '{',
    ]);
  });

  it('folds only the characters the caller names', () => {
    expect(withAsciiForms('１，０３２票', /[０-９，]/g)).toBe('1,032票');
    expect(withAsciiForms('１，０３２票', /[０-９]/g)).toBe('1，032票');
    expect(withAsciiForms('２０２６／４／１８', /[\uff10-\uff19\uff0f]/g)).toBe('2026/4/18');
  });

  it('refuses a pattern that would fold only the first match', () => {
    expect(() => withAsciiForms('１２', /[０-９]/)).toThrow(/global/);
  });
});
