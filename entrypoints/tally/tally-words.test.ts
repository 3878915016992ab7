import { describe, expect, it } from 'vitest';
import { tallyWords } from './tally-words.js';

describe('the live tally page’s counts', () => {
  it('groups thousands in English (1,454), as the other pages do; Chinese keeps plain digits', () => {
    const en = tallyWords('en');
    expect(en.totals(1454, 22)).toBe('1,454 ballots, 22 of them invalid');
    expect(en.ballotsSoFar(1454)).toBe('1,454 ballots so far');
    expect(en.votes(1300)).toBe('1,300 votes');
    expect(en.blankCount(1020)).toBe('blank 1,020');
    expect(en.saving(1001)).toBe('Saving (1,001 not yet stored)');
    expect(en.saved(2000)).toBe('2,000 saved');
    expect(en.alreadyKept('central', 1454)).toContain('(1,454 ballots so far)');
    // A ballot's number labels it: written as it is.
    expect(en.ballotNumber(1454)).toBe('Ballot No. 1454');
    const zh = tallyWords('zh');
    expect(zh.totals(1454, 22)).toBe('共 1454 张，其中无效 22 张');
    expect(zh.ballotsSoFar(1454)).toBe('已记 1454 张');
  });
});
