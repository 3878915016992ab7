import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';

const ACCOUNT =
  '本村登记选民1200人，参加投票的选民1000人，发出选票1000张，收回选票1000张，其中有效票996张，无效票4张。\n';
const notice = (margin: string) =>
  `${ACCOUNT}主任候选人张三得票504票，李四得票492票，${margin}，张三当选为村民委员会主任。`;

/** A margin of votes naming both candidates (vote-margins.ts): the leader's votes less the other's. */
describe('a margin of votes naming both candidates', () => {
  it('judges a right margin right, and no longer lists it unread', () => {
    for (const margin of ['张三比李四多12票', '张三领先李四12票', '张三领先第二名12票', '李四比张三少12票']) {
      const text = notice(margin);
      expect(judged(text)).toContainEqual(['calculation', margin, true]);
      expect(unread(text)).not.toContainEqual(['12', 'margin']);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('warns of a wrong margin, with both counts', () => {
    const text = notice('张三比李四多21票');
    expect(judged(text)).toContainEqual(['calculation', '张三比李四多21票', false]);
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 21/12']);
  });

  it('keeps the margin unread when a count is missing, doubled or in another contest', () => {
    const missing = `${ACCOUNT}主任候选人张三得票504票，张三比李四多21票，当选为村民委员会主任。`;
    const doubled = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，委员候选人李四得票300票，张三比李四多21票。`;
    const other = `${ACCOUNT}主任候选人张三得票504票；委员候选人李四得票492票，张三比李四多21票。`;
    const oneName = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，两人相差21票。`;
    for (const text of [missing, doubled, other, oneName]) {
      expect(judged(text).filter(([rule]) => rule === 'calculation')).toEqual([]);
      expect(unread(text).some(([value]) => value === '21')).toBe(true);
      expect(alarms(text, true).filter((alarm) => alarm.startsWith('ANNOUNCED_SUM'))).toEqual([]);
    }
  });
});
