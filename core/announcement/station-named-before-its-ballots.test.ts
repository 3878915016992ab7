import { describe, expect, it } from 'vitest';
import { alarms, counts, unread } from './corpus/read-shapes.js';

describe('a polling station named with its own name between the ballots’ label and their count', () => {
  const NOTICE = (list: string) =>
    `本村登记选民1455人，参加投票的选民1197人。${list}收回选票1195张，其中有效票1188张，无效票7张。主任温志明得票1020票，当选。`;

  it('reads the ballots after 中心投票站 as that station’s, not as every ballot issued', () => {
    const text = NOTICE('发放选票：中心投票站1012张，流动票箱121张，委托投票64张，共1197张。');
    // Before, 1,012 was read as the ballots issued in all, fewer than the 1,195 returned: a void election.
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).not.toContain('issued 1012');
    expect(unread(text)).toContainEqual(['1012', 'one-polling-place']);
  });

  it('reads a station named by where it stands (村部投票点) alike, with grouped digits', () => {
    const text = NOTICE('发出选票：村部投票点1,012张，流动票箱185张，合计1197张。');
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toContainEqual(['1,012', 'one-polling-place']);
  });

  it('still reads the ballots issued where no station stands between', () => {
    const text = NOTICE('发放选票1197张。');
    expect(counts(text)).toContain('issued 1197');
    // Fewer ballots issued than returned is still found.
    expect(alarms(NOTICE('发放选票1012张。'), true)).not.toEqual([]);
  });

  it('reads no station of a count of stations (设投票站3个)', () => {
    const text = NOTICE('本村设投票站3个。发放选票1197张。');
    expect(counts(text)).toContain('issued 1197');
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads the voters after 中心投票站 as that station’s, so no quorum is judged on them', () => {
    const text =
      '本村登记选民2200人。参加投票：中心投票站1040人，流动票箱186人，委托投票62人，共1288人。主任李卫国得票1101票，当选。';
    // Before, 1,040 was read as every voter, not more than half of 2,200: a void election.
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toContainEqual(['1040', 'one-polling-place']);
  });
});
