import { describe, expect, it } from 'vitest';
import { AUDIT_MATH_WORDS } from '../dashboard/audit/audit-math-words.js';
import { compareWords } from '../dashboard/compare/compare-words.js';
import { sheetsWords } from '../sheets/sheets-words.js';
import { sampleFileWords } from '../verify/sample-file-words.js';
import { tallyCompareWords } from '../verify/tally-compare-words.js';
import { enPages, zhPages } from './i18n-pages.js';

describe('counts in the pages’ English words', () => {
  it('group thousands (1,454) as the pages’ figures do; the Chinese words keep plain digits', () => {
    expect(enPages.workChecked(1454, 22)).toBe('Figures checked (1,454, 22 wrong)');
    expect(zhPages.workChecked(1454, 22)).toBe('核对过的数字（1454项，22项不符）');
    expect(enPages.workNotChecked(2100)).toBe('Not checked (2,100)');
    expect(enPages.workMore(1950)).toBe('1,950 more not listed.');
    expect(enPages.bundleUnchanged(1200)).toContain('all 1,200 receipts');
    expect(AUDIT_MATH_WORDS.en.sampled(1200, 3400)).toBe('1,200 of 3,400 boxes sampled.');
    expect(AUDIT_MATH_WORDS.zh.sampled(1200, 3400)).not.toMatch(/\d,\d{3}/);
    expect(compareWords('en').findingsAdded(1001)).toBe('Findings added (1,001)');
    expect(sheetsWords('en').status.toType(1200)).toBe('1,200 cells to type');
    expect(tallyCompareWords('en').differ(1454)).toBe('The two live tallies differ in 1,454 places.');
    expect(tallyCompareWords('en').ballots(1454)).toBe('1,454 ballots');
    expect(sampleFileWords('en').drawsCaption(1500)).toBe('The 1,500 draws signed');
    expect(sampleFileWords('zh').drawsCaption(1500)).toBe('签名的 1500 次抽取');
  });
});
