import { describe, expect, it } from 'vitest';
import { findings, voteRows, work } from './corpus/read-shapes.js';
import { judged, winners } from './corpus/village-pack-shapes.js';

/**
 * A ballot for each post: each candidate's votes in their post's own section held to that post's own
 * account (votesOfPostSections), never the chair's. Every number and name is invented.
 */

const NOTICE = (member = '1,250', chair = '1,010') =>
  [
    '石门村村民委员会选举结果公告',
    '2026年4月5日，石门村村民委员会换届选举采用主任、委员分票选举。全村登记选民1,560人，参加投票的选民1,420人。',
    `主任选票：发出1,420张，收回1,416张，有效票1,120张，无效票296张。张国强得票${chair}票，当选为主任。`,
    `委员选票：发出1,420张，收回1,415张，有效票1,398张，无效票17张。李秀兰得票${member}票，刘成得票1,186票，当选为委员。`,
  ].join('\n');

const within = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'votes-within-ballots')
    .map((figure) => [figure.work.en, figure.right]);

describe('votes held to their own post’s ballot', () => {
  it('holds the members’ votes to the members’ ballot, above the chair’s valid ballots', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(within(NOTICE())).toEqual([
      ['主任选票: 张国强 1,010 votes, no more than the 1,120 valid ballots: right', true],
      ['委员选票: 李秀兰 1,250 votes, no more than the 1,398 valid ballots: right', true],
      ['委员选票: 刘成 1,186 votes, no more than the 1,398 valid ballots: right', true],
    ]);
  });

  it('flags a member’s votes above the members’ ballot’s valid ballots', () => {
    expect(findings(NOTICE('1,408'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '李秀兰得票1,408票']]);
  });

  it('judges a winner by more than half of the post’s own ballots, naming it', () => {
    expect(winners(NOTICE())).toEqual([
      ['张国强得票1,010票', true],
      ['李秀兰得票1,250票', true],
      ['刘成得票1,186票', true],
    ]);
    expect(judged(NOTICE('1,250', '705'))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '张国强', 'error']]);
    expect(judged(NOTICE('1,250', '709'))).toEqual([]);
  });

  it('never holds a vote naming another post to the section it stands in', () => {
    // 王强 names 副主任 after the members' counts: of no ballot stated, never held to the members' 1,398.
    const text = NOTICE().replace(
      '李秀兰得票1,250票，刘成得票1,186票，当选为委员。',
      '委员李秀兰（女，1,250票）、副主任王强（男，1,402票）当选。',
    );
    expect(findings(text)).toEqual([]);
    const apart = work(text).unjudged.filter((figure) => figure.reason === 'not-compared');
    expect(apart.map((figure) => figure.text)).toEqual(['王强（男，1,402票）']);
    expect(apart[0]?.work.en).toContain('a ballot for each post');
  });

  it('reads both posts’ counts in one sentence as the posts’ own, and holds the members’ votes after both to theirs', () => {
    const text = [
      '柳林村村民委员会选举结果公告',
      '2026年4月12日，柳林村村民委员会换届选举，主任、委员分票选举。全村登记选民1,280人，参加投票的选民1,102人。主任选票发出1,102张，收回1,100张，有效票1,020张，无效票80张；委员选票发出1,102张，收回1,099张，有效票1,090张，无效票9张。',
      '赵磊得票1,001票，当选为主任；钱红得票1,050票，孙亮得票977票，当选为委员。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    // 赵磊's votes stand in the members' section, up to 当选为主任, the chair's section holding none: of the
    // chair's ballot (before, of no certain ballot and not compared).
    expect(within(text)).toEqual([
      ['主任选票: 赵磊 1,001 votes, no more than the 1,020 valid ballots: right', true],
      ['委员选票: 钱红 1,050 votes, no more than the 1,090 valid ballots: right', true],
      ['委员选票: 孙亮 977 votes, no more than the 1,090 valid ballots: right', true],
    ]);
    const apart = work(text).unjudged.filter((figure) => figure.reason === 'not-compared');
    expect(apart.map((figure) => figure.text)).not.toContain('赵磊得票1,001票');
  });
});

describe('a later post’s ballots split with 其中, and its shares', () => {
  const COMMUNITY = (share = '97.3') =>
    [
      '东湖社区居民委员会选举结果公告',
      '2026年4月18日，东湖社区居民委员会换届选举，主任、委员分别设票。社区登记选民3,200人，参加投票的选民2,710人。',
      '一、主任选举：发出选票2,710张，收回2,702张，其中有效票2,650张，无效票52张。何敏得票2,101票，当选为主任。',
      `二、委员选举：发出选票2,710张，收回2,699张，其中有效票2,480张，无效票219张。马丽得票2,412票，得票率${share}%，当选为委员。`,
    ].join('\n');

  it('reads the members’ valid ballots and judges the share of them', () => {
    expect(findings(COMMUNITY())).toEqual([]);
    expect(within(COMMUNITY())).toContainEqual([
      '委员选举: 马丽 2,412 votes, no more than the 2,480 valid ballots: right',
      true,
    ]);
  });

  it('flags a share no count of the members’ ballot gives', () => {
    expect(findings(COMMUNITY('91.0'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率91.0%']]);
  });
});

describe('votes in the bracket after the post and the sex', () => {
  it('reads 委员李秀英（女，934票） as her votes', () => {
    const text = [
      '桃园村村民委员会选举结果公告',
      '全村登记选民1,400人，参加投票的选民1,210人，收回选票1,205张，有效票1,196张，无效票9张。',
      '委员李秀英（女，934票）当选。委员：刘芳（女，880票）、王强（812票）当选为村民委员会委员。',
    ].join('\n');
    expect(voteRows(text).map(([name, , value]) => [name, value])).toEqual([
      ['李秀英', 934],
      ['刘芳', 880],
      ['王强', 812],
    ]);
  });
});
