import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/** Shapes of published notices; every number and name is invented, every share worked with fractions. */
const COUNTS =
  '本村登记选民2821人，参加投票的选民2053人。本次选举共发出选票2053张，收回选票2050张，其中有效票2031张，无效票19张。';

describe('a candidate share naming its base after 占', () => {
  const text = `${COUNTS}郭晓东获得1342票，占参加投票人数的65.37%，当选为村民委员会主任。`;
  const shares = (notice: string) =>
    work(notice)
      .judged.filter((figure) => figure.rule === 'share')
      .map((figure) => [figure.text, figure.right]);

  it('judges the share of the ballots cast alone', () => {
    // 1342/2053 = 65.3677…% (65.37%); of the valid ballots 1342/2031 = 66.0758…%.
    expect(shares(text)).toEqual([['占参加投票人数的65.37%', true]]);
    expect(findings(text.replace('65.37%', '66.08%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占参加投票人数的66.08%'],
    ]);
  });

  it('judges a share of the valid ballots named so of them', () => {
    const valid = text.replace('占参加投票人数的65.37%', '占有效票的66.08%');
    expect(shares(valid)).toEqual([['占有效票的66.08%', true]]);
  });

  it('leaves other words after 占 to the readers of shares as before', () => {
    const other = text.replace('占参加投票人数的65.37%', '占户代表总数的65.37%');
    expect(shares(other)).toEqual([]);
  });
});
