import { describe, expect, it } from 'vitest';
import { alarmCodes, counts, findings } from './corpus/read-shapes.js';

/**
 * A full date written right before a count (2026年5月10日412户派代表参加投票): the day is no word of the
 * count's label, so the count is read and compared as it would be without the date. Every number and name
 * is invented.
 */
describe('a date right before a count', () => {
  const HOUSEHOLDS = (registered: number, date = '2026年5月10日') =>
    `本届选举采取户代表投票方式。全村登记参加选举的户数${registered}户，${date}412户派代表参加投票。` +
    '共发出选票412张，收回选票412张，其中有效票405张，无效票7张。李建国得票318票，当选为村民委员会主任。';
  const PEOPLE = (voters: string, date = '2026年5月10日') =>
    `全村登记选民1,630人，${date}${voters}人参加投票。李建国得票1,010票，当选为村民委员会主任。`;

  it('compares the households voting after a date with the households registered', () => {
    expect(alarmCodes(HOUSEHOLDS(486))).toEqual([]);
    expect(findings(HOUSEHOLDS(400))).toEqual([['ANNOUNCED_SUM_MISMATCH', '412户']]);
    // the same shape without the date
    expect(findings(HOUSEHOLDS(400, ''))).toEqual([['ANNOUNCED_SUM_MISMATCH', '412户']]);
  });

  it('compares the people voting after a date with the voters registered', () => {
    expect(counts(PEOPLE('1,402'))).toEqual(expect.arrayContaining(['registered 1630', 'cast 1402']));
    expect(alarmCodes(PEOPLE('1,402'))).toEqual([]);
    expect(findings(PEOPLE('1,702'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1,702人参加投票']]);
  });

  it('reads the date itself as no figure, and a day without its year apart from the count', () => {
    expect(counts(PEOPLE('1,402')).join(' ')).not.toMatch(/\b(?:2026|5|10)\b/);
    expect(counts(PEOPLE('412', '5月10日'))).toContain('cast 412');
    expect(counts(PEOPLE('412', '5月10日')).join(' ')).not.toMatch(/10412|\b10\b/);
  });
});
