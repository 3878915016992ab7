import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/**
 * 删除187人，本届登记选民6,102人。其中户籍在本社区的选民5,214人: a sentence opening with 其中 right after a
 * sentence that ended with the register (or the voters) lists parts of those voters, never of the group of
 * people counted earlier in that sentence (the 187 struck off).
 */
describe('parts opening a sentence after one that ended with the register', () => {
  const text = (close: string) =>
    `上届选举登记选民5,877人，本次新增选民412人，因迁出、死亡等原因删除187人，本届登记选民6,102人${close}其中户籍在本社区的选民5,214人，户籍不在本社区、在本社区居住一年以上本人申请参加选举的居民888人。`;

  it('are no parts of the people struck off, with a stop or a comma before 其中', () => {
    expect(findings(text('。'))).toEqual([]);
    expect(findings(text('，'))).toEqual([]);
  });

  it('are still parts of a group of people that ended the sentence before them', () => {
    expect(findings('共选出社区居委会成员61名。其中女性63名。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '女性63名'],
    ]);
  });
});
