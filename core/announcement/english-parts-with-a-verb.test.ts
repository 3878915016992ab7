import { describe, expect, it } from 'vitest';
import { alarms, work } from './corpus/read-shapes.js';

/**
 * Men and women of an English total written with a verb between count and kind (`of whom 1,098 are men
 * and 1,038 are women`): parts of the total, summed as `1,098 men and 1,038 women` are
 * (docs/announcement.md, “English texts”). Invented numbers.
 */

const voters = (women: string) =>
  `The village has 2,136 registered voters, of whom 1,098 are men and ${women} are women. 1,902 voters cast ballots.`;

/** The partitions checked, as [text, right]. */
const partitions = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'partition')
    .map((judged) => judged.right);

describe('parts of an English total with are or were before their kind', () => {
  it('sums the men and women of the registered voters', () => {
    expect(alarms(voters('1,038'))).toEqual([]);
    expect(partitions(voters('1,038'))).toEqual([true]);
    expect(alarms(voters('1,048'))).toEqual(['ANNOUNCED_SUM_MISMATCH 2146/2136']);
  });

  it('sums the men and women of a body of members, in the past tense', () => {
    const members = (women: number) =>
      `The township elected 58 members, of whom 40 were men and ${women} were women.`;
    expect(alarms(members(18))).toEqual([]);
    expect(partitions(members(18))).toEqual([true]);
    expect(alarms(members(17))).toEqual(['ANNOUNCED_SUM_MISMATCH 57/58']);
  });

  it('sums nothing when the word after the verb is no kind of the family', () => {
    const text = 'The village has 2,136 registered voters, of whom 1,098 are migrants and 1,048 are women.';
    expect(partitions(text)).toEqual([]);
  });
});
