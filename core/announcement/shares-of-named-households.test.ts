import { describe, expect, it } from 'vitest';
import { alarmCodes, judged } from './corpus/read-shapes.js';

/**
 * A candidate's share naming its base as the households that voted (占参加投票户数的80.51%) in an election by
 * household representatives: judged of that count alone, stated once (shares-of-named-households.ts), never
 * left open because the valid ballots would give another share.
 */
const notice = (share: string, households = '参加投票的户代表2,688户。') =>
  [
    '丰收社区第九届居民委员会选举结果公告',
    '丰收社区第九届居民委员会选举采取户代表选举方式，于2026年4月26日举行。',
    `全社区共3,210户，登记选民7,456人。${households}收回选票2,688张，其中有效票2,659张，无效票29张。`,
    `主任：康建明，得票2,301票，占参加投票户数的85.60%；副主任：方秀梅（女），得票2,164票，占参加投票户数的${share}；`,
    '以上同志获得参加投票户代表过半数的选票，当选。',
  ].join('\n');

const shareVerdict = (text: string, share: string) =>
  judged(text).find(([, words]) => String(words).includes(share));

describe('a share naming the households that voted as its base', () => {
  it('right of them (80.51% of 2,688), wrong of the valid 2,659: judged right', () => {
    expect(alarmCodes(notice('80.51%'))).toEqual([]);
    expect(shareVerdict(notice('80.51%'), '80.51%')).toEqual(['share', '占参加投票户数的80.51%', true]);
  });

  it('right of the valid 2,659 only (81.38%), wrong of the households: flagged', () => {
    expect(alarmCodes(notice('81.38%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('the households stated twice in two values: judged of each, flagged only when wrong of both', () => {
    // 81.38% is right of the 2,659 valid only, wrong of 2,688 (80.51%) and of 2,690 (80.45%).
    const text = notice('81.38%', '参加投票的户代表2,688户。参加投票户数2,690户。');
    expect(alarmCodes(text)).toContain('ANNOUNCED_PERCENT_MISMATCH');
    // 80.51% is right of 2,688, wrong of 2,690: which the share names is not plain, so it is unread.
    const right = notice('80.51%', '参加投票的户代表2,688户。参加投票户数2,690户。');
    expect(alarmCodes(right)).toEqual([]);
  });

  it('a runoff in the notice: the households stated are the first vote’s, never held to the runoff’s share', () => {
    const text = [
      '丰收社区第九届居民委员会选举结果公告',
      '丰收社区第九届居民委员会选举采取户代表选举方式。全社区共3,210户，登记选民7,456人。参加投票的户代表2,688户。收回选票2,688张，其中有效票2,659张，无效票29张。',
      '主任：康建明，得票2,301票，占参加投票户数的85.60%；',
      // 2,045 of 2,688 is 76.08%: the runoff's share is of its own ballots, which are not the households stated.
      '另行选举委员1名，收回选票2,540张，其中有效票2,517张。方秀梅（女）得票2,045票，占参加投票户数的81.25%，当选。',
    ].join('\n');
    expect(alarmCodes(text)).toEqual([]);
  });
});
