import { describe, expect, it } from 'vitest';
import { overvoteFinding } from '../ballots/ballot-findings.js';
import { checkReturnedExceedsIssued } from '../checks/returned-exceeds-issued.js';
import { checkWriteIns } from '../checks/write-ins.js';
import type { ContestResult } from '../model/report.js';
import { checkAnnouncementArithmetic } from '../announcement/check-announcement-arithmetic.js';
import { englishCountOf } from '../announcement/figure-names.js';
import { readAnnouncementText } from '../announcement/read-announcement-text.js';
import { englishCount } from './english-count.js';

describe('englishCount', () => {
  it('puts the noun in the plural for every count but one', () => {
    expect(englishCount(1, 'seat')).toBe('1 seat');
    expect(englishCount(0, 'seat')).toBe('0 seats');
    expect(englishCount(3, 'seat')).toBe('3 seats');
    expect(englishCount(1, 'woman', 'women')).toBe('1 woman');
    expect(englishCount(2, 'woman', 'women')).toBe('2 women');
    expect(englishCount(1n, 'vote')).toBe('1 vote');
    expect(englishCount(12345678901234567890n, 'vote')).toBe('12,345,678,901,234,567,890 votes');
    expect(englishCount(1454, 'vote')).toBe('1,454 votes');
    expect(englishCount(999n, 'vote')).toBe('999 votes');
  });

  it('counts announced figures too: "stated to have 1 vote", "states 1 valid ballot"', () => {
    const figures = readAnnouncementText('有效票1张。王林得票2票。');
    expect(checkAnnouncementArithmetic(figures, 'en').map((finding) => finding.message)).toContainEqual(
      expect.stringContaining('王林 is stated to have 2 votes, more than the 1 valid ballot'),
    );
    expect(englishCountOf('registered', 1n)).toBe('1 registered voter');
    expect(englishCountOf('cast', 2)).toBe('2 voters who cast a ballot');
  });

  it('is what the findings say: one ballot over one seat, not “1 ballots … the 1 seats”', () => {
    const chair = { id: 'chair', name: '主任', seats: 1, candidates: [] };
    expect(overvoteFinding('mobile-1', chair, 1, 'void-ballot', 'en').message).toBe(
      'box “mobile-1”: 1 ballot chose more than the 1 seat of 主任; each whole ballot is void',
    );
    const member = { id: 'member', name: '委员', seats: 3, candidates: [] };
    expect(overvoteFinding('central', member, 7, 'void-ballot', 'en').message).toBe(
      'box “central”: 7 ballots chose more than the 3 seats of 委员; each whole ballot is void',
    );
  });

  it('gives a name written in once one vote', () => {
    const contest = {
      id: 'chair',
      name: '主任',
      seats: 1,
      validBallots: 10,
      blank: 0,
      candidates: [{ id: '周建国', name: '周建国', votes: 1, writeIn: true, elected: false }],
      elected: [],
      unfilledSeats: 1,
    } as unknown as ContestResult;
    expect(checkWriteIns([contest], 'en')[0]!.message).toBe('主任: “周建国” was written in with 1 vote');
  });

  it('says a box returned 1 ballot, and 1 ballot was returned in all', () => {
    const sheet = { box: 'mobile-1', issued: 0, returned: 1, invalid: 0 };
    const totals = {
      issued: 0,
      cast: 1,
      invalid: 0,
      valid: 1,
      boxesWithoutReturned: [],
      voters: null,
      boxesWithoutVoters: [],
    };
    expect(checkReturnedExceedsIssued([sheet], totals, 'en').map((finding) => finding.message)).toEqual([
      'box “mobile-1” returned 1 ballot, more than the 0 it issued',
      '1 ballot was returned in all, more than the 0 issued',
    ]);
  });

  it('groups thousands in every count of an English notice message, and leaves the Chinese ones as they are', () => {
    const text =
      '登记选民2100人，参加投票1476人，发出选票1476张，收回选票1480张，有效票1454张，无效票22张。王林得票1500票。';
    const figures = readAnnouncementText(text);
    const en = checkAnnouncementArithmetic(figures, 'en').map((finding) => finding.message);
    expect(en).toContainEqual(
      expect.stringContaining('Valid 1,454 plus invalid 22 is 1,476, not the 1,480 ballots returned'),
    );
    expect(en).toContainEqual(
      expect.stringContaining('王林 is stated to have 1,500 votes, more than the 1,454 valid ballots'),
    );
    expect(en.join('\n')).not.toMatch(/\b\d{4}\b/);
    const zh = checkAnnouncementArithmetic(figures, 'zh').map((finding) => finding.message);
    expect(zh.join('\n')).toContain('1454');
    expect(zh.join('\n')).not.toMatch(/\d,\d{3}/);
  });
});
