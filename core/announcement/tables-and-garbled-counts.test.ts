import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic, workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Vote tables with rows of abstentions, other persons or invalid ballots, such tables flattened a cell
 * a line, registers a scan garbled, and English lists of names and numbers. Every number and name here
 * is invented.
 */

const unjudged = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en').unjudged.map((figure) => [
    figure.text,
    figure.work.zh,
    figure.work.en,
  ]);

describe('a share of a register a scan garbled', () => {
  it('says the register is stated but unreadable, not unstated', () => {
    const text = '高桥村村民委员会选举结果公告\n本村登记选民22O7人，参加投票选民1860人，参选率84.3%。\n';
    const [[figure, zh, en]] = unjudged(text) as [[string, string, string]];
    expect(figure).toBe('参选率84.3%');
    expect(zh).toMatch(/登记选民数“22O7”.*无法辨认/);
    expect(zh).not.toMatch(/没有写出/);
    expect(en).toMatch(/count of registered voters, “22O7”, is garbled/);
    expect(en).not.toMatch(/states no count/);
  });

  it('still says no register is stated when the garbled number is another count', () => {
    const text = '本村参加投票选民1860人，有效票18O6张，参选率84.3%。\n';
    const [[, zh, en]] = unjudged(text) as [[string, string, string]];
    expect(zh).toMatch(/没有写出登记选民数/);
    expect(en).toMatch(/states no count of registered voters/);
  });
});

const warnings = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map((finding) => [
    finding.code,
    finding.where?.text,
  ]);
const unreadOf = (text: string) =>
  readAnnouncementText(text).unread.map((figure) => [figure.text, figure.reason ?? 'no-meaning']);
const sumsRight = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en')
    .judged.filter((figure) => figure.rule === 'partition')
    .map((figure) => [figure.text, figure.right, figure.work.en]);

describe('a vote table with a row of abstentions, other persons or invalid ballots', () => {
  const TABLE = (rows: string, total: string) =>
    '本村登记选民1600人，参加投票选民1320人，收回选票1320张，其中有效票1308张，无效票12张。\n' +
    `主任\n姓名\t得票数\n郑永强\t810\n何丽萍\t470\n${rows}合计\t${total}\n郑永强当选为村民委员会主任。\n`;

  it('reads a 弃权 row as the abstentions of its contest, no candidate', () => {
    const figures = readAnnouncementText(TABLE('弃权\t28\n', '1308')).figures;
    expect(figures.filter((figure) => figure.kind === 'votes').map((figure) => figure.candidate)).toEqual([
      '郑永强',
      '何丽萍',
    ]);
    expect(
      figures.flatMap((figure) =>
        figure.kind === 'count' && figure.meaning === 'abstained'
          ? [[figure.value, figure.contest?.text ?? null]]
          : [],
      ),
    ).toEqual([[28n, '主任']]);
  });

  it('sums the 弃权 row into a 合计 that counts it', () => {
    expect(warnings(TABLE('弃权\t28\n', '1308'))).toEqual([]);
    expect(sumsRight(TABLE('弃权\t28\n', '1308'))).toEqual([
      ['1308', true, '“郑永强 810”, “何丽萍 470” and “弃权 28” make “合计 得票数 1308”: right'],
    ]);
  });

  it('leaves the 弃权 row out of a 合计 that does not count it', () => {
    expect(warnings(TABLE('弃权\t28\n', '1280'))).toEqual([]);
    expect(sumsRight(TABLE('弃权\t28\n', '1280'))).toEqual([
      ['1280', true, '“郑永强 810” and “何丽萍 470” make “合计 得票数 1280”: right'],
    ]);
  });

  it('reads rows of votes for others and of invalid ballots as such, counted or not', () => {
    const text = TABLE('另选他人\t13\n弃权\t15\n', '1293');
    expect(warnings(text)).toEqual([]);
    expect(sumsRight(text).map(([, right]) => right)).toEqual([true]);
    expect(unreadOf(text)).toEqual([]);
    expect(unreadOf(TABLE('另选他人\t13\n弃权\t15\n', '1308'))).toEqual([]);
    // Left out of the 合计, the row of votes for others is listed with its reason.
    expect(unreadOf(TABLE('其他\t13\n弃权\t15\n', '1295'))).toEqual([['13', 'ballot-row']]);
  });

  it('leaves unread a 合计 that more than one reading of those rows makes right', () => {
    // 1294 is 810 + 470 + 14, with the 弃权 row or with the 无效票 row: which it counts is uncertain.
    const text = TABLE('弃权\t14\n无效票\t14\n', '1294');
    expect(warnings(text)).toEqual([]);
    expect(unreadOf(text)).toContainEqual(['1294', 'ambiguous-total']);
  });

  it('flags a 合计 that no reading makes right, saying the sums with and without those rows', () => {
    const text = TABLE('弃权\t28\n', '1290');
    expect(warnings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '1290']]);
    expect(sumsRight(text)).toEqual([
      [
        '1290',
        false,
        '“郑永强 810”, “何丽萍 470” and “弃权 28” come to 1,308 (1,280 without “弃权 28”), not the 1,290 of “合计 得票数 1290”',
      ],
    ]);
  });

  it('never compares the abstentions of two tables naming no contest as one figure', () => {
    const text =
      '本村参加投票选民1288人，有效票1280张。\n姓名 | 得票数\n田志刚 | 802\n林秀兰 | 466\n弃权 | 12\n\n' +
      '姓名 | 得票数\n王芳 | 900\n李强 | 850\n弃权 | 30\n';
    expect(warnings(text)).toEqual([]);
  });
});

describe('an English name, a comma and a bare number', () => {
  const votesOf = (text: string) =>
    readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [[figure.candidate, figure.value]] : [],
    );
  const OPENING = '1,480 villagers voted and 1,466 ballots were valid. ';

  it('reads the numbers as votes where the sentence says votes', () => {
    const text = `${OPENING}The candidates for chair received the following votes: Zhang Wei, 812; Li Na, 640.\n`;
    expect(votesOf(text)).toEqual([
      ['Zhang Wei', 812n],
      ['Li Na', 640n],
    ]);
    expect(votesOf(`${OPENING}The vote count for chair: Zhang Wei, 812; Li Na, 640.\n`)).toHaveLength(2);
  });

  it('leaves them unread, with the reason, where it does not', () => {
    const text = `${OPENING}Members by age: Zhang Wei, 52; Li Na, 47; Wang Qiang, 39.\nZhang Wei was elected chair.\n`;
    expect(votesOf(text)).toEqual([]);
    expect(unreadOf(text)).toEqual([
      ['52', 'bare-after-name'],
      ['47', 'bare-after-name'],
      ['39', 'bare-after-name'],
    ]);
  });

  it('still reads a name and its votes with a unit, whatever the sentence says', () => {
    expect(votesOf(`${OPENING}Chair: Sun Mei, 802 votes (54.7%).\n`)).toEqual([['Sun Mei', 802n]]);
  });
});

describe('a vote table flattened one cell a line, with rows of the ballots and a 合计', () => {
  const FLAT = (total: string, rateColumn: boolean) =>
    '本村登记选民2140人，参加投票选民1876人，收回选票1876张，其中有效票1860张，无效票16张。\n' +
    (rateColumn
      ? '姓名\n得票数\n得票率\n刘建军\n1102\n58.74%\n赵淑芬\n746\n39.77%\n弃权\n12\n0.64%\n'
      : '姓名\n得票数\n刘建军\n1102\n赵淑芬\n746\n弃权\n12\n') +
    `合计\n${total}\n刘建军当选为村民委员会主任。\n`;

  it('reads the 弃权 and 合计 rows as the table laid out on lines does', () => {
    expect(sumsRight(FLAT('1860', false)).map(([text, right]) => [text, right])).toEqual([['1860', true]]);
    expect(sumsRight(FLAT('1848', false)).map(([text, right]) => [text, right])).toEqual([['1848', true]]);
    expect(warnings(FLAT('1880', false))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1880']]);
  });

  it('reads a 合计 row whose share cell the page left empty', () => {
    expect(sumsRight(FLAT('1860', true)).map(([text, right]) => [text, right])).toEqual([['1860', true]]);
    expect(unreadOf(FLAT('1860', true)).map(([text]) => text)).not.toContain('1860');
    expect(warnings(FLAT('1866', true))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1866']]);
  });
});
