import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * A candidate's share stated right after a runoff's own counts is of that round's ballots, never of the
 * first round's voters stated before them (docs/announcement.md, “Candidates' shares”). Invented numbers.
 */

const notice = (second: string, between = '') =>
  [
    '竹溪村第十二届村民委员会选举结果公告',
    '2026年3月15日，竹溪村召开选举大会，全村登记选民1,826名，参加投票的选民1,703人，收回选票1,703张。冯志强得票1,544票，当选为村民委员会主任。委员应选2名，第一次投票无人得票过半数。',
    `2026年3月22日进行另行选举，收回选票1,530张。${between}孙丽、周强分别得票812票、790票，得票率分别为53.07%、${second}，当选为村民委员会委员。`,
  ].join('\n');

/** The candidates' shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);

describe('a candidate’s share after a runoff’s own counts', () => {
  it('is judged of the runoff’s ballots alone, not left unclear beside the first round’s voters', () => {
    const right = notice('51.63%');
    expect(findings(right)).toEqual([]);
    expect(shares(right)).toEqual([
      ['得票率分别为53.07%', true],
      ['51.63%', true],
    ]);
    expect(work(right).unjudged.filter((figure) => figure.text === '51.63%')).toEqual([]);
  });

  it('flags a share wrong of the runoff’s ballots, naming them and no first-round count', () => {
    const wrong = work(notice('51.36%')).judged.filter((judged) => judged.text === '51.36%');
    expect(wrong.map((judged) => judged.right)).toEqual([false]);
    expect(wrong[0]?.work.en).toContain('1,530');
    expect(wrong[0]?.work.en).not.toContain('1703');
    expect(findings(notice('51.36%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '51.36%']]);
  });

  it('keeps the first round’s counts as a base when the votes follow a count of no round', () => {
    // 参加投票… after the runoff's ballots, set in no round: which round's the votes are is not proved.
    const text = notice('51.63%', '本次选举参加投票的选民1,703人。');
    expect(shares(text)).not.toContainEqual(['51.63%', true]);
  });
});
