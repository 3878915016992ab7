import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

describe('the polling places’ ballots summed by a bare 合计 in 张', () => {
  const NOTICE = (total: string) =>
    `青山镇第十二届村民委员会换届选举结果公告\n一、东湾村：登记选民1,206人，参加投票1,203人，有效票1,190张，无效票13张。王建国得票812票，当选为村民委员会主任。中心会场收回选票827张，流动票箱收回选票376张，合计${total}张。\n二、西岭村：登记选民1,300人，参加投票1,100人，有效票1,090张，无效票10张。李明得票700票，当选为村民委员会主任。`;

  it('reads the 合计 as the places’ ballots returned and holds them to it', () => {
    expect(unread(NOTICE('1,203'))).toEqual([]);
    expect(findings(NOTICE('1,203'))).toEqual([]);
    expect(findings(NOTICE('1,213'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计1,213张']]);
  });

  it('sums the ballots issued the same way, and no list that mixes issued and returned', () => {
    const issued = '本村登记选民1,500人。中心会场发出选票1,000张，流动票箱发出选票210张，合计1,210张。';
    expect(findings(issued)).toEqual([]);
    expect(findings(issued.replace('合计1,210张', '合计1,220张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '合计1,220张'],
    ]);
    const mixed = '本村登记选民1,500人。中心会场发出选票1,000张，流动票箱收回选票203张，合计1,213张。';
    expect(findings(mixed)).toEqual([]);
  });
});
