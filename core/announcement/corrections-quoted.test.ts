import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

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
