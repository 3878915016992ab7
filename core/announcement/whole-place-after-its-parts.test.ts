import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/**
 * The whole place's counts stated after a numbered part's (一个村民小组, 一个网格): a share or a sum of the
 * whole place is of the whole place's counts, never of the part's stated nearer before it.
 */
describe('a turnout of the whole place after a group’s registered voters', () => {
  const text = (share: string) =>
    `本村登记选民2870人，其中第三村民小组登记选民212人。全村参加投票选民2230人，参选率${share}%，选举有效。`;

  it('is a share of the whole place’s registered voters, right when right and wrong when wrong', () => {
    expect(findings(text('77.70'))).toEqual([]);
    expect(judged(text('77.70')).filter(([, words]) => words === '参选率77.70%')).toEqual([
      [expect.any(String), '参选率77.70%', true],
    ]);
    expect(findings(text('78.70'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率78.70%']]);
  });

  it('stays the group’s share when the group’s own voters are fewer than its registered voters', () => {
    const group = '本村登记选民2870人。第三村民小组登记选民212人，参加投票198人，参选率93.40%。';
    expect(findings(group)).toEqual([]);
    expect(judged(group).filter(([, words]) => words === '参选率93.40%')).toEqual([
      [expect.any(String), '参选率93.40%', true],
    ]);
  });
});

describe('counts of a numbered grid of a community', () => {
  it('are the grid’s, not the whole community’s', () => {
    const text =
      '本社区登记选民3129人，其中第一网格登记选民420人，参加投票380人。全社区参加投票2323人，共发出选票2323张，收回选票2323张，选举有效。';
    expect(findings(text)).toEqual([]);
  });
});

describe('a sum of several numbered groups (第四、第五村民小组…合计)', () => {
  it('is those groups’ count, not the whole place’s', () => {
    const text =
      '第四、第五村民小组登记选民合计612人，参加投票540人。全村登记选民2870人，参加投票2230人，共发出选票2230张，收回选票2230张，选举有效。';
    expect(findings(text)).toEqual([]);
  });
});
