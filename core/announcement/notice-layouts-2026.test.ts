import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, rows, unread, work } from './corpus/read-shapes.js';

/**
 * Results notices and summaries of the 2026 换届 laid out as they are published (articles, joint notices,
 * township tables, footnotes). Each right one (worked with exact fractions) must raise nothing; a variant
 * with one error planted is caught. Every number and name is invented.
 */

describe('a kind of ballot counted among another kind (有效票中弃权票)', () => {
  const NOTICE = (share = '84.83') =>
    [
      '凤鸣村村民委员会选举结果公告',
      '本村登记选民3637人，参加投票选民3442人，参选率94.64%。收回选票3442张，其中有效票3434张，无效票8张；有效票中弃权票14张。',
      `主任：董志强，得票2913张，占有效票的${share}%，当选。`,
    ].join('\n');

  it('reads the count as the abstentions, not the valid ballots', () => {
    expect(counts(NOTICE())).toContain('abstained 14');
    expect(counts(NOTICE())).not.toContain('valid 14');
    expect(alarms(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toContainEqual(['share', '占有效票的84.83%', true]);
  });

  it('still flags a wrong share of the valid ballots', () => {
    expect(alarms(NOTICE('84.38'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 84.38%/84.83%']);
  });
});

describe('abstentions listed beside the valid and invalid ballots as a third kind', () => {
  const NOTICE = (abstentions: string) =>
    [
      '金沙村村民委员会选举结果公告',
      `全村登记选民1602人，参加投票1310人，参选率81.77%。收回选票1310张，其中有效票1290张，无效票8张，${abstentions}。`,
      '主任：罗海波，得票1102票，得票率84.12%，当选。',
    ].join('\n');
  const sums = (text: string) => judged(text).filter(([rule]) => rule === 'ballots');

  it('sums valid, invalid and abstentions into the ballots returned', () => {
    expect(alarms(NOTICE('弃权票12张'))).toEqual([]);
    expect(sums(NOTICE('弃权票12张'))).toContainEqual(['ballots', '收回选票1310张', true]);
  });

  it('flags the three kinds that do not make the ballots returned', () => {
    expect(alarms(NOTICE('弃权票10张'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1298/1310']);
  });

  it('does not add abstentions counted among the valid ballots', () => {
    expect(alarms(NOTICE('有效票中含弃权票12张'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1298/1310']);
  });
});

describe('a notice in Chinese, then in English with the names in letters', () => {
  const NOTICE = (english = 2304) =>
    [
      '白鹭社区居民委员会选举结果',
      '白鹭社区登记选民3050人，参加投票2745人，参选率90.00%。主任候选人庞海燕得票2304票，得票率83.93%，当选。',
      `Bailu Community: 3,050 registered voters, 2,745 voted (turnout 90.00 per cent). Director candidate Pang Haiyan received ${english.toLocaleString('en')} votes (83.93 per cent) and was elected.`,
    ].join('\n');
  const TIED = [
    '和平村村委会选举结果：登记选民1500人，参加投票1296人（86.4%）。主任陈林得1050票（81.0%），当选。',
    'Registered voters: 1,500. Voters who cast a ballot: 1,296 (86.4%). Director: Chen Lin, 1,050 votes (81.0%), elected.',
  ].join('\n');

  it('takes the candidate in letters for the one in characters with the same votes and post', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(alarms(TIED)).toEqual([]);
  });

  it('still flags the chair’s two candidates whose votes differ and together pass the ballots', () => {
    expect(alarms(NOTICE(2340))).toEqual(['ANNOUNCED_SUM_MISMATCH 4644/2745']);
  });
});

describe('a document number’s year and lists opened by 注： or 附件：', () => {
  const NOTICE = [
    '白马政发〔2026〕39号',
    '关于柳湾村第十二届村民委员会选举结果的公告',
    '全村共有登记选民1510人，参加投票1316人，参选率87.15%。依据《选举工作方案》（白办发【2026】7号）进行。',
    '注：1. 得票率按参加投票的选民人数计算；',
    '2. 当选人员任期5年。',
    '附件：1.柳湾村第十二届村民委员会成员名单',
  ].join('\n');

  it('lists none of them as an unread figure', () => {
    const texts = unread(NOTICE).map(([text]) => text);
    expect(texts).not.toContain('2026');
    expect(texts).not.toContain('1');
    expect(alarms(NOTICE)).toEqual([]);
    expect(judged(NOTICE)).toContainEqual(['share', '参选率87.15%', true]);
  });

  it('still reads a count after 注： that is no list number', () => {
    const text = `${NOTICE}\n注：另有12名选民委托投票。`;
    expect(rows(text).some((row) => row[3] === 12)).toBe(true);
  });
});

describe('two villages’ counts, then each village’s chair with a share', () => {
  const NOTICE = (share = '80.1') =>
    [
      '大禾村、小禾村选举结果',
      '大禾村登记选民1620人，参加投票1501人，参选率92.7%；小禾村登记选民980人，参加投票902人，参选率92.0%。',
      `大禾村主任龙腾得1203票，得票率${share}%；小禾村主任凤舞得800票，得票率88.7%。`,
    ].join('\n');

  it('judges the first village’s chair against its own voters, not the nearer village’s', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toContainEqual(['share', '得票率80.1%', true]);
    expect(judged(NOTICE())).toContainEqual(['share', '得票率88.7%', true]);
  });

  it('flags a wrong share of its own voters', () => {
    expect(alarms(NOTICE('81.0'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 81.0%/80.1%']);
  });
});

describe('a share in brackets after the post a candidate is declared elected to', () => {
  const NOTICE = (share = '90.43') =>
    [
      '柳湾村第十二届村民委员会选举结果的公告',
      '全村共有登记选民1510人，参加投票1316人，参选率87.15%。共发出选票1316张，收回1316张，有效票1295张，无效票21张。',
      `梁晓东得1190票，当选为村民委员会主任（得票率${share}%）；郭红霞得1009票，当选为村民委员会委员。`,
      '注：1. 得票率按参加投票的选民人数计算。',
    ].join('\n');

  it('takes the share as of the votes before the declaration, not of a name read from the post', () => {
    const shares = work(NOTICE()).unjudged.filter((figure) => figure.text.includes('得票率'));
    expect(shares.map((figure) => figure.work?.en)).toEqual([
      expect.stringContaining('1,190 votes for 梁晓东'),
    ]);
    expect(alarms(NOTICE())).toEqual([]);
  });

  it('flags one wrong of both bases', () => {
    expect(alarms(NOTICE('94.03'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 94.03%/90.43% / 91.89%']);
  });
});
