import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * More notices written the way committees phrase them (residents' committees, 补选, township summaries),
 * each internally right (every share worked with exact fractions), beside a variant with one wrong figure
 * planted, so that a test passing on the right notice cannot pass by checking nothing. Every number and
 * name is invented.
 */

const village = getRulePack('cn-village')!;

/** What the rule pack finds in a notice alone: codes, candidates, severities. */
const judged = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').findings.map((finding) => [
    finding.code,
    finding.candidate ?? null,
    finding.severity,
  ]);

describe('a township summary giving the “一肩挑” share of its villages', () => {
  // 25 villages, 150 members: 23 “一肩挑” are 92.0% of the villages (15.3% of the members); the share's
  // base is named nowhere, so it is unread, while the shares of the members are judged.
  const NOTICE = (cross = '40.0') =>
    [
      '某镇第十二届村（社区）“两委”换届选举工作总结',
      `全镇共25个村（社区），选出村（社区）“两委”成员150人，其中村（社区）党组织书记、村（居）委会主任“一肩挑”23人，占92.0%；交叉任职人员60人，占${cross}%。`,
      '新一届“两委”成员平均年龄42.3岁，比上届下降5.1岁；大专及以上学历66人，占44.0%，比上届提高18.7个百分点；女性成员36人，占24.0%。',
    ].join('\n');

  it('raises nothing and lists the “一肩挑” share unread for want of a base', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(unread(NOTICE())).toEqual(expect.arrayContaining([['92.0%', 'no-base']]));
  });

  it('still flags a wrong share of the members beside it', () => {
    expect(findings(NOTICE('42.0'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占42.0%']]);
  });

  it('raises nothing on a street office’s 100% of its communities', () => {
    const text =
      '街道共12个社区，均采取直接选举。共选出社区居委会成员84人，其中“一肩挑”12人，占100%；女性成员40人，占47.6%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('47.6%', '46.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占46.6%']]);
  });
});

describe('a by-election (补选) notice naming its voters by the by-election', () => {
  // 参加补选投票的选民760人 are the voters: 401 of 760 is 52.76%, so 52.8% (of the 758 ballots returned
  // it would be 52.9%).
  const NOTICE = (share = '52.8') =>
    [
      '白石村补选村民委员会主任结果公告',
      '本村登记选民1400人，参加补选投票的选民760人，超过登记选民半数。收回选票758张，有效票752张。',
      `候选人周平得票401票，得票率${share}%，超过半数，当选为村民委员会主任。`,
    ].join('\n');

  it('reads the voters of the by-election and raises nothing', () => {
    expect(findings(NOTICE())).toEqual([]);
  });

  it('still flags a share wrong of every base', () => {
    expect(findings(NOTICE('54.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率54.8%']]);
  });
});

describe('a notice listing 未当选 candidates, then their 另行选举 in one text', () => {
  // 黄丽 598 votes in the first round (under half of 1322: not elected), 712 in the runoff (elected):
  // which count and which threshold the declaration rests on is not certain, so it is not judged.
  const NOTICE = (mengQiang = 702) =>
    [
      '西湾村村民委员会选举结果公告',
      '本村登记选民1600人，参加投票选民1322人，参选率82.6%。收回选票1320张，有效票1310张。',
      '主任：钟诚得票902票，当选。',
      `委员应选3名，韦红得票845票，当选；蒙强得票${mengQiang}票，当选；黄丽得票598票、覃军得票560票，均未超过参加投票选民的半数，未当选。`,
      '所缺1名委员于2026年4月2日另行选举，黄丽得票712票，当选。',
    ].join('\n');

  it('does not judge the winner of two rounds by her first-round votes', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([['UNREAD_FIGURE', '黄丽', 'info']]);
  });

  it('still flags a winner of one round below the threshold', () => {
    expect(judged(NOTICE(602))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '蒙强', 'error'],
      ['UNREAD_FIGURE', '黄丽', 'info'],
    ]);
  });
});

describe('村民代表 elected in each 村民小组, each group with its own ballots', () => {
  // Group one: 68 ballots, group two: 45. 周八's 28 of 45 is over half of their group's ballots; the
  // groups' counts are each their own, never the same figure stated twice nor a base of the other.
  const NOTICE = (returned = 68) =>
    [
      '三合村村民代表选举结果公告',
      `第一村民小组：应选村民代表3名，参加投票户代表68户，发出选票68张，收回${returned}张。张三得票52票、李四得票48票、王五得票41票当选；赵六得票30票未当选。`,
      '第二村民小组：应选村民代表2名，参加投票户代表45户，收回选票45张。陈七得票39票、周八得票28票当选。',
    ].join('\n');

  it('raises nothing, under the rule pack either', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('still flags a group returning more ballots than it issued', () => {
    // 70 returned is more than the 68 issued, and more than the 68 households' representatives who voted.
    expect(findings(NOTICE(70))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回70张'],
      ['ANNOUNCED_SUM_MISMATCH', '参加投票户代表68户'],
    ]);
  });
});
