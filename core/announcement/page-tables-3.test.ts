import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncement } from './read-announcement.js';

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
