import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/**
 * Places listed after 其中 are among the total; they are all of it only where the list numbers its places
 * (第一分会场) or the notice counts them (设中心会场1个、流动票箱1个), or a bracket with no 其中 breaks the total
 * down (polling-place-sums.ts `placesEnumerated`; set `review22-misc`). Every number and name here is invented.
 */

const head = '东岭村登记选民2140人，参加投票1987人。';
const votes = '\n主任：陈立新，得票1402票，当选。';

describe('中心会场 and 流动票箱 alone after 其中 may be some places only', () => {
  it('raises nothing where they come to less than the ballots returned', () => {
    const text = `${head}共发出选票1987张，收回选票1975张。其中中心会场收回选票1208张，流动票箱收回选票236张。有效票1960张，无效票15张。${votes}`;
    expect(findings(text)).toEqual([]);
  });

  it('raises nothing where they come to less than the voters', () => {
    const text = `${head.replace('参加投票1987人。', '')}参加投票1987人，其中中心会场投票1208人，流动票箱投票236人。收回选票1975张，有效票1960张，无效票15张。${votes}`;
    expect(findings(text)).toEqual([]);
  });

  it('still flags them where they come to more than the total', () => {
    const text = `${head}共发出选票1987张，收回选票1975张。其中中心会场收回选票1208张，流动票箱收回选票2360张。有效票1960张，无效票15张。${votes}`;
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1975张']]);
  });

  it('holds them to the total exactly where the notice counts its places', () => {
    const text = `本次选举设中心会场1个、流动票箱1个。${head}共发出选票1987张，收回选票1975张。其中中心会场收回选票1208张，流动票箱收回选票236张。有效票1960张，无效票15张。${votes}`;
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1975张']]);
  });
});
