import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

describe('ballots issued at each polling station, summed in the same sentence', () => {
  const NOTICE = (total: number) =>
    `本村登记选民2300人。第一投票站发出选票1020张，第二投票站发出选票700张，流动票箱发出选票95张，合计发出选票${total}张，收回选票1800张，有效票1790张，无效票10张。`;

  it('holds the stations and the mobile box to the ballots issued in all', () => {
    // 1020 + 700 + 95 = 1815.
    expect(findings(NOTICE(1815))).toEqual([]);
    expect(findings(NOTICE(1825))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计发出选票1825张']]);
  });

  it('no longer lists the stations summed as unread', () => {
    expect(unread(NOTICE(1815))).toEqual([]);
  });
});

describe('votes cast at each polling station, summed in the same sentence', () => {
  it('no longer lists the stations summed as unread', () => {
    const notice =
      '登记选民2300人。第一投票站参加投票1315人，第二投票站参加投票742人，流动票箱参加投票97人，合计参加投票2154人。';
    expect(findings(notice)).toEqual([]);
    expect(unread(notice)).toEqual([]);
  });
});
