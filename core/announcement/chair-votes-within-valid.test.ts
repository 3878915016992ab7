import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/**
 * `钟立华得1,214票`: 得 alone between the name and the count is the word for votes, as 得票 is; such votes are
 * held to the valid ballots when those are certainly their contest's (one ballot for all posts), never when
 * each post has a ballot of its own or the woman's seat is elected apart. Every number and name is invented.
 */

const ONE_BALLOT = (chair: string) =>
  [
    '枫林村第十三届村民委员会选举结果公告',
    '2026年4月11日，枫林村进行村民委员会换届选举。登记选民2,105人，参加投票1,766人，发出选票1,766张，收回选票1,762张，有效票1,750张，无效票12张。',
    '本届村民委员会应选主任1名、委员4名。投票结果如下：',
    `主任：钟立华得${chair}票，超过参加投票选民的半数，当选；`,
    '委员：黄丽萍（女）得1,036票，当选；',
    '其余委员候选人彭志远得842票、谢文明得731票，均未获得参加投票选民的过半数选票，未能当选。',
    '本次选举委员应选4名，当选1名，尚缺3名，不足的名额定于2026年4月25日另行选举。',
  ].join('\n');

describe('votes written 某某得N票 on one ballot for all posts', () => {
  it('flags the chair’s votes above the valid ballots', () => {
    expect(findings(ONE_BALLOT('1,214'))).toEqual([]);
    // 1,814 is above the 1,750 valid ballots (and the 1,766 voters).
    expect(findings(ONE_BALLOT('1,814'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '钟立华得1,814票']]);
  });
});

describe('votes written 某某得N票 where the posts have ballots of their own', () => {
  it('holds no post’s votes to the chair’s ballot’s valid ballots', () => {
    const text = [
      '石岭村第十二届村民委员会选举结果公告',
      '一、主任选举',
      '参加投票的选民1,320人，发出选票1,320张，收回选票1,316张，其中有效票1,008张，无效票308张。李秋明得906票，当选为村民委员会主任。',
      '二、委员选举',
      '参加投票的选民1,700人，发出选票1,700张，收回选票1,694张，其中有效票1,681张，无效票13张。赵建新得1,190票、孙丽娟（女）得1,012票，当选为村民委员会委员。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('holds the woman’s votes, on her own ballot, not to the committee’s valid ballots', () => {
    const text = [
      '柏树村第十三届村民委员会选举结果公告',
      '2026年4月18日，柏树村进行村民委员会换届选举。登记选民1,902人，参加投票1,560人，发出选票1,560张，收回选票1,557张，有效票1,300张，无效票257张。',
      '本届应选主任1名、委员3名，其中妇女委员1名实行专职专选，另发选票。投票结果如下：',
      '主任：吴德生得1,102票，当选；',
      `委员：罗明辉得1,044票、陈志东得986票，当选。`,
      '妇女委员：共发出妇女委员选票1,560张，收回1,552张，有效票1,420张，无效票132张。',
      '刘玉芬（女）得1,317票，当选为妇女委员。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('罗明辉得1,044票', '罗明辉得1,404票'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '罗明辉得1,404票'],
    ]);
  });
});
