import { describe, expect, it } from 'vitest';
import { alarms, findings, rows, unread } from './corpus/read-shapes.js';

describe('a correction that quotes each figure with its label', () => {
  const NOTICE = [
    '我村2026年6月18日张贴的选举结果公告中，原公告“有效票1820张”应为“有效票1802张”，“无效票11张”应为“无效票29张”，其他内容不变。',
    '本次选举发出选票1831张，收回选票1831张，有效票1802张，无效票29张。',
  ].join('\n');

  it('lists the numbers of the correction unread and judges the figures stated after it', () => {
    expect(findings(NOTICE)).toEqual([]);
    expect(unread(NOTICE)).toEqual([
      ['1820', 'corrected'],
      ['1802', 'corrected'],
      ['11', 'corrected'],
      ['29', 'corrected'],
    ]);
    expect(findings(NOTICE.replace('无效票29张。', '无效票11张。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1831张'],
    ]);
  });

  it('reads a quoted label with no number after 应为 as no correction', () => {
    expect(unread('选举委员会认为该票应为“有效票”。收回选票1213张，有效票1207张，无效票6张。')).toEqual([]);
  });
});

describe('a figure said to be written wrongly', () => {
  const NOTICE = [
    '关于桃园村选举结果公告的说明',
    '我村4月2日公布的选举结果中，周海涛得票数误写成986票，实际得票968票。',
    '全村登记选民1620人，参加投票的选民1302人，收回选票1302张，有效票1290张，无效票12张。周海涛得票968票，当选为村民委员会主任。',
  ].join('\n');

  it('lists the wrong value and the right one as a correction, and reads no candidate named 实际', () => {
    // Before: 986 “could not be read”, and 实际 with 968 votes was a tie with 周海涛.
    expect(unread(NOTICE)).toEqual([
      ['986', 'corrected'],
      ['968', 'corrected'],
    ]);
    expect(alarms(NOTICE, true)).toEqual([]);
  });

  it('reads 实际得票 after a name as no name of its own', () => {
    const text = '收回选票1302张，有效票1290张，无效票12张。周海涛实际得票968票，当选为村民委员会主任。';
    expect(rows(text).some((row) => JSON.stringify(row).includes('实际'))).toBe(false);
  });
});
