import { describe, expect, it } from 'vitest';
import { alarmCodes, findings, judged, unread, voteRows } from './corpus/read-shapes.js';

/**
 * Ballot boxes each stated with their ballots returned and, in brackets, their own invalid ballots
 * (polling-place-sums.ts), and tables whose remarks, telephone, age or date columns hold digits
 * (read-summary-table.ts, read-vote-table.ts). Every number and name here is invented.
 */

describe('boxes with their invalid ballots in brackets, summed in the same sentence', () => {
  const notice = (centre = 1125, mobileInvalid = 2) =>
    `东坡村登记选民1860人，参加投票1702人，参选率91.51%，选举有效。\n中心会场收回选票${centre}张（其中无效票9张），第一分会场收回选票486张（其中无效票4张），流动票箱收回选票91张（其中无效票${mobileInvalid}张），共收回选票1702张，有效票1687张，无效票15张。`;

  it('sums the boxes’ ballots returned and their invalid ballots against the totals', () => {
    expect(findings(notice())).toEqual([]);
    expect(judged(notice())).toContainEqual(['partition', '共收回选票1702张', true]);
    expect(judged(notice())).toContainEqual(['partition', '无效票15张', true]);
    // The brackets are terms of the sum, no longer unread.
    expect(unread(notice())).toEqual([]);
  });

  it('flags a box whose ballots do not add up to the whole', () => {
    expect(findings(notice(1135))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共收回选票1702张']]);
    expect(findings(notice(1125, 3))).toEqual([['ANNOUNCED_SUM_MISMATCH', '无效票15张']]);
  });

  it('sums the boxes of numbered grids as well', () => {
    const grids = (second: number) =>
      `金港社区登记选民2390人，参加投票2002人，占83.77%，选举有效。\n第一网格投票箱收回选票688张（其中无效票5张），第二网格投票箱收回选票${second}张（其中无效票7张），第三网格投票箱收回选票594张（其中无效票3张），共收回选票2002张，有效票1987张，无效票15张。`;
    expect(findings(grids(720))).toEqual([]);
    expect(findings(grids(730))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共收回选票2002张']]);
  });

  it('sums no invalid ballots where a box states none of its own', () => {
    const some =
      '中心会场收回选票1125张（其中无效票9张），第一分会场收回选票486张，流动票箱收回选票91张（其中无效票2张），共收回选票1702张，有效票1687张，无效票15张。';
    expect(findings(some)).toEqual([]);
    expect(judged(some)).toContainEqual(['partition', '共收回选票1702张', true]);
    expect(judged(some).some(([, text]) => text === '无效票15张')).toBe(false);
  });

  it('sums nothing where a bracket counts another place within the box', () => {
    const nested =
      '中心会场收回选票1208张（其中流动票箱收回选票133张），第一分会场收回选票496张，共收回选票1704张，有效票1690张，无效票14张。';
    expect(findings(nested)).toEqual([]);
    expect(judged(nested).some(([rule]) => rule === 'partition')).toBe(false);
  });
});

describe('places on lines of their own with their invalid ballots in brackets, then 合计', () => {
  const notice = (second = 281, mobileInvalid = 1) =>
    [
      '本村登记选民2140人，参加投票1968人，参选率91.96%。',
      '各会场投票情况如下：',
      '中心会场：收回选票1102张（其中无效票7张）；',
      '第一分会场：收回选票512张（其中无效票3张）；',
      `第二分会场：收回选票${second}张（其中无效票2张）；`,
      `流动票箱：收回选票73张（其中无效票${mobileInvalid}张）。`,
      '合计收回选票1968张，其中有效票1955张，无效票13张。',
    ].join('\n');

  it('sums the places’ ballots returned and invalid against the 合计', () => {
    expect(findings(notice())).toEqual([]);
    expect(judged(notice())).toContainEqual(['partition', '合计收回选票1968张', true]);
    expect(judged(notice())).toContainEqual(['partition', '无效票13张', true]);
    expect(findings(notice(291))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计收回选票1968张']]);
    expect(findings(notice(281, 2))).toEqual([['ANNOUNCED_SUM_MISMATCH', '无效票13张']]);
  });
});

describe('a summary table whose remarks, telephone or date column holds digits', () => {
  const remarks = (south = '91.9%') =>
    [
      '河口镇2026年村民委员会换届选举结果汇总表',
      '村名\t登记选民\t参加投票\t参选率\t主任当选人\t备注',
      '东湖村\t1520\t1368\t90.0%\t张伟\t委员另行选举1人',
      '西山村\t1210\t1053\t87.0%\t王芳\t3个网格分设投票站',
      `南岭村\t980\t901\t${south}\t李强\t`,
      '合计\t3710\t3322\t89.5%\t\t',
    ].join('\n');

  it('reads the table, and lists the remarks’ digits unread as no count', () => {
    expect(findings(remarks())).toEqual([]);
    expect(judged(remarks())).toContainEqual(['share', '91.9%', true]);
    expect(judged(remarks())).toContainEqual(['partition', '3322', true]);
    expect(unread(remarks())).toEqual([
      ['1', 'not-a-count'],
      ['3', 'not-a-count'],
    ]);
    expect(findings(remarks('92.9%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '92.9%']]);
  });

  it('reads a table parted by spaces with 备注, and sums its columns', () => {
    const spaced = (villages: string) =>
      [
        '乡镇 村数 登记选民 参加投票 参选率 备注',
        '城关镇 12 15230 13842 90.9% 2号选区合并',
        '河口乡 8 9120 8301 91.0% 补选1名',
        '白沙镇 10 11050 9876 89.4% 无',
        `合计 ${villages} 35400 32019 90.4% —`,
      ].join('\n');
    expect(findings(spaced('30'))).toEqual([]);
    expect(findings(spaced('31'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '31']]);
    expect(unread(spaced('30'))).toEqual([
      ['2', 'not-a-count'],
      ['1', 'not-a-count'],
    ]);
  });

  it('never reads a telephone as a count, nor lets a date column stop the table', () => {
    const phones = [
      '村名\t登记选民\t参加投票\t参选率\t主任当选人\t联系电话',
      '杨庄村\t1345\t1190\t88.5%\t杨建设\t13805718862',
      '李庄村\t1020\t931\t91.3%\t李红梅\t13905716620',
      '合计\t2365\t2121\t89.7%\t\t',
    ].join('\n');
    expect(findings(phones)).toEqual([]);
    expect(unread(phones)).toEqual([
      ['13805718862', 'not-a-count'],
      ['13905716620', 'not-a-count'],
    ]);
    const dates = [
      '村名\t选举日期\t登记选民\t参加投票\t参选率',
      '东村\t4月2日\t1130\t1002\t88.7%',
      '西村\t4月3日\t960\t871\t90.7%',
      '合计\t\t2090\t1873\t89.6%',
    ].join('\n');
    expect(findings(dates)).toEqual([]);
    expect(judged(dates)).toContainEqual(['share', '88.7%', true]);
    expect(judged(dates)).toContainEqual(['partition', '1873', true]);
  });
});

describe('a table of winners with birth-date and telephone columns', () => {
  it('reads the votes, never the dates or telephones', () => {
    const text = [
      '东岭村第十二届村民委员会成员选举结果公告',
      '本村登记选民1432人，参加投票1306人，收回选票1306张，有效票1291张，无效票15张，选举有效。',
      '当选名单如下：',
      '姓名\t出生日期\t联系电话\t职务\t得票数',
      '王建平\t1980-03-12\t13805718862\t主任\t1102',
      '李秀英\t1987-10-05\t13905716620\t委员\t1056',
    ].join('\n');
    expect(voteRows(text).map(([name, , votes]) => [name, votes])).toEqual([
      ['王建平', 1102],
      ['李秀英', 1056],
    ]);
    expect(alarmCodes(text)).toEqual([]);
  });
});

describe('a total that says it holds ballots cast in no box (含委托投票)', () => {
  const boxes = (after: string, brackets = true) =>
    `前进村登记选民2380人，参加投票2200人，参选率92.44%，选举有效。\n第一投票站收回选票1315张${brackets ? '（其中无效票9张）' : ''}，第二投票站收回选票742张${brackets ? '（其中无效票6张）' : ''}，流动票箱收回选票97张${brackets ? '（其中无效票2张）' : ''}，共收回选票2200张${after}，有效票2182张，无效票18张。`;

  it('sums no box against a total that includes proxy ballots, in brackets or after 其中', () => {
    expect(findings(boxes('（含委托投票46张）'))).toEqual([]);
    expect(findings(boxes('（含委托投票46张）', false))).toEqual([]);
    expect(findings(boxes('（包括委托投票46张）'))).toEqual([]);
    expect(findings(boxes('，其中委托投票46张'))).toEqual([]);
    expect(judged(boxes('（含委托投票46张）')).some(([kind]) => kind === 'partition')).toBe(false);
  });

  it('still sums the boxes where the total’s bracket holds only its invalid ballots', () => {
    const right = boxes('')
      .replace('2200张，', '2154张，')
      .replace('2182张', '2137张')
      .replace('18张。', '17张。');
    expect(findings(right)).toEqual([]);
    expect(judged(right)).toContainEqual(['partition', '共收回选票2154张', true]);
  });
});
