import { describe, expect, it } from 'vitest';
import { alarms, findings, judged, unread } from './corpus/read-shapes.js';

/**
 * Township summaries of villages or communities with the winners' names and votes beside the voters
 * (read-summary-table.ts): columns of words, 得票 and 得票率, 平均 rows, rows of a community's grids,
 * blank cells and a heading on two lines. Every number and name here is invented.
 */
const T = '\t';
const tsv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join(T)).join('\n');
const HEADING = [
  '村名',
  '登记选民（人）',
  '参加投票（人）',
  '参选率（%）',
  '主任当选人',
  '得票',
  '得票率（%）',
  '一肩挑',
];
const ROWS = [
  ['东湖村', '1520', '1368', '90.0', '张伟', '1102', '80.6', '是'],
  ['西山村', '1210', '1053', '87.0', '王芳', '842', '80.0', '是'],
  ['南岭村', '980', '901', '91.9', '李强', '655', '72.7', '否'],
  ['北塘村', '2034', '1722', '84.7', '陈红', '1290', '74.9', '是'],
];
const NOTE = '注：得票率为当选人得票数占本村参加投票人数的比例。';
const table = (
  rows: readonly (readonly string[])[] = ROWS,
  total = ['合计', '5744', '5044', '87.8', '—', '—', '—', '—'],
  note = NOTE,
) => ['青山镇2026年村民委员会换届选举结果汇总表', tsv([HEADING, ...rows, total]), note].join('\n');
const changed = (row: number, column: number, value: string) =>
  ROWS.map((cells, at) => (at === row ? cells.map((cell, c) => (c === column ? value : cell)) : cells));

describe('a table of villages with their winners, votes and shares', () => {
  it('judges each turnout and, as the note says, each winner’s share of the voters, and sums the 合计', () => {
    const text = table();
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '91.9', true]);
    expect(judged(text)).toContainEqual(['share', '80.0', true]);
    expect(judged(text)).toContainEqual(['partition', '5744', true]);
    expect(judged(text).filter(([rule]) => rule === 'share')).toHaveLength(9);
  });

  it('flags a wrong turnout, a wrong winner’s share and a 合计 its rows do not add up to', () => {
    expect(findings(table(changed(2, 3, '92.9')))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '92.9']]);
    expect(findings(table(changed(1, 6, '82.0')))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '82.0']]);
    expect(findings(table(ROWS, ['合计', '5774', '5044', '87.3', '—', '—', '—', '—']))).toContainEqual([
      'ANNOUNCED_SUM_MISMATCH',
      '5774',
    ]);
  });

  it('leaves the winners’ shares unread where nothing says what they are of', () => {
    const text = table(changed(1, 6, '82.0'), undefined, '');
    expect(alarms(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['82.0', 'no-base']);
    expect(judged(text)).toContainEqual(['share', '90.0', true]);
  });

  it('reads a note naming the valid ballots as the base of the shares beside a column of them', () => {
    const text = [
      '村名 参加投票 有效票 主任当选人 得票 得票率',
      '东湖村 1368 1350 张伟 1102 81.6%',
      '西山村 1053 1040 王芳 842 81.0%',
      '合计 2421 2390 — — —',
      '注：得票率以有效票计算。',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '81.6%', true]);
    expect(findings(text.replace('81.0%', '80.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '80.0%']]);
  });

  it('keeps a blank cell of a pasted row in its place, and sums the columns whose cells all stand', () => {
    const rows = [ROWS[0] ?? [], ['西山村', '1210', '1053', '87.0%', '', '', '', ''], ROWS[2] ?? []];
    const text = table(
      rows.map((row) => row.map((cell, at) => (at === 3 && cell && !cell.endsWith('%') ? `${cell}%` : cell))),
      ['合计', '3710', '3322', '89.5%', '', '', '', ''],
    );
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['partition', '3710', true]);
    expect(judged(text)).toContainEqual(['share', '72.7', true]);
  });
});

describe('rows that are no part of the 合计', () => {
  it('leaves a 平均 row unread as averages, and sums the rows above it', () => {
    const text = [
      '乡镇 村（社区）数 登记选民（人） 参加投票（人） 参选率（%）',
      '城关镇 18 25430 21877 86.0',
      '河口乡 12 14208 12662 89.1',
      '白沙镇 15 18765 16102 85.8',
      '合计 45 58403 50641 86.7',
      '平均 15 19468 16880 87.0',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['87.0', 'average']);
    expect(unread(text)).toContainEqual(['19468', 'average']);
    expect(judged(text)).toContainEqual(['partition', '45', true]);
    expect(findings(text.replace('合计 45 58403 50641', '合计 45 58403 50461'))).toContainEqual([
      'ANNOUNCED_SUM_MISMATCH',
      '50461',
    ]);
  });

  it('sums no column where a community’s grids stand under it beside other communities', () => {
    const text = [
      '社区\t登记选民\t参加投票\t参选率',
      '阳光社区\t3205\t2716\t84.7%',
      '第一网格\t1102\t941\t85.4%',
      '第二网格\t1050\t886\t84.4%',
      '第三网格\t1053\t889\t84.4%',
      '和平社区\t2870\t2391\t83.3%',
      '新港社区\t4102\t3377\t82.3%',
      '合计\t10177\t8484\t83.4%',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'partition')).toEqual([]);
    expect(findings(text.replace('2391\t83.3%', '2391\t88.3%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '88.3%'],
    ]);
  });

  it('sums a table of a community’s buildings alone', () => {
    const text = [
      '楼栋 登记选民 参加投票 参选率',
      '1号楼 412 365 88.6%',
      '2号楼 398 350 87.9%',
      '合计 810 715 88.3%',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['partition', '810', true]);
  });
});

describe('a heading on two lines', () => {
  it('takes the label from the line of merged cells over the columns', () => {
    const text = [
      '社区\t选民情况\t\t\t主任选举\t\t',
      '\t登记选民\t参加投票\t参选率\t当选人\t得票\t得票率',
      '阳光社区\t3205\t2716\t84.7%\t刘敏\t2188\t80.6%',
      '和平社区\t2870\t2391\t83.3%\t赵军\t1934\t80.9%',
      '合计\t6075\t5107\t84.1%\t\t\t',
      '注：得票率为当选人得票数占参加投票人数的比例。',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '80.9%', true]);
    expect(judged(text)).toContainEqual(['partition', '6075', true]);
    expect(findings(text.replace('1934\t80.9%', '1934\t82.0%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '82.0%'],
    ]);
  });
});

describe('a table of villages flattened one cell a line', () => {
  const HEAD = ['村名', '登记选民', '参加投票', '参选率', '主任当选人', '得票', '得票率'];
  const flat = (rate = '87.0%') =>
    [
      '青山镇村民委员会换届选举结果汇总表',
      ...HEAD,
      ...['东湖村', '1520', '1368', '90.0%', '张伟', '1102', '80.6%'],
      ...['西山村', '1210', '1053', rate, '王芳', '842', '80.0%'],
      ...['合计', '2730', '2421', '88.7%', '—', '—', '—'],
    ].join('\n');

  it('reads each row’s cells under the heading’s, one a line', () => {
    expect(alarms(flat())).toEqual([]);
    expect(judged(flat())).toContainEqual(['share', '87.0%', true]);
    expect(judged(flat())).toContainEqual(['partition', '2730', true]);
    expect(unread(flat())).toContainEqual(['80.6%', 'no-base']);
    expect(findings(flat('78.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '78.0%']]);
  });

  it('leaves a flattened table of candidates to the vote tables', () => {
    const text = ['姓名', '得票数', '得票率', '张伟', '812', '54.13%', '李强', '640', '42.67%'].join('\n');
    expect(judged(text).filter(([rule]) => rule === 'partition')).toEqual([]);
  });
});
