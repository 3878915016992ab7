import { describe, expect, it } from 'vitest';
import { alarmCodes, counts, unread } from './corpus/read-shapes.js';

/**
 * A 选举结果报告单 captured from a scan or a flattened web table: each label on its own line and its value
 * on the next (label-lines.ts). The pairs read as `登记选民数 1,630` on one line; stacked labels over
 * their numbers, a date, a telephone number or a row's number after a label are not paired.
 */

const form = (registered = '1,630', invalid = '7') =>
  [
    '东岭村村民委员会选举结果报告单',
    '登记选民数',
    registered,
    '参加投票人数',
    '1,402人',
    '发出选票',
    '1,402张',
    '收回选票',
    '1,398张',
    '有效票',
    '1,391',
    '无效票',
    invalid,
    '职务',
    '姓名',
    '得票数',
    '是否当选',
    '主任',
    '王立新',
    '912',
    '是',
    '委员',
    '李红梅',
    '1,020',
    '是',
  ].join('\n');

describe('a report form, each label on its own line over its count', () => {
  it('reads each count under its label, with or without its unit', () => {
    expect(counts(form())).toEqual([
      'registered 1630',
      'cast 1402',
      'issued 1402',
      'returned 1398',
      'valid 1391',
      'invalid 7',
    ]);
    expect(alarmCodes(form())).toEqual([]);
  });

  it('catches a ballots account that fails and a turnout below half', () => {
    expect(alarmCodes(form('1,630', '17'))).toContain('ANNOUNCED_SUM_MISMATCH');
    expect(alarmCodes(form('3,630'))).toContain('TURNOUT_BELOW_QUORUM');
  });

  it('reads 参选率 over its share as the turnout', () => {
    const text = form().replace('参加投票人数\n1,402人\n', '参加投票人数\n1,402人\n参选率\n88.01%\n');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarmCodes(text.replace('88.01%', '86.01%'))).toEqual([]);
  });
});

describe('lines that are no pair of a label and its count', () => {
  it('leaves two labels stacked over two numbers unread (labels-apart)', () => {
    const text = form().replace(
      '登记选民数\n1,630\n参加投票人数\n1,402人',
      '登记选民数\n参加投票人数\n1,630\n1,402',
    );
    expect(unread(text).slice(0, 2)).toEqual([
      ['1,630', 'labels-apart'],
      ['1,402', 'labels-apart'],
    ]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('pairs no label with a year before 年, nor with a telephone number', () => {
    const dated = form().replace('登记选民数\n1,630', '登记选民数\n1,630\n填报日期\n2026\n年5月20日');
    expect(alarmCodes(dated)).toEqual([]);
    const phone = form().replace('无效票\n7', '无效票\n7\n联系电话\n13805718862');
    expect(counts(phone)).not.toContain('invalid 13805718862');
  });

  it('takes no row’s number after a blank 无效票 as its count', () => {
    const text = form()
      .replace('无效票\n7\n职务\n姓名\n得票数\n是否当选\n', '无效票\n1\n')
      .replace(/\n是/g, '')
      .replace('\n委员', '\n2\n委员');
    expect(counts(text)).not.toContain('invalid 1');
    expect(alarmCodes(text)).toEqual([]);
  });
});
