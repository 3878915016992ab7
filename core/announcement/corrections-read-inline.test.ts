import { describe, expect, it } from 'vitest';
import { counts, findings, unread } from './corpus/read-shapes.js';

describe('a correction naming the count it corrects, in one sentence', () => {
  const NOTICE = (correction: string) =>
    `本村登记选民3,120人。${correction}发出选票2,987张，收回选票2,987张，其中有效票2,950张，无效票37张。主任候选人张三得票2,001票，当选为村民委员会主任。`;

  it('reads the corrected value as the count, the wrong one listed as superseded', () => {
    const notice = NOTICE('参加投票人数2,897人有误，现更正为2,987人。');
    expect(counts(notice)).toContain('cast 2987');
    expect(unread(notice)).toEqual([['2,897', 'superseded']]);
    expect(findings(notice)).toEqual([]);
    // Held to the ballots as any count: 2,987 returned of 2,897 voters is wrong.
    expect(findings(NOTICE('参加投票人数2,987人有误，现更正为2,897人。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '参加投票人数2,897人'],
    ]);
  });

  it('reads 有误，更正后为 with no wrong value, and 应为 … 特此更正', () => {
    const bare = NOTICE('参加投票人数有误，更正后为2,987人。');
    expect(counts(bare)).toContain('cast 2987');
    expect(unread(bare)).toEqual([]);
    const quoted = NOTICE('原公告“参加投票2,897人”有误，应为“参加投票2,987人”，特此更正。');
    expect(counts(quoted)).toContain('cast 2987');
    expect(unread(quoted)).toEqual([['2,897', 'superseded']]);
    const wrote = NOTICE('参加投票的选民人数误写为“2,897人”，应为“2,987人”。');
    expect(counts(wrote)).toContain('cast 2987');
    expect(unread(wrote)).toEqual([['2,897', 'superseded']]);
  });

  it('leaves both unread where the count corrected is not plain, or another correction shares the sentence', () => {
    // A candidate's votes, another list's count: no count of the election named.
    expect(unread(NOTICE('张三得票2,001票有误，更正为2,010票。')).map(([, why]) => why)).toEqual([
      'corrected',
      'corrected',
    ]);
    expect(unread(NOTICE('居民代表人数有误，更正后为45名。'))).toEqual([['45', 'corrected']]);
    // Two corrections in one sentence: which value is which is not read.
    const two = NOTICE('参加投票人数2,897人有误，应为2,987人，参选率更正为95.74%。');
    expect(counts(two)).not.toContain('cast 2987');
    expect(unread(two).map(([, why]) => why)).toEqual(['corrected', 'corrected', 'corrected']);
  });

  it('judges neither value where the notice states the count elsewhere (a correction under the notice)', () => {
    const under = `本村登记选民3,120人，参加投票2,897人。发出选票2,987张，收回选票2,987张，其中有效票2,950张，无效票37张。\n更正：参加投票人数有误，更正为2,987人。`;
    // The notice says its 2,897 is wrong: checked against the ballots it was flagged, which the notice had put right.
    expect(unread(under)).toEqual([
      ['2,897', 'corrected-elsewhere'],
      ['2,987', 'corrected'],
    ]);
    expect(counts(under)).not.toContain('cast 2897');
    expect(findings(under)).toEqual([]);
  });

  it('reads a correction under its own heading (更正：, 【勘误】) as any correction naming its count', () => {
    for (const heading of ['更正：', '【勘误】', '更正说明：']) {
      const right = NOTICE(`${heading}参加投票人数有误，更正为2,987人。`);
      expect(counts(right), heading).toContain('cast 2987');
      expect(findings(right), heading).toEqual([]);
      // The corrected value is held to the ballots as any count.
      expect(findings(NOTICE(`${heading}参加投票人数有误，更正为2,897人。`)), heading).toEqual([
        ['ANNOUNCED_SUM_MISMATCH', '参加投票人数2,897人'],
      ]);
    }
    // A heading that is no correction's own (说明：) changes nothing.
    expect(counts(NOTICE('说明：参加投票人数2,987人。'))).toContain('cast 2987');
  });
});
