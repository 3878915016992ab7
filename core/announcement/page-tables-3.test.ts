import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncement } from './read-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Notices saved as web pages, their tables as sites lay them out (names and numbers invented). */

const read = (html: string) => {
  const result = readAnnouncement('notice.html', new TextEncoder().encode(html));
  if (!result.ok) throw new Error('not read');
  return result.value;
};
const work = (html: string) => workAnnouncementArithmetic(read(html), 'en');

describe('a name cell with a note on the person on its second line', () => {
  // 2082 valid ballots; every candidate's votes within them.
  const page = `<p>本村登记选民2587人，参加投票的选民2099人。本次选举共发出选票2099张，收回选票2098张，其中有效票2082张，无效票16张。</p>
<table><tr><td>职务</td><td>姓名</td><td>得票数</td><td>是否当选</td></tr>
<tr><td>主任</td><td>林永胜<br>（男）</td><td>1232</td><td>是</td></tr>
<tr><td>主任</td><td>高秀英<br>（女）</td><td>838</td><td>否</td></tr></table>`;

  it('compares the votes with the valid ballots, its 男 no qualifier of them', () => {
    const compared = work(page)
      .judged.filter((figure) => figure.rule === 'votes-within-ballots')
      .map((figure) => [figure.text, figure.right]);
    // Each within the valid ballots, and the chair's two (one seat) together: 1232 + 838 = 2070.
    expect(compared).toEqual([
      ['1232', true],
      ['838', true],
      ['838', true],
    ]);
    expect(work(page).unjudged.filter((figure) => figure.text === '1232')).toEqual([]);
  });
});

describe('a note naming the 得票率 base in two closing words', () => {
  // 1032/1512 = 68.2539…% of the ballots cast (68.25%); of the 1496 valid ballots 68.9839…%.
  const notice = (note: string, share = '68.25%') =>
    [
      '本村登记选民1860人，参加投票的选民1512人。本次选举共发出选票1512张，收回选票1510张，其中有效票1496张，无效票14张。',
      '序号\t姓名\t得票数\t得票率',
      `1\t王建国\t1032\t${share}`,
      '2\t李秀英\t441\t29.17%',
      note,
    ].join('\n');
  const shares = (text: string) =>
    workAnnouncementArithmetic(readAnnouncementText(text), 'en')
      .judged.filter((figure) => figure.rule === 'share')
      .map((figure) => [figure.text, figure.right]);

  it('judges the shares of the base named by 以…为基数计算', () => {
    expect(shares(notice('注：得票率以参加投票人数为基数计算。'))).toEqual([
      ['68.25%', true],
      ['29.17%', true],
    ]);
    expect(shares(notice('注：得票率以参加投票人数为基数计算。', '68.98%'))).toContainEqual([
      '68.98%',
      false,
    ]);
  });

  it('still leaves them unread under a note naming another base', () => {
    expect(shares(notice('注：得票率以登记选民数为基数计算。'))).toEqual([]);
  });
});

describe('a row of one cell naming a post with its seats in brackets', () => {
  const page = (
    post: string,
  ) => `<p>本村登记选民1860人，参加投票的选民1512人。本次选举共发出选票1512张，收回选票1510张，其中有效票1496张，无效票14张。</p>
<table><tr><td>姓名</td><td>得票数</td><td>是否当选</td></tr><tr><td colspan="3">村民委员会主任</td></tr>
<tr><td>王建国</td><td>1032</td><td>是</td></tr><tr><td>李秀英</td><td>441</td><td>否</td></tr>
<tr><td colspan="3">${post}</td></tr><tr><td>赵小红</td><td>1201</td><td>是</td></tr><tr><td>钱国庆</td><td>1100</td><td>是</td></tr></table>`;

  it('heads the rows under it, its note set aside', () => {
    const votes = (html: string) =>
      read(html).figures.flatMap((figure) =>
        figure.kind === 'votes' ? [[figure.candidate, figure.contest?.text ?? null]] : [],
      );
    expect(votes(page('村民委员会委员（应选3名）'))).toEqual([
      ['王建国', '主任'],
      ['李秀英', '主任'],
      ['赵小红', '委员'],
      ['钱国庆', '委员'],
    ]);
    expect(read(page('村民委员会委员（应选3名）')).unread).toEqual([]);
  });
});

describe('a share cell as a scan or a copy writes it', () => {
  // 441/1512 = 29.1666…% of the ballots cast (29.17%).
  const notice = (first: string, second: string) =>
    [
      '本村登记选民1860人，参加投票的选民1512人。本次选举共发出选票1512张，收回选票1510张，其中有效票1496张，无效票14张。',
      '姓名\t得票数\t得票率（占参加投票人数）\t是否当选',
      `王建国\t${first}`,
      `李秀英\t${second}`,
    ].join('\n');
  const read = (text: string) => readAnnouncementText(text);
  const shares = (text: string) =>
    workAnnouncementArithmetic(read(text), 'en')
      .judged.filter((figure) => figure.rule === 'share')
      .map((figure) => [figure.text, figure.right]);

  it('reads a comma for the decimal point in a 得票率 column', () => {
    expect(shares(notice('1032\t68，25%\t是', '441\t29，17%\t否'))).toEqual([
      ['68，25%', true],
      ['29，17%', true],
    ]);
    expect(shares(notice('1032\t68，25%\t是', '441\t29，71%\t否'))).toContainEqual(['29，71%', false]);
  });

  it('lists a share or a count with a misread letter unread, never drops it', () => {
    const unread = read(notice('1O32\t68.25%\t是', '441\t2l.17%\t否')).unread.map((figure) => [
      figure.text,
      figure.reason,
    ]);
    expect(unread).toEqual(
      expect.arrayContaining([
        ['1O32', 'garbled'],
        ['2l.17%', 'garbled'],
      ]),
    );
  });
});
