import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, reportAlone, unread } from './corpus/read-shapes.js';
import { formCounts as counts, formTable as table } from './corpus/report-form-lines.js';

/** The winners the report judged by the rules, as the votes' words and whether they meet the rule. */
const winnersJudged = (text: string) =>
  (reportAlone(text, true).announcement?.judged ?? []).flatMap((figure) =>
    figure.rule === 'winner-threshold' ? [[figure.text, figure.right]] : [],
  );

/**
 * A report form captured line by line: a 再次投票 block after a tie for the last seat read as its own
 * round (its winner judged within it); 未过半数, 未当选, 票数相等 in a result column read as the row's
 * outcome, never as unread figures; a 当选人名单 table flattened one cell a line read when its rows fit
 * its header, else left unread with the reason.
 */

const revoteForm = (tieMark = '票数相等', winner = '540', rival = '481', tied = '688') =>
  [
    '青石村村民委员会选举结果报告单',
    ...counts('1,262', '1,260', '1,248', '12', '1,480'),
    ...table(
      ['主任', '罗建平', '905', '是'],
      ['副主任', '唐秀云', '842', '是'],
      ['委员', '林志远', '701', '是'],
      ['委员', '胡春生', tied, tieMark],
      ['委员', '马立军', '688', tieMark],
    ),
    '再次投票',
    ...counts('1,030', '1,029', '1,021', '8'),
    ...table(['委员', '胡春生', winner, '是'], ['委员', '马立军', rival, '否']),
    '青石村村民选举委员会',
    '2026年5月18日',
  ].join('\n');

const codes = (text: string) =>
  reportAlone(text, true).findings.map((finding) => `${finding.severity} ${finding.code}`);

describe("a report form's 再次投票 block after a tie", () => {
  it.each(['票数相等', '未当选', '否'])(
    'judges the re-vote’s winner within it, with no tie left open (first-round mark %s)',
    (mark) => {
      const text = revoteForm(mark);
      expect(alarmCodes(text)).toEqual([]);
      // 540 of the re-vote's 1,030 voters, more than 马立军's 481: the most votes win.
      expect(winnersJudged(text)).toContainEqual(['胡春生\n540', true]);
      expect(codes(text)).not.toContain('info UNREAD_FIGURE');
    },
  );

  it('catches a re-vote won with fewer votes than the other tied candidate', () => {
    expect(alarmCodes(revoteForm('票数相等', '470', '551'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('leaves the winner unjudged when the first round shows no tie', () => {
    const text = revoteForm('票数相等', '540', '481', '690');
    expect(alarmCodes(text)).toEqual([]);
    expect(winnersJudged(text).map(([words]) => words)).not.toContain('胡春生\n540');
  });
});

const markedForm = (chairMark = '当选', chairVotes = '902', cast = '1,318') =>
  [
    '柳溪村村民委员会选举结果报告单',
    ...counts(cast, '1,316', '1,302', '14', '1,526'),
    '职务',
    '姓名',
    '得票数',
    '结果',
    ...['主任', '周明辉', chairVotes, chairMark],
    ...['委员', '吴桂兰', '811', '当选'],
    ...['委员', '郑海涛', '640', '未过半数'],
    ...['委员', '孙立新', '597', '未当选'],
    ...['委员', '何丽', '12', '得票未过半数'],
    '柳溪村村民选举委员会',
    '2026年5月16日',
  ].join('\n');

describe('a result column’s words', () => {
  it('reads 未过半数 and 未当选 as the row’s outcome, never as unread figures', () => {
    const text = markedForm();
    expect(unread(text)).toEqual([]);
    expect(alarmCodes(text)).toEqual([]);
    expect(electedRows(text)).toEqual([
      ['主任', ['周明辉']],
      ['委员', ['吴桂兰']],
    ]);
  });

  it('still catches a row marked 当选 whose votes are not over half of the certain voters', () => {
    expect(alarmCodes(markedForm('当选', '602'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

const flatList = (...cells: string[]) =>
  [
    '东岗村村民委员会选举结果公告',
    '根据《中华人民共和国村民委员会组织法》，本村于2026年5月10日举行村民委员会换届选举。全村登记选民1,204人，参加投票1,102人，发出选票1,102张，收回选票1,100张，其中有效票1,090张，无效票10张。选举有效。',
    '当选人名单',
    ...cells,
    '东岗村村民选举委员会',
    '2026年5月10日',
  ].join('\n');

describe('a 当选人名单 table flattened one cell a line', () => {
  const rows = ['主任', '王建国', '812', '副主任', '陈丽', '760', '委员', '李秀英', '790'];

  it('declares each row when the cells fit the header', () => {
    const text = flatList('职务', '姓名', '得票数', ...rows);
    expect(electedRows(text)).toEqual([
      ['主任', ['王建国']],
      ['副主任', ['陈丽']],
      ['委员', ['李秀英']],
    ]);
    expect(alarmCodes(text)).toEqual([]);
    expect(winnersJudged(text)).toContainEqual(['王建国\n812', true]);
  });

  it('reads a 备注 column as a cell of each row', () => {
    const text = flatList(
      '职务',
      '姓名',
      '得票数',
      '备注',
      ...['主任', '王建国', '812', '连任', '副主任', '陈丽', '760', '新任', '委员', '李秀英', '790', '连任'],
    );
    expect(electedRows(text).map(([post]) => post)).toEqual(['主任', '副主任', '委员']);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('catches a flattened row under half of the voters', () => {
    const text = flatList('职务', '姓名', '得票数', ...rows.slice(0, 8), '490');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no one, and says why, when a cell is missing', () => {
    const text = flatList('职务', '姓名', '得票数', ...rows.filter((cell) => cell !== '副主任'));
    expect(electedRows(text)).toEqual([]);
    expect(alarmCodes(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['当选人名单', 'flattened-table']);
  });

  it('declares no one when a row’s cells are not of their column’s kind', () => {
    const text = flatList('职务', '得票数', '姓名', ...rows);
    expect(electedRows(text)).toEqual([]);
    expect(alarmCodes(text)).toEqual([]);
  });
});
