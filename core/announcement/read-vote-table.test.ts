import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { expectedRows } from './corpus/expected-rows.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Results published as a table, captured from a page or flattened into lines (names and numbers invented). */
const rows = (text: string) => expectedRows(readAnnouncementText(text));
const findings = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map((finding) => [
    finding.code,
    finding.where?.text,
  ]);

const HEAD = '本村登记选民1860人，参加投票1322人。\n主任\n';
const WANT = [
  ['count', 'registered', null, 1860, '本村登记选民1860人'],
  ['count', 'cast', null, 1322, '参加投票1322人'],
  ['votes', '王林', '主任', 812, expect.stringMatching(/^王林[\s|]+812$/)],
  ['percent', 'votes of 王林 / cast', null, '61.4', '61.4%'],
  ['elected', 'elected', '主任', ['王林'], '是'],
  ['votes', '李华', '主任', 497, expect.stringMatching(/^李华[\s|]+497$/)],
  ['percent', 'votes of 李华 / cast', null, '37.6', '37.6%'],
];

describe('results published as a table', () => {
  it('reads a table selected on a page (cells split by tabs)', () => {
    const text = HEAD + '姓名\t得票数\t得票率\t是否当选\n王林\t812\t61.4%\t是\n李华\t497\t37.6%\t否\n';
    expect(rows(text)).toEqual(WANT);
    expect(readAnnouncementText(text).unread).toEqual([]);
    expect(findings(text)).toEqual([]);
  });

  it('reads a table flattened into one cell a line', () => {
    const text = HEAD + '姓名\n得票数\n得票率\n是否当选\n王林\n812\n61.4%\n是\n李华\n497\n37.6%\n否\n';
    expect(rows(text)).toEqual(WANT);
  });

  it('reads a table with cells split by | or spaces', () => {
    const text =
      HEAD + '姓名 | 得票数 | 得票率 | 是否当选\n王林 | 812 | 61.4% | 是\n李华 | 497 | 37.6% | 否\n';
    expect(rows(text)).toEqual(WANT);
  });

  it('reads a table a browser menu handed over with its whitespace collapsed onto one line', () => {
    const text =
      HEAD.replace('\n主任\n', ' 主任 ') + '姓名 得票数 得票率 是否当选 王林 812 61.4% 是 李华 497 37.6% 否';
    expect(rows(text).filter((row) => row[0] !== 'count')).toEqual(
      WANT.filter((row) => row[0] !== 'count').map((row) =>
        row[0] === 'votes' ? [...row.slice(0, 4), expect.any(String)] : row,
      ),
    );
  });

  it('reads a table collapsed onto one line right after prose ending in a colon or a full stop', () => {
    for (const glue of ['主任选举结果：', '主任选举结果:', '主任选举结果如下。']) {
      const text =
        HEAD.replace('\n主任\n', glue) + '姓名 得票数 得票率 是否当选 王林 812 61.4% 是 李华 497 37.6% 否';
      expect(rows(text).filter((row) => row[0] !== 'count')).toEqual(
        WANT.filter((row) => row[0] !== 'count').map((row) =>
          row[0] === 'votes' ? [...row.slice(0, 4), expect.any(String)] : row,
        ),
      );
      expect(findings(text.replace('37.6%', '36.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '36.7%']]);
    }
  });

  it('reads no table from a glued cell whose words after the colon are no header', () => {
    const text = HEAD.replace('\n主任\n', '主任选举结果：王林 812 61.4% 是 李华 497 37.6% 否');
    expect(rows(text).filter((row) => row[0] === 'percent')).toEqual([]);
  });

  it('finds a wrong 得票率 in a table', () => {
    const text = HEAD + '姓名\t得票数\t得票率\t是否当选\n王林\t812\t64.1%\t是\n李华\t497\t37.6%\t否\n';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '64.1%']]);
  });

  it('leaves a row whose name is no name unread, and judges nothing of it', () => {
    const text = HEAD + '姓名\t得票数\t得票率\t是否当选\n（空）\t812\t61.4%\t是\n';
    expect(rows(text).filter((row) => row[0] !== 'count')).toEqual([]);
    expect(readAnnouncementText(text).unread.map((figure) => [figure.text, figure.reason])).toEqual([
      ['812', 'not-a-name'],
      ['61.4%', 'not-a-name'],
    ]);
  });

  it('takes the post from a column when the table has one', () => {
    const text = '姓名\t职务\t得票数\n王林\t主任\t812\n李华\t委员\t640\n';
    expect(rows(text).map((row) => [row[1], row[2]])).toEqual([
      ['王林', '主任'],
      ['李华', '委员'],
    ]);
  });
});
