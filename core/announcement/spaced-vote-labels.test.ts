import { describe, expect, it } from 'vitest';
import { unread, voteRows } from './corpus/read-shapes.js';

/**
 * `得票 1002票` with a plain space between 得票 and the count reads as `得票1002票` does: the space is no cause of
 * the counts review20-space r-05 and township31 x-01 leave unread (a township's blocks whose candidate is named
 * as 主任候选人周明远，得票…，当选。 leave them unread with the space taken out too).
 */
describe('a plain space between 得票 and its count', () => {
  const NOTICE = (votes: string) =>
    `本村登记选民1,480人，参加投票1,230人。有效票1,200张，无效票30张。\n主任候选人周明远，${votes}，当选。`;

  it('reads the votes as it reads them without the space', () => {
    expect(voteRows(NOTICE('得票 1002票'))).toEqual(voteRows(NOTICE('得票1002票')));
    expect(voteRows(NOTICE('得票 1002票'))).toEqual([['周明远', '主任', 1002]]);
    expect(unread(NOTICE('得票 1002票'))).toEqual([]);
  });
});
