import { describe, expect, it } from 'vitest';
import { findings, rows } from './corpus/read-shapes.js';

/**
 * County and city summaries of the 2026 换届 that count villages and communities apart, and report each
 * town's own places and members in one sentence. Every number is invented; every share is worked with
 * exact fractions.
 */

describe('communities counted after villages', () => {
  // 209 of the 216 communities is 96.759…% → 96.8%; of the 120 villages it would be 174.2%.
  const TEXT = (share: string) =>
    `全市村120个、社区216个，共336个，全部按期完成换届。其中，实现书记、主任“一肩挑”的社区209个，占${share}%。`;

  it('are no part of the villages, and a share of communities is of the communities', () => {
    expect(findings(TEXT('96.8'))).toEqual([]);
    expect(rows(TEXT('96.8'))).toContainEqual([
      'percent',
      'group 实现书记主任“一肩挑”的社区 / group 社区',
      null,
      '96.8',
      '占96.8%',
    ]);
    expect(findings(TEXT('97.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占97.8%']]);
  });

  it('nor villages a part of the communities counted before them', () => {
    const text = '全区社区12个、村18个，均已完成换届。';
    expect(findings(text)).toEqual([]);
  });

  it('while villages stay a part of both kinds counted together', () => {
    // 30 of 36 is 83.333…% → 83.3%.
    const text = '全镇36个村（社区）全部完成换届，其中实现“一肩挑”的村30个，占83.3%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('83.3', '85.3'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占85.3%']]);
  });
});

describe('towns named with the places they administer, then their members', () => {
  // 74 of 263 is 28.137…% → 28.1%; 31 of 102 is 30.392…% → 30.4%; 17 of 63 is 26.984…% → 27.0%;
  // 26 of 98 is 26.531…% → 26.5%.
  const TEXT = (share: string) =>
    '全县3个乡镇共选出村（社区）“两委”成员263名，其中女性74名，占28.1%。其中，城关镇辖村14个、社区4个，' +
    `选出“两委”成员102名，其中女性31名，占30.4%；河口乡辖村11个，选出“两委”成员63名，其中女性17名，占${share}%；` +
    '柳林镇辖村16个、社区2个，选出“两委”成员98名，其中女性26名，占26.5%。';

  it('count that town’s places and members, no part of the county’s', () => {
    expect(findings(TEXT('27.0'))).toEqual([]);
    expect(rows(TEXT('27.0'))).toContainEqual([
      'percent',
      'group 女性 / group “两委”成员',
      null,
      '30.4',
      '占30.4%',
    ]);
  });

  it('and a town’s wrong share is flagged against its own members', () => {
    expect(findings(TEXT('28.0'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占28.0%']]);
  });
});

describe('communities of a kind qualified in words (涉农社区), then some of them', () => {
  // 11 of 12 is 91.666…% → 91.7%; of the 186 villages it would be 5.9%.
  const TEXT = '186个行政村全部完成换届；12个涉农社区中有11个实现书记、主任“一肩挑”，占91.7%。';

  it('are never a part of the villages counted before them', () => {
    expect(findings(TEXT)).toEqual([]);
    expect(findings(TEXT.replace('行政村', '村'))).toEqual([]);
  });

  it('and a share of them is of their own count when the text gives it', () => {
    const text = `全县行政村186个，其中涉农社区12个。${TEXT}`;
    expect(findings(text)).toEqual([]);
    expect(rows(text)).toContainEqual([
      'percent',
      'group 涉农社区中 / group 涉农社区',
      null,
      '91.7',
      '占91.7%',
    ]);
    expect(findings(text.replace('91.7', '92.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占92.7%']]);
  });
});
