import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, reportAlone, unread } from './corpus/read-shapes.js';
import { formCounts as counts, formTable as table } from './corpus/report-form-lines.js';
import { labelLinesJoined } from './label-lines.js';

/**
 * A report form captured line by line: a runoff's block under its own heading line read as that round's
 * account; a winner's row on four lines (主任当选人 ⏎ 张建华 ⏎ 得票数 ⏎ 735) read as a declaration; a 当选人名单
 * over a table with its header row declaring each row.
 */

const runoffForm = (heading: string, runoffValid = '1,111', winnerVotes = '498') =>
  [
    '柳溪村村民委员会选举结果报告单',
    '第一次投票',
    ...counts('1,318', '1,316', '1,302', '14', '1,526'),
    ...table(
      ['主任', '周明辉', '902', '是'],
      ['委员', '吴桂兰', '811', '是'],
      ['委员', '郑海涛', '640', '未过半数'],
    ),
    heading,
    ...counts('1,121', '1,120', runoffValid, '9'),
    ...table(['委员', '郑海涛', winnerVotes, '是']),
  ].join('\n');

const zh = (text: string) => reportAlone(text, true).findings.map((finding) => finding.messages.zh);

describe("a report form's runoff block", () => {
  it.each(['另行选举', '第二轮投票', '二、另行选举情况'])(
    'reads the block under %s as the runoff’s account, its winner judged by a third',
    (heading) => {
      const text = runoffForm(heading);
      expect(unread(text).map(([, reason]) => reason)).not.toContain('other-round-count');
      // 498 of 1,121: over a third (374), under half (561).
      expect(alarmCodes(text)).toEqual([]);
    },
  );

  it("checks the runoff's ballots within its block", () => {
    const text = runoffForm('另行选举', '1,101');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    expect(zh(text)).toContainEqual(expect.stringContaining('另行选举'));
  });

  it("catches the runoff's winner under a third of its own voters", () => {
    expect(alarmCodes(runoffForm('另行选举', '1,111', '360'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('takes no candidate’s remark 另行选举 for a heading', () => {
    const text = runoffForm('另行选举').replace('640\n未过半数', '640\n另行选举');
    expect(alarmCodes(text)).toEqual([]);
  });
});

const winnerRows = (chair = '735', member = '688') =>
  [
    '青石村村民委员会选举结果报告单',
    ...counts('1,104', '1,102', '1,095', '7', '1,260'),
    '主任当选人',
    '张建华',
    '得票数',
    chair,
    '委员当选人',
    '王志强',
    '得票数',
    member,
  ].join('\n');

describe("a report form's winner on four lines", () => {
  it('joins the post, the name, the votes’ label and the votes as one row', () => {
    expect(labelLinesJoined('主任当选人\n张建华\n得票数\n735')).toBe('主任当选人 张建华 得票数 735');
  });

  it('joins no row whose name line is no name, or with a number after it', () => {
    expect(labelLinesJoined('主任当选人\n见附表\n得票数\n735')).not.toContain('见附表 得票数');
    expect(labelLinesJoined('主任当选人\n空缺\n得票数\n0')).not.toContain('空缺 得票数');
    expect(labelLinesJoined('主任当选人\n张建华\n得票数\n735\n66')).not.toContain('张建华 得票数');
  });

  it('declares the winner to the post its label names', () => {
    expect(electedRows(winnerRows())).toEqual([
      ['主任', ['张建华']],
      ['委员', ['王志强']],
    ]);
    expect(alarmCodes(winnerRows())).toEqual([]);
  });

  it('catches a winner under half of the voters', () => {
    expect(alarmCodes(winnerRows('535'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it("declares no winner of another body's block by its label", () => {
    const text = [
      winnerRows(),
      '二、村务监督委员会',
      ...counts('39', '39', '39', '0'),
      '主任当选人',
      '何桂芳',
      '得票数',
      '31',
    ].join('\n');
    expect(electedRows(text)).not.toContainEqual(['主任', ['何桂芳']]);
    expect(alarmCodes(text)).toEqual([]);
  });
});

const listed = (last = '745') =>
  [
    '白沙村村民委员会选举结果报告单',
    '应选人数 5  实选人数 5',
    '登记选民数 1,642  参加投票人数 1,377',
    '发出选票 1,377  收回选票 1,375',
    '有效票 1,361  无效票 14',
    '当选人名单',
    '职务 姓名 性别 得票数',
    '主任 刘志远 男 1,012',
    '副主任 陈晓梅 女 934',
    `委员 吴建新 男 ${last}`,
    '备注：妇女委员1名（陈晓梅）',
  ].join('\n');

describe('a 当选人名单 over a table with its header row', () => {
  it('declares each row elected', () => {
    expect(electedRows(listed()).flatMap(([, names]) => names)).toEqual(['刘志远', '陈晓梅', '吴建新']);
    expect(alarmCodes(listed())).toEqual([]);
  });

  it('catches a row under half of the voters', () => {
    expect(alarmCodes(listed('645'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no row of a table whose row says it fell short', () => {
    const text = listed().replace(`委员 吴建新 男 745`, '委员 吴建新 男 645 未过半数');
    expect(electedRows(text).flatMap(([, names]) => names)).not.toContain('吴建新');
  });
});
