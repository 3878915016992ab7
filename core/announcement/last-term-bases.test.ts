import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * A count its sentence sets in the last term (占上届登记选民1,832人的5.24%), stated between this term's count
 * and this term's share, is no base of that share. Every number and name is invented.
 */

describe('the last term’s register named inside a share of new voters', () => {
  // 96 of 1832 is 5.2401…% → 5.24%; 1700 of 1887 is 90.0900…% → 90.09% (of 1832: 92.79%).
  const NOTICE = (rate = '90.09') =>
    [
      '河南村选民登记和委托投票情况公告',
      '本届登记选民1,887人。与上届相比，新增选民96人，占上届登记选民1,832人的5.24%；删除选民41人。',
      `2026年4月6日选举，参加投票1,700人，参选率${rate}%。发出选票1,700张，收回选票1,700张，有效票1,684张，无效票16张，选举有效。`,
    ].join('\n');

  it('judges this term’s turnout by this term’s register, not the last term’s named nearer', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toContainEqual(['share', '参选率90.09%', true]);
  });

  it('flags a turnout right only of the last term’s register', () => {
    expect(alarms(NOTICE('92.79'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 92.79%/90.09%']);
  });

  it('still judges a share of the last term by the last term’s counts', () => {
    const text =
      '本届登记选民1612人，参加投票1481人，参选率91.9%。上届登记选民1660人，参加投票1552人，上届参选率为93.5%。';
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '上届参选率为93.5%', true]);
  });
});

describe('the last term’s turnout in brackets after each place’s', () => {
  // 1102 of 1204 is 91.528…% → 91.53%; 893 of 986 is 90.567…% → 90.57%; 1401 of 1530 is 91.568…% → 91.57%.
  const SUMMARY = (rate = '90.57') =>
    [
      '清河镇第十三届村民委员会选举结果汇总公告',
      '各村选举情况如下：',
      '东村：登记选民1204人，参加投票1102人，参选率91.53%（上届89.20%）；',
      `南村：登记选民986人，参加投票893人，参选率${rate}%（上届91.05%）；`,
      '西村：登记选民1530人，参加投票1401人，参选率91.57%（上届88.76%）。',
    ].join('\n');

  it('judges each place’s turnout by its own counts, which the bracket before them does not set in the last term', () => {
    expect(alarms(SUMMARY())).toEqual([]);
    expect(judged(SUMMARY())).toContainEqual(['share', '参选率90.57%', true]);
  });

  it('still flags a place’s turnout wrong of its counts', () => {
    expect(alarms(SUMMARY('91.05'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 91.05%/90.57%']);
  });
});
