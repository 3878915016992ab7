import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncement } from './read-announcement.js';

/**
 * Vote tables of several villages, each village named on its first row only (a table copied from a
 * page whose village cell spanned its rows), with 小计 and 合计 rows; rows with their own count of voters
 * (参加投票人数); two share columns side by side. Names and numbers invented, every share worked exactly.
 */

const judgedOf = (text: string, rule: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === rule)
    .map((figure) => [figure.text, figure.right]);

/** The brief's table: two villages, each with its 小计, and the 合计. */
const VILLAGES = (sep: string, unit = '') =>
  [
    '新华镇各村村民委员会主任选举得票情况',
    ['村名', '候选人', '得票数'].join(sep),
    ['东湖村', '张伟', `812${unit}`].join(sep),
    ['李强', `640${unit}`].join(sep),
    ['小计', `1452${unit}`].join(sep),
    ['西山村', '王芳', `733${unit}`].join(sep),
    ['赵敏', `590${unit}`].join(sep),
    ['小计', `1323${unit}`].join(sep),
    ['合计', `2775${unit}`].join(sep),
    '特此公告。',
  ].join('\n') + '\n';

describe('a table of several villages with 小计 and 合计 rows', () => {
  it('sums each 小计 as its village’s rows and the 合计 as every candidate’s', () => {
    for (const sep of [' ', '\t', '｜', ' | ']) {
      expect(judgedOf(VILLAGES(sep), 'partition')).toEqual([
        ['1452', true],
        ['1323', true],
        ['2775', true],
      ]);
      expect(findings(VILLAGES(sep))).toEqual([]);
    }
  });

  it('flags a wrong 小计, and a wrong 合计', () => {
    for (const sep of [' ', '\t', '｜']) {
      expect(findings(VILLAGES(sep).replace('1323', '1333'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1333']]);
      expect(findings(VILLAGES(sep).replace('2775', '2785'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '2785']]);
    }
  });

  it('reads counts with their unit (812票) and a 小计 naming its village', () => {
    const text = VILLAGES('\t', '票').replace('小计\t1452', '东湖村小计\t1452');
    expect(judgedOf(text, 'partition').map(([, right]) => right)).toEqual([true, true, true]);
    expect(findings(text.replace('1452票', '1462票'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1462票']]);
  });

  it('reads a page whose village cells span their rows and whose 合计 spans two columns', () => {
    const page = (subtotal: string) => `<html><body><h2>青山镇各村村民委员会委员选举得票情况</h2><table>
<tr><th>村名</th><th>姓名</th><th>得票数</th></tr>
<tr><td rowspan="3">上坪村</td><td>刘海</td><td>903</td></tr>
<tr><td>孙丽</td><td>877</td></tr>
<tr><td>小计</td><td>${subtotal}</td></tr>
<tr><td rowspan="3">下坪村</td><td>何丽萍</td><td>655</td></tr>
<tr><td>许文斌</td><td>598</td></tr>
<tr><td>小计</td><td>1253</td></tr>
<tr><td colspan="2">合计</td><td>3033</td></tr></table></body></html>`;
    const warnings = (html: string) => {
      const read = readAnnouncement('notice.html', new TextEncoder().encode(html));
      if (!read.ok) throw new Error('not read');
      return checkAnnouncementArithmetic(read.value, 'en').map((finding) => [
        finding.code,
        finding.where?.text,
      ]);
    };
    expect(warnings(page('1780'))).toEqual([]);
    expect(warnings(page('1870'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1870']]);
  });

  it('leaves a 小计 of rows of two villages (a 片) unread, and still sums the 合计', () => {
    const text = [
      '村名 候选人 得票数',
      '东岭村 何建国 520',
      '宋佳 311',
      '南岭村 邓安 604',
      '罗敏 288',
      '西片小计 1700',
      '北岭村 韩志勇 633',
      '唐美玲 402',
      '合计 2758',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['1700', 'doubtful-label']);
    expect(judgedOf(text, 'partition')).toEqual([['2758', true]]);
  });

  it('counts a 弃权 row in its village’s 小计 when that reading alone holds', () => {
    const text = [
      '村名\t候选人\t得票数',
      '东湖村\t张伟\t812',
      '\t李强\t640',
      '\t弃权\t23',
      '\t小计\t1475',
      '西山村\t王芳\t733',
      '\t赵敏\t590',
      '\t小计\t1323',
      '合计\t2798',
    ].join('\n');
    expect(judgedOf(text, 'partition')).toEqual([
      ['1475', true],
      ['1323', true],
      ['2798', true],
    ]);
    expect(findings(text.replace('2798', '2788'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '2788']]);
  });
});

/** Each village's voters on its candidates' rows, the 得票率 of them. */
const VOTERS = (rate = '得票率（占参加投票人数）') =>
  [
    `全镇登记选民3600人，参加投票2900人，有效票2860张。`,
    `村名\t候选人\t参加投票人数\t得票数\t${rate}`,
    '东湖村\t张伟\t1500\t812\t54.13%',
    '\t李强\t1500\t640\t42.67%',
    '\t小计\t\t1452\t',
    '西山村\t王芳\t1400\t733\t52.36%',
    '\t赵敏\t1400\t590\t42.14%',
    '\t小计\t\t1323\t',
    '合计\t\t2900\t2775\t',
  ].join('\n') + '\n';

describe('a vote table with a column of each row’s voters', () => {
  it('judges each share of its own row’s voters, never of the township’s', () => {
    expect(judgedOf(VOTERS(), 'share')).toEqual([
      ['54.13%', true],
      ['42.67%', true],
      ['52.36%', true],
      ['42.14%', true],
    ]);
    expect(findings(VOTERS())).toEqual([]);
    // The 合计's voters cell sums another column, each village once: not read as votes.
    expect(unread(VOTERS())).toContainEqual(['2900', 'no-meaning']);
    expect(findings(VOTERS().replace('52.36%', '53.26%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '53.26%'],
    ]);
  });

  it('judges a bare 得票率 of several villages right where its row’s voters give it, else leaves it unread', () => {
    // The row's voters are the one base the table states; the village's valid ballots it does not.
    expect(judgedOf(VOTERS('得票率'), 'share')).toEqual([
      ['54.13%', true],
      ['42.67%', true],
      ['52.36%', true],
      ['42.14%', true],
    ]);
    expect(findings(VOTERS('得票率'))).toEqual([]);
    // 53.12% of the 1400 voters is wrong, but is 733 of 1,380 of 西山村's valid ballots: unread, not flagged.
    const other = VOTERS('得票率').replace('52.36%', '53.12%');
    expect(unread(other)).toContainEqual(['53.12%', 'ambiguous-base']);
    expect(unread(other)).toContainEqual(['1400', 'no-meaning']);
    expect(findings(other)).toEqual([]);
    expect(judgedOf(other, 'share').map(([text]) => text)).toEqual(['54.13%', '42.67%', '42.14%']);
  });

  it('leaves shares of several villages with no column of their base unread, not judged of the township’s counts', () => {
    const text = [
      '全镇登记选民3600人，参加投票2900人，有效票2860张。',
      '村名 候选人 得票数 得票率 是否当选',
      '东湖村 张伟 812 54.13% 当选',
      '李强 640 42.67% 未当选',
      '西山村 王芳 733 52.36% 当选',
      '赵敏 590 42.14% 未当选',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['54.13%', 'no-base']);
  });

  it('judges a share of 参加投票人数 in one village’s table of that column, the prose stating only the valid ballots', () => {
    const text = [
      '本村登记选民1586人，有效票1298张。',
      '姓名 | 参加投票人数 | 得票数 | 得票率（占参加投票人数）',
      '吴志刚 | 1320 | 845 | 64.02%',
      '钱卫东 | 1320 | 421 | 31.89%',
    ].join('\n');
    expect(judgedOf(text, 'share')).toEqual([
      ['64.02%', true],
      ['31.89%', true],
    ]);
    expect(findings(text.replace('64.02%', '64.53%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '64.53%']]);
  });

  it('judges a bare 得票率 beside voters and valid ballots only where both give one verdict', () => {
    const text = (valid: string) =>
      [
        '姓名\t参加投票人数\t有效票\t得票数\t得票率',
        `沈秋菊\t600\t${valid}\t400\t66.67%`,
        `彭宇\t600\t${valid}\t198\t33.00%`,
      ].join('\n');
    expect(judgedOf(text('600'), 'share')).toEqual([
      ['66.67%', true],
      ['33.00%', true],
    ]);
    expect(unread(text('590'))).toEqual([
      ['600', 'no-meaning'],
      ['590', 'no-meaning'],
      ['66.67%', 'ambiguous-base'],
      ['600', 'no-meaning'],
      ['590', 'no-meaning'],
      ['33.00%', 'ambiguous-base'],
    ]);
  });
});

describe('two share columns side by side', () => {
  const TWO = (first: string, second: string, row1: string, row2: string) =>
    [
      '本村登记选民1586人，参加投票1320人，有效票1298张。',
      `姓名\t得票数\t${first}\t${second}`,
      `吴志刚\t845\t${row1}`,
      `钱卫东\t421\t${row2}`,
    ].join('\n');
  const NAMED = TWO('得票率（占有效票）', '得票率（占参加投票人数）', '65.10%\t64.02%', '32.43%\t31.89%');

  it('judges each column of the base its header names', () => {
    expect(judgedOf(NAMED, 'share')).toEqual([
      ['65.10%', true],
      ['64.02%', true],
      ['32.43%', true],
      ['31.89%', true],
    ]);
    expect(findings(NAMED)).toEqual([]);
  });

  it('flags a wrong share in either column', () => {
    expect(findings(NAMED.replace('32.43%', '32.44%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '32.44%']]);
    expect(findings(NAMED.replace('64.02%', '64.20%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '64.20%']]);
  });

  it('reads headers that name the base alone (占参加投票%, 占有效票%), bare numbers under them', () => {
    const text = [
      '本村登记选民1460人，参加投票选民1200人，有效选票1150张。',
      '姓名 得票数 占参加投票% 占有效票%',
      '高建军 800 66.67 69.6',
      '秦晓燕 330 27.50 28.7',
    ].join('\n');
    expect(judgedOf(text, 'share')).toEqual([
      ['66.67', true],
      ['69.6', true],
      ['27.50', true],
      ['28.7', true],
    ]);
    expect(findings(text.replace('66.67', '66.76'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '66.76']]);
  });

  it('leaves a column naming no base beside another unread, and one naming a base not read as such', () => {
    const bare = TWO('得票率', '得票率（占参加投票人数）', '65.10%\t64.02%', '32.43%\t31.89%');
    expect(unread(bare)).toEqual([
      ['65.10%', 'ambiguous-base'],
      ['32.43%', 'ambiguous-base'],
    ]);
    expect(judgedOf(bare, 'share')).toEqual([
      ['64.02%', true],
      ['31.89%', true],
    ]);
    const electorate = TWO('得票率（%）', '占选民%', '64.02\t53.28', '31.89\t26.54');
    expect(unread(electorate)).toEqual([
      ['64.02', 'ambiguous-base'],
      ['53.28', 'named-base'],
      ['31.89', 'ambiguous-base'],
      ['26.54', 'named-base'],
    ]);
    expect(findings(electorate)).toEqual([]);
  });

  it('takes 占比 for no share column: it names no base, and the 得票率 beside it is read as before', () => {
    const text = [
      '本村登记选民1586人，参加投票1320人，有效票1320张。',
      '姓名 得票数 得票率 占比(%)',
      '吴志刚 845 64.02% 64.02',
      '钱卫东 421 31.89% 31.89',
    ].join('\n');
    expect(judgedOf(text, 'share')).toEqual([
      ['64.02%', true],
      ['31.89%', true],
    ]);
  });

  it('reads a header naming its base and its unit in one bracket (得票率（按有效票计算，%）)', () => {
    const text = [
      '本村登记选民1530人，参加投票1200人，有效票1185张。',
      '姓名｜得票数｜得票率（按有效票计算，%）｜得票率（占参加投票人数，%）',
      '孟庆林｜790｜66.7｜65.83',
      '冯玉兰｜371｜31.3｜30.92',
    ].join('\n');
    expect(judgedOf(text, 'share')).toEqual([
      ['66.7', true],
      ['65.83', true],
      ['31.3', true],
      ['30.92', true],
    ]);
    expect(findings(text.replace('66.7', '66.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '66.8']]);
  });
});

/** Two villages, each row with its village's count of voters (or valid ballots), and a total row. */
const WITH_COUNTS = (sep: string, countHeader: string, total: readonly string[]) =>
  [
    '新华镇村民委员会主任选举各村得票统计表',
    ['村名', '候选人', '得票数', countHeader].join(sep),
    ['东湖村', '张伟', '812', '1500'].join(sep),
    ['', '李强', '640', '1500'].join(sep),
    ['西山村', '王芳', '733', '1400'].join(sep),
    ['', '赵敏', '590', '1400'].join(sep),
    total.join(sep),
    '新华镇村民委员会换届选举工作指导小组',
  ].join('\n') + '\n';

describe('a total row whose number stands under another column than the votes', () => {
  it('keeps the columns tabs or bars give: 合计⇥⇥⇥2900 totals the voters, not the votes', () => {
    for (const sep of ['\t', ' | ']) {
      const text = WITH_COUNTS(sep, '参加投票人数', ['合计', '', '', '2900']);
      expect(findings(text)).toEqual([]);
      expect(judgedOf(text, 'partition')).toEqual([]);
      // A wrong votes total in the votes column is still flagged.
      expect(findings(WITH_COUNTS(sep, '参加投票人数', ['合计', '', '2785', '2900']))).toEqual([
        ['ANNOUNCED_SUM_MISMATCH', '2785'],
      ]);
      expect(judgedOf(WITH_COUNTS(sep, '参加投票人数', ['合计', '', '2775', '2900']), 'partition')).toEqual([
        ['2775', true],
      ]);
    }
  });

  it('reads a 小计 under 有效票 as no sum of the votes', () => {
    const text = WITH_COUNTS('\t', '有效票', ['合计', '', '', '2880']).replace(
      '\t\t590\t1400\n',
      '\t\t590\t1400\n小计\t\t\t1380\n',
    );
    expect(findings(text)).toEqual([]);
  });

  it('lists unread a number spaces leave under no certain column (合计 2900 under 得票数 参加投票人数)', () => {
    const text = WITH_COUNTS(' ', '参加投票人数', ['合计', '2900']).replace(/\n /g, '\n');
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['2900', 'doubtful-label']);
    expect(findings(text.replace('合计 2900', '合计 2785'))).toEqual([]);
    // As many numbers as columns: each column certain, the votes total judged.
    expect(findings(text.replace('合计 2900', '合计 2785 2900'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '2785'],
    ]);
  });
});
