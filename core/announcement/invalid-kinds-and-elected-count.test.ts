import { describe, expect, it } from 'vitest';
import { alarms, electedRows, judged, unread } from './corpus/read-shapes.js';

/**
 * Kinds of invalid ballots summed in twos where the list holds kinds that may overlap too
 * (kinds-of-invalid.ts), and the names listed by post as many as a stated count of those elected
 * (elected-count-listed.ts). Every number and name here is invented.
 */

const ballots = (kinds: string) =>
  `松林村第十三届村民委员会选举计票结果\n登记选民1,732人，参加投票1,496人。发出选票1,496张，收回选票1,496张，有效票1,468张，无效票28张${kinds}。\n罗建新1,187票，当选主任。\n`;

const partsJudged = (text: string) => judged(text).filter(([rule]) => rule === 'partition');

describe('kinds of invalid ballots in a longer list', () => {
  it('holds a blank count and an overvoted one together, though the illegible may overlap the overvoted', () => {
    const text = ballots('（其中空白票19张，多选票12张，无法辨认7张）');
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 31/28']);
    expect(partsJudged(text)).toEqual([
      ['partition', '无效票28张', false],
      ['partition', '无效票28张', true],
    ]);
  });

  it('reads 无法辨认7张 and 未填写10张 with no 票 as kinds, and never sums the overvoted with the illegible', () => {
    const text = ballots('（其中空白票9张，多选票12张，无法辨认7张）');
    expect(unread(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
    // 多选 and 无法辨认 come to 29 of 28: a ballot may be both, so only the blank is summed with each.
    expect(alarms(ballots('（其中空白票1张，多选票15张，无法辨认14张）'), true)).toEqual([]);
    expect(alarms(ballots('，其中未填写10张、多选5张、作废票13张'), true)).toEqual([]);
  });
});

const listed = (elected: string, lines: string) =>
  `雁门村第十三届村民委员会选举结果公告\n应选村民委员会成员5名，${elected}。\n登记选民1,659人，参加投票1,402人，有效票1,388张。\n${lines}\n雁门村村民选举委员会\n2026年4月19日\n`;
const FIVE = '主任：任海波1,165票\n委员：康丽娟（女）1,091票、贾德顺1,034票、毛建业956票、邢晓丽（女）698票';

describe('names listed by post, as many as those elected', () => {
  it('declares them, so that one under half of the voters is flagged', () => {
    const text = listed('实际选出5名', FIVE);
    expect(electedRows(text)).toEqual([
      ['主任', ['任海波']],
      ['委员', ['康丽娟', '贾德顺', '毛建业', '邢晓丽']],
    ]);
    expect(alarms(text, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 698/702']);
    expect(alarms(listed('实际选出5名', FIVE.replace('698', '702')), true)).toEqual([]);
  });

  it('declares no one where the names are more or fewer than the count, or a word says more', () => {
    // A loser listed too: six names where five were elected.
    expect(electedRows(listed('实际选出5名', `${FIVE}、郑大勇402票`))).toEqual([]);
    expect(electedRows(listed('实际选出4名', FIVE))).toEqual([]);
    expect(electedRows(listed('实际选出5名', FIVE.replace('委员：', '委员候选人：')))).toEqual([]);
    expect(electedRows(listed('实际选出5名，另行选举1名', FIVE))).toEqual([]);
    // A count of another body's members.
    expect(electedRows(listed('共选出5名村民代表', FIVE))).toEqual([]);
    expect(electedRows(listed('共选出5名', FIVE))).toHaveLength(2);
    for (const text of [
      listed('实际选出5名', `${FIVE}、郑大勇402票`),
      listed('实际选出4名', FIVE),
      listed('实际选出5名，另行选举1名', FIVE),
    ])
      expect(alarms(text, true)).toEqual([]);
  });
});
