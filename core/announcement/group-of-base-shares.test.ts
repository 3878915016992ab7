import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';
import { sharesOfGroupsOfBase } from './group-of-base-shares.js';

const NOTICE = (sentence: string) =>
  `本村登记选民1,480人，参加投票1,230人，参选率83.11%。${sentence}\n收回选票1,230张，有效票1,200张，无效票30张。`;

describe('the share of a named group of the stated register or voters (N名登记选民中有M人…，占P%)', () => {
  it('judges the share as the part of the base stated before it', () => {
    expect(findings(NOTICE('1,480名登记选民中有265人年满65周岁，占17.91%。'))).toEqual([]);
    expect(findings(NOTICE('1,480名登记选民中有265人年满65周岁，占19.71%。'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '1,480名登记选民中有265人年满65周岁，占19.71%'],
    ]);
    expect(findings(NOTICE('参加投票的1,230名选民中有588人是女性，占48.80%。'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参加投票的1,230名选民中有588人是女性，占48.80%'],
    ]);
  });

  it('reads the voters named after the count as the base (1,230名参加投票的选民中有601名女性)', () => {
    expect(findings(NOTICE('1,230名参加投票的选民中有601名女性，占48.86%。'))).toEqual([]);
    expect(findings(NOTICE('1,230名参加投票选民中有601名女性，占48.86%。'))).toEqual([]);
    expect(findings(NOTICE('1,230名参加投票的选民中有601名女性，占48.68%。'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '1,230名参加投票的选民中有601名女性，占48.68%'],
    ]);
  });

  it('judges nothing where the share names its own base, is approximate, or is of a part within the group', () => {
    for (const sentence of [
      '1,480名登记选民中有265人年满65周岁，占全村户籍人口的8.20%。',
      '1,480名登记选民中有410人外出务工，占25.7%左右。',
      '1,480名登记选民中有702人为女性，其中有188人外出务工，占26.78%。',
      '1,480名登记选民中有1,702人为女性，占47.43%。',
    ])
      expect(sharesOfGroupsOfBase(sentence, sentence)).toEqual([]);
  });
});
