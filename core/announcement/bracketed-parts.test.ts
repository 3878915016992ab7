import { describe, expect, it } from 'vitest';
import { alarms, work } from './corpus/read-shapes.js';

/**
 * Parts of a total written in brackets right after it, opening with 其中 (参加投票的选民1902人（其中委托投票86人，
 * 流动票箱投票120人）): summed as the same parts after a comma are (docs/announcement.md, “Totals and
 * parts”). Invented numbers.
 */

const voters = (mobile: string, close = '）') =>
  `全村登记选民2136名，参加投票的选民1902人（其中委托投票86人，流动票箱投票${mobile}人${close}，选举有效。`;

/** The partitions checked, as whether each held. */
const partitions = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'partition')
    .map((judged) => judged.right);

describe('parts of a total in brackets after it', () => {
  it('sums the ways of voting in brackets against the voters', () => {
    expect(alarms(voters('120'))).toEqual([]);
    expect(partitions(voters('120'))).toEqual([true]);
    expect(alarms(voters('1850'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1936/1902']);
  });

  it('sums the men and women of the registered voters in half-width brackets', () => {
    const text = (women: number) =>
      `全村登记选民2136名(其中男性1098名，女性${women}名)，参加投票的选民1902人，选举有效。`;
    expect(alarms(text(1038))).toEqual([]);
    expect(partitions(text(1038))).toEqual([true]);
    expect(alarms(text(1048))).toEqual(['ANNOUNCED_SUM_MISMATCH 2146/2136']);
  });

  it('takes no part after the bracket closes', () => {
    // 流动票箱投票 after the bracket is no part of the 1902 the bracket's 其中 split.
    const text =
      '全村登记选民2136名，参加投票的选民1902人（其中委托投票86人），流动票箱投票1850人，选举有效。';
    expect(partitions(text)).toEqual([]);
  });

  it('reads no parts from a bracket without 其中', () => {
    const text = '全村登记选民2136名，参加投票的选民1902人（委托投票86人，流动票箱投票1850人），选举有效。';
    expect(partitions(text)).toEqual([]);
  });
});
