import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** English counts of groups, then one share of them together (english-together.ts). */
describe('an English share of groups together', () => {
  const inline = (share: string) =>
    `The village elected 45 members. 12 women and 8 young members, together ${share} of the 45 members, joined the committee.`;
  const opener = (share: string) =>
    `Of the 30 members elected, 9 are women and 6 are under 35, combined accounting for ${share}.`;
  const together = (text: string) =>
    judged(text).filter(([, words]) => /together|combined/.test(String(words)));

  it('judges the share of their sum, right when right and wrong when wrong', () => {
    expect(findings(inline('44.4%'))).toEqual([]);
    expect(together(inline('44.4 %'))).toEqual([
      ['share', '12 women and 8 young members, together 44.4 % of the 45 members', true],
    ]);
    expect(findings(inline('46.4%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '12 women and 8 young members, together 46.4% of the 45 members'],
    ]);
    expect(findings(opener('50.0%'))).toEqual([]);
    expect(together(opener('50.0%'))).toHaveLength(1);
    expect(findings(opener('53.3%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '9 are women and 6 are under 35, combined accounting for 53.3%'],
    ]);
  });

  it('is refused when which groups or which whole is uncertain, or the groups may overlap', () => {
    for (const other of [
      // Three groups, then `;`: all three, or two of them?
      'Of the 45 members elected, 12 are women, 8 are young members and 5 are farmers; together they account for 46.4%.',
      // Other words before the list.
      'In the second round 12 women and 8 young members, together 46.4% of the 45 members, were elected.',
      // Two wholes.
      'Of the 30 members elected, 9 are women and 6 are under 35, combined 53.3% of the 45 members.',
      // Below the sum: the people in either group, if some young members are women.
      'Of the 30 members elected, 9 are women and 6 are under 35, combined accounting for 40.0%.',
      // Approximate.
      'Of the 30 members elected, 9 are women and 6 are under 35, combined accounting for about 53%.',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(together(other)).toEqual([]);
    }
  });
});
