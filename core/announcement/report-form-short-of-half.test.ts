import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, reportAlone, unread, voteRows } from './corpus/read-shapes.js';
import { formCounts as counts, formTable as table } from './corpus/report-form-lines.js';
import { textOfHtml } from './html-notice.js';

/**
 * A report form's row marked 未过半数 (or 未当选 beside a remark 得票未过半数) whose votes are over half of the
 * vote's voters contradicts the form: flagged where the voters and the round are plain, else listed unread
 * with the reason; a row 未当选 over half that lost on seats is right. A table flattened one cell a line
 * with a 是否当选 or 村名 column is read only when every row fits its header exactly.
 */

const form = (mark: string, votes = '650', lines: readonly string[] = [], last = '702') =>
  [
    '柳溪村村民委员会选举结果报告单',
    ...counts('1,210', '1,208', '1,196', '12', '1,420'),
    ...table(
      ['主任', '许文华', '880', '是'],
      ['委员', '钱立群', last, '是'],
      ['委员', '卢晓燕', votes, mark],
    ),
    ...lines,
    '柳溪村村民选举委员会',
    '2026年5月20日',
  ].join('\n');

const infos = (text: string) =>
  reportAlone(text, true)
    .findings.filter((finding) => finding.severity === 'info')
    .map((finding) => finding.message);

describe('a row marked 未过半数 with votes over half', () => {
  it.each(['未过半数', '得票未过半数', '未超过半数', '得票未过半数，未当选'])(
    '%s on 650 of 1,210 voters is flagged',
    (mark) => {
      expect(alarmCodes(form(mark))).toEqual(['ANNOUNCED_MISMATCH']);
    },
  );

  it('the same mark on 560 (under 605) holds', () => {
    expect(alarmCodes(form('未过半数', '560'))).toEqual([]);
    expect(alarmCodes(form('未过半数', '605'))).toEqual([]);
    expect(alarmCodes(form('未过半数', '606'))).toEqual(['ANNOUNCED_MISMATCH']);
  });

  it('未当选 or 否 alone over half is a seat lost, never flagged', () => {
    expect(alarmCodes(form('未当选', '650', [], '702'))).toEqual([]);
    expect(alarmCodes(form('否', '690'))).toEqual([]);
  });

  it('a re-vote block after it: the round is not plain, the mark listed unread', () => {
    const text = form('未过半数', '650', ['再次投票', ...counts('1,030', '1,029', '1,021', '8')]);
    expect(alarmCodes(text)).toEqual([]);
    expect(infos(text).some((message) => message.includes('未过半数'))).toBe(true);
  });

  it('a runoff heading (另行选举) after the table leaves the mark unread', () => {
    const text = form('得票未过半数', '650', [
      '另行选举',
      ...counts('1,021', '1,020', '1,012', '8'),
      ...table(['委员', '范志勇', '460', '当选']),
    ]);
    expect(alarmCodes(text)).not.toContain('ANNOUNCED_MISMATCH');
  });

  it('no voters stated: nothing judged', () => {
    const text = ['柳溪村村民委员会选举结果', ...table(['委员', '卢晓燕', '650', '未过半数'])].join('\n');
    expect(alarmCodes(text)).toEqual([]);
  });
});

describe('a flattened table with a 是否当选 column', () => {
  const flat = (cells: readonly string[]) =>
    [
      '东岗村村民委员会选举结果公告',
      '全村登记选民1,204人，参加投票1,102人，发出选票1,102张，收回选票1,100张，其中有效票1,090张，无效票10张。',
      '职务',
      '姓名',
      '得票数',
      '是否当选',
      ...cells,
      '东岗村村民选举委员会',
      '2026年5月10日',
    ].join('\n');

  it('a missing post cell: no row read, each number unread (flattened-table)', () => {
    const text = flat(['主任', '王建国', '812', '是', '陈丽', '760', '是', '委员', '李秀英', '790', '是']);
    expect(electedRows(text)).toEqual([]);
    expect(voteRows(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['812', 'flattened-table'],
      ['760', 'flattened-table'],
      ['790', 'flattened-table'],
    ]);
  });

  it('every row fitting is read, each winner declared', () => {
    const text = flat([
      '主任',
      '王建国',
      '812',
      '是',
      '副主任',
      '陈丽',
      '760',
      '是',
      '委员',
      '李秀英',
      '790',
      '是',
    ]);
    expect(electedRows(text)).toHaveLength(3);
    expect(unread(text)).toEqual([]);
  });

  it('a result cell not of its column: unread', () => {
    const text = flat(['主任', '王建国', '812', '是', '副主任', '陈丽', '760', '待定']);
    expect(electedRows(text)).toEqual([]);
    expect(unread(text).map(([, reason]) => reason)).toEqual(['flattened-table', 'flattened-table']);
  });
});

describe('an HTML table with a rowspan post or a village column', () => {
  const page = (second: string, last = '<td>陈丽</td><td>460</td><td>否</td>') =>
    textOfHtml(
      [
        '<html><body><p>东岗村村民委员会选举结果公告</p>',
        '<p>全村登记选民1,204人，参加投票1,102人，发出选票1,102张，收回选票1,100张，其中有效票1,090张，无效票10张。</p>',
        '<table><tr><th>职务</th><th>姓名</th><th>得票数</th><th>是否当选</th></tr>',
        '<tr><td>主任</td><td>王建国</td><td>812</td><td>是</td></tr>',
        '<tr><td rowspan="3">委员</td><td>李秀英</td><td>790</td><td>是</td></tr>',
        '<tr><td>赵德胜</td><td>655</td><td>是</td></tr>',
        `<tr>${last}</tr>`,
        '</table>',
        second,
        '<p>东岗村村民选举委员会</p></body></html>',
      ].join('\n'),
    );

  it('the rowspan post is carried down its own table, not into the next', () => {
    const text = page(
      '<p>村民代表推选结果</p><table><tr><th>姓名</th><th>得票数</th><th>是否当选</th></tr><tr><td>张三丰</td><td>35</td><td>是</td></tr></table>',
    );
    const elected = electedRows(text);
    expect(elected).toContainEqual(['委员', ['李秀英']]);
    expect(elected).toContainEqual(['委员', ['赵德胜']]);
    expect(elected.filter(([post]) => post === '委员').flatMap(([, names]) => names)).not.toContain('张三丰');
    expect(alarmCodes(text)).toEqual([]);
  });

  it('a 未过半数 row under the rowspan post, over half, is flagged', () => {
    const text = page('', '<td>陈丽</td><td>600</td><td>未过半数</td>');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_MISMATCH']);
  });

  it('a village column with a rowspan place: each row read as its village’s, no 未过半数 judged', () => {
    const text = textOfHtml(
      [
        '<html><body><p>青山镇村民委员会换届选举结果汇总</p><p>全镇登记选民15,320人，参加投票13,106人。</p>',
        '<table><tr><th>村名</th><th>职务</th><th>姓名</th><th>得票数</th><th>是否当选</th></tr>',
        '<tr><td rowspan="2">东湖村</td><td>主任</td><td>王建国</td><td>812</td><td>是</td></tr>',
        '<tr><td>委员</td><td>陈丽</td><td>7,000</td><td>未过半数</td></tr>',
        '<tr><td>西山村</td><td>主任</td><td>李秀英</td><td>690</td><td>是</td></tr>',
        '</table></body></html>',
      ].join('\n'),
    );
    expect(voteRows(text)).toHaveLength(3);
    expect(alarmCodes(text)).toEqual([]);
  });
});
