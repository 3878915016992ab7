import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/**
 * Sums a notice states in words: a register's balance with the reasons of a change in brackets, seats
 * elected and seats left to fill, the chair's ballot with votes for others and abstentions, and polling
 * stations each with a 其中 of their own before their 合计. Every number and name here is invented.
 */
describe("a register's balance with the reasons of a change in brackets", () => {
  const notice = (now: string, note = '（其中死亡29人，迁出12人）') =>
    `上届登记选民1,832人，本次新增选民96人，删除选民41人${note}，本届登记选民${now}人。\n参加投票选民1,700人，发出选票1,700张，收回选票1,700张，有效票1,684张，无效票16张。`;

  it('judges the balance across a bracket of reasons', () => {
    expect(findings(notice('1,887'))).toEqual([]);
    expect(findings(notice('1,877'))).toEqual([
      [
        'ANNOUNCED_SUM_MISMATCH',
        '上届登记选民1,832人，本次新增选民96人，删除选民41人（其中死亡29人，迁出12人），本届登记选民1,877人',
      ],
    ]);
  });

  it('leaves the balance unread when the bracket says anything but reasons', () => {
    expect(findings(notice('1,877', '（不含外出务工10人）'))).toEqual([]);
    expect(findings(notice('1,877', '（其中女性20人）'))).toEqual([]);
  });
});

describe('seats elected and seats left to fill', () => {
  const notice = (rest: string) => `全县应选村委会成员4,820名，实选4,815名，${rest}。实选成员中女性1,402名。`;

  it('sums the seats elected and those left against the seats', () => {
    expect(findings(notice('另有5个职位待补选'))).toEqual([]);
    expect(findings(notice('另有6个职位待补选'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '应选村委会成员4,820名，实选4,815名，另有6个职位待补选'],
    ]);
    expect(findings(notice('缺额6名'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '应选村委会成员4,820名，实选4,815名，缺额6名'],
    ]);
    expect(findings(notice('缺额4名'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '应选村委会成员4,820名，实选4,815名，缺额4名'],
    ]);
  });

  it('takes seats to be filled later as no more than those not filled: a seat may be left empty', () => {
    expect(findings(notice('另有4个职位待补选'))).toEqual([]);
  });

  it('sums nothing for posts of one kind, places, or two towns in one sentence', () => {
    expect(findings(notice('另有6个村主任职位待补选'))).toEqual([]);
    expect(findings(notice('另有2个村的6个职位待补选'))).toEqual([]);
    expect(
      findings('甲镇应选村委会成员45名，实选44名；乙镇应选村委会成员38名，实选36名，另有3个职位待补选。'),
    ).toEqual([]);
  });
});

describe("the chair's ballot with votes for others and abstentions", () => {
  const notice = (others: number, more = '') =>
    `全村登记选民1290人，参加投票选民1158人。发出选票1158张，收回选票1158张，其中有效票1146张，无效票12张${more}。\n主任选票计票结果：刘国栋812票，王春生301票，另选他人${others}票，弃权12票。刘国栋当选为村民委员会主任。`;

  it('holds them to no more than the valid ballots', () => {
    expect(findings(notice(21))).toEqual([]);
    expect(findings(notice(31))).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票1146张']]);
  });

  it('sums nothing for blank ballots the invalid may hold, or a post of two seats', () => {
    expect(findings(notice(31, '（其中空白票5张）'))).toEqual([]);
    const deputies =
      '参加投票选民1020人。发出选票1020张，收回选票1018张，其中有效票1010张，无效票8张。\n副主任（应选2名）：杨帆612票，周敏590票，蒋伟540票，另选他人20票，弃权10票。';
    expect(findings(deputies)).toEqual([]);
  });
});

describe('polling stations each with a 其中 of their own before 合计', () => {
  const notice = (box: number) =>
    `本村登记选民1460人。第一投票站参加投票688人，其中委托投票12人；第二投票站参加投票540人，其中委托投票8人；流动票箱参加投票${box}人；合计参加投票1301人。\n共发出选票1301张，收回选票1301张，有效票1290张，无效票11张。`;

  it('sums the stations against the 合计', () => {
    expect(findings(notice(73))).toEqual([]);
    expect(findings(notice(83))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票1301人']]);
  });

  it('sums nothing under a bare 共 stated after them', () => {
    const shared = `本村登记选民1460人。第一投票站参加投票688人，其中委托投票12人；第二投票站参加投票540人，共参加投票1301人。\n收回选票1301张，有效票1290张，无效票11张。`;
    expect(findings(shared)).toEqual([]);
  });
});
