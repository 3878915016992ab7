import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

const check = (text: string) => checkAnnouncementArithmetic(readAnnouncementText(text), 'en');
const summary = (text: string) =>
  check(text).map((finding) => [finding.code, finding.where?.text, finding.expected, finding.found]);

describe('checkAnnouncementArithmetic', () => {
  it('finds nothing in an announcement that adds up', () => {
    expect(
      check(
        '登记选民1860人，参加投票1322人，参选率71.1%。发出选票1322张，收回选票1322张，有效票1309张，无效票13张。',
      ),
    ).toEqual([]);
  });

  it('accepts a truncated share as well as a rounded one', () => {
    // 1322 / 1860 = 71.0752…%: 71.08 rounded, 71.07 truncated.
    expect(check('登记选民1860人，参加投票1322人，参选率71.07%。')).toEqual([]);
    expect(check('登记选民1860人，参加投票1322人，参选率71.08%。')).toEqual([]);
    expect(summary('登记选民1860人，参加投票1322人，参选率71.09%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率71.09%', '71.08%', '71.09%'],
    ]);
  });

  it('says which total a share was taken of, and the exact share', () => {
    const [finding] = check('登记选民1860人，参加投票1322人，参选率72%。');
    expect(finding?.severity).toBe('warning');
    expect(finding?.messages.en).toContain(
      '1,322 voters who cast a ballot of 1,860 registered voters is 71.0752…%',
    );
    expect(finding?.messages.zh).toContain('参加投票人数1322占登记选民数1860的71.0752…%');
    expect(finding?.where).toEqual({ span: [20, 26], text: '参选率72%' });
  });

  it('checks parts against totals', () => {
    expect(summary('发出选票742张，收回选票745张，其中有效票730张，无效票12张。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票745张', 745, 742],
      ['ANNOUNCED_SUM_MISMATCH', '收回选票745张', 742, 745],
    ]);
  });

  it('checks a candidate against the valid ballots', () => {
    expect(summary('有效票730张。主任：冯晓燕731票，马文斌12票。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '冯晓燕731票', 730, 731],
    ]);
  });

  it('notices one figure stated twice with two values', () => {
    expect(summary('参加投票1322人。……本次参加投票1323人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '本次参加投票1323人', 1322, 1323],
    ]);
  });

  it('checks summary groups: parts within the total, men and women making it up', () => {
    expect(summary('共选出成员20人，其中女性成员8人，男性成员13人，35岁以下的21人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '35岁以下的21人', 20, 21],
      ['ANNOUNCED_SUM_MISMATCH', '共选出成员20人', 20, 21],
    ]);
  });

  it('checks a candidate’s share of the ballots cast', () => {
    expect(summary('参加投票1322人。王林得票812票，得票率61.4%。')).toEqual([]);
    expect(summary('参加投票1322人。王林得票812票，得票率62.4%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '得票率62.4%', '61.4%', '62.4%'],
    ]);
  });

  it('leaves a share alone when its counts are not stated', () => {
    expect(check('参选率12.3%。')).toEqual([]);
  });
});

describe('a candidate’s share wrong of every base the notice states', () => {
  // Written for this test: 1012 of 1602 voters is 63.17 %, of 1598 returned 63.33 %, of 1571 valid 64.42 %.
  const text = (share: string) =>
    `参加投票的村民1602人，收回选票1598张，其中有效票1571张，无效票27张。主任：孙立新1012票，得票率${share}。`;
  const percentWarnings = (share: string) =>
    checkAnnouncementArithmetic(readAnnouncementText(text(share)), 'en').filter(
      (finding) => finding.code === 'ANNOUNCED_PERCENT_MISMATCH',
    );

  it('is flagged once with what each base gives, not only what one base the notice may not use gives', () => {
    const [finding, ...more] = percentWarnings('66.3%');
    expect(more).toEqual([]);
    expect(finding?.expected).toBe('63.2% / 63.3% / 64.4%');
    expect(finding?.messages.en).toContain('63.3291…% of the 1,598 ballots returned, which rounds to 63.3%');
    expect(finding?.messages.en).toContain('no count stated gives 66.3%');
  });

  it('is no warning when right of one base and wrong of another (unjudged, said so)', () => {
    expect(percentWarnings('63.3%')).toEqual([]);
  });
});

describe('invalid ballots stated with no valid ballots', () => {
  it('flags more invalid ballots than were returned, or than voted where none returned are stated', () => {
    expect(summary('登记选民1500人，参加投票1250人，收回选票1240张，无效票1300张。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '无效票1300张', 1240, 1300],
    ]);
    expect(summary('登记选民1500人，参加投票1250人，无效票1300张。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '无效票1300张', 1250, 1300],
    ]);
    const [finding] = check('参加投票1250人，收回选票1240张，无效票1300张。');
    expect(finding?.messages.en).toBe('More invalid ballots (1,300) than ballots returned (1,240)');
    expect(finding?.messages.zh).toBe('无效票1300张多于收回选票1240');
  });

  it('passes invalid ballots within those returned, and leaves votes of a ballot of several seats', () => {
    expect(check('登记选民1500人，参加投票1250人，收回选票1240张，无效票12张。')).toEqual([]);
    expect(check('参加投票1250人，收回选票1240张，无效票1300票。')).toEqual([]);
  });
});
