import { describe, expect, it } from 'vitest';
import { alarms, judged, reportAlone, work } from './corpus/read-shapes.js';

/**
 * Figures of an earlier vote a notice restates (当时, 原选举中, 上次选举时, 换届选举时 in a notice of a by-election):
 * they are kept to that vote, never taken as the register or voters of the vote the notice reports; and a
 * supervisory committee elected by the villagers' representatives' meeting in a sentence of its own is
 * judged by the representatives' ballots (docs/announcement.md, “Shares left unjudged or unread” and “The
 * notice's own election”). Every number and name here is invented.
 */

const RESTATED = (earlier: string, own: string) =>
  '青石村村民委员会委员补选结果公告\n' +
  `2026年9月20日，青石村召开补选大会，补选村民委员会委员1名。${earlier}全村登记选民1,820人，参加投票1,604人。` +
  `本次补选登记选民1,790人，参加投票的选民${own}人，发出选票${own}张，收回选票${own}张，其中有效票${Number(own) - 8}张，无效票8张，选举有效。\n` +
  `委员候选人刘芳得票${Math.round(Number(own) * 0.65)}票，当选为村民委员会委员。\n`;

const quorum = (text: string) =>
  reportAlone(text, true)
    .announcement?.judged.filter((figure) => figure.rule === 'quorum')
    .map((figure) => [figure.text, figure.right]);

describe('figures of an earlier vote restated in a by-election’s notice', () => {
  it('keeps the by-election’s quorum to its own register, not the one restated after 当时', () => {
    // 860 of the by-election's own 1,790 is not more than half (896): the election is void.
    expect(alarms(RESTATED('当时', '860'), true)).toContain('TURNOUT_BELOW_QUORUM 860/896');
    expect(quorum(RESTATED('当时', '1210'))).toEqual([['参加投票的选民1210人', true]]);
    expect(alarms(RESTATED('当时', '1210'), true)).toEqual([]);
  });

  it('reads 上次, 原选举 and 换届选举时 as another vote, and 本次 as this one again', () => {
    for (const earlier of ['上次选举时，', '原选举中，']) {
      expect(alarms(RESTATED(earlier, '860'), true)).toContain('TURNOUT_BELOW_QUORUM 860/896');
    }
    const dated = RESTATED('2026年3月换届选举时，', '860');
    expect(alarms(dated, true)).toContain('TURNOUT_BELOW_QUORUM 860/896');
    const semicolon = RESTATED('当时', '1210').replace('参加投票1,604人。本次', '参加投票1,604人；本次');
    expect(quorum(semicolon)).toEqual([['参加投票的选民1210人', true]]);
  });

  it('takes the by-election’s own ballots as its account, not the earlier vote’s', () => {
    expect(judged(RESTATED('当时', '1210'))).toEqual([
      ['ballots', '收回选票1210张', true],
      ['ballots', '收回选票1210张', true],
      ['ballots', '参加投票的选民1210人', true],
      ['votes-within-ballots', '刘芳得票787票', true],
    ]);
  });

  it('leaves a share of this vote unjudged where only the earlier vote’s register is stated', () => {
    const text =
      '石桥村村民委员会主任补选结果公告\n原选举中，全村登记选民2,150人，参加投票的选民1,892人，参选率88.0%。' +
      '2026年8月12日，石桥村召开补选大会，补选村民委员会主任1名，参加投票的选民1,436人，参选率68.1%，' +
      '发出选票1,436张，收回选票1,431张，其中有效票1,420张，无效票11张，选举有效。\n主任候选人陈国平得票902票，当选为村民委员会主任。\n';
    expect(alarms(text, true)).toEqual([]);
    const shares = work(text);
    expect(shares.judged.find((figure) => figure.text === '参选率88.0%')?.right).toBe(true);
    expect(shares.unjudged.find((figure) => figure.text === '参选率68.1%')?.work.en).toBe(
      "68.1% is a share of voters who cast a ballot in registered voters, but “全村登记选民2,150人” the notice states is of another, earlier vote, and this vote's own figure is not stated",
    );
    expect(alarms(text.replace('参选率88.0%', '参选率80.0%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 80.0%/88.0%',
    ]);
  });

  it('keeps 换届选举中 and 首次选举 the notice’s own where it reports the term’s election', () => {
    const own =
      '新和村村民委员会选举结果公告\n2026年4月18日，新和村进行合并后首次选举，本次换届选举中全村登记选民2,340人，参加投票的选民1,986人，' +
      '参选率84.9%，发出选票1,986张，收回选票1,980张，其中有效票1,966张，无效票14张，选举有效。\n' +
      '主任候选人孟庆华得票1,205票，当选为村民委员会主任。\n';
    expect(alarms(own, true)).toEqual([]);
    expect(quorum(own)).toEqual([['参加投票的选民1,986人', true]]);
    expect(alarms(own.replace('参选率84.9%', '参选率80.9%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 80.9%/84.9%',
    ]);
  });
});

describe('a supervisory committee elected by the representatives’ meeting in a sentence of its own', () => {
  const notice = (votes: number) =>
    '青石村第十三届村民委员会和村务监督委员会选举结果公告\n' +
    '2026年3月15日，青石村召开选举大会，选举第十三届村民委员会。全村登记选民1,820人，参加投票的选民1,604人，发出选票1,604张，收回选票1,600张，其中有效票1,590张，无效票10张，选举有效。主任候选人王建军得票1,102票，当选为村民委员会主任。\n' +
    `2026年3月16日，青石村召开村民代表会议，选举村务监督委员会。应到村民代表45人，实到村民代表41人，发出选票41张，收回选票41张，其中有效票40张，无效票1张。蒋文斌得票${votes}票，当选为村务监督委员会主任。\n`;

  it('judges its winner by more than half of the representatives’ ballots', () => {
    expect(alarms(notice(32), true)).toEqual([]);
    expect(alarms(notice(19), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 19/21']);
  });
});
