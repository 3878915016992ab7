import { describe, expect, it } from 'vitest';
import { alarmCodes, counts, unread } from './corpus/read-shapes.js';

/**
 * Counts that may be a part's or the whole place's (docs/announcement.md, “Bodies, places and scopes”):
 * after a grid named in passing, a sentence restating a count the whole has stated otherwise; after a box
 * listed under 其中, ballots no more than the box's own voters. They are listed unread (`part-or-whole`),
 * never compared with the whole's. Names and numbers are invented.
 */

describe('a sentence after a grid named in passing that restates a count of the whole otherwise', () => {
  const text = [
    '枫林社区第十二届居民委员会选举结果公告',
    '全社区登记选民3,215人，参加投票的选民2,806人，发出选票2,806张，收回选票2,801张，其中有效票2,779张，无效票22张。',
    '第3网格设投票站一个。选民412人，参加投票398人。',
    '主任候选人蒋文华得票2,310票，当选为居民委员会主任；委员候选人孔德明得票1,987票，当选为委员。',
  ].join('\n');

  it('is listed unread as the part’s or the whole’s, and raises no alarm', () => {
    expect(unread(text)).toContainEqual(['参加投票398人', 'part-or-whole']);
    expect(counts(text)).not.toContainEqual('cast 398');
    expect(alarmCodes(text)).toEqual([]);
  });

  it('leaves the whole register after a grid named in passing the whole’s when nothing is restated', () => {
    const alone = text.replace(
      '全社区登记选民3,215人，参加投票的选民2,806人，',
      '第3网格选民在同一投票站投票。登记选民3,215人，参加投票的选民2,806人，',
    );
    expect(counts(alone)).toContainEqual('registered 3215');
  });

  it('still catches a wrong figure of the whole', () => {
    expect(alarmCodes(text.replace('无效票22张', '无效票25张'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });
});

describe('ballots after a box listed under 其中, no more than the box’s voters', () => {
  const text = [
    '石桥村第十三届村民委员会选举结果公告',
    '全村登记选民1,684人，参加投票的选民1,452人，其中流动票箱投票186人，收回选票185张，有效票184张，无效票1张。',
    '主任候选人莫志刚得票1,102票，当选为村民委员会主任；委员候选人黄俊得票903票，当选为委员。',
  ].join('\n');

  it('are listed unread as the box’s or the whole’s, and no winner is held to them', () => {
    expect(unread(text)).toContainEqual(['有效票184张', 'part-or-whole']);
    expect(counts(text)).not.toContainEqual('valid 184');
    expect(alarmCodes(text)).toEqual([]);
  });

  it('are the whole’s when more than the box’s voters, and a wrong whole is caught', () => {
    const whole = text.replace(
      '收回选票185张，有效票184张，无效票1张',
      '收回选票1,450张，有效票1,441张，无效票9张',
    );
    expect(counts(whole)).toContainEqual('valid 1441');
    expect(alarmCodes(whole)).toEqual([]);
    expect(alarmCodes(whole.replace('无效票9张', '无效票7张'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });
});
