import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';

/**
 * A year that is the notice's own (the year of its election's day and of its signature date): counts
 * stated of it (`2026年度登记选民`) are the election's own, while counts of another year (`2021年`, 上届)
 * stay another time's (docs/announcement.md, “The notice's own election”). Every number and name here is
 * invented.
 */

const NOTICE = (
  year: string,
  opening = '选举投票于2026年3月22日在村文化广场进行。',
  signed = '2026年3月22日',
) =>
  '关于公布河口村民委员会选举结果的公告\n' +
  `河口村${opening}\n` +
  `本村${year}登记选民1,497人，参加投票1,240人，收回选票1,236张，其中有效票1,228张，无效票8张。\n` +
  '选举结果：主任 江伟民 620票；委员 林家宝 910票。以上同志当选。\n' +
  `河口村村民选举委员会\n${signed}\n`;

const winners = (text: string) =>
  reportAlone(text, true)
    .announcement?.judged.filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => [figure.text, figure.right]);

describe('a year that is the notice’s own', () => {
  it('judges winners by the counts of the year the notice dates its election by', () => {
    // 620 of 1,240 voting is half, not more than half (621).
    expect(
      alarms(NOTICE('2026年度'), true).some((alarm) => alarm.startsWith('ANNOUNCED_WINNER_MISMATCH')),
    ).toBe(true);
    expect(
      alarms(NOTICE('2026年'), true).some((alarm) => alarm.startsWith('ANNOUNCED_WINNER_MISMATCH')),
    ).toBe(true);
  });

  it('reads the year from the signature date alone', () => {
    const text = NOTICE('2026年度', '选举投票于3月22日在村文化广场进行。');
    expect(alarms(text, true).some((alarm) => alarm.startsWith('ANNOUNCED_WINNER_MISMATCH'))).toBe(true);
  });

  it('keeps counts of another year than the notice’s apart', () => {
    expect(alarms(NOTICE('2021年度'), true)).toEqual([]);
    expect(winners(NOTICE('2021年度'))).toEqual([]);
    expect(winners(NOTICE('2026年度'))).toEqual([
      ['江伟民 620票', false],
      ['林家宝 910票', true],
    ]);
  });

  it('takes no year as the notice’s own where its dates name two years', () => {
    expect(
      alarms(NOTICE('2026年度', '选举投票于2026年3月22日在村文化广场进行。', '2027年1月5日'), true),
    ).toEqual([]);
    const term = '上届任期自2021年3月20日至2026年3月20日届满，选举投票于2026年3月22日进行。';
    expect(alarms(NOTICE('2026年度', term), true)).toEqual([]);
  });
});
