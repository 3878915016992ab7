import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/** Planted errors the reader missed before: figures invented. */
const RES_TITLE = '文化路社区居民委员会主任选举结果公告\n';

describe("a confirmation vote's three said in a sentence after the candidate's name and 得", () => {
  const text = (against: string, after = '') =>
    `${RES_TITLE}本社区登记选民3,902人，参加投票2,891人，收回选票2,891张，其中有效票2,852张，无效票39张。\n主任候选人王建军得赞成票2,701票，反对票${against}票，弃权票64票。${after}王建军当选为主任。`;

  it('flags the three above the valid ballots', () => {
    expect(findings(text('87'))).toEqual([]);
    expect(findings(text('97'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票2,852张']]);
  });

  it('still sums them beside a share of the valid ballots', () => {
    expect(findings(text('87', '赞成票占有效票的94.71%，'))).toEqual([]);
    expect(findings(text('97', '赞成票占有效票的94.71%，'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '有效票2,852张'],
    ]);
  });

  it('sums nothing where the posts were voted on apart', () => {
    expect(findings(text('97', '本次选举主任、委员分别投票。'))).toEqual([]);
  });
});
