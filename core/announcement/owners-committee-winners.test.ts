import { describe, expect, it } from 'vitest';
import { alarms } from './corpus/read-shapes.js';

/**
 * A residents' committee notice that also reports a 业主委员会 chosen the same day: the owners' committee
 * is chosen under the Civil Code and its estate's rules, so its winners' votes are never judged by a
 * committee pack's threshold, even against the owners' own count. Every number and name is invented.
 */
const NOTICE =
  '锦绣社区居民委员会选举结果公告\n' +
  '同日，锦绣园小区业主大会选举业主委员会，参加投票业主412人，业委会委员张伟得票150票当选。\n' +
  '2026年5月16日，锦绣社区直接选举第九届居民委员会。登记选民2,318人，参加投票1,964人。收回选票1,964张，有效票1,950张，无效票14张。\n' +
  '主任李华得1,702票，委员王芳得1,588票，均当选。\n';

describe('winners of an owners’ committee', () => {
  it('raises no alarm on the owners’ committee member’s votes', () => {
    expect(alarms(NOTICE, true)).toEqual([]);
  });

  it('still judges a supervisory committee’s winner against its own ballots', () => {
    const supervision =
      '东坡村“两委”换届选举结果公告\n' +
      '一、村民委员会选举结果\n' +
      '本次选举登记选民1500人，参加投票1320人。发出选票1320张，收回选票1320张，有效票1300张，无效票20张。\n' +
      '主任：刘建国得票860票，当选。\n' +
      '二、村务监督委员会选举结果\n' +
      '发出选票1320张，收回选票1318张，有效票1310张，无效票8张。\n' +
      '主任：赵强得票605票，当选。\n';
    expect(alarms(supervision, true).join(' ')).toContain('ANNOUNCED_WINNER_MISMATCH');
  });
});
