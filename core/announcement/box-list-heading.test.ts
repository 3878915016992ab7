import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, judged, unread } from './corpus/read-shapes.js';

/**
 * The boxes' ballots listed under a heading that names them (各投票箱收回选票：第1网格512张，…，合计3391张;
 * box-list-heading.ts, set `grid2`, `res7` x-04). Every number and name here is invented.
 */

const notice = (whole: string, list: string, after = '') =>
  `清河社区第十届居民委员会选举结果公告\n本社区登记选民1620人，参加投票1268人，参选率78.27%${whole}。\n${list}\n${after}主任：韩丽（女），得票1150票；委员：唐建军，得票1090票。\n清河社区居民选举委员会\n2026年5月17日\n`;

const returned = '，共收回选票1268张，有效票1259张，无效票9张';

describe('boxes listed under a heading that names their ballots', () => {
  it('sums the boxes against the 合计 that closes the list', () => {
    const text = notice(
      returned,
      '各投票箱收回选票：第1网格512张，第2网格486张，中心投票站270张，合计1268张。',
    );
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'partition')).toHaveLength(2);
    expect(unread(text)).toEqual([]);
  });

  it('catches a box that does not add up to the 合计', () => {
    const text = notice('', '各投票箱收回选票：第1网格512张，第2网格468张，中心投票站270张，合计1268张。');
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1250/1268']);
  });

  it('holds a list with no 合计 to no more than the whole’s own count of that kind', () => {
    const list = (second: string) => `各投票箱收回选票：第1网格512张，第2网格${second}张，中心投票站270张。`;
    expect(alarms(notice(returned, list('486')), true)).toEqual([]);
    expect(alarmCodes(notice(returned, list('586')))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('sums ballots issued against their own 合计, never against the ballots returned', () => {
    const text = (total: string) =>
      notice(returned, `各投票箱发出选票：第1网格520张，第2网格490张，中心投票站270张，合计${total}张。`);
    expect(alarms(text('1280'), true)).toEqual([]);
    expect(alarms(text('1290'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1280/1290']);
  });

  it('reads no list with an item of another shape, of some boxes only, or with a box counted in another', () => {
    for (const [list, after] of [
      ['各投票箱收回选票：第1网格512张，其中流动票箱40张，第2网格486张，中心投票站270张，合计1308张。', ''],
      ['各投票箱收回选票：第1网格512张，第2网格486张，中心投票站（含流动票箱）270张，合计1268张。', ''],
      ['各投票箱收回选票：第1网格512张，第2网格486张等。', ''],
      ['部分网格投票箱收回选票：第1网格912张，第2网格486张。', ''],
      [
        '各投票箱收回选票：第1网格512张，第2网格486张，中心投票站270张，流动票箱52张，合计1268张。',
        '流动票箱选票已计入中心投票站统计。\n',
      ],
      ['各投票箱收回选票：第1网格512张，第1网格486张，中心投票站270张，合计1268张。', ''],
    ]) {
      const text = notice(returned, list!, after);
      expect(alarms(text, true)).toEqual([]);
      expect(judged(text).filter(([rule]) => rule === 'partition')).toEqual([]);
    }
  });
});
