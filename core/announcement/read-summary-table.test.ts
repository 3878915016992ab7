import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { findings } from './corpus/read-shapes.js';

/** A county's summary table flattened into lines, as observers paste it (the figures are invented). */
const TABLE = [
  '某县第十二届村（社区）“两委”换届女性成员情况统计表',
  '乡镇 村数 “两委”成员数 女性成员数 女性成员占比',
  '城关镇 18 112 28 25.0%',
  '河口乡 12 76 17 22.4%',
  '白沙镇 20 120 31 25.8%',
  '合计 50 308 76 24.7%',
  '（数据截至2026年6月10日）',
].join('\n');

const work = (text: string, lang: 'zh' | 'en' = 'en') =>
  workAnnouncementArithmetic(readAnnouncementText(text), lang);
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
const warnings = (text: string, lang: 'zh' | 'en' = 'en') =>
  work(text, lang).findings.map((finding) => [finding.code, finding.where?.text, finding.message]);
const unread = (text: string) =>
  readAnnouncementText(text).unread.map((figure) => [figure.text, figure.reason ?? 'no-meaning']);

describe('a summary table whose heading names its columns', () => {
  it('judges each row’s share as part over base, the 合计 row too, and sums each column', () => {
    const done = work(TABLE);
    expect(done.findings).toEqual([]);
    expect(shares(TABLE)).toEqual([
      ['25.0%', true],
      ['22.4%', true],
      ['25.8%', true],
      ['24.7%', true],
    ]);
    // The work names the row and the column: 28 of 112 = 25.0%.
    expect(done.judged.find((judged) => judged.text === '25.0%')?.work.en).toBe(
      '28 “城关镇 女性成员数” out of 112 “城关镇 两委成员数” is 25.0000%, which rounds to the 25.0% the notice states: right',
    );
    const sums = done.judged.filter((judged) => judged.rule === 'partition').map((judged) => judged.work.en);
    expect(sums).toEqual([
      '“城关镇 18”, “河口乡 12” and “白沙镇 20” make “合计 村数 50”: right',
      '“城关镇 112”, “河口乡 76” and “白沙镇 120” make “合计 两委成员数 308”: right',
      '“城关镇 28”, “河口乡 17” and “白沙镇 31” make “合计 女性成员数 76”: right',
    ]);
    // Every number of the table is read; the date below it is no figure.
    expect(unread(TABLE)).toEqual([]);
  });

  it('reads cells split by tabs or | alike', () => {
    expect(shares(TABLE.replace(/ (?=\S)/g, '\t'))).toHaveLength(4);
    expect(shares(TABLE.replace(/ (?=\S)/g, ' | '))).toHaveLength(4);
  });

  it('catches a wrong share on its row, in both languages', () => {
    const text = TABLE.replace('河口乡 12 76 17 22.4%', '河口乡 12 76 17 24.2%');
    expect(shares(text)).toEqual([
      ['25.0%', true],
      ['24.2%', false],
      ['25.8%', true],
      ['24.7%', true],
    ]);
    expect(warnings(text)).toEqual([
      [
        'ANNOUNCED_PERCENT_MISMATCH',
        '24.2%',
        'The notice states “24.2%”, but 17 “河口乡 女性成员数” of 76 “河口乡 两委成员数” is 22.3684…%, which rounds to 22.4%, not the 24.2% stated',
      ],
    ]);
    expect(warnings(text, 'zh')[0]?.[2]).toBe(
      '公告写“24.2%”，但河口乡 女性成员数17人占河口乡 两委成员数76人的22.3684…%，应为22.4%',
    );
  });

  it('catches a wrong 合计 share, and a 合计 cell the rows do not add up to', () => {
    const wrongShare = TABLE.replace('合计 50 308 76 24.7%', '合计 50 308 76 27.4%');
    expect(warnings(wrongShare).map(([code, text]) => [code, text])).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '27.4%'],
    ]);
    const wrongSum = TABLE.replace('合计 50 308 76 24.7%', '合计 50 308 78 24.7%');
    expect(warnings(wrongSum)).toEqual([
      [
        'ANNOUNCED_SUM_MISMATCH',
        '78',
        expect.stringContaining(
          '“城关镇 28”, “河口乡 17” and “白沙镇 31” come to 76, not the 78 of “合计 女性成员数 78”',
        ),
      ],
      ['ANNOUNCED_PERCENT_MISMATCH', '24.7%', expect.stringContaining('78 “合计 女性成员数” of 308')],
    ]);
  });

  it('names the base in the share column: 占两委成员比例', () => {
    const text = TABLE.replace('女性成员占比', '女性成员占两委成员比例');
    expect(shares(text)).toHaveLength(4);
    // A base named that no column is: unread.
    const none = TABLE.replace('女性成员占比', '女性成员占党员比例');
    expect(shares(none)).toEqual([]);
    expect(unread(none).filter(([, reason]) => reason === 'no-base')).toHaveLength(4);
  });

  it('takes the column right before a share that names no part: 占比(%)', () => {
    const text = TABLE.replace('女性成员占比', '占比(%)').replace(/%$/gm, '');
    expect(shares(text)).toEqual([
      ['25.0', true],
      ['22.4', true],
      ['25.8', true],
      ['24.7', true],
    ]);
    // Naming no part, it is read only with the whole before its part, as tables lay them out.
    const apart = ['乡镇 女性成员数 占比(%) “两委”成员数', '城关镇 28 25.0 112'].join('\n');
    expect(unread(apart)).toEqual([['25.0', 'no-base']]);
  });

  it('leaves the shares unread when two columns could be the base', () => {
    const text = [
      '乡镇 村委会成员数 “两委”成员数 女性成员数 女性成员占比',
      '城关镇 50 112 28 25.0%',
      '河口乡 30 76 17 24.2%',
    ].join('\n');
    expect(shares(text)).toEqual([]);
    expect(warnings(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['25.0%', 'ambiguous-base'],
      ['24.2%', 'ambiguous-base'],
    ]);
  });

  it('takes no count of places as the base of people', () => {
    const text = ['乡镇 村数 女性成员数 女性成员占比', '城关镇 18 28 25.0%', '河口乡 12 17 22.4%'].join('\n');
    expect(shares(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['25.0%', 'no-base'],
      ['22.4%', 'no-base'],
    ]);
  });

  it('leaves a row whose cells do not fit the heading unread, and sums no column then', () => {
    const text = TABLE.replace('河口乡 12 76 17 22.4%', '河口乡 76 17 24.2%');
    expect(shares(text)).toEqual([
      ['25.0%', true],
      ['25.8%', true],
      ['24.7%', true],
    ]);
    expect(warnings(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['76', 'no-meaning'],
      ['17', 'no-meaning'],
      ['24.2%', 'no-meaning'],
    ]);
    expect(work(text).judged.filter((judged) => judged.rule === 'partition')).toEqual([]);
  });

  it('judges no approximate cell, and sums no column with one', () => {
    const text = TABLE.replace('河口乡 12 76 17 22.4%', '河口乡 12 约76 17 22.4%');
    expect(shares(text)).toEqual([
      ['25.0%', true],
      ['25.8%', true],
      ['24.7%', true],
    ]);
    expect(unread(text)).toEqual([
      ['约76', 'approximate'],
      ['22.4%', 'no-base'],
    ]);
    expect(work(text).judged.filter((judged) => judged.rule === 'partition')).toHaveLength(2);
  });
});

describe('a table of counts only, summed by its 合计 row', () => {
  const TABLE = (members: number) =>
    `各乡镇换届选举结果汇总\n\n乡镇 村（社区）数 当选“两委”成员 其中女性\n城关镇 32 228 61\n河口镇 27 190 44\n石门乡 19 131 30\n双河乡 15 104 22\n合计 93 ${members} 157\n`;

  it('holds each column to its 合计', () => {
    // 228 + 190 + 131 + 104 = 653.
    expect(findings(TABLE(653))).toEqual([]);
    expect(findings(TABLE(663))).toEqual([['ANNOUNCED_SUM_MISMATCH', '663']]);
  });

  it('sums no column of ages, averages or rates, and no table without a last 合计 row', () => {
    const ages = '乡镇 成员 平均年龄\n城关镇 228 45\n河口镇 190 47\n合计 418 46\n';
    expect(findings(ages)).toEqual([]);
    const noSum = '乡镇 村数 成员\n城关镇 32 228\n河口镇 27 190\n石门乡 19 131\n';
    expect(findings(noSum)).toEqual([]);
  });
});

describe('a row of some of the row above it', () => {
  it('sums no column where a row is 其中… of the one above, with or without a share column', () => {
    const shares =
      '乡镇 两委成员 女性成员 女性成员占比\n城关镇 228 57 25.0%\n其中社区 40 10 25.0%\n河口镇 190 38 20.0%\n合计 418 95 22.7%\n';
    expect(findings(shares)).toEqual([]);
    // Its shares are still each row's own: 10 of 40 is 25 %.
    expect(findings(shares.replace('其中社区 40 10 25.0%', '其中社区 40 10 30.0%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '30.0%'],
    ]);
    const counts =
      '乡镇 村数 成员\n城关镇 32 228\n其中社区 5 40\n河口镇 27 190\n石门乡 19 131\n合计 78 549\n';
    expect(findings(counts)).toEqual([]);
  });
});

/** A city's district table as an encyclopedia copy lays it out: grouped digits, cells split by `|`. */
const DISTRICTS = [
  '选举区别 | 候选人数 | 当选人数 | 选举人数 | 投票数 | 投票率',
  '甲区 | 64 | 33 | 155,224 | 44,603 | 28.73%',
  '乙区 | 83 | 41 | 178,080 | 52,515 | 29.48%',
  '丙区 | 110 | 53 | 237,615 | 62,785 | 26。42%',
  '总计 | 257 | 127 | 570,919 | 159,903 | 28.01%',
].join('\n');

describe('a turnout column of a table of districts', () => {
  it('judges each row’s rate as its voters over its electors, grouped digits and a 。 point read', () => {
    // 52515/178080 = 29.4895…%: 29.48 is the rate cut to its decimals, right.
    expect(shares(DISTRICTS)).toEqual([
      ['28.73%', true],
      ['29.48%', true],
      ['26。42%', true],
      ['28.01%', true],
    ]);
    expect(warnings(DISTRICTS)).toEqual([]);
    expect(unread(DISTRICTS)).toEqual([]);
  });

  it('flags a wrong row by its name, in both languages, and judges no row by another', () => {
    const text = DISTRICTS.replace('26。42%', '32.39%');
    expect(shares(text).map(([, right]) => right)).toEqual([true, true, false, true]);
    const [en] = warnings(text, 'en');
    const [zh] = warnings(text, 'zh');
    expect(en?.[1]).toBe('32.39%');
    expect(String(en?.[2])).toContain('丙区');
    expect(String(zh?.[2])).toContain('丙区');
  });

  it('reads the traditional heading and the township shape (登记选民 参加投票 参选率)', () => {
    const traditional = DISTRICTS.replace('选举人数 | 投票数', '選舉人數 | 投票人數');
    expect(shares(traditional)).toHaveLength(4);
    const township = ['村名 登记选民 参加投票 参选率', '东村 1,856 1,612 86.85%', '西村 920 801 87.07%'].join(
      '\n',
    );
    expect(shares(township)).toEqual([
      ['86.85%', true],
      ['87.07%', true],
    ]);
  });

  it('leaves the rates unread when two columns could be the electors', () => {
    const text = DISTRICTS.replace('候选人数', '选民数');
    expect(shares(text)).toEqual([]);
    expect(unread(text).filter(([, reason]) => reason === 'ambiguous-base')).toHaveLength(4);
  });
});

describe('a total row with rows after it', () => {
  it('sums no column against it: the rows after it are no part of it', () => {
    const text = [
      '选民类别 选民人数 投票率',
      '居民 35,168 63.71%',
      '原居民 50,429 63.11%',
      '总计 85,597 63.35%',
      '墟镇街坊 9,137 56.19%',
    ].join('\n');
    expect(work(text).judged.filter((judged) => judged.rule === 'partition')).toEqual([]);
    expect(warnings(text)).toEqual([]);
  });
});

describe('a table as a paste leaves it', () => {
  it('reads it across blank lines, list marks, a spaced %, and sentences between or glued to rows', () => {
    const text = [
      '1. 选举区别 | 候选人数 | 当选人数 | 选举人数 | 投票数 | 投票率',
      '',
      '（1）甲区 | 64 | 33 | 155,224 | 44,603 | 28.73  %',
      '投票时间为上午9时至下午3点半，逾时不候。',
      '● 乙区 | 83 | 41 | 178,080 | 52,515 | 29.48%。联系电话：0571-88881234。',
      '选举大会于2026年3月5日上午9时召开。丙区 | 110 | 53 | 237,615 | 62,785 | 32.39%',
      '总计 | 257 | 127 | 570,919 | 159,903 | 28.01%',
    ].join('\n');
    expect(shares(text).map(([, right]) => right)).toEqual([true, true, false, true]);
    // The sentences' numbers are the prose's, not the table's.
    const figures = readAnnouncementText(text).figures.map((figure) => figure.origin.text);
    expect(figures).not.toContain('0571');
  });

  it('reads it across a sentence of a telephone between rows, the telephone blanked', () => {
    const text = [
      '选举区别 | 候选人数 | 当选人数 | 选举人数 | 投票数 | 投票率',
      '甲区 | 64 | 33 | 155,224 | 44,603 | 28.73%',
      '联系电话：0571-8888 1234。',
      '乙区 | 83 | 41 | 178,080 | 52,515 | 32.39%',
      '总计 | 147 | 74 | 333,304 | 97,118 | 29.14%',
    ].join('\n');
    expect(shares(text).map(([, right]) => right)).toEqual([true, false, true]);
  });
});

describe('a rate cell below 1 with no percent sign', () => {
  const rows = (rates: readonly string[]) =>
    [
      '各村投票情况',
      '村名 | 登记选民 | 参加投票 | 参选率',
      `东村 | 1200 | 1020 | ${rates[0]}`,
      `西村 | 800 | 720 | ${rates[1]}`,
      `南村 | 1000 | 870 | ${rates[2]}`,
    ].join('\n');

  it('is a fraction of one or a percent, unsure which: listed unread, never flagged', () => {
    const fractions = rows(['0.85', '0.90', '0.87']);
    expect(warnings(fractions)).toEqual([]);
    expect(unread(fractions).filter(([, reason]) => reason === 'fraction-or-percent')).toEqual([
      ['0.85', 'fraction-or-percent'],
      ['0.90', 'fraction-or-percent'],
      ['0.87', 'fraction-or-percent'],
    ]);
  });

  it('leaves whole rates without a sign, and rates with one, judged as percents', () => {
    expect(shares(rows(['85', '90', '87'])).every(([, right]) => right)).toBe(true);
    expect(shares(rows(['85', '90', '87']))).toHaveLength(3);
    expect(warnings(rows(['85.00%', '90.00%', '78.00%'])).map(([code]) => code)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });
});

/** A count column opening with 其中, and a share column naming its part (amongColumnBasis). */
describe('a 其中 column beside its share column', () => {
  const AMONG = (heading: string, first = '28.3%') =>
    [
      '某县村“两委”换届选举情况统计表',
      heading,
      `城关镇 120 34 ${first}`,
      '河口乡 85 22 25.9%',
      '合计 205 56 27.3%',
    ].join('\n');

  it('judges the share as the 其中 column over the column before it', () => {
    // 34 / 120 = 28.333…% → 28.3%; 22 / 85 = 25.882…% → 25.9%; 56 / 205 = 27.317…% → 27.3%.
    const right = AMONG('乡镇 “两委”成员 其中女性 女性占比');
    expect(warnings(right)).toEqual([]);
    expect(unread(right)).toEqual([]);
    expect(shares(right)).toEqual([
      ['28.3%', true],
      ['25.9%', true],
      ['27.3%', true],
    ]);
    const wrong = AMONG('乡镇 “两委”成员 其中女性 女性占比', '23.8%');
    expect(shares(wrong)).toContainEqual(['23.8%', false]);
  });

  it('leaves the shares unread where the chain is not certain', () => {
    // 党员占比 names no column of the table.
    expect(unread(AMONG('乡镇 “两委”成员 其中女性 党员占比', '70.0%'))).toContainEqual(['70.0%', 'no-base']);
    // The column before 其中女性 counts villages, not people.
    expect(unread(AMONG('乡镇 村数 其中女性 女性占比'))).toContainEqual(['28.3%', 'no-base']);
    // A plain 占比 after 其中女性 whose whole counts villages: no base either.
    expect(unread(AMONG('乡镇 村数 其中女性 占比'))).toContainEqual(['28.3%', 'no-base']);
  });

  it('judges a plain 占比 right after a 其中 column as that column over the one before it', () => {
    // 村名 登记选民 参加投票 其中女性 占比: the women are some of the voters, 占比 their share of them.
    const table = (last: string) =>
      [
        '各村投票情况',
        '村名|登记选民|参加投票|其中女性|占比',
        '东村|1200|1000|480|48.0%',
        `西村|800|700|300|${last}`,
      ].join('\n');
    expect(warnings(table('42.9%'))).toEqual([]);
    expect(shares(table('42.9%'))).toEqual([
      ['48.0%', true],
      ['42.9%', true],
    ]);
    // 300 / 700 = 42.857…%, not 45.9%.
    expect(shares(table('45.9%'))).toContainEqual(['45.9%', false]);
    expect(shares(AMONG('乡镇 “两委”成员 其中女性 占比'))).toEqual([
      ['28.3%', true],
      ['25.9%', true],
      ['27.3%', true],
    ]);
  });
});

describe('a summary table written in Markdown', () => {
  it('reads it as the same table with bars, its line under the heading no row', () => {
    const table = [
      '| 村名 | 登记选民 | 参加投票 | 其中女性 | 占比 |',
      '|---|:---:|---:|---|---|',
      '| 东村 | 1200 | 1000 | 480 | 48.0% |',
      '| 西村 | 800 | 700 | 300 | 42.9% |',
    ].join('\n');
    expect(warnings(table)).toEqual([]);
    expect(shares(table)).toEqual([
      ['48.0%', true],
      ['42.9%', true],
    ]);
    expect(unread(table)).toEqual([]);
  });
});
