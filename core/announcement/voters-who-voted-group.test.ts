import { describe, expect, it } from 'vitest';
import { alarms, rows, unread } from './corpus/read-shapes.js';

/**
 * A group named after the voters who voted (参加投票的选民中女性652人) counts some of them, neither all who voted
 * nor the electorate: listed unread (figure-words.ts, `someOfTheVotersWhoVoted`). Every number and name here
 * is invented.
 */
const VILLAGE = (women: string) =>
  '松岗村村民委员会选举结果公告\n' +
  `选民1,536人，其中参加投票1,380人，参选率89.84%；${women}。\n` +
  '发出选票1,380张，收回选票1,377张，有效票1,365张，无效票12张。\n' +
  '主任：任海波得票1,102票，得票率79.86%，当选。\n' +
  '委员：覃丽娟得票1,066票、莫志刚得票1,031票，当选。\n';

describe('a group of the voters who voted', () => {
  it('is not all who voted: the chair’s share stays of the 1,380', () => {
    expect(alarms(VILLAGE('参加投票的选民中女性652人'), true)).toEqual([]);
    expect(unread(VILLAGE('参加投票的选民中女性652人'))).toContainEqual(['652', 'doubtful-label']);
    expect(unread(VILLAGE('投票选民中60岁以上的412人'))).toContainEqual(['412', 'doubtful-label']);
  });

  it('still reads the voters themselves after 中 with no group', () => {
    const text = '在1204名选民中，参加投票的选民1086人，占90.20%。\n';
    expect(rows(text)).toContainEqual(['count', 'cast', null, 1086, '参加投票的选民1086人']);
  });
});
