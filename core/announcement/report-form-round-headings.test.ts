import { describe, expect, it } from 'vitest';
import { alarmCodes, reportAlone } from './corpus/read-shapes.js';
import { formCounts as counts, formTable as table } from './corpus/report-form-lines.js';

/**
 * A report form split by its round headings (第一次投票 ⏎ its ballot account ⏎ its rows ⏎ 另行选举 ⏎ the runoff's
 * account and rows): a first-round row marked 未过半数 is held to that round's own voters, stated once in its
 * block (short-of-half-rounds.ts). Without the first round's heading, or with its voters stated twice, the
 * mark stays unread as before.
 */
const form = (votes: string, options: { heading?: string; firstVotersAgain?: string } = {}) =>
  [
    '桃源村村民委员会选举结果报告单',
    ...(options.heading === '' ? [] : [options.heading ?? '第一次投票']),
    ...counts('1,318', '1,316', '1,302', '14', '1,526'),
    ...(options.firstVotersAgain === undefined ? [] : ['参加投票人数', options.firstVotersAgain]),
    ...table(
      ['主任', '周明辉', '802', '是'],
      ['委员', '吴桂兰', '811', '是'],
      ['委员', '郑海涛', votes, '未过半数'],
    ),
    '另行选举',
    ...counts('1,100', '1,098', '1,090', '8'),
    ...table(['委员', '郑海涛', '600', '是'], ['委员', '孙立新', '480', '否']),
    '桃源村村民选举委员会',
    '2026年5月16日',
  ].join('\n');

const infos = (text: string) =>
  reportAlone(text, true)
    .findings.filter((finding) => finding.severity === 'info')
    .map((finding) => finding.message);

describe('a 未过半数 mark in the first round of a form with a runoff', () => {
  it('over half of the first round’s 1,318 voters: flagged', () => {
    expect(alarmCodes(form('700'))).toEqual(['ANNOUNCED_MISMATCH']);
    expect(alarmCodes(form('660'))).toEqual(['ANNOUNCED_MISMATCH']);
  });

  it('under half of the first round (though over half of the runoff’s 1,100): right', () => {
    expect(alarmCodes(form('640'))).toEqual([]);
    expect(alarmCodes(form('659'))).toEqual([]);
  });

  it('a numbered heading (一、第一轮投票) splits it as plainly', () => {
    expect(alarmCodes(form('700', { heading: '一、第一轮投票' }))).toEqual(['ANNOUNCED_MISMATCH']);
  });

  it('no first-round heading: which round’s voters is not plain, the mark listed unread', () => {
    const text = form('700', { heading: '' });
    expect(alarmCodes(text)).toEqual([]);
    expect(infos(text).some((message) => message.includes('未过半数'))).toBe(true);
  });

  it('the first round’s voters stated twice in its block: unread', () => {
    const text = form('700', { firstVotersAgain: '1,300' });
    expect(alarmCodes(text)).not.toContain('ANNOUNCED_MISMATCH');
  });
});

describe('a 未过半数 mark in the runoff of a form split by its round headings', () => {
  const runoff = (votes: string, later = false) =>
    [
      '桃源村村民委员会选举结果报告单',
      '第一次投票',
      ...counts('1,318', '1,316', '1,302', '14', '1,526'),
      ...table(['主任', '周明辉', '802', '是'], ['委员', '郑海涛', '640', '未过半数']),
      '另行选举',
      ...counts('1,100', '1,098', '1,090', '8'),
      ...table(['委员', '郑海涛', votes, '未过半数']),
      ...(later ? ['第三轮投票', ...counts('1,200', '1,198', '1,190', '8')] : []),
      ...(later ? table(['委员', '孙立新', '590', '未过半数']) : []),
      '桃源村村民选举委员会',
      '2026年5月16日',
    ].join('\n');

  it('over half of the runoff’s 1,100 voters (though under half of the first round’s): flagged', () => {
    expect(alarmCodes(runoff('560'))).toEqual(['ANNOUNCED_MISMATCH']);
  });

  it('not over half of the runoff’s 1,100 (550, over half of its 1,090 valid): right', () => {
    expect(alarmCodes(runoff('550'))).toEqual([]);
  });

  it('a round after the runoff: its row is not held to the runoff’s voters', () => {
    // 590 is over half of the runoff's 1,100, under half of the third round's own 1,200.
    expect(alarmCodes(runoff('540', true))).toEqual([]);
  });
});
