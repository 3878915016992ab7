import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';

/**
 * Shares whose base the text states in two ways, by class (issue #15). Every number and name here is
 * invented; each share is worked out with exact fractions in its comment.
 */

/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
/** The work of the shares judged, in one language. */
const shareWork = (text: string, lang: 'zh' | 'en') =>
  workAnnouncementArithmetic(readAnnouncementText(text), lang)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => judged.work[lang]);
const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);

describe('a turnout beside voters and ballots returned that differ, right of exactly one', () => {
  const notice = (voters: number, returned: number, turnout: string) =>
    `本村登记选民1856人，参加投票${voters}人，参选率${turnout}。共发出选票${voters}张，收回选票${returned}张，其中有效票${returned - 8}张，无效票8张。`;

  it('judges right of the voters, and says what the ballots returned would give', () => {
    // 1502/1856 = 80.9267…% → 80.93%; 1498/1856 = 80.7112…% → 80.71%.
    const text = notice(1502, 1498, '80.93%');
    expect(shares(text)).toEqual([['参选率80.93%', true]]);
    expect(unjudged(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
    expect(shareWork(text, 'en')).toEqual([
      '1,502 voters who cast a ballot out of 1,856 registered voters is 80.9267…%, which rounds to the 80.93% the notice states: right; of the 1,498 ballots returned it would be 80.7112…% (80.71%)',
    ]);
    expect(shareWork(text, 'zh')).toEqual([
      '参加投票人数1502占登记选民数1856的80.9267…%，四舍五入为80.93%，与公告相同：正确；若按收回选票数1498算，则为80.7112…%（80.71%）',
    ]);
  });

  it('judges right of the ballots returned when they alone give it', () => {
    // 1498/1856 = 80.7112…% → 80.71%; 1502/1856 gives 80.93%.
    const text = notice(1502, 1498, '80.71%');
    expect(shares(text)).toEqual([['参选率80.71%', true]]);
    expect(findings(text)).toEqual([]);
    expect(shareWork(text, 'en')[0]).toMatch(
      /^1,498 ballots returned out of 1,856 registered voters is 80\.7112…%.*: right; of the 1,502 voters who cast a ballot it would be 80\.9267…% \(80\.93%\)$/,
    );
  });

  it('still flags a turnout wrong of both', () => {
    // 80.82% is neither 80.93% nor 80.71%.
    const text = notice(1502, 1498, '80.82%');
    expect(shares(text)).toEqual([['参选率80.82%', false]]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率80.82%']]);
  });
});
