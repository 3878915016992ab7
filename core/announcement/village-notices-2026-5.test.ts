import { describe, expect, it } from 'vitest';
import { alarms, counts, rows } from './corpus/read-shapes.js';

/**
 * Village and community notices of the 2026 换届 in shapes the earlier sets did not try: registration
 * notices, grids, several elections in one notice. Every number and name is invented; each right text is
 * worked with exact fractions.
 */

describe('a registration notice’s villagers who said they would take part', () => {
  // 第十三条: 户籍在本村，不在本村居住，本人表示参加选举的村民 are registered, not voters who came.
  const NOTICE = (said: string) =>
    [
      '河口村选民登记情况公告',
      `本村登记参加选举的村民共2340人，其中户籍在本村并在本村居住的村民1493人，户籍在本村、不在本村居住、${said}的村民612人，户籍不在本村、在本村居住一年以上、本人申请参加选举并经村民会议同意的公民235人。`,
      '外出选民占登记选民的26.2%。',
    ].join('\n');

  it.each([
    '本人表示参加选举',
    '本人书面表示参加选举',
    '本人表示要参加选举',
    '本人表明参加选举',
    '本人表示参选',
  ])('reads no voters from 村民 who %s, and raises no void verdict', (said) => {
    expect(counts(NOTICE(said))).not.toContain('cast 612');
    expect(alarms(NOTICE(said), true)).toEqual([]);
  });

  it('still reads the voters of a notice that says they took part in the election', () => {
    const text = '本村登记选民2340人，参加选举的村民1980人，参选率84.62%。';
    expect(counts(text)).toEqual(['registered 2340', 'cast 1980']);
  });
});

describe('其中 right after a count of voters, with staff counted as a group before it', () => {
  // 2744 + 2464 = 5208 registered; 2301 + 2076 = 4377 voted; 4377/5208 = 84.0437…% → 84.04%.
  const NOTICE = (mark: string) =>
    [
      '春华社区居委会选举投票情况通报',
      '社区划分为18个网格，每个网格设投票点1个，网格员共18人负责组织本网格选民投票。',
      `登记选民5208人，${mark}第1至第9网格2744人，第10至第18网格2464人。参加投票选民4377人，${mark}第1至第9网格2301人，第10至第18网格2076人。参选率84.04%。`,
      '有效票4351张，无效票26张。周文斌当选为居民委员会主任，得票3980票。',
    ].join('\n');

  it.each(['其中', '其中，'])('takes the grids’ people after %s as no part of the 18 staff', (mark) => {
    expect(alarms(NOTICE(mark))).toEqual([]);
    expect(rows(NOTICE(mark)).filter((row) => row[0] === 'group' && row[2] === '网格员')).toEqual([]);
  });

  it('still sums women after 其中 into the group of people stated before them', () => {
    const text = '全镇新当选村委会成员156人，其中女性41人，男性115人。';
    expect(
      rows(text)
        .filter((row) => row[0] === 'group')
        .map((row) => row[2]),
    ).toEqual([null, '新当选村委会成员', '新当选村委会成员']);
  });
});

describe('papers handed out that are no ballots', () => {
  // 1094 of 1189 voted: 92.0100…% → 92.01%.
  const NOTICE = (handed: string) =>
    [
      '北岔村选举工作情况',
      `选举期间共张贴选民名单12处，入户宣传1200余人次，${handed}。`,
      '登记选民1189人，参加投票1094人，参选率92.01%，收回选票1094张，有效票1080张，无效票14张。',
    ].join('\n');

  it.each([
    '发放告选民书568份',
    '发放选民证1189张',
    '发出选民证1189张',
    '发放委托投票证明书86份',
    '发放宣传资料2000份',
    '收回委托书86份',
  ])('reads no ballots from %s, and raises no void verdict', (handed) => {
    expect(counts(NOTICE(handed))).toEqual([
      'registered 1189',
      'cast 1094',
      'returned 1094',
      'valid 1080',
      'invalid 14',
    ]);
    expect(alarms(NOTICE(handed), true)).toEqual([]);
  });

  it('still reads the ballots issued when the words name them', () => {
    expect(counts('发放选票1100张，收回选票1094张。')).toEqual(['issued 1100', 'returned 1094']);
    expect(counts('发出正式选票1100张。')).toEqual(['issued 1100']);
  });
});

describe('the chairs of the committee and of the supervision committee in one notice', () => {
  const NOTICE = (監委Chair = 1098) =>
    [
      '梨树村换届选举结果公告',
      '本村登记选民1455人，参加投票1302人，参选率89.48%。收回选票1302张，有效票1290张，无效票12张。',
      '村民委员会主任：孙志远，得票1133票；村民委员会委员：何兰（女）1087票、钱勇1002票。',
      `村务监督委员会主任：李德胜，得票${監委Chair}票；村务监督委员会委员：王芬（女）1040票、刘强996票。`,
    ].join('\n');

  it('never sums the two chairs’ votes as one seat’s', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(alarms(NOTICE(), true)).toEqual([]);
  });

  it('still sums the votes of two candidates for the committee’s chair', () => {
    const text = [
      '本村参加投票1302人，有效票1290张，无效票12张。',
      '村民委员会主任候选人：孙志远得票833票，李德胜得票598票。',
    ].join('\n');
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH 1431/1290']);
  });
});

describe('thousands parted by a space on a prose line with a share after a space', () => {
  // 1700 of 1844: 92.1908…% → 92.19%.
  it.each([
    ['a PDF line break inside 参选率', '本村登记选民1 844人，参加投票选民1 700人，参\n选率92.19%。'],
    ['a space typed before the share', '本村登记选民1 844人，参加投票选民1 700人，参选率 92.19%。'],
  ])('reads the counts whole with %s', (_, line) => {
    const text = `黄石村村民委员会选举结果公告\n${line}有效票1 688张，无效票12张。`;
    expect(counts(text)).toEqual(['registered 1844', 'cast 1700', 'valid 1688', 'invalid 12']);
    expect(alarms(text)).toEqual([]);
  });

  it('still parts the cells of a table’s row with a share after them', () => {
    expect(rows('城关镇 18 112人 25.0%').filter((row) => row[0] !== 'percent')).not.toContainEqual([
      'group',
      expect.anything(),
      null,
      18112,
      expect.anything(),
    ]);
  });
});

describe('the last term’s count named by 上届 alone', () => {
  // 329/1206 = 27.2802…% → 27.28%; of the last term's 1388 it would be 23.70%.
  const NOTICE = (then: string) =>
    [
      '西山县第十三届村委会换届选举统计分析',
      `当选村委会成员1206人，${then}，减少182人。其中女性成员329人，占27.28%。`,
    ].join('\n');

  it.each(['上届1388人', '上一届1388人', '上届为1388人'])(
    'takes no share after %s as a share of the last term',
    (then) => {
      expect(alarms(NOTICE(then))).toEqual([]);
      expect(
        rows(NOTICE(then))
          .filter((row) => row[0] === 'group' && row[2] !== null)
          .map((row) => row[2]),
      ).not.toContain(then.replace(/为?1388人/, ''));
    },
  );
});

describe('thousands parted by a space at a line’s end, the unit opening the next line', () => {
  it('reads 收回选票1 700⏎张 as 1700, and the other counts of its line whole', () => {
    const text = [
      '黄石村村民委员会选举结果公告',
      '本村登记选民1 844人，参加投票选民1 700人，参选率92.19%。发出选票1 700张，收回选票1 700',
      '张，其中有效票1 688张，无效票12张。',
    ].join('\n');
    expect(counts(text)).toEqual([
      'registered 1844',
      'cast 1700',
      'issued 1700',
      'returned 1700',
      'valid 1688',
      'invalid 12',
    ]);
    expect(alarms(text)).toEqual([]);
  });
});

describe('the chairs of two elections under headings, each with its own ballots', () => {
  const NOTICE = (second = 1480) =>
    [
      '沙河村“两委”及监委会选举结果公告',
      '一、村民委员会',
      '参加投票选民1502人，有效票1488张。',
      '主任：陈建平 1288票',
      '二、村务监督委员会',
      `参加投票选民1502人，有效票${second}张。`,
      '主任：王海燕 1263票',
    ].join('\n');

  it('never sums the chairs of two ballot accounts as one seat’s', () => {
    expect(alarms(NOTICE()).filter((alarm) => alarm.startsWith('ANNOUNCED_SUM_MISMATCH'))).toEqual([]);
  });
});
