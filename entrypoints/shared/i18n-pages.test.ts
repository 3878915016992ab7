import { describe, expect, test } from 'vitest';
import { messagesFor } from './i18n';
import { enPages, zhPages } from './i18n-pages';

describe("the verify page's count of a receipt's findings", () => {
  test('names every kind, so that the numbers add up (1 error and 1 note is not "2 in all")', () => {
    expect(enPages.findingsCount(1, 0, 2)).toBe('1 error, 0 warnings, 1 note');
    expect(zhPages.findingsCount(1, 0, 2)).toBe('1 个错误、0 个警告、1 条提示');
    expect(enPages.findingsCount(2, 3, 7)).toBe('2 errors, 3 warnings, 2 notes');
    expect(zhPages.findingsCount(0, 0, 0)).toBe('0 个错误、0 个警告、0 条提示');
  });
});

describe("the heading of a notice's checks", () => {
  test('gives the wrong ones beside the checks made, and no "0 wrong" when none was made', () => {
    expect(zhPages.workChecked(20, 1)).toBe('核对过的数字（20项，1项不符）');
    expect(enPages.workChecked(20, 1)).toBe('Figures checked (20, 1 wrong)');
    expect(zhPages.workChecked(0, 0)).toBe('核对过的数字（0项）');
    expect(enPages.workChecked(0, 0)).toBe('Figures checked (0)');
  });
});

describe("the printable receipt's rules line", () => {
  test('names the round as a round in English ("first round", not a bare "first")', () => {
    expect(enPages.rulesAndRound('Organic Law (cn-village@2025)', 'first')).toBe(
      'Organic Law (cn-village@2025), first round',
    );
    expect(enPages.rulesAndRound('Organic Law (cn-village@2025)', 'runoff')).toBe(
      'Organic Law (cn-village@2025), runoff round',
    );
    expect(zhPages.rulesAndRound('组织法', 'first')).toBe('组织法（第一轮）');
    expect(zhPages.rulesAndRound('组织法', 'runoff')).toBe('组织法（另行选举）');
  });
});

describe('values that stand under a label, in English', () => {
  test('the round is written as a label (Round: First), not a bare lower-case "first"', () => {
    expect(messagesFor('en').roundFirst).toBe('First');
    expect(messagesFor('en').roundRunoff).toBe('Runoff');
    expect(messagesFor('zh').roundFirst).toBe('第一轮');
  });

  test('the printable receipt says what the quorum is in plain words, not "Quorum: quorum met"', () => {
    expect(enPages.quorumLabel).toBe('Turnout the law requires');
  });
});
