import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, rows, unread, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Vote tables as observers copy them from pages and articles: a post cell spanning its candidates'
 * rows (the copy gives the rows under it one cell short), the post in the result cell (当选（主任）),
 * a WeChat table pasted one cell a line with blank lines between, a 得票率 header naming the ballots
 * cast. Each right table beside one with an error planted; names and numbers invented, every share
 * worked with exact fractions.
 */

const village = getRulePack('cn-village')!;
/** The winners judged against the threshold: the votes' words and whether they met it. */
const winners = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .judged.filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => [figure.text, figure.right]);
const votes = (text: string) =>
  rows(text)
    .filter((row) => row[0] === 'votes')
    .map((row) => [row[1], row[2], row[3]]);
const elected = (text: string) =>
  rows(text)
    .filter((row) => row[0] === 'elected')
    .map((row) => [row[2], row[3]]);
const sharesJudged = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'share')
    .map((figure) => [figure.text, figure.right]);

const HEAD = '本村登记选民1860人，参加投票选民1322人，选举有效。\n';

/** 职务 spanning its rows on the page: in the copy, the rows under it have no post cell. */
const SPANNED_POSTS = (sep: string, lead = '') =>
  HEAD +
  [
    ['职务', '姓名', '得票数', '得票率', '是否当选'],
    ['主任', '王建国', '812', '61.42%', '是'],
    ['李秀英', '497', '37.59%', '否'],
    ['委员', '陈志明', '1003', '75.87%', '是'],
    ['周丽', '904', '68.38%', '是'],
    ['赵红梅', '402', '30.41%', '否'],
  ]
    .map((row) => (row.length === 4 ? lead : '') + row.join(sep))
    .join('\n') +
  '\n特此公告。\n';

describe('a copied table whose post cells spanned their rows', () => {
  it('reads each row one cell short under the post of the row above it', () => {
    for (const [sep, lead] of [
      ['\t', ''],
      ['\t', '\t'],
      [' ', ''],
    ] as const) {
      expect(votes(SPANNED_POSTS(sep, lead))).toEqual([
        ['王建国', '主任', 812],
        ['李秀英', '主任', 497],
        ['陈志明', '委员', 1003],
        ['周丽', '委员', 904],
        ['赵红梅', '委员', 402],
      ]);
      expect(findings(SPANNED_POSTS(sep, lead))).toEqual([]);
      expect(sharesJudged(SPANNED_POSTS(sep, lead))).toHaveLength(5);
    }
  });

  it('finds a wrong share, and a winner under half, on a row one cell short', () => {
    expect(findings(SPANNED_POSTS('\t').replace('68.38%', '66.38%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '66.38%'],
    ]);
    const underHalf = SPANNED_POSTS(' ').replace('周丽 904 68.38%', '周丽 640 48.41%');
    expect(winners(underHalf)).toContainEqual(['周丽 640', false]);
  });

  it('leaves a short row unread when the cell it lacks is not the post', () => {
    // 性别 spanned the two rows: the copy's short row has its post, and nothing tells its columns apart.
    const text =
      HEAD +
      '职务\t姓名\t性别\t得票数\t得票率\t是否当选\n主任\t王建国\t男\t812\t61.42%\t是\n主任\t李秀英\t497\t37.59%\t否\n';
    expect(votes(text)).toEqual([['王建国', '主任', 812]]);
  });
});

describe('a result cell naming the post (当选（主任）)', () => {
  const ONE_BALLOT =
    '本村登记选民1432人，参加投票选民1127人。\n姓名\t得票数\t得票率\t是否当选\n' +
    '唐美玲\t688\t61.05%\t当选(主任)\n韩志勇\t615\t54.57%\t当选（委员）\n冯涛\t590\t52.35%\t当选委员\n曾小芬\t330\t29.28%\t未当选\n';

  it('declares the winner elected to that post', () => {
    expect(elected(ONE_BALLOT)).toEqual([
      ['主任', ['唐美玲']],
      ['委员', ['韩志勇']],
      ['委员', ['冯涛']],
    ]);
    expect(unread(ONE_BALLOT)).toEqual([]);
    expect(winners(ONE_BALLOT)).toEqual([
      ['唐美玲\t688', true],
      ['韩志勇\t615', true],
      ['冯涛\t590', true],
    ]);
  });

  it('finds a winner under half declared so', () => {
    expect(winners(ONE_BALLOT.replace('冯涛\t590\t52.35%', '冯涛\t540\t47.91%'))).toContainEqual([
      '冯涛\t540',
      false,
    ]);
  });

  it('leaves unread a result naming another post than the row’s', () => {
    const text = '参加投票选民1127人。\n职务\t姓名\t得票数\t是否当选\n委员\t唐美玲\t688\t当选（主任）\n';
    expect(elected(text)).toEqual([]);
    expect(unread(text)).toEqual([['当选（主任）', 'no-meaning']]);
  });
});

describe('a WeChat table pasted one cell a line, blank lines between', () => {
  const CELLS = (rate: string) =>
    '前岸村登记选民1432人，参加投票选民1127人。\n\n村民委员会主任\n\n' +
    [
      '姓名',
      '得票数',
      '得票率',
      '是否当选',
      '黄海涛',
      '688',
      '61.05%',
      '是',
      '林小红',
      '415',
      rate,
      '否',
    ].join('\n\n') +
    '\n\n特此公告。\n';

  it('reads the cells as rows of the header', () => {
    expect(votes(CELLS('36.82%'))).toEqual([
      ['黄海涛', '主任', 688],
      ['林小红', '主任', 415],
    ]);
    expect(sharesJudged(CELLS('36.82%'))).toEqual([
      ['61.05%', true],
      ['36.82%', true],
    ]);
  });

  it('finds a wrong share there', () => {
    expect(findings(CELLS('35.82%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '35.82%']]);
  });
});

describe('a 得票率 header naming the ballots cast', () => {
  const NAMED = (header: string) =>
    '本村登记选民1640人，参加投票选民1260人，收回选票1260张，其中有效票1236张，无效票24张。\n' +
    `姓名\t得票数\t${header}\t是否当选\n杨帆\t760\t60.32%\t是\n徐丽君\t470\t37.30%\t否\n`;

  it('judges the shares of the ballots cast, though valid ballots are stated too', () => {
    expect(sharesJudged(NAMED('得票率（占参加投票人数）'))).toEqual([
      ['60.32%', true],
      ['37.30%', true],
    ]);
    expect(findings(NAMED('得票率（占参加投票人数）').replace('60.32%', '61.49%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '61.49%'],
    ]);
  });

  it('still leaves a bare 得票率 unjudged where the two bases disagree', () => {
    expect(sharesJudged(NAMED('得票率'))).toEqual([]);
  });
});

describe('a vote table closed by a 合计 row', () => {
  const partitionsJudged = (text: string) =>
    work(text)
      .judged.filter((figure) => figure.rule === 'partition')
      .map((figure) => [figure.text, figure.right]);
  const MEMBERS = (total: string) =>
    '本村登记选民1702人，参加投票选民1288人。\n委员\n姓名\t得票数\t得票率\t是否当选\n' +
    '许文斌\t990\t76.86%\t是\n朱桂芳\t870\t67.55%\t是\n沈建\t652\t50.62%\t是\n邓玉梅\t301\t23.37%\t否\n' +
    `合计\t${total}\t—\t—\n`;

  it('sums the rows into the 合计 cell, and finds a 合计 that is not their sum', () => {
    expect(partitionsJudged(MEMBERS('2813'))).toEqual([['2813', true]]);
    expect(findings(MEMBERS('2813'))).toEqual([]);
    expect(findings(MEMBERS('2831'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '2831']]);
  });

  it('counts a row of abstentions or void ballots in the sum, from a row with its empty cells', () => {
    const text =
      '本村登记选民1366人，参加投票选民1003人。\n姓名\t得票数\t得票率\t是否当选\n' +
      '罗志强\t618\t61.62%\t是\n彭立新\t350\t34.90%\t否\n弃权\t21\t2.09%\t\n无效票\t14\t1.40%\t\n合计\t1003\t100%\t\n';
    expect(partitionsJudged(text)).toEqual([['1003', true]]);
    // 弃权 and 无效票 are rows of the ballots, no candidates: their counts are summed, never a candidate's.
    expect(votes(text)).toEqual([
      ['罗志强', null, 618],
      ['彭立新', null, 350],
    ]);
    expect(findings(text.replace('合计\t1003', '合计\t1013'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1013']]);
  });

  it('leaves unread a 合计 that is no sum of the rows but a count stated outside the table', () => {
    // 合计 1322 beside 参加投票1322人: the ballots, perhaps, with blank ballots in no row.
    const text =
      '本村登记选民1860人，参加投票选民1322人。\n姓名\t得票数\t得票率\t是否当选\n' +
      '王建国\t812\t61.42%\t是\n李秀英\t497\t37.59%\t否\n合计\t1322\t100%\t\n';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['1322', 'doubtful-label']);
  });

  it('sums no rows where a 小计 row totals some of them', () => {
    const text =
      '参加投票选民1302人。\n职务\t姓名\t得票数\n主任\t陈志明\t903\n主任\t周丽\t388\n主任\t小计\t1291\n' +
      '委员\t赵红梅\t1011\n委员\t孙建平\t744\n委员\t小计\t1755\n';
    expect(partitionsJudged(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
  });
});

describe('a note under a vote table naming the 得票率 base', () => {
  const NOTED = (note: string, rate = '61.49%') =>
    '本村登记选民1640人，参加投票选民1260人，收回选票1260张，其中有效票1236张，无效票24张。\n' +
    `姓名\t得票数\t得票率\t是否当选\n杨帆\t760\t${rate}\t是\n徐丽君\t470\t38.03%\t否\n${note}\n特此公告。\n`;

  it('judges the shares of the base the note names', () => {
    expect(sharesJudged(NOTED('注：得票率按有效票计算。'))).toEqual([
      ['61.49%', true],
      ['38.03%', true],
    ]);
    expect(findings(NOTED('注：以上得票率均按有效票计算', '64.19%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '64.19%'],
    ]);
  });

  it('reads the base of a formula in the note, the count written in it set aside', () => {
    const text =
      '本村登记选民1640人，参加投票选民1260人，收回选票1260张，其中有效票1236张，无效票24张。\n' +
      '姓名\t得票数\t得票率\t是否当选\n杨帆\t760\t60.32%\t是\n徐丽君\t470\t37.30%\t否\n' +
      '注：得票率=得票数÷参加投票人数1260人\n';
    expect(sharesJudged(text)).toEqual([
      ['60.32%', true],
      ['37.30%', true],
    ]);
  });

  it('leaves the shares unread under a note naming another base', () => {
    expect(sharesJudged(NOTED('注：得票率按登记选民数计算。'))).toEqual([]);
    expect(unread(NOTED('注：得票率按登记选民数计算。'))).toContainEqual(['61.49%', 'named-base']);
  });
});

describe('a two-row header copied, a line each', () => {
  const MERGED = (rate: string) =>
    '本村登记选民1530人，参加投票选民1190人。\n主任\n姓名\t得票情况\t是否当选\n得票数\t得票率\n' +
    `彭立新\t720\t60.50%\t是\n曾小芬\t455\t${rate}\t否\n`;

  it('reads the rows by the lower line’s columns in the place of the cell over them', () => {
    expect(votes(MERGED('38.24%'))).toEqual([
      ['彭立新', '主任', 720],
      ['曾小芬', '主任', 455],
    ]);
    expect(sharesJudged(MERGED('38.24%'))).toEqual([
      ['60.50%', true],
      ['38.24%', true],
    ]);
    expect(findings(MERGED('36.24%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '36.24%']]);
  });

  it('reads nothing when the rows do not have as many cells as the two lines name', () => {
    expect(votes(MERGED('38.24%').replace('彭立新\t720\t60.50%\t是', '彭立新\t720\t是'))).toEqual([]);
  });
});

describe('a copied row lacking its result cell', () => {
  it('reads the votes and share of a row whose empty result the copy dropped, declaring no one', () => {
    const text =
      '本村登记选民1860人，参加投票选民1322人。\n主任\n姓名  得票数  得票率  是否当选\n' +
      '王建国  812  61.42%  是\n李秀英  497  37.59%\n特此公告。\n';
    expect(votes(text)).toEqual([
      ['王建国', '主任', 812],
      ['李秀英', '主任', 497],
    ]);
    expect(elected(text)).toEqual([['主任', ['王建国']]]);
    expect(findings(text.replace('37.59%', '37.95%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '37.95%']]);
  });

  it('reads the rows under a result cell that spanned them, declaring only the first', () => {
    // 当选 spanned the three winners' rows: the copy gives it on the first row only.
    const text =
      SPANNED_POSTS('\t').split('\n委员')[0] +
      '\n委员\t陈志明\t1003\t75.87%\t当选\n委员\t周丽\t904\t68.38%\n委员\t吴国强\t776\t58.70%\n';
    expect(votes(text).map((row) => row[0])).toEqual(['王建国', '李秀英', '陈志明', '周丽', '吴国强']);
    expect(elected(text)).toEqual([
      ['主任', ['王建国']],
      ['委员', ['陈志明']],
    ]);
    expect(findings(text)).toEqual([]);
  });
});
