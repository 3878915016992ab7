import { describe, expect, it } from 'vitest';
import { alarms, rows, unread } from './corpus/read-shapes.js';

/**
 * Notices as observers paste them: tables copied from a spreadsheet (cells parted by tabs, lines ended
 * by \r\n), articles of public accounts and a notice board's scan. Names and numbers invented; every
 * share worked with exact fractions of the 1,310 voters who cast a ballot.
 */

const HEAD =
  '红星村第十二届村民委员会选举结果公告\r\n红星村于2026年11月9日召开选举大会，本村登记选民1420人，参加投票1310人，收回选票1310张，有效票1302张，无效票8张，选举有效。\r\n';
const FOOT = '\r\n红星村村民选举委员会\r\n2026年11月9日\r\n';
const table = (header: string, cells: readonly (readonly string[])[]) =>
  HEAD + [header, ...cells.map((row) => row.join('\t'))].join('\r\n') + FOOT;

describe('a share column written as fractions of one, as a spreadsheet holds them', () => {
  const FRACTIONS = table('序号\t姓名\t性别\t职务\t得票数\t得票率（%）\t是否当选', [
    ['1', '韦国强', '男', '主任', '1115', '0.8511', '是'],
    ['2', '覃明', '男', '主任', '180', '0.1374', '否'],
    ['3', '莫小红', '女', '委员', '1020', '0.7786', '是'],
    ['4', '覃军', '男', '委员', '980', '0.7481', '是'],
  ]);

  it('lists its cells unread, never judged as percentages under the header’s %', () => {
    expect(alarms(FRACTIONS, true)).toEqual([]);
    expect(unread(FRACTIONS).filter(([, reason]) => reason === 'fraction-of-one')).toEqual([
      ['0.8511', 'fraction-of-one'],
      ['0.1374', 'fraction-of-one'],
      ['0.7786', 'fraction-of-one'],
      ['0.7481', 'fraction-of-one'],
    ]);
    // The votes are read as before.
    expect(
      rows(FRACTIONS)
        .filter((row) => row[0] === 'votes')
        .map((row) => [row[1], row[3]]),
    ).toEqual([
      ['韦国强', 1115],
      ['覃明', 180],
      ['莫小红', 1020],
      ['覃军', 980],
    ]);
  });

  it('lists an abstention row’s fraction so too', () => {
    const withAbstention = table('序号\t姓名\t得票数\t得票率（%）\t是否当选', [
      ['1', '韦国强', '1115', '0.8511', '是'],
      ['2', '覃明', '180', '0.1374', '否'],
      ['3', '弃权', '7', '0.0053', ''],
    ]);
    expect(alarms(withAbstention, true)).toEqual([]);
    expect(unread(withAbstention)).toContainEqual(['0.0053', 'fraction-of-one']);
  });

  it('still reads bare percentages under the header’s %, a small one among them', () => {
    const percents = table('序号\t姓名\t得票数\t得票率（%）\t是否当选', [
      ['1', '韦国强', '1115', '85.11', '是'],
      ['2', '覃明', '180', '0.75', '否'],
    ]);
    expect(unread(percents).filter(([, reason]) => reason === 'fraction-of-one')).toEqual([]);
    expect(alarms(percents, true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 0.75%/13.74% / 13.82%']);
  });
});

describe('a scan’s number grouped in thousands by a space, a digit misread as a letter', () => {
  const BOARD = (counts: string) =>
    `白水村第十二届村民委员会选举结果公告\n本村于2026年11月10日召开选举大会，${counts}\n主任：蒋文华 得票1021票\n委员：蒋丽 得票988票 蒋明 得票905票\n白水村村民选举委员会（章）\n2026年11月10日\n`;
  const RIGHT = '登记选民1 420人，参加投票1 204人，收回选票1 204张，有效票1 196张，无效票8张。';

  it('lists the whole number unread, never its first group as the count', () => {
    for (const [misread, run] of [
      ['登记选民l 420人', 'l 420'],
      ['参加投票1 2O4人', '1 2O4'],
      ['有效票1 l96张', '1 l96'],
      ['有效票I 196张', 'I 196'],
    ] as const) {
      const text = BOARD(
        RIGHT.replace(
          misread.replace(/[lOI]/g, (c) => (c === 'O' ? '0' : '1')),
          misread,
        ),
      );
      expect(alarms(text, true)).toEqual([]);
      expect(unread(text)).toEqual([[run, 'garbled']]);
    }
  });

  it('still reads the numbers so grouped with no letter among them', () => {
    const counts = rows(BOARD(RIGHT))
      .filter((row) => row[0] === 'count')
      .map((row) => [row[1], row[3]]);
    expect(counts).toEqual([
      ['registered', 1420],
      ['cast', 1204],
      ['returned', 1204],
      ['valid', 1196],
      ['invalid', 8],
    ]);
  });

  it('leaves a Latin word’s letter and a table row’s cells as before', () => {
    expect(unread(BOARD(RIGHT.replace('无效票8张。', '无效票8张。Total 1 204人')))).not.toContainEqual([
      'l 204',
      'garbled',
    ]);
  });
});
