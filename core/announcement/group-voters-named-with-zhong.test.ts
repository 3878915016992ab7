import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** 外出务工选民中参加投票的有420人: a group named by its label and 中 before the verb (chineseVoterSubset). */
describe('voters of a group named by its label and 中', () => {
  const text = (share: string) =>
    `本村登记选民1800人，其中外出务工选民1100人，外出务工选民中参加投票的有420人，参选率${share}%。全村参加投票1380人，参选率76.67%，选举有效。`;

  it('are the group’s voters, their turnout judged of the group, right when right and wrong when wrong', () => {
    expect(findings(text('38.18'))).toEqual([]);
    expect(judged(text('38.18')).filter(([, words]) => words === '参选率38.18%')).toEqual([
      [expect.any(String), '参选率38.18%', true],
    ]);
    expect(findings(text('39.18'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率39.18%']]);
  });

  it('are not a group when the label is the electorate: a too low turnout of all the voters is still caught', () => {
    const all = (share: string) =>
      `本村登记选民1800人，全体选民中参加投票的有1380人，参选率${share}%，选举有效。`;
    expect(findings(all('76.67'))).toEqual([]);
    expect(findings(all('75.67'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率75.67%']]);
  });
});
