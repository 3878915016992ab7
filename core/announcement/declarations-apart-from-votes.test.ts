import { describe, expect, it } from 'vitest';
import { judged, winners } from './corpus/village-pack-shapes.js';
import { unread } from './corpus/read-shapes.js';

/**
 * Winners declared apart from their votes: a numbered section of its own (四、以上当选人员…当选有效) under
 * the list of the section before, and a list of names before 得票超过…半数，当选 written without 均.
 * 1230 voted, so a winner needs at least 616 votes. Every name and number is invented.
 */
const HEAD = [
  '溪口村第十二届村民委员会选举结果公告',
  '一、本村登记选民1492人，参加投票选民1230人，超过登记选民的半数，选举有效。',
  '二、共发出选票1230张，收回选票1230张，其中有效票1223张，无效票7张。',
].join('\n');

describe('a declaration opening a numbered section of its own', () => {
  const NOTICE = (numeral: string, chair = 850) =>
    [
      HEAD,
      '三、当选人员名单如下：',
      `主任：蒋德全（得票${chair}票）`,
      '委员：叶永康（得票896票）、武学文（得票765票）',
      `${numeral}以上当选人员得票均超过参加投票选民的半数，当选有效。`,
    ].join('\n');

  it.each(['四、', '4．', '4.', '（四）'])('declares the list of the section before: %s', (numeral) => {
    expect(winners(NOTICE(numeral))).toEqual([
      ['蒋德全（得票850票）', true],
      ['叶永康（得票896票）', true],
      ['武学文（得票765票）', true],
    ]);
    expect(judged(NOTICE(numeral, 550))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '蒋德全', 'error']]);
  });
});

describe('a list of names before 得票超过…半数，当选, without 均', () => {
  const NOTICE = (declared: string, third = 811) =>
    [
      HEAD,
      `三、候选人得票情况：罗海燕得票903票，廖国强得票858票，蒋文得票${third}票，田卫东得票402票。`,
      `四、${declared}得票超过参加投票选民的半数，当选为村民委员会委员。`,
    ].join('\n');

  it('declares those names only, each with its votes read', () => {
    expect(winners(NOTICE('罗海燕、廖国强、蒋文'))).toEqual([
      ['罗海燕得票903票', true],
      ['廖国强得票858票', true],
      ['蒋文得票811票', true],
    ]);
    expect(judged(NOTICE('罗海燕、廖国强、蒋文', 598))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '蒋文', 'error'],
    ]);
    expect(judged(NOTICE('罗海燕、廖国强、蒋文3人', 598))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '蒋文', 'error'],
    ]);
  });

  it('declares no one when a name of the list has no votes stated, and lists the declaration unread', () => {
    const text = NOTICE('罗海燕、廖国强、郝建军');
    expect(winners(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['当选', 'not-a-name']);
  });

  it('declares the named rows of a table of every candidate', () => {
    const table = (third: number) =>
      [
        HEAD,
        '三、候选人得票情况如下：',
        '姓名 得票',
        '孔德生 978',
        '邵丽华 826',
        `卢建新 ${third}`,
        '常玉兰 414',
        '以上为全体候选人的得票情况。孔德生、邵丽华、卢建新得票超过参加投票选民的半数，当选为村民委员会委员。',
      ].join('\n');
    expect(winners(table(731)).map(([, right]) => right)).toEqual([true, true, true]);
    expect(judged(table(603))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '卢建新', 'error']]);
  });
});
