import { describe, expect, it } from 'vitest';
import { alarms, counts, unread } from './corpus/read-shapes.js';

/**
 * A clause opening with groups or a part of the village that says where they voted, then their count
 * after a comma (一组、二组在村委会会场投票，参加投票388人): that part's count, never the village's voters.
 * Every number and name here is invented.
 */

describe('groups named with the place they voted at', () => {
  const groups =
    '一组、二组在村委会会场投票，参加投票388人；三组、四组在村小学投票，参加投票390人；五组、六组使用流动票箱，' +
    '参加投票452人。登记选民1480人，参加投票1230人，参选率83.11%。有效票1200张，周明远得票1102票，当选主任。';

  it('takes no group’s count for the voters who cast a ballot', () => {
    expect(counts(groups)).not.toContain('cast 388');
    expect(unread(groups)).toContainEqual(['388', 'doubtful-label']);
    expect(alarms(groups)).toEqual([]);
    expect(alarms(groups, true)).toEqual([]);
  });

  it('takes no part’s count for the voters when a 片 is named', () => {
    const text =
      '东片在村委会会场投票，参加投票388人；西片在村小学投票，参加投票842人。登记选民1480人，参加投票1230人。' +
      '有效票1200张，周明远得票1102票，当选主任。';
    expect(counts(text)).not.toContain('cast 388');
    expect(alarms(text)).toEqual([]);
  });

  it('still reads the whole village’s voters after where it voted', () => {
    const text =
      '全村选民在村委会会场投票，参加投票1230人。登记选民1480人，有效票1200张，周明远得票1102票，当选主任。';
    expect(counts(text)).toContain('cast 1230');
  });

  it('reads the village’s total after the parts and where they voted', () => {
    const text =
      '东片在村委会会场投票，西片在村小学投票，全村参加投票1230人。登记选民1480人，有效票1200张，周明远得票1102票，当选主任。';
    expect(counts(text)).toContain('cast 1230');
    expect(alarms(text)).toEqual([]);
  });
});
