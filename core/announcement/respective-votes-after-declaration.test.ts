import { describe, expect, it } from 'vitest';
import { findings, unread, voteRows } from './corpus/read-shapes.js';

/**
 * Names declared to one post, then their votes given respectively (`赵春花（女）、钱志明、孙德旺当选村民委员会委员，
 * 得票分别为1,066票、1,021票、978票`): each name takes the count in its place, where the counts are as many as
 * the names; else whose each is is untold and all stay unread. Every number and name is invented.
 */

const NOTICE = (members: string) =>
  [
    '南岭村第十二届村民委员会选举结果公告',
    '2026年5月16日，全村登记选民1,420人，参加投票1,250人，参选率88.03%。共发出选票1,250张，收回选票1,250张，其中有效票1,240张，无效票10张。',
    `经投票选举，张海当选村民委员会主任，得票1,102票；${members}`,
  ].join('\n');

describe('votes given respectively after the names’ declaration to one post', () => {
  it('pairs each name with the count in its place', () => {
    const text = NOTICE('周丽（女）、李强、王涛当选村民委员会委员，得票分别为987票、865票、802票。');
    expect(voteRows(text)).toEqual([
      ['张海', '主任', 1102],
      ['周丽', '委员', 987],
      ['李强', '委员', 865],
      ['王涛', '委员', 802],
    ]);
    expect(unread(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
  });

  it('reads a residents’ committee’s list the same way, with 均当选', () => {
    const text = NOTICE('周丽（女）、李强均当选居民委员会委员，得票分别为987票、865票。');
    expect(voteRows(text).slice(1)).toEqual([
      ['周丽', '委员', 987],
      ['李强', '委员', 865],
    ]);
  });

  it('judges a member’s votes above the valid ballots', () => {
    const text = NOTICE('周丽（女）、李强、王涛当选村民委员会委员，得票分别为987票、1,865票、802票。');
    // 1,865 votes, more than the 1,240 valid ballots.
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '1,865票']]);
  });

  it('leaves every count unread when the counts are fewer than the names', () => {
    const text = NOTICE('周丽（女）、李强、王涛当选村民委员会委员，得票分别为987票、865票。');
    expect(voteRows(text)).toEqual([['张海', '主任', 1102]]);
    expect(unread(text).map(([figure]) => figure)).toEqual(['987', '865']);
    expect(findings(text)).toEqual([]);
  });

  it('leaves the counts unread when the names took several posts', () => {
    const text = NOTICE('周丽（女）、李强分别当选为村民委员会副主任、委员，得票分别为987票、865票。');
    expect(voteRows(text)).toEqual([['张海', '主任', 1102]]);
    expect(findings(text)).toEqual([]);
  });
});
