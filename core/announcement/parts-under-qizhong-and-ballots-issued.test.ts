import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { alarms, counts, judged } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

const RESULTS = '主任候选人卓立得票1000票，当选为村民委员会主任；委员候选人骆兰（女）得票852票，当选为委员。';

describe('a polling station named after 其中 as a part of the voters', () => {
  it('gives the ballots after it back to the whole election', () => {
    const text = `全村登记选民1250人，参加投票的选民1102人，其中流动票箱投票186人，发出选票1098张，收回选票1100张，其中有效票1091张，无效票9张。\n${RESULTS}`;
    expect(counts(text)).toEqual([
      'registered 1250',
      'cast 1102',
      'issued 1098',
      'returned 1100',
      'valid 1091',
      'invalid 9',
    ]);
    expect(alarms(text)).toContain('ANNOUNCED_SUM_MISMATCH 1100/1098');
  });

  it('does so after a list of parts under one 其中 (其中委托投票46人，流动票箱投票120人)', () => {
    const text = `全村登记选民1650人，参加投票的选民1438人，其中委托投票46人，流动票箱投票120人，发出选票1438张，收回选票1436张，其中有效票1415张，无效票11张。\n${RESULTS}`;
    expect(judged(text)).toContainEqual(['ballots', '收回选票1436张', false]);
  });

  it('keeps a part’s own ballots with the part when its clause counts ballots (其中流动票箱发出选票130张，收回选票129张)', () => {
    const text = `全村登记选民1300人，参加投票的选民1150人，发出选票1150张，收回选票1148张，其中有效票1140张，无效票8张，其中流动票箱发出选票130张，收回选票129张。\n${RESULTS}`;
    expect(alarms(text)).toEqual([]);
    expect(readAnnouncementText(text).unread.map((figure) => figure.text)).toEqual(
      expect.arrayContaining(['130', '129']),
    );
  });

  it('judges a runoff’s votes against the runoff’s own valid ballots', () => {
    const runoff = (votes: number) =>
      `全村登记选民1480人，参加投票的选民1302人，其中流动票箱投票168人，发出选票1302张，收回选票1300张，其中有效票1288张，无效票12张。\n${RESULTS}\n委员尚缺1名，当日进行另行选举。参加投票的选民1205人，其中流动票箱投票150人，发出选票1205张，收回选票1203张，其中有效票1195张，无效票8张。候选人边强得票${votes}票，当选为委员。`;
    expect(alarms(runoff(1198))).toEqual(['ANNOUNCED_SUM_MISMATCH 1198/1195']);
    expect(alarms(runoff(1190))).toEqual([]);
    expect(judged(runoff(1190))).toContainEqual(['votes-within-ballots', '边强得票1190票', true]);
  });
});

describe('ballots issued against the voters', () => {
  const notice = (registered: number, cast: number, issued: number) =>
    `全村登记选民${registered}人，参加投票的选民${cast}人，发出选票${issued}张，收回选票${cast}张，其中有效票${cast - 8}张，无效票8张。\n${RESULTS}`;

  it('flags more ballots issued than voters registered, in both languages', () => {
    expect(alarms(notice(1245, 1236, 1250))).toEqual(['ANNOUNCED_SUM_MISMATCH 1250/1245']);
    const [zh] = checkAnnouncementArithmetic(readAnnouncementText(notice(1245, 1236, 1250)), 'zh');
    expect(zh?.message).toBe(
      '发出选票1250张多于登记选民数1245：选票只发给登记的选民，每人一张（委托投票由受托人代领）',
    );
    const [en] = checkAnnouncementArithmetic(readAnnouncementText(notice(1245, 1236, 1250)), 'en');
    expect(en?.message).toBe(
      'More ballots issued (1,250) than voters are registered (1,245): ballots go only to registered voters, one each (a proxy collects the ballots of the voters who appointed them)',
    );
  });

  it('does not flag more ballots issued than voters who took part (proxies; ballots taken and not cast)', () => {
    expect(alarms(notice(1480, 1236, 1250))).toEqual([]);
    expect(alarms(notice(1250, 1236, 1250))).toEqual([]);
  });
});
