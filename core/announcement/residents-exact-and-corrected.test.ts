import { describe, expect, it } from 'vitest';
import { counts, judged, reportUnderPack, unread } from './corpus/read-shapes.js';
import { isCorrection } from './correction-sentence.js';

/**
 * Residents' committee notices and district summaries: counts in 万 with their exact counts in brackets,
 * a WeChat post's emoji blocks of two communities, a notice restated after 更正后, and a rate note that
 * restates the voters. Every number and name is invented; shares worked with exact fractions.
 */

/** The warnings and errors of a text checked alone under cn-residents, by code and figure. */
const alarms = (text: string) =>
  reportUnderPack(text, 'cn-residents')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

describe('a count in 万 with its exact count in a bracket', () => {
  // 86,912 of 98,437 is 88.2920…%: 88.29%; of 8.69万 and 9.84万 it would be 88.31%.
  const SUMMARY = (registered = '98,437', rate = '88.29') =>
    `东城区2026年社区居民委员会换届选举工作情况通报\n\n全区登记选民9.84万人（${registered}人），参加投票8.69万人（86,912人），参选率${rate}%。\n`;

  it('reads the exact count in place of the rounded one, and judges the share by it', () => {
    expect(counts(SUMMARY())).toEqual(['registered 98437', 'cast 86912']);
    expect(unread(SUMMARY())).toEqual([
      ['9.84万', 'rounded-restated'],
      ['8.69万', 'rounded-restated'],
    ]);
    expect(judged(SUMMARY())).toContainEqual(['share', '参选率88.29%', true]);
    expect(alarms(SUMMARY())).toEqual([]);
    expect(alarms(SUMMARY('98,437', '88.31'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('flags an exact count that does not round to the count in 万', () => {
    expect(alarms(SUMMARY('96,437'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('leaves a bracket of other words or of another count unread', () => {
    const other =
      '南湖街道常住人口15.62万人（其中户籍人口98,350人），登记选民8.85万人（含流动人口选民4,216人），' +
      '参加投票7.53万人（上届7.21万人）。';
    expect(counts(other)).not.toContain('registered 98350');
    expect(unread(other).map(([, reason]) => reason)).not.toContain('rounded-restated');
    expect(alarms(other)).toEqual([]);
  });

  it('takes a count in 万 and the same count stated exactly later as one, at the 万 precision', () => {
    const twice = '全区登记选民12.36万人，参加投票11.05万人。全区登记选民123,640人。';
    expect(alarms(twice)).toEqual([]);
    expect(alarms(twice.replace('123,640', '125,640'))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });
});

describe('emoji blocks of two communities, each share on a line of its own', () => {
  const POST = (rate = '85.13') =>
    [
      '【喜报】我街道两个社区居委会换届选举圆满完成🎉',
      '',
      '🏠 东湖社区',
      '📋 登记选民：3,406人',
      '🗳️ 参加投票：2,987人',
      '📊 参选率：87.70%',
      '',
      '🏠 西岭社区',
      '📋 登记选民：2,118人',
      '🗳️ 参加投票：1,803人',
      `📊 参选率：${rate}%`,
      '',
    ].join('\n');

  it("judges each share by its own community's counts", () => {
    expect(judged(POST())).toEqual(
      expect.arrayContaining([
        ['share', '参选率：87.70%', true],
        ['share', '参选率：85.13%', true],
      ]),
    );
    expect(alarms(POST())).toEqual([]);
    expect(alarms(POST('85.31'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('takes no share that names its own place or a total as the last block’s', () => {
    const total = POST().concat('📊 全街道合计参选率：86.71%\n');
    expect(alarms(total)).toEqual([]);
    const named = POST()
      .replace('📊 参选率：87.70%\n', '')
      .replace(
        '📊 参选率：85.13%\n',
        '📊 东湖社区参选率87.70%，西岭社区参选率85.13%，两社区合计参选率86.71%。\n',
      );
    expect(alarms(named)).toEqual([]);
  });
});

describe('a notice restated after 更正后', () => {
  const NOTICE = (invalid = '36') =>
    '更正启事\n\n5月16日发布的《阳光社区第十三届居民委员会选举结果公告》中，参选率“87.07%”有误，应为“87.70%”，特此更正。\n\n' +
    `更正后：阳光社区登记选民3,406人，参加投票2,987人，参选率87.70%；发出选票2,987张，收回2,987张，有效票2,951张，无效票${invalid}张，选举有效。\n`;

  it('reads the restated account as the notice’s, the correction’s two figures unread', () => {
    expect(counts(NOTICE())).toEqual(expect.arrayContaining(['registered 3406', 'cast 2987', 'valid 2951']));
    expect(unread(NOTICE())).toEqual([
      ['87.07%', 'corrected'],
      ['87.70%', 'corrected'],
    ]);
    expect(alarms(NOTICE())).toEqual([]);
    expect(alarms(NOTICE('63'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('keeps a sentence a correction when its words after the heading are one, or it has no colon', () => {
    expect(isCorrection('更正后：参加投票802人，参选率82.94%')).toBe(false);
    expect(isCorrection('附更正后的选举结果：参加投票802人')).toBe(false);
    expect(isCorrection('更正后的选举情况如下：本村登记选民1,645人')).toBe(false);
    expect(isCorrection('更正后：参选率“82.49%”有误，应为“82.94%”')).toBe(true);
    expect(isCorrection('原公告参加投票人数有误，更正后为2,987人')).toBe(true);
    expect(isCorrection('居民代表人数有误，更正后为45名')).toBe(true);
  });
});

describe('a rate note restating the voters in a bracket', () => {
  const NOTICE = (restated = '2,987') =>
    '阳光社区登记选民3,406人，参加投票2,987人，参选率87.70%。发出选票2,987张，收回2,987张，有效票2,951张，无效票36张。\n' +
    '主任王建国得票2,561票，得票率85.74%。\n' +
    `注：得票率＝得票数÷参加投票人数（${restated}人）。\n`;

  it('compares the restated voters with the voters stated above', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(alarms(NOTICE('2,897'))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });
});
