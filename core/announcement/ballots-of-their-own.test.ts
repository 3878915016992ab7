import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';
import { judged, winners } from './corpus/village-pack-shapes.js';

/**
 * A second ballot for another post, with its own voters and its own account: its winners are judged by its
 * own counts, its valid and invalid ballots after 其中 are its own account's. Every number and name is
 * invented.
 */

describe('ballots under a post’s heading line (一、主任选举 … 二、委员选举)', () => {
  // The members' ballot: 1,700 voted, 1,694 returned, 1,681 valid and 13 invalid.
  const NOTICE = (invalid: number) =>
    [
      '新桥社区第八届居民委员会选举结果公告',
      '本社区登记选民2,640人。2026年5月16日举行选举大会。',
      '',
      '一、主任选举',
      '参加投票的选民2,300人，发出选票2,300张，收回选票2,296张，其中有效票2,280张，无效票16张。郑小燕得1,706票，当选为居民委员会主任。',
      '',
      '二、委员选举',
      `参加投票的选民1,700人，发出选票1,700张，收回选票1,694张，其中有效票1,681张，无效票${invalid}张。林涛得1,190票、唐静得1,012票，当选为居民委员会委员。`,
    ].join('\n');

  it('reads the second ballot’s 其中有效票 as its own account’s and sums it', () => {
    expect(judged(NOTICE(13))).toEqual([]);
    expect(findings(NOTICE(13))).toEqual([]);
    // 1,681 + 31 = 1,712, not 1,694.
    expect(findings(NOTICE(31))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1,694张']]);
  });

  it('never judges the members by more than half of the chair’s ballot', () => {
    // 1,012 is under half of 2,300 but more than half of the members' own 1,700.
    expect(winners(NOTICE(13))).not.toContainEqual(['唐静得1,012票', false]);
  });
});

describe('a second ballot whose label’s bracket names its post (`Second ballot (member seats)`)', () => {
  const NOTICE = (votes: number) =>
    [
      'Observer note, Qinghe Village',
      '',
      'Round one: 1,312 of the 1,460 registered voters voted (89.9%). Lin Hai was elected chair with 802 votes.',
      `Second ballot (member seats): 1,050 voted. Zhou Min and Xu Lan were elected members with 480 and ${votes} votes.`,
    ].join('\n');

  it('reads the ballot’s voters and judges its winners by a third of them', () => {
    expect(judged(NOTICE(371))).toEqual([]);
    expect(winners(NOTICE(350))).toContainEqual(['350 votes', true]);
    expect(judged(NOTICE(349))).toEqual([['ANNOUNCED_WINNER_MISMATCH', 'Xu Lan', 'error']]);
  });
});
