import { describe, expect, it } from 'vitest';
import { findings, voteRows } from './corpus/read-shapes.js';

/**
 * 主任黄志强得票1012票，得票率72.2%；李明得票400票: the post glued before a line's first name holds past a
 * semicolon for the names after it, where the line names no other post and the name stands nowhere else
 * with another (post-past-semicolon.ts). Every number and name here is invented.
 */
const notice = (line: string, more = '') =>
  '白沙村第十二届村民委员会选举结果公告\n\n' +
  '本村登记选民1630人，参加投票1402人，收回选票1400张，有效票1391张，无效票9张。\n' +
  `村民委员会：\n${line}\n${more}`;

describe('the post glued before a line’s first name, past a semicolon', () => {
  it('sums the chair’s candidates after the semicolon against the valid ballots', () => {
    expect(findings(notice('主任黄志强得票1012票，得票率72.2%；李明得票400票。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '李明得票400票'],
    ]);
    expect(findings(notice('主任黄志强得票1012票，得票率72.2%；李明得票350票。'))).toEqual([]);
    expect(findings(notice('主任黄志强得票702票；李明得票350票；周丽得票400票。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '周丽得票400票'],
    ]);
    expect(voteRows(notice('主任黄志强得票702票；李明得票350票，周丽得票300票。'))).toEqual([
      ['黄志强', '主任', 702],
      ['李明', '主任', 350],
      ['周丽', '主任', 300],
    ]);
  });

  it('carries no post where the line or the name names another', () => {
    for (const [line, more] of [
      ['主任黄志强得票1012票；李明得票960票。', '黄志强当选为村民委员会主任，李明当选为村民委员会委员。\n'],
      ['主任黄志强得票1012票；李明得票960票。', '委员：李明、周丽\n'],
      ['主任黄志强得票1012票，得票率72.2%；李明得票1105票、周丽得票990票，当选为委员。', ''],
      ['主任黄志强得票1012票；王建华得票1120票，当选为村务监督委员会主任。', ''],
      ['主任黄志强得票1012票；李明得票960票；委员周丽得票1105票。', ''],
      ['主任黄志强得票1012票；村民代表李明得票960票。', ''],
      ['主任黄志强得票1012票，当选为主任；李明得票960票。', ''],
    ] as const)
      expect([line, more, findings(notice(line, more))]).toEqual([line, more, []]);
  });
});
