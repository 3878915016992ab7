import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, voteRows } from './corpus/read-shapes.js';

/**
 * Vote tables with a closing 备注 column, a 当选职务 column, and a second table under another body's
 * heading, as pasted from pages (corpus-written/table2). Every number and name here is invented.
 */
const REMARKS = (chen: string) =>
  '青山村第十二届村民委员会选举结果公告\n本村登记选民1500人，实际参加投票1320人，选举有效。\n' +
  '姓名 性别 年龄 职务 得票数 得票率 是否当选 备注\n' +
  '王建国 男 45 主任 812 61.52% 是 连任\n' +
  '李秀英 女 39 主任 480 36.36% 否\n' +
  '刘芳 女 34 委员 860 65.15% 是 妇女委员 连任\n' +
  `陈明 男 51 委员 ${chen} 是 新任 大专学历\n` +
  '赵强 男 47 委员 520 39.39% 否\n';

describe('a vote table whose closing 备注 column holds spaces or nothing', () => {
  it('reads every row, the remark being the cells after the others', () => {
    expect(voteRows(REMARKS('702 53.18%'))).toEqual([
      ['王建国', '主任', 812],
      ['李秀英', '主任', 480],
      ['刘芳', '委员', 860],
      ['陈明', '委员', 702],
      ['赵强', '委员', 520],
    ]);
    expect(electedRows(REMARKS('702 53.18%'))).toEqual([
      ['主任', ['王建国']],
      ['委员', ['刘芳']],
      ['委员', ['陈明']],
    ]);
    expect(alarmCodes(REMARKS('702 53.18%'))).toEqual([]);
  });

  it('catches a wrong share and a winner under half in a row with a remark of two words', () => {
    expect(alarmCodes(REMARKS('702 55.18%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarmCodes(REMARKS('602 45.61%'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no one from a row whose result cell holds a remark', () => {
    // 另行 选举 where the result stands: the row has as many cells as the header, 另行 no result.
    const text =
      '桃源村选举结果公告\n本村登记选民1000人，参加投票900人。\n' +
      '姓名 性别 职务 得票数 得票率 是否当选 备注\n韦东 男 主任 600 66.67% 是 连任\n' +
      '蒋立 男 主任 280 31.11% 另行 选举\n';
    expect(electedRows(text)).toEqual([['主任', ['韦东']]]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('keeps a page row’s empty remark at its tab from the first row on', () => {
    const text =
      '西溪村选举结果公告\n本村登记选民1200人，参加投票1000人。\n' +
      '姓名\t性别\t职务\t得票数\t得票率（%）\t是否当选\t备注\n' +
      '林涛\t男\t主任\t620\t62.00\t是\t\n黄海\t男\t主任\t350\t35.00\t否\t\n' +
      '赵红\t女\t委员\t700\t70.00\t是\t妇女委员 连任\n钱江\t男\t委员\t480\t48.00\t是\t\n';
    expect(voteRows(text).map(([name]) => name)).toEqual(['林涛', '黄海', '赵红', '钱江']);
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('a table of winners with a 当选职务 column, and tables of two bodies', () => {
  it('reads 当选职务 as the post', () => {
    const text =
      '柳河村选举结果公告\n本村登记选民1288人，参加投票1046人。\n' +
      '姓名\t性别\t当选职务\t得票数\t得票率（占参加投票人数，%）\n' +
      '马文涛\t男\t主任\t731\t69.89\n许梅\t女\t委员\t655\t62.62\n';
    expect(voteRows(text)).toEqual([
      ['马文涛', '主任', 731],
      ['许梅', '委员', 655],
    ]);
    expect(alarmCodes(text)).toEqual([]);
  });

  const TWO = (chair: string, members: string) =>
    '白沙村选举结果公告\n本村登记选民2000人，参加投票1600人，有效票1590张。\n' +
    '一、村民委员会\n姓名 职务 得票数 是否当选\n孙立新 主任 1102 是\n周丽 委员 980 是\n\n' +
    `二、村务监督委员会\n姓名 职务 得票数 是否当选\n郑华 主任 ${chair} 是\n冯敏 委员 ${members} 是\n`;

  it('never sums the supervisory chair’s votes with the committee chair’s', () => {
    expect(alarmCodes(TWO('1200', '1050'))).toEqual([]);
  });

  it('never judges the supervisory committee’s winners by the committee’s ballots', () => {
    // Chosen by a meeting of representatives: 35 votes of its own vote, not of the 1600 voters.
    expect(alarmCodes(TWO('35', '33'))).toEqual([]);
  });
});
