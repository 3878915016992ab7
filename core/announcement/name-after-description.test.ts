import { describe, expect, it } from 'vitest';
import { findings, rows } from './corpus/read-shapes.js';

/**
 * A name after a description of the person that ends in their post or 当选 and 的 (当选为村民委员会委员的孙丽
 * 得票1312票): the votes are that name's (docs/announcement.md, “Candidates' votes and winners”). Invented
 * numbers; 1312 of 1703 is 77.0405…%, so 77.04%.
 */

const notice = (words: string, share = '77.04%') =>
  `全村登记选民1826名，参加投票的选民1703人，选举有效。${words}得票1,312票，得票率为${share}。`;

/** The votes read, as [candidate, value]. */
const votes = (text: string) => rows(text).flatMap((row) => (row[0] === 'votes' ? [[row[1], row[3]]] : []));

describe('a name after a description ending in 的', () => {
  for (const words of ['当选为村民委员会委员的孙丽', '新当选的孙丽', '村委会主任候选人的孙丽'])
    it(`reads the votes of “${words}” as 孙丽’s and judges the share`, () => {
      expect(votes(notice(words))).toEqual([['孙丽', 1312]]);
      expect(findings(notice(words))).toEqual([]);
      expect(findings(notice(words, '77.40%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率为77.40%']]);
    });

  it('reads no name after a description that names no post and no election', () => {
    expect(votes(notice('得票最多的孙丽'))).toEqual([]);
  });

  it('reads no name where the words after 的 are no name', () => {
    expect(votes(notice('当选为村民委员会委员的候选人'))).toEqual([]);
  });
});
