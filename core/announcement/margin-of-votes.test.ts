import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';
import { isPersonName } from './person-name.js';

/** A difference of votes between candidates (差额14票, 相差, 领先, 比…多) is no candidate's votes. */
describe('a difference of votes before N票', () => {
  const notice = (margin: string) =>
    '本村登记参加选举的选民共2000人，参加投票的选民1900人，发出选票1900张，收回选票1900张，其中有效票1880张，无效票20张。\n' +
    `主任：张建国，得票1500票；李明，得票300票，${margin}。`;

  it('never takes the words of a difference as a name', () => {
    for (const words of ['差额', '相差', '领先', '多出', '比李明多', '比王小芳少'])
      expect(isPersonName(words, new Set())).toBe(false);
  });

  it('is listed unread as a difference, and raises no alarm even when larger than half the valid ballots', () => {
    for (const margin of ['差额1200票', '相差1200票', '比李明多1200票']) {
      expect(alarms(notice(margin), true)).toEqual([]);
      expect(unread(notice(margin))).toContainEqual(['1200', 'margin']);
    }
    // 两人相差 of a line of two candidates is judged as their difference (vote-margins.ts): 1500 − 300.
    expect(alarms(notice('两人相差1200票'), true)).toEqual([]);
    expect(judged(notice('两人相差1200票'))).toContainEqual(['calculation', '两人相差1200票', true]);
  });

  it('raises no alarm when the difference is larger than all the valid ballots', () => {
    const text =
      '本村登记选民共5000人，参加投票的选民3000人，发出选票3000张，收回选票3000张，其中有效票2990张，无效票10张。\n' +
      '主任：张建国，得票2990票；李明，得票0票，差额2990票；委员：王芳，得票1500票，差额3100票。';
    expect(alarms(text, true).filter((alarm) => /差额|3100|2990/.test(alarm))).toEqual([]);
  });
});
