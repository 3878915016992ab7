import { describe, expect, it } from 'vitest';
import { quorumStatus } from '../report/quorum-status.js';
import type { CountFigure } from './announced-figures.js';
import { reportAlone } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A numbered part (网格, 村民小组, 选区) named in a sentence that states no figure of it: the next sentence
 * on its line is the whole place's, not that part's. Only a part the sentence states a figure of, one it
 * opens as a heading (第一网格：…), or one the next sentence refers back to (该网格…) goes on.
 */
const scopes = (text: string, meaning: CountFigure['meaning']) =>
  readAnnouncementText(text)
    .figures.filter((figure): figure is CountFigure => figure.kind === 'count' && figure.meaning === meaning)
    .map((figure) => [Number(figure.value), figure.scope ?? null]);

const judge = (text: string) => reportAlone(text, true);

// Written for these tests, in the shape of a residents' committee notice (review19-res/r-09.txt).
const GRID_IN_PASSING = [
  '阳光社区居民委员会选举结果公告',
  '本社区设中心投票站和流动票箱，第3网格选民在同一投票站投票。登记选民1,240人。',
  '阳光花园小区投票点收回选票512张，锦绣苑小区投票点收回选票398张，流动票箱收回选票45张，共收回选票955张，有效票948张，无效票7张。参加投票955人，占登记选民的77.02%。',
  '主任：范志强，得票902票；委员：柳青（女），得票876票；委员：贺明，得票850票。',
].join('\n');

describe('a numbered part named in passing, with no figure of its own', () => {
  it('does not make the next sentence’s register that part’s', () => {
    expect(scopes(GRID_IN_PASSING, 'registered')).toEqual([[1240, null]]);
  });

  it('leaves the community’s quorum judged, and met: 955 of 1,240', () => {
    const report = judge(GRID_IN_PASSING);
    expect(quorumStatus(report)).toBe('met');
    expect(report.turnout.quorumMet).toBe(true);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('does not carry a part named after the sentence’s own figures', () => {
    const text = '本村登记选民1800人，第二村民小组选民在村委会投票。参加投票1500人，收回选票1500张。';
    expect(scopes(text, 'cast')).toEqual([[1500, null]]);
  });

  it('does not carry a polling station’s grid named with a date only', () => {
    const text = '第3网格选民于11月15日在中心投票站投票。登记选民1240人，参加投票955人。';
    expect(scopes(text, 'registered')).toEqual([[1240, null]]);
  });
});

describe('a numbered part the next sentence is still about', () => {
  it('goes on after a heading with a colon (第一网格：…)', () => {
    const text = '第一网格：选民在第一投票站投票。登记选民420人，参加投票380人。';
    expect(scopes(text, 'registered')).toEqual([[420, '第一网格']]);
  });

  it('goes on after a sentence stating the part’s own figures', () => {
    const text = '第一村民小组应到户代表64户，实到58户。发出选票58张，收回选票58张。';
    expect(scopes(text, 'issued')).toEqual([[58, '第一村民小组']]);
  });

  it('goes on when the next sentence refers back to it (该网格…)', () => {
    const text = '本社区登记选民3129人。第3网格选民在同一投票站投票。该网格登记选民420人。';
    expect(scopes(text, 'registered')).toEqual([
      [3129, null],
      [420, '第3网格'],
    ]);
  });

  it('refers back to the part, not to a station named after it (该网格 after 中心投票站)', () => {
    const text =
      '本社区登记选民2140人。第3网格为新建小区，选民在中心投票站投票。该网格登记选民312人，参加投票280人。';
    expect(scopes(text, 'registered')).toEqual([
      [2140, null],
      [312, '第3网格'],
    ]);
  });

  it('keeps a part named after 其中 within its sentence', () => {
    const text = '本社区登记选民3129人，其中第3网格登记选民420人。';
    expect(scopes(text, 'registered')).toEqual([
      [3129, null],
      [420, '第3网格'],
    ]);
  });
});
