import { describe, expect, it } from 'vitest';
import { findings, judged, unread, work } from './corpus/read-shapes.js';

/**
 * The share of the abstentions (弃权12票，占1.5%; a table's row 弃权 12 1.5%): of the ballots cast, judged
 * where the notice states them, else unjudged and said so. Every number and name here is invented.
 */
describe('the share of a 弃权 row of a vote table', () => {
  const TABLE = (
    share: string,
    counts = '本村登记选民960人，参加投票800人，收回选票800张，有效票792张，无效票8张。',
  ) =>
    `杨柳村村民委员会主任选举结果公告\n${counts}\n主任\n姓名 得票数 得票率 是否当选\n赵明 520 65.0% 是\n钱亮 260 32.5% 否\n弃权 12 ${share}\n合计 792\n`;

  it('judges it of the ballots cast: 12 of 800 is 1.5 %', () => {
    expect(judged(TABLE('1.5%'))).toContainEqual(['share', '1.5%', true]);
    expect(findings(TABLE('1.5%'))).toEqual([]);
    expect(findings(TABLE('1.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '1.6%']]);
  });

  it('judges it of the ballots returned when the notice states no voters', () => {
    const returned = '本村登记选民960人，收回选票800张，有效票792张，无效票8张。';
    expect(findings(TABLE('1.6%', returned))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '1.6%']]);
  });

  it('leaves it unjudged, and says why, when the notice states no ballots cast', () => {
    const text = TABLE('1.6%', '本次选举有效票792张。');
    expect(findings(text)).toEqual([]);
    const [entry] = work(text).unjudged.filter((figure) => figure.text === '1.6%');
    expect(entry?.work.en).toMatch(/states no count of voters who cast a ballot/);
  });

  it('leaves it unread under a header naming another base', () => {
    const text = TABLE('1.6%').replace('得票率', '得票率（按有效票计算）');
    expect(findings(text).map(([, words]) => words)).not.toContain('1.6%');
    expect(unread(text)).toContainEqual(['1.6%', 'ballot-row']);
  });
});

describe('the share of the abstentions in prose', () => {
  // 12 of the 800 voters is 1.5 %; of the 790 valid ballots it would be 1.519…%, also 1.5 %.
  const TEXT = (share: string, valid = '790') =>
    `桃园村村民委员会选举结果公告\n本村登记选民960人，参加投票800人，有效票${valid}张。\n村委会主任选举中，孙立得票610票，当选；弃权12票，占${share}%。\n`;

  it('judges it of the ballots cast, not of the valid ballots', () => {
    // 12 of 750 valid ballots would be 1.6 %: right of them, wrong of the 800 cast.
    expect(findings(TEXT('1.5', '750'))).toEqual([]);
    expect(findings(TEXT('1.6', '750'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占1.6%']]);
  });

  it('judges the abstentions of a contest under its heading (主任：) of the ballots cast', () => {
    const text = (share: string) => TEXT(share, '750').replace('村委会主任选举中，', '主任：');
    expect(findings(text('1.5'))).toEqual([]);
    expect(
      work(text('1.5'))
        .judged.filter((judged) => judged.text === '占1.5%')
        .map((j) => j.right),
    ).toEqual([true]);
    expect(findings(text('1.6'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占1.6%']]);
  });
});
